import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';
import { partnerAddress, partnerFields } from '../../shared/partners';

export const createClient = defineOperation({
	resource: 'client',
	operation: 'create',
	name: 'Create',
	action: 'Create a client',
	description: 'Create a client (customer account) in the accounting system',
	method: 'POST',
	path: '/accounting/clients',
	refetchPath: '/accounting/clients/{entity_id}',
	fields: [folder, textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. Bistro Central SRL', description: 'Name of the client (company or person)' })],
	groups: [
		{ name: 'additionalFields', displayName: 'Additional Fields', placeholder: 'Add Field', fields: partnerFields('client') },
		partnerAddress(),
	],
	options: writeOptions,
});
