import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange, dayField, optionsField } from '../../../shared/operations/fields';
import { account } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyTransactions = defineOperation({
	resource: 'transaction',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many transactions',
	description: 'List the transactions of one bank account, with their counterparts and attachments',
	method: 'GET',
	path: '/banking/transactions',
	list: true,
	fields: [account('The bank account whose transactions to list')],
	groups: [
		filters(
			...dateRange(false, 'transactions'),
			optionsField(
				'dateType',
				'Date Type',
				'date_type',
				[
					{ name: 'Value Date', value: 'value_date', description: 'The day the money counts for interest' },
					{ name: 'Execution Date', value: 'execution_date', description: 'The day the bank carried the transaction out' },
				],
				{ default: 'value_date', description: 'Which date of the transactions Date From and Date To apply to' },
			),
			dayField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the transactions changed since this day'),
		),
	],
	options: readOptions,
});
