'use strict';
/**
 * The Payment API of the emulator: /consumers/{id}/payment/..., Bistro Central's payment provider
 * (Mollie): online payments of room bookings, gift vouchers and take-away orders over the last two
 * weeks, a refund, the provider's fees, and the payouts to the bistro's bank account (every
 * second day, the net of the payments settled), with the balance movements behind each payout.
 * Every route is a read: Chift's Payment API writes nothing.
 */
const { daysBefore, round, ref } = require('../kit');

const BALANCE = 'bal_gVMhHKqSSRYJyPsu';

const LOCATIONS = [
	{ id: 'pfl_BistroWeb01', name: 'bistro-central.example (site web)' },
	{ id: 'pfl_BistroTpe02', name: 'Bistro Central – terminal de paiement' },
];

/** Payments: [days ago, description, amount, location index, status] */
const PAYMENTS = [
	[13, 'Réservation chambre R-3101 (acompte)', 118, 0, 'completed'],
	[13, 'Commande à emporter #T-884', 42.5, 1, 'completed'],
	[12, 'Bon cadeau 50 €', 50, 0, 'completed'],
	[11, 'Commande à emporter #T-889', 27.8, 1, 'completed'],
	[10, 'Réservation chambre R-3104 (acompte)', 236, 0, 'completed'],
	[9, 'Menu du marché – table 12', 96.4, 1, 'completed'],
	[8, 'Bon cadeau 100 €', 100, 0, 'completed'],
	[7, 'Commande à emporter #T-902', 35.2, 1, 'failed'],
	[6, 'Réservation chambre R-3106 (acompte)', 118, 0, 'completed'],
	[5, 'Menu du marché – table 4', 148.6, 1, 'completed'],
	[4, 'Commande à emporter #T-915', 31.9, 1, 'completed'],
	[3, 'Bon cadeau 75 €', 75, 0, 'completed'],
	[2, 'Commande à emporter #T-921', 54.3, 1, 'completed'],
	[1, 'Menu du marché – table 9', 212.8, 1, 'completed'],
	[0, 'Commande à emporter #T-930', 24.6, 1, 'pending'],
];
/** Mollie-like fees: 0.25 € + 1.8 % per card payment. */
const feeOf = (amount) => round(0.25 + amount * 0.018);

function createPaymentData(consumer, { today }) {
	const at = (days, time) => `${daysBefore(today, days)}T${time}Z`;
	const payments = PAYMENTS.map(([ago, description, amount, locationIndex, status], index) => ({
		id: `tr_${String(7001 + index)}WDqYK6`,
		source_ref: ref(`tr_${String(7001 + index)}WDqYK6`, 'payment'),
		status,
		description,
		amount,
		currency: 'EUR',
		payment_date: at(ago, `${String(10 + (index % 10)).padStart(2, '0')}:1${index % 10}:00`),
		partner_id: null,
		// Not in PaymentItemOut: where the payment was taken and the day it is settled (see publicRecord).
		location_id: LOCATIONS[locationIndex].id,
		days_ago: ago,
	}));
	const refunded = payments[5];
	const refunds = [
		{
			id: 're_4qqhO89gsT',
			source_ref: ref('re_4qqhO89gsT', 'refund'),
			status: 'completed',
			description: 'Remboursement partiel – plat manquant',
			amount: 18.5,
			currency: 'EUR',
			refund_date: at(refunded.days_ago - 1, '16:20:00'),
			payment_id: refunded.id,
			location_id: refunded.location_id,
			days_ago: refunded.days_ago - 1,
		},
	];
	const transactions = [];
	const transaction = (id, amount, fee, category, createDate, fields) =>
		transactions.push({ id, source_ref: ref(id, 'balance_transaction'), amount, fee, currency: 'EUR', exchange_rate: 1, create_date: createDate, application_type: category === 'payout' ? 'payout' : 'payment', accounting_category: category, refund_id: null, payment_id: null, description: null, ...fields });
	for (const payment of payments.filter((candidate) => candidate.status === 'completed')) {
		transaction(`txn_${payment.id.slice(3)}`, payment.amount, feeOf(payment.amount), 'payment', payment.payment_date, { payment_id: payment.id, description: payment.description, location_id: payment.location_id, days_ago: payment.days_ago });
	}
	for (const refund of refunds) {
		transaction(`txn_${refund.id.slice(3)}`, -refund.amount, 0, 'payment_cancel', refund.refund_date, { refund_id: refund.id, payment_id: refund.payment_id, description: refund.description, location_id: refund.location_id, days_ago: refund.days_ago });
	}
	// A payout every second day settles what came in up to two days before it: the net of those movements, less the fees.
	const payouts = [];
	for (let ago = 12; ago >= 0; ago -= 2) {
		const settled = transactions.filter((candidate) => candidate.payout_id === undefined && candidate.days_ago > ago + 1);
		if (!settled.length) continue;
		const id = `stl_${daysBefore(today, ago).replace(/-/g, '')}`;
		const gross = round(settled.reduce((sum, candidate) => sum + candidate.amount, 0));
		const fee = round(settled.reduce((sum, candidate) => sum + candidate.fee, 0));
		for (const candidate of settled) candidate.payout_id = id;
		payouts.push({ id, source_ref: ref(id, 'settlement'), status: ago === 0 ? 'in_transit' : 'paid', type: 'bank_account', amount: round(gross - fee), currency: 'EUR', fee, extra_fee: 0, payment_date: daysBefore(today, ago), location_id: null });
		transaction(`txn_${id.slice(4)}`, -round(gross - fee), 0, 'payout', `${daysBefore(today, ago)}T06:00:00Z`, { description: `Versement ${id} vers BE71 0961 2345 6769`, payout_id: id, location_id: null, days_ago: ago });
	}
	const available = round(transactions.filter((candidate) => candidate.accounting_category !== 'payout').reduce((sum, candidate) => sum + candidate.amount - candidate.fee, 0) - payouts.reduce((sum, payout) => sum + payout.amount, 0));
	return {
		locations: LOCATIONS,
		balances: [{ id: BALANCE, source_ref: ref(BALANCE, 'balance'), available_amount: available, currency: 'EUR', create_date: '2024-03-01T09:00:00Z' }],
		payments,
		refunds,
		payouts,
		transactions: transactions.sort((a, b) => a.create_date.localeCompare(b.create_date)),
	};
}

/** What the emulator keeps beside Chift's fields (location, settlement) left out of the answers. */
const publicRecord = ({ location_id: location, days_ago: ago, payout_id: payout, ...record }) => record;
const day = (dateTime) => String(dateTime).slice(0, 10);
const inPeriod = (query, dateTime) => (!query.date_from || day(dateTime) >= query.date_from) && (!query.date_to || day(dateTime) <= query.date_to);
const atLocation = (query, record) => !query.location_id || record.location_id === query.location_id;

function routes({ at, api, paged, find }) {
	const route = api;
	const list = (records, query, dateField, more = () => true) =>
		paged(records.filter((record) => inPeriod(query, record[dateField]) && atLocation(query, record) && more(record)).map(publicRecord), query);
	return [
		['GET', at('/payment/locations'), route('locations', ({ store, query }) => paged(store.locations, query))],
		['GET', at('/payment/balances'), route('balances', ({ store, query }) => paged(store.balances, query))],
		['GET', at('/payment/payments'), route('payments', ({ store, query }) => list(store.payments, query, 'payment_date'))],
		['GET', at('/payment/payments/{payment_id}'), route('payments', ({ store, params: [, id] }) => publicRecord(find(store.payments, id, 'Payment')))],
		['GET', at('/payment/refunds'), route('refunds', ({ store, query }) => list(store.refunds, query, 'refund_date', (refund) => !query.payment_id || refund.payment_id === query.payment_id))],
		['GET', at('/payment/payouts'), route('payouts', ({ store, query }) => list(store.payouts, query, 'payment_date'))],
		['GET', at('/payment/transactions'), route('transactions', ({ store, query }) => {
			if (query.balance_id) find(store.balances, query.balance_id, 'Balance');
			const after = query.starting_from ? store.transactions.findIndex((candidate) => candidate.id === query.starting_from) : -1;
			return list(
				store.transactions.slice(after + 1),
				query,
				'create_date',
				(candidate) =>
					(!query.accounting_category || query.accounting_category === 'all' || candidate.accounting_category === query.accounting_category) &&
					(!query.payout_id || candidate.payout_id === query.payout_id),
			);
		})],
	];
}

module.exports = { apiName: 'Payment', storeKey: 'payment', createData: createPaymentData, routes };
