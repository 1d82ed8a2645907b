import { defineOperation } from '../../../shared/operations/define';
import { dayField, optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { linesAndTotals, totalFields } from '../../../shared/operations/totals';
import { contact } from '../../shared/fields';
import { INVOICE_STATUSES, INVOICE_TYPES, invoiceLines } from '../../shared/invoices';
import { writeOptions } from '../../shared/options';

const { check, shape } = linesAndTotals();

export const createInvoice = defineOperation({
	resource: 'invoice',
	operation: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Create a sales or purchase invoice (or credit note) with its lines in the invoicing system',
	method: 'POST',
	path: '/invoicing/invoices',
	refetchPath: '/invoicing/invoices/{entity_id}',
	fields: [
		optionsField('invoiceType', 'Invoice Type', 'invoice_type', INVOICE_TYPES, { required: true, default: 'customer_invoice', description: 'Sale or purchase, invoice or credit note' }),
		optionsField('status', 'Status', 'status', INVOICE_STATUSES, { required: true, default: 'draft', description: 'The state the invoice is created in' }),
		contact('partner_id', 'The customer (customer invoices and refunds) or supplier (supplier invoices and refunds)', false),
		dayField('invoiceDate', 'Invoice Date', 'invoice_date', true, 'Date of the invoice'),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the amounts (ISO 4217 code)' }),
		invoiceLines,
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				...totalFields('invoice'),
				textField('invoiceNumber', 'Invoice Number', 'invoice_number', { placeholder: 'e.g. 2026-0042', description: 'Number of the invoice; empty: the invoicing system numbers it' }),
				dayField('dueDate', 'Due Date', 'due_date', false, 'Date the invoice must be paid by'),
				textField('reference', 'Reference', 'reference', { description: 'Your own reference (for example the shop order number)' }),
				textField('paymentCommunication', 'Payment Communication', 'payment_communication', { placeholder: 'e.g. +++090/9337/55493+++', description: 'Structured communication the payment should carry' }),
				textField('customerMemo', 'Memo', 'customer_memo', { typeOptions: { rows: 2 }, description: 'A note printed on the invoice' }),
			],
		},
	],
	// The totals are the sums of the lines (checked when given, added up when not).
	check,
	shape,
	options: writeOptions,
});
