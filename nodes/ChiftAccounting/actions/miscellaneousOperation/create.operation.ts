import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { dayField, linesField, optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { checkMiscellaneousBalance, currency, exchangeRate, miscellaneousLineRules, optional } from '../../shared/entries';
import { folder, journal } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

const LINES = 'Lines';

export const createMiscellaneousOperation = defineOperation({
	resource: 'miscellaneousOperation',
	operation: 'create',
	name: 'Create',
	action: 'Create a miscellaneous operation',
	description: 'Post a miscellaneous operation (corrections, accruals, transfers between accounts) whose lines balance',
	method: 'POST',
	path: '/accounting/miscellaneous-operation',
	refetchPath: '/accounting/miscellaneous-operation/{entity_id}',
	fields: [
		folder,
		dayField('operationDate', 'Date', 'operation_date', true, 'Accounting date of the operation'),
		currency('operation'),
		linesField('lines', LINES, 'lines', miscellaneousLineRules, {
			required: true,
			description:
				'The lines, usually mapped from earlier items by an expression. Each line: account_number (ledger account), amount (positive: credit, negative: debit), and optionally type (general_account by default; customer_account or supplier_account with partner_id), description, line_number, analytic_account. The amounts must add up to 0.',
			placeholder: '[{"account_number": "604000", "amount": -250}, {"account_number": "440000", "amount": 250}]',
		}),
	],
	groups: [
		additionalFields(
			optional(journal('journal_id', 'The miscellaneous journal to post in; empty: the only one there is')),
			textField('operationNumber', 'Number', 'operation_number', { description: 'Number of the operation in the accounting system' }),
			exchangeRate('operation'),
			optionsField('status', 'Status', 'status', [
				{ name: 'Posted', value: 'posted', description: 'Final' },
				{ name: 'Draft', value: 'draft', description: 'Left to be reviewed in the accounting system' },
			], { default: 'posted', description: 'Whether the operation is posted or left as a draft' }),
		),
	],
	check: (values, item) => checkMiscellaneousBalance(values, item, LINES),
	options: writeOptions,
});
