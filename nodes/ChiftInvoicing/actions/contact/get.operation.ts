import { defineOperation } from '../../../shared/operations/define';
import { contact } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getContact = defineOperation({
	resource: 'contact',
	operation: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact of the invoicing system with its addresses',
	method: 'GET',
	path: '/invoicing/contacts/{contact_id}',
	fields: [contact('contact_id', 'The contact to get')],
	options: readOptions,
});
