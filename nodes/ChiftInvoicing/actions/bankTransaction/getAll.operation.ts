import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange, optionsField } from '../../../shared/operations/fields';
import { bankAccount } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyBankTransactions = defineOperation({
	resource: 'bankTransaction',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many bank transactions',
	description: 'List the transactions of one bank account in the invoicing system, with the invoices they are matched to',
	method: 'GET',
	path: '/invoicing/bank-transactions',
	list: true,
	fields: [bankAccount('bank_account_id', 'The bank account whose transactions to list')],
	groups: [
		filters(
			...dateRange(false, 'transactions'),
			optionsField(
				'status',
				'Status',
				'status',
				[
					{ name: 'Draft', value: 'draft', description: 'Not reconciled yet' },
					{ name: 'Done', value: 'done', description: 'Reconciled' },
				],
				{ description: 'Only the transactions in this state' },
			),
		),
	],
	options: readOptions,
});
