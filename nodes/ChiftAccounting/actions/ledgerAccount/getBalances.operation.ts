import { defineOperation } from '../../../shared/operations/define';
import { monthField, textListField } from '../../../shared/operations/fields';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

/**
 * A read, though Chift takes its filters in the body of a POST: readOnly, read options (no
 * idempotency key: asking twice changes nothing), paged like any list.
 */
export const getLedgerAccountBalances = defineOperation({
	resource: 'ledgerAccount',
	operation: 'getBalances',
	name: 'Get Balances',
	action: 'Get the balances of ledger accounts',
	description: 'Get the debit, credit and balance of ledger accounts at the end of a month, and their movements since a start month',
	method: 'POST',
	path: '/accounting/chart-of-accounts/balance',
	readOnly: true,
	list: true,
	fields: [
		folder,
		textListField('accounts', 'Accounts', 'accounts', {
			required: true,
			placeholder: 'e.g. 550000, 7',
			description: 'Account numbers or their beginnings, separated by commas: 7 gives every account of class 7, 6040 every account starting with 6040',
		}),
		monthField('end', 'End Month', 'end', true, 'The balances at the end of this month (a day in it counts as the month)'),
		monthField('start', 'Start Month', 'start', false, 'First month of the period movements (period debit, credit and balance), included'),
	],
	check(values, item) {
		if (typeof values.start === 'string' && typeof values.end === 'string' && values.start > values.end) {
			throw item.invalid(`Start Month (${values.start}) is after End Month (${values.end})`, 'The period includes both months and must not end before it starts: swap the two months.');
		}
	},
	options: readOptions,
});
