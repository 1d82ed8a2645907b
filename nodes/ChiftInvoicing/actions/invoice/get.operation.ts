import { defineOperation } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { invoice } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getInvoice = defineOperation({
	resource: 'invoice',
	operation: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Get one invoice of the invoicing system with its lines, and its PDF if asked',
	method: 'GET',
	path: '/invoicing/invoices/{invoice_id}',
	fields: [
		invoice('invoice_id', 'The invoice to get'),
		booleanField('includePdf', 'Include PDF', 'include_pdf', { description: 'Whether to get the invoice\'s PDF too' }),
		booleanField('includeAnalyticAccounts', 'Include Analytic Accounts', 'include_analytic_accounts', { description: 'Whether to add the analytic distribution of each line' }),
	],
	// Chift sends the PDF as base64 text in `pdf`: it becomes the item's binary data.
	binaryOutput: { content: 'pdf', fileName: (record) => `invoice-${String(record.invoice_number ?? record.id).replace(/[^\w.-]+/g, '-')}.pdf` },
	options: readOptions,
});
