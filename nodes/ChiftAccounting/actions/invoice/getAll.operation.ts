import { dateRange, momentField, optionsField } from '../../../shared/operations/fields';
import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder, multipleAnalyticPlans } from '../../shared/fields';
import { invoiceIncludes, invoiceType } from '../../shared/invoices';
import { readOptions } from '../../shared/options';

export const getManyInvoices = defineOperation({
	resource: 'invoice',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'List the invoices or credit notes of one type, by date, journal, payment or approval status',
	method: 'GET',
	path: '/accounting/invoices/type/{invoice_type}',
	variant: multipleAnalyticPlans('/accounting/invoices/multi-analytic-plans/type/{invoice_type}'),
	list: true,
	simplify: ['id', 'invoice_number', 'invoice_type', 'invoice_date', 'due_date', 'partner_id', 'currency', 'untaxed_amount', 'tax_amount', 'total', 'status'],
	fields: [folder, invoiceType('The kind of invoices to list'), ...invoiceIncludes()],
	groups: [
		filters(
			...dateRange(false, 'invoice dates'),
			textField('journalIds', 'Journal IDs', 'journal_ids', { placeholder: 'e.g. VEN,VEN2', description: 'Only the invoices of these journals (IDs separated by commas)' }),
			optionsField(
				'paymentStatus',
				'Payment Status',
				'payment_status',
				[
					{ name: 'All', value: 'all' },
					{ name: 'Unpaid', value: 'unpaid', description: 'Not or only partly paid' },
					{ name: 'Paid', value: 'paid' },
				],
				{ default: 'all', description: 'Only paid or unpaid invoices' },
			),
			optionsField(
				'approvalStatus',
				'Approval Status',
				'approval_status',
				[
					{ name: 'Pending', value: 'pending' },
					{ name: 'Approved', value: 'approved' },
					{ name: 'Rejected', value: 'rejected' },
				],
				{ description: 'Only the invoices in this approval state (for systems that approve purchase invoices)' },
			),
			momentField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the invoices changed since this moment'),
		),
	],
	options: readOptions,
});
