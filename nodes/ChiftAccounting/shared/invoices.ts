import type { IDataObject } from 'n8n-workflow';

import type { FieldGroup } from '../../shared/operations/define';
import { binaryFileField, booleanField, numberField, optionsField } from '../../shared/operations/fields';
import type { ChiftField, ItemParameters } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';
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

/** The amounts an invoice or an expense carries both in total and on each line. */
const AMOUNTS = ['untaxed_amount', 'tax_amount', 'total'] as const;

const cents = (value: number) => Math.round(value * 100);

/**
 * The rule Chift's document implies by carrying every amount twice, on the document and on its
 * lines (the accounting system books the lines, and rejects or unbalances a document whose totals
 * disagree with them): on each line untaxed_amount + tax_amount = total, and the document's
 * untaxed_amount, tax_amount and total are the sums of its lines', all to the cent. Totals the
 * user left out are not checked: they are filled in from the lines (see fillTotals).
 */
export function checkTotals(values: IDataObject, item: ItemParameters, linesLabel: string) {
	const lines = values.lines as IDataObject[] | undefined;
	if (!lines) return;
	lines.forEach((line, index) => {
		const [untaxed, tax, total] = AMOUNTS.map((key) => Number(line[key]));
		if (cents(untaxed) + cents(tax) !== cents(total)) {
			throw item.invalid(
				`${linesLabel}, line ${index + 1}: untaxed_amount ${untaxed} + tax_amount ${tax} is not its total ${total}`,
				'Each line must add up to the cent: total = untaxed_amount + tax_amount. Check how the line amounts are mapped (taxes included or not).',
				linesLabel,
			);
		}
	});
	for (const key of AMOUNTS) {
		if (values[key] === undefined) continue;
		const sum = lines.reduce((sum, line) => sum + Number(line[key]), 0);
		if (cents(sum) !== cents(Number(values[key]))) {
			throw item.invalid(
				`${key} ${String(values[key])} is not the sum of the lines' ${key} (${(cents(sum) / 100).toFixed(2)})`,
				`The document's amounts must equal the sums of its lines to the cent. Fix the lines, or leave ${key} out: it is then added up from the lines.`,
				linesLabel,
			);
		}
	}
}

/** The document's untaxed_amount, tax_amount and total, added up from its lines where not given. */
export function fillTotals(values: IDataObject): IDataObject {
	const lines = (values.lines as IDataObject[] | undefined) ?? [];
	const filled = { ...values };
	for (const key of AMOUNTS) {
		if (filled[key] === undefined) filled[key] = cents(lines.reduce((sum, line) => sum + Number(line[key]), 0)) / 100;
	}
	return filled;
}

/** The three totals as optional fields: checked against the lines when given, added up from them when not. */
export const totalFields = (what: string): ChiftField[] => [
	numberField('untaxedAmount', 'Untaxed Amount', 'untaxed_amount', { description: `Total of the ${what} without taxes. Empty: the sum of the lines.` }),
	numberField('taxAmount', 'Tax Amount', 'tax_amount', { description: `Total tax of the ${what}. Empty: the sum of the lines.` }),
	numberField('total', 'Total', 'total', { description: `Total of the ${what}, taxes included. Empty: the sum of the lines.` }),
];

/** A file name Chift accepts for a PDF (letters, digits, - _ and spaces; .pdf optional). */
export const pdfName = (what: string): ChiftField =>
	textField('pdfName', 'PDF Name', 'pdf_name', {
		placeholder: 'e.g. invoice-2026-0042.pdf',
		description: `Name of the ${what}'s PDF in the accounting system. Empty: the input file's name.`,
		check: (value) =>
			/^[a-zA-Z0-9\-_ ]{1,196}(?:.pdf)?$/.test(value)
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
export const linesAndTotals = {
	check: (values: IDataObject, item: ItemParameters) => checkTotals(values, item, 'Lines'),
	shape: fillTotals,
};
