import { linesField } from '../../shared/operations/fields';

/** Chift's InvoicingCreateInvoiceType: what an invoice of the invoicing system is. */
export const INVOICE_TYPES = [
	{ name: 'Customer Invoice', value: 'customer_invoice', description: 'A sale: an invoice sent to a customer' },
	{ name: 'Customer Refund', value: 'customer_refund', description: 'A credit note sent to a customer' },
	{ name: 'Supplier Invoice', value: 'supplier_invoice', description: 'A purchase: an invoice received from a supplier' },
	{ name: 'Supplier Refund', value: 'supplier_refund', description: 'A credit note received from a supplier' },
];

/** Chift's InvoiceStatus. */
export const INVOICE_STATUSES = [
	{ name: 'Draft', value: 'draft', description: 'Not sent or booked yet; it can still be changed in the invoicing system' },
	{ name: 'Posted', value: 'posted', description: 'Final: numbered and sent or booked' },
	{ name: 'Paid', value: 'paid', description: 'Final and paid' },
	{ name: 'Cancelled', value: 'cancelled' },
];

const LINE_EXAMPLE = '{"description": "Menu du jour", "quantity": 2, "unit_price": 18.5, "untaxed_amount": 37, "tax_rate": 12, "tax_amount": 4.44, "total": 41.44}';

/** An invoice's lines (InvoiceLineItem): every key the document requires is checked on each line before sending. */
export const invoiceLines = linesField(
	'lines',
	'Lines',
	'lines',
	{
		required: ['quantity', 'unit_price', 'untaxed_amount', 'tax_amount', 'total'],
		numbers: ['quantity', 'unit_price', 'untaxed_amount', 'tax_amount', 'total', 'tax_rate', 'discount_amount'],
		texts: ['account_number', 'tax_id', 'product_id', 'product_code'],
		example: LINE_EXAMPLE,
	},
	{
		typeOptions: { rows: 6 },
		description:
			'The invoice lines, as a JSON list or an expression mapping an earlier node\'s items, e.g. {{ $json.lines.map(l => ({ description: l.name, quantity: l.quantity, unit_price: l.unit_price, untaxed_amount: l.total - l.tax_amount, tax_rate: 21, tax_amount: l.tax_amount, total: l.total })) }}. Each line needs quantity, unit_price, untaxed_amount, tax_amount and total; optional: description, tax_rate, tax_id, discount_amount, account_number, unit_of_measure, product_id, product_code, product_name, tax_exemption_reason.',
		hint: 'Each line must add up (untaxed_amount + tax_amount = total); the invoice totals are the sums of the lines',
	},
);
