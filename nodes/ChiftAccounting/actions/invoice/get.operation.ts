import { defineOperation } from '../../../shared/operations/define';
import { folder, multipleAnalyticPlans } from '../../shared/fields';
import { invoiceId, invoiceIncludes } from '../../shared/invoices';
import { readOptions } from '../../shared/options';

export const getInvoice = defineOperation({
	resource: 'invoice',
	operation: 'get',
	name: 'Get',
	action: 'Get an invoice',
	description: 'Get one invoice or credit note of the accounting system',
	method: 'GET',
	path: '/accounting/invoices/{invoice_id}',
	variant: multipleAnalyticPlans('/accounting/invoices/multi-analytic-plans/{invoice_id}'),
	fields: [folder, invoiceId('ID of the invoice in the accounting system'), ...invoiceIncludes()],
	options: readOptions,
});
