import { defineOperation } from '../../../shared/operations/define';
import { dayField, linesField, numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { linesAndTotals, pdfFile, pdfName, totalFields } from '../../shared/invoices';
import { writeOptions } from '../../shared/options';

const LINE_EXAMPLE = '{"account_number": "604000", "tax_id": "21", "tax_rate": 21, "untaxed_amount": 40, "tax_amount": 8.4, "total": 48.4}';

/**
 * An employee's expense (a receipt) with its lines. Chift has no route to read an expense back, so
 * no refetchPath: a repeat with the same idempotency key is reported as already processed.
 */
export const createExpense = defineOperation({
	resource: 'expense',
	operation: 'create',
	name: 'Create',
	action: 'Create an expense',
	description: "Book an employee's expense (a receipt, a note of costs) with its lines and, optionally, its PDF",
	method: 'POST',
	path: '/accounting/expenses',
	fields: [
		folder,
		textField('employeeId', 'Employee ID', 'employee_id', { required: true, placeholder: 'e.g. EMP-007', description: 'ID of the employee in the accounting system' }),
		dayField('date', 'Date', 'date', true, 'Date of the expense'),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the amounts (ISO 4217 code)' }),
		linesField(
			'lines',
			'Lines',
			'lines',
			{
				// Every key ExpenseLineItem requires.
				required: ['account_number', 'tax_id', 'tax_rate', 'untaxed_amount', 'tax_amount', 'total'],
				numbers: ['tax_rate', 'untaxed_amount', 'tax_amount', 'total'],
				texts: ['account_number', 'tax_id'],
				example: LINE_EXAMPLE,
			},
			{
				required: true,
				typeOptions: { rows: 4 },
				description: `The expense lines, as a JSON list or an expression, e.g. [${LINE_EXAMPLE}]. Each line needs account_number, tax_id (the VAT code), tax_rate, untaxed_amount, tax_amount and total.`,
				hint: 'Each line must add up (untaxed_amount + tax_amount = total); the expense totals are the sums of the lines',
			},
		),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				...totalFields('expense'),
				textField('reference', 'Reference', 'reference', { description: 'Your reference (for example the receipt number)' }),
				textField('number', 'Number', 'number', { description: 'Number of the expense in the accounting system' }),
				numberField('currencyExchangeRate', 'Currency Exchange Rate', 'currency_exchange_rate', { default: 1, description: 'Rate from the expense currency to the main currency of the folder' }),
				pdfName('expense'),
			],
		},
	],
	file: pdfFile('receipt'),
	...linesAndTotals,
	options: writeOptions,
});
