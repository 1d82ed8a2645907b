import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyAccountingTransactions = defineOperation({
	resource: 'accountingTransaction',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many accounting transactions',
	description: 'List the PMS postings of a period (revenue, taxes, payments) with their ledger accounts, ready to book',
	method: 'GET',
	path: '/pms/accounting-transactions',
	list: true,
	fields: dateRange(true, 'period'),
	groups: [filters(location)],
	options: readOptions,
});
