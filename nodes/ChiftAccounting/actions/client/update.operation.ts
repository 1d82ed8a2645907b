import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { client, folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';
import { partnerFields } from '../../shared/partners';

export const updateClient = defineOperation({
	resource: 'client',
	operation: 'update',
	name: 'Update',
	action: 'Update a client',
	description: 'Change fields of a client of the accounting system; the fields left out stay as they are',
	method: 'PATCH',
	path: '/accounting/clients/{client_id}',
	refetchPath: '/accounting/clients/{client_id}',
	fields: [folder, client('client_id', 'The client to update')],
	groups: [
		{
			name: 'updateFields',
			displayName: 'Update Fields',
			placeholder: 'Add Field',
			fields: [textField('name', 'Name', 'name', { description: 'Name of the client' }), ...partnerFields('client')],
		},
	],
	options: writeOptions,
});
