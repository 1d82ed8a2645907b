import { defineOperation } from '../../../shared/operations/define';
import { dayField, linesField, numberField, optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder, multipleAnalyticPlans } from '../../shared/fields';
import { invoiceType, linesAndTotals, optionalLocator, paymentMethod, pdfFile, pdfName, postingOptions, totalFields } from '../../shared/invoices';
import { writeOptions } from '../../shared/options';

const LINE_EXAMPLE =
	'{"account_number": "700000", "tax_code": "21", "quantity": 2, "unit_price": 12.5, "untaxed_amount": 25, "tax_rate": 21, "tax_amount": 5.25, "total": 30.25}';

const lines = linesField(
	'lines',
	'Lines',
	'lines',
	{
		// Every key InvoiceLineItemIn requires: a line mapped from a POS sale or an order line is
		// checked for all of them before anything is sent.
		required: ['account_number', 'tax_code', 'quantity', 'unit_price', 'untaxed_amount', 'tax_rate', 'tax_amount', 'total'],
		numbers: ['quantity', 'unit_price', 'untaxed_amount', 'tax_rate', 'tax_amount', 'total', 'line_number'],
		texts: ['account_number', 'tax_code', 'analytic_account'],
		example: LINE_EXAMPLE,
	},
	{
		required: true,
		typeOptions: { rows: 6 },
		description:
			'The invoice lines, as a JSON list or an expression mapping an earlier node\'s items, e.g. {{ $json.lines.map(l => ({ account_number: "700000", tax_code: "21", quantity: l.quantity, unit_price: l.unit_price, untaxed_amount: l.total_without_tax, tax_rate: 21, tax_amount: l.tax, total: l.total })) }}. Each line needs account_number, tax_code, quantity, unit_price, untaxed_amount, tax_rate, tax_amount and total; optional: line_number, unit_of_measure, analytic_account (or analytic_distribution with Multiple Analytic Plans).',
		hint: 'Each line must add up (untaxed_amount + tax_amount = total); the invoice totals are the sums of the lines',
	},
);

const amounts = totalFields('invoice');

export const createInvoice = defineOperation({
	resource: 'invoice',
	operation: 'create',
	name: 'Create',
	action: 'Create an invoice',
	description: 'Book a sales or purchase invoice (or credit note) with its lines in the accounting system',
	method: 'POST',
	path: '/accounting/invoices',
	refetchPath: '/accounting/invoices/{entity_id}',
	variant: multipleAnalyticPlans('/accounting/invoices/multi-analytic-plans', { refetchPath: '/accounting/invoices/multi-analytic-plans/{entity_id}' }),
	fields: [
		folder,
		invoiceType('Sale or purchase, invoice or credit note'),
		optionalLocator({
			name: 'partnerId',
			displayName: 'Partner',
			apiName: 'partner_id',
			searchListMethod: 'searchInvoicePartners',
			idPlaceholder: 'e.g. C-00042',
			description: 'The client (customer invoices and refunds) or supplier (supplier invoices and refunds) of the invoice',
		}),
		dayField('invoiceDate', 'Invoice Date', 'invoice_date', true, 'Date of the invoice'),
		dayField('dueDate', 'Due Date', 'due_date', true, 'Date the invoice must be paid by'),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the amounts (ISO 4217 code)' }),
		lines,
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				...amounts,
				textField('invoiceNumber', 'Invoice Number', 'invoice_number', { placeholder: 'e.g. 2026-0042', description: 'Number of the invoice; empty: the accounting system numbers it' }),
				textField('reference', 'Reference', 'reference', { description: 'Your own reference (for example the POS sale or the shop order number)' }),
				textField('paymentCommunication', 'Payment Communication', 'payment_communication', { placeholder: 'e.g. +++090/9337/55493+++', description: 'Structured communication the payment should carry' }),
				textField('customerMemo', 'Memo', 'customer_memo', { typeOptions: { rows: 2 }, description: 'A note on the invoice' }),
				optionalLocator({ name: 'journalId', displayName: 'Journal', apiName: 'journal_id', searchListMethod: 'searchJournals', idPlaceholder: 'e.g. VEN', description: 'The sales or purchase journal to book the invoice in' }),
				optionalLocator({ name: 'paymentTermId', displayName: 'Payment Term', apiName: 'payment_term_id', searchListMethod: 'searchPaymentTerms', idPlaceholder: 'e.g. 30D', description: 'The payment term of the invoice' }),
				paymentMethod('How the invoice is (to be) paid'),
				optionsField(
					'status',
					'Status',
					'status',
					[
						{ name: 'Posted', value: 'posted', description: 'Booked in the accounts' },
						{ name: 'Draft', value: 'draft', description: 'Kept as a draft for review' },
					],
					{ default: 'posted', description: 'Whether the invoice is booked or kept as a draft' },
				),
				numberField('currencyExchangeRate', 'Currency Exchange Rate', 'currency_exchange_rate', { default: 1, description: 'Rate from the invoice currency to the main currency of the folder' }),
				textField('shippingCountry', 'Shipping Country', 'shipping_country', { placeholder: 'e.g. BE', description: 'Country the goods are delivered to (two-letter code), for VAT' }),
				dayField('deliveryDate', 'Delivery Date', 'delivery_date', false, 'Date of delivery of the goods or services'),
				dayField('startDate', 'Service Start Date', 'start_date', false, 'First day of the period invoiced'),
				dayField('endDate', 'Service End Date', 'end_date', false, 'Last day of the period invoiced'),
				pdfName('invoice'),
			],
		},
		postingOptions(),
	],
	file: pdfFile('invoice'),
	...linesAndTotals,
	options: writeOptions,
});
