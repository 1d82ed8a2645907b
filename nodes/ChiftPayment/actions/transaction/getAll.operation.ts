import { defineOperation } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { balance, payout, periodFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

const CATEGORIES = [
	{ name: 'All', value: 'all' },
	{ name: 'Fee', value: 'fee', description: "The provider's fees" },
	{ name: 'Fee Cancellation', value: 'fee_cancel' },
	{ name: 'Internal Move', value: 'internal_move', description: 'Money moved between balances of the account' },
	{ name: 'Invoice', value: 'invoice', description: "The provider's invoices" },
	{ name: 'Payment', value: 'payment', description: 'Money received from customers' },
	{ name: 'Payment Cancellation', value: 'payment_cancel', description: 'Refunds and chargebacks' },
	{ name: 'Payout', value: 'payout', description: "Transfers to the merchant's bank account" },
	{ name: 'Payout Cancellation', value: 'payout_cancel' },
	{ name: 'Unknown', value: 'unknown' },
];

export const getManyTransactions = defineOperation({
	resource: 'transaction',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many transactions',
	description: 'List the movements of the balances (payments, refunds, fees, payouts), for example everything one payout settled',
	method: 'GET',
	path: '/payment/transactions',
	list: true,
	groups: [
		periodFilters(
			'transactions were made in',
			optionsField('accountingCategory', 'Accounting Category', 'accounting_category', CATEGORIES, { default: 'all', description: 'Only the transactions of this kind' }),
			balance,
			payout,
			textField('startingFrom', 'Starting From', 'starting_from', { placeholder: 'e.g. txn_1PqR2s', description: 'Only the transactions after this one (an ID from an earlier read)' }),
		),
	],
	options: readOptions,
});
