import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { booleanField, dayField, linesField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import {
	checkJournalBalance,
	currency,
	entryDate,
	exchangeRate,
	forceCurrencyExchange,
	ignoreAccountingId,
	journalItemRules,
} from '../../shared/entries';
import { folder, journal } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

const LINES = 'Lines';

export const createJournalEntry = defineOperation({
	resource: 'journalEntry',
	operation: 'create',
	name: 'Create',
	action: 'Create a journal entry',
	description: 'Post a balanced journal entry (for example a day of POS sales) in a journal of the accounting system',
	method: 'POST',
	path: '/accounting/journal-entries',
	refetchPath: '/accounting/journal/entries/{entity_id}',
	fields: [
		folder,
		journal('journal_id', 'The journal the entry is posted in (for POS sales, usually the sales or miscellaneous journal)'),
		textField('number', 'Number', 'number', {
			required: true,
			placeholder: 'e.g. POS-2026-11-27',
			description: 'Unique number of the entry in the accounting system; a number made of the day (POS-2026-11-27) keeps a day from being posted twice',
		}),
		entryDate('journal entry'),
		currency('journal entry'),
		linesField('lines', LINES, 'items', journalItemRules, {
			required: true,
			description:
				'The lines, usually mapped from earlier items by an expression. Each line: account (a ledger account number, or the ID of a client, supplier or employee with account_type customer_account, supplier_account or employee_account; general_account by default), debit or credit (the other counts as 0), and optionally description, tax_code, tax_info, analytic_distribution. Debits and credits must be equal; at least 2 lines.',
			placeholder: '[{"account": "570000", "debit": 121}, {"account": "700000", "credit": 100}, {"account": "451000", "credit": 21}]',
		}),
	],
	groups: [
		additionalFields(
			textField('reference', 'Reference', 'reference', { description: 'Your reference for the entry (a POS closure ID, an invoice number...)' }),
			dayField('dueDate', 'Due Date', 'due_date', false, 'When the entry relates to an invoice: the day it is due'),
			exchangeRate('journal entry'),
			booleanField('posted', 'Posted', 'posted', { default: true, description: 'Whether the entry is posted (final); off: left as a draft where the system allows it' }),
			dayField('startDate', 'Period Start', 'start_date', false, 'For accruals and deferrals: first day of the period the entry covers'),
			dayField('endDate', 'Period End', 'end_date', false, 'For accruals and deferrals: last day of the period the entry covers'),
			forceCurrencyExchange,
			ignoreAccountingId,
		),
	],
	check: (values, item) => checkJournalBalance(values, item, LINES),
	options: writeOptions,
});
