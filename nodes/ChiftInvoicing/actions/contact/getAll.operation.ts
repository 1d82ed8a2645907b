import { defineOperation, filters } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const getManyContacts = defineOperation({
	resource: 'contact',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List the contacts of the invoicing system: customers, suppliers, prospects',
	method: 'GET',
	path: '/invoicing/contacts',
	list: true,
	groups: [
		filters(
			optionsField(
				'contactType',
				'Contact Type',
				'contact_type',
				[
					{ name: 'All', value: 'all' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Supplier', value: 'supplier' },
					{ name: 'Prospect', value: 'prospect' },
				],
				{ default: 'all', description: 'Only the contacts of this kind' },
			),
		),
	],
	options: readOptions,
});
