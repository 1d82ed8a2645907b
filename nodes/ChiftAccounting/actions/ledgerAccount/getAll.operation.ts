import { filters } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { getMany } from '../../shared/getMany';
import { accountTypeFilter } from '../../shared/ledger';

/** Account classes as Chift takes them: "6,7" (spaces dropped); a class is the first digit(s) of an account number. */
const classes = textField('classes', 'Classes', 'classes', {
	placeholder: 'e.g. 6,7',
	description: 'Only the accounts of these classes (the first digit of the number in most charts), separated by commas',
	check(value) {
		const list = value.replace(/\s+/g, '');
		return /^\d+(,\d+)*$/.test(list)
			? { value: list }
			: { problem: `"${value}" is not a list of account classes`, fix: 'Give class numbers separated by commas, such as 6,7 for the expense and income accounts.' };
	},
});

export const getManyLedgerAccounts = getMany({
	resource: 'ledgerAccount',
	what: 'ledger accounts',
	description: 'List the chart of accounts of the accounting system',
	path: '/accounting/chart-of-accounts',
	groups: [
		filters(
			classes,
			optionsField('type', 'Type', 'type', accountTypeFilter, { description: 'Only the accounts of this use' }),
		),
	],
});
