import type { IDataObject } from 'n8n-workflow';

import { recordSearch } from '../../shared/methods/listSearch';

const amount = (record: IDataObject) => `${String(record.amount ?? record.available_amount ?? '')} ${String(record.currency ?? '')}`.trim();

export const searchLocations = recordSearch('/payment/locations', (location) => String(location.name ?? location.id));
export const searchBalances = recordSearch('/payment/balances', (balance) => `${String(balance.id)} · ${amount(balance)}`);
export const searchPayments = recordSearch('/payment/payments', (payment) =>
	[String(payment.description || payment.id), String(payment.payment_date ?? '').slice(0, 10), amount(payment)].filter(Boolean).join(' · '),
);
export const searchPayouts = recordSearch('/payment/payouts', (payout) => [String(payout.id), String(payout.payment_date ?? ''), amount(payout), String(payout.status ?? '')].filter(Boolean).join(' · '));
