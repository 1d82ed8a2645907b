import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { linesField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { currency, entryDate, exchangeRate, financialLineRules, forceCurrencyExchange, ignoreAccountingId } from '../../shared/entries';
import { folder, journal } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

/**
 * A bank or cash movement: each line is money in (positive) or out (negative) of the journal's
 * account, booked against the line's account; the journal's side balances it, so the lines need
 * not add up to 0. No route reads a financial entry back, so no refetchPath: a lost answer is
 * reported as already processed rather than recovered.
 */
export const createFinancialEntry = defineOperation({
	resource: 'financialEntry',
	operation: 'create',
	name: 'Create',
	action: 'Create a financial entry',
	description: 'Book money received or paid through a bank or cash journal (for example the day\'s cash takings, or a payment from a client)',
	method: 'POST',
	path: '/accounting/financial-entries',
	fields: [
		folder,
		journal('journal_id', 'The bank or cash journal of the movement'),
		entryDate('financial entry'),
		currency('financial entry'),
		linesField('lines', 'Lines', 'items', financialLineRules, {
			required: true,
			description:
				'The lines, usually mapped from earlier items by an expression. Each line: account (a ledger account number, or a client\'s, supplier\'s or employee\'s ID with account_type customer_account, supplier_account or employee_account; general_account by default), amount (positive: money in, negative: money out), and optionally description, tax_info, automated_matching_number.',
			placeholder: '[{"account_type": "customer_account", "account": "CLI-001", "amount": 121}]',
		}),
	],
	groups: [
		additionalFields(
			textField('number', 'Number', 'number', { description: 'Unique number of the entry in the accounting system' }),
			textField('reference', 'Reference', 'reference', { description: 'Your reference, used for matching (for example the invoice number paid)' }),
			exchangeRate('financial entry'),
			textField('financialCounterpartAccount', 'Bank Ledger Account', 'financial_counterpart_account', {
				in: 'query',
				placeholder: 'e.g. 550000',
				description: 'Ledger account of the bank or cash account, for accounting systems that do not link it to its journal',
			}),
			forceCurrencyExchange,
			ignoreAccountingId,
		),
	],
	options: writeOptions,
});
