import { defineOperation } from '../../../shared/operations/define';
import { booleanField, optionsField } from '../../../shared/operations/fields';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyOutstandings = defineOperation({
	resource: 'outstanding',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many outstanding items',
	description: 'List what clients still owe, or what is still owed to suppliers: open invoices and entries with their open amount',
	method: 'GET',
	path: '/accounting/outstandings',
	list: true,
	simplify: ['id', 'number', 'partner_id', 'date', 'due_date', 'currency', 'amount', 'open_amount', 'reference'],
	fields: [
		folder,
		optionsField(
			'type',
			'Type',
			'type',
			[
				{ name: 'Client', value: 'client', description: 'Receivables: what clients owe' },
				{ name: 'Supplier', value: 'supplier', description: 'Payables: what is owed to suppliers' },
			],
			{ required: true, default: 'client', description: 'Whose outstanding items to list' },
		),
		booleanField('unpostedAllowed', 'Include Unposted', 'unposted_allowed', { description: 'Whether to include items not yet posted (drafts)' }),
	],
	options: readOptions,
});
