import { optionsField } from '../../../shared/operations/fields';
import { partner } from '../../shared/fields';
import { getMany } from '../../shared/getMany';

export const getManyContacts = getMany({
	resource: 'contact',
	what: 'contacts',
	description: 'List the contact people of a client or a supplier',
	path: '/accounting/contacts',
	fields: [
		optionsField(
			'partnerType',
			'Partner Type',
			'partner_type',
			[
				{ name: 'Client', value: 'client' },
				{ name: 'Supplier', value: 'supplier' },
			],
			{ required: true, default: 'client', description: 'Whether the partner is a client or a supplier' },
		),
		partner('partner_id', 'The client or supplier whose contacts to list'),
	],
});
