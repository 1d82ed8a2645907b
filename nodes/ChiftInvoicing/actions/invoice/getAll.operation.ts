import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField, dateRange, momentField, optionsField } from '../../../shared/operations/fields';
import { INVOICE_TYPES } from '../../shared/invoices';
import { readOptions } from '../../shared/options';

export const getManyInvoices = defineOperation({
	resource: 'invoice',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'List the invoices of the invoicing system, by date, type or payment status',
	method: 'GET',
	path: '/invoicing/invoices',
	list: true,
	groups: [
		filters(
			...dateRange(false, 'invoices'),
			optionsField('invoiceType', 'Invoice Type', 'invoice_type', [{ name: 'All', value: 'all', description: 'Every type' }, ...INVOICE_TYPES], { default: 'all' }),
			optionsField(
				'paymentStatus',
				'Payment Status',
				'payment_status',
				[
					{ name: 'All', value: 'all' },
					{ name: 'Unpaid', value: 'unpaid', description: 'Not (fully) paid yet' },
					{ name: 'Paid', value: 'paid' },
				],
				{ default: 'all' },
			),
			momentField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the invoices changed since this moment'),
			booleanField('includeInvoiceLines', 'Include Lines', 'include_invoice_lines', { description: 'Whether to add the lines of each invoice' }),
			booleanField('includeAnalyticAccounts', 'Include Analytic Accounts', 'include_analytic_accounts', { description: 'Whether to add the analytic distribution of each line' }),
		),
	],
	options: readOptions,
});
