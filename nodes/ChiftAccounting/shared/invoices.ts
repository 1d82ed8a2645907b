import type { FieldGroup } from '../../shared/operations/define';
import { binaryFileField, booleanField, optionsField } from '../../shared/operations/fields';
import { CHIFT_FILE_NAME } from '../../shared/operations/files';
import type { ChiftField } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';
import { linesAndTotals as sharedLinesAndTotals, totalFields } from '../../shared/operations/totals';
import { accountingLocator } from './fields';

/** Chift's InvoiceType. */
export const INVOICE_TYPES = [
	{ name: 'Customer Invoice', value: 'customer_invoice', description: 'A sale: an invoice sent to a client' },
	{ name: 'Customer Refund', value: 'customer_refund', description: 'A credit note sent to a client' },
	{ name: 'Supplier Invoice', value: 'supplier_invoice', description: 'A purchase: an invoice received from a supplier' },
	{ name: 'Supplier Refund', value: 'supplier_refund', description: 'A credit note received from a supplier' },
];

export const invoiceType = (description: string): ChiftField =>
	optionsField('invoiceType', 'Invoice Type', 'invoice_type', INVOICE_TYPES, { required: true, default: 'customer_invoice', description });

export const invoiceId = (description: string): ChiftField =>
	textField('invoiceId', 'Invoice ID', 'invoice_id', { required: true, placeholder: 'e.g. INV-2026-0042', description });

/** What an invoice read may add to each invoice (lines, payments, the partner's details). */
export const invoiceIncludes = (): ChiftField[] => [
	booleanField('includeInvoiceLines', 'Include Lines', 'include_invoice_lines', { description: 'Whether to add the invoice lines (accounts, VAT, amounts)' }),
	booleanField('includePayments', 'Include Payments', 'include_payments', { description: 'Whether to add the payments made on the invoice' }),
	booleanField('includePartnerInfo', 'Include Partner', 'include_partner_info', { description: 'Whether to add the client or supplier with its addresses' }),
];

/** An accounting record that may be picked from a list inside an "Additional Fields" collection (never required there). */
export const optionalLocator = (spec: Parameters<typeof accountingLocator>[0]): ChiftField => accountingLocator({ ...spec, required: false });

/** A list-search record of the accounting system (payment methods, payment terms) in a collection. */
export const paymentMethod = (description: string) =>
	optionalLocator({ name: 'paymentMethodId', displayName: 'Payment Method', apiName: 'payment_method_id', searchListMethod: 'searchPaymentMethods', idPlaceholder: 'e.g. PM-BANK', description });

/** The totals of an invoice or an expense, checked against its lines (nodes/shared/operations/totals.ts, shared with Chift Invoicing). */
export { totalFields };

/** A file name Chift accepts for a PDF (letters, digits, - _ and spaces; .pdf optional). */
export const pdfName = (what: string): ChiftField =>
	textField('pdfName', 'PDF Name', 'pdf_name', {
		placeholder: 'e.g. invoice-2026-0042.pdf',
		description: `Name of the ${what}'s PDF in the accounting system. Empty: the input file's name.`,
		check: (value) =>
			CHIFT_FILE_NAME.test(value)
				? { value }
				: { problem: `"${value}" is not a file name Chift accepts`, fix: 'Use letters, digits, -, _ and spaces only (up to 196), optionally ending in .pdf.' },
	});

/** Posting choices Chift reads from the query of an invoice create. */
export const postingOptions = (): FieldGroup => ({
	name: 'postingOptions',
	displayName: 'Posting Options',
	placeholder: 'Add Option',
	fields: [
		textField('forceFinancialPeriod', 'Force Financial Period', 'force_financial_period', {
			in: 'query',
			placeholder: 'e.g. 2026-03',
			description: 'The accounting period to book the invoice in, when it is not the one of the invoice date',
		}),
		booleanField('regroupLines', 'Regroup Lines', 'regroup_lines', {
			in: 'query',
			default: true,
			description: 'Whether lines with the same account, VAT code and analytic account are booked as one line',
		}),
		booleanField('ignoreAccountingId', 'Ignore Invoice Number', 'ignore_accounting_id', {
			in: 'query',
			description: 'Whether to let the accounting system number the invoice itself instead of using Invoice Number',
		}),
		booleanField('forceCurrencyExchange', 'Force Currency Exchange', 'force_currency_exchange', {
			in: 'query',
			description: "Whether to use the exchange rate given here even when the accounting system has its own",
		}),
	],
});

/** The PDF of a document (an invoice, a receipt) from the input item's binary data: optional, sent as pdf and pdf_name. */
export const pdfFile = (what: string) =>
	binaryFileField({
		required: false,
		content: 'pdf',
		fileName: 'pdf_name',
		pdf: true,
		displayName: 'PDF Binary Field',
		description: `The input item's binary property holding the ${what}'s PDF, to attach it. Empty: no PDF.`,
	});

/** A document with lines and totals: the totals checked against the lines, and added up from them when left out. */
export const linesAndTotals = sharedLinesAndTotals('Lines');
