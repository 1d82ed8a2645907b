import { defineOperation } from '../../../shared/operations/define';
import { folder } from '../../shared/fields';
import { invoiceId } from '../../shared/invoices';
import { readOptions } from '../../shared/options';

/**
 * An invoice's payments, under Invoice rather than a Payment resource: Chift reads payments only
 * per invoice, so the invoice is what a user starts from (and the other payment operation, Record
 * Payment, is the invoice's too).
 */
export const getInvoicePayments = defineOperation({
	resource: 'invoice',
	operation: 'getPayments',
	name: 'Get Payments',
	action: 'Get the payments of an invoice',
	description: 'List the payments made on an invoice (date, amount, journal, reconciliation)',
	method: 'GET',
	path: '/accounting/invoices/id/{invoice_id}/payments',
	list: true,
	fields: [folder, invoiceId('ID of the invoice whose payments to list')],
	options: readOptions,
});
