import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { checkContactNamed, contactAddress, contactFields } from '../../shared/contacts';
import { writeOptions } from '../../shared/options';

export const createContact = defineOperation({
	resource: 'contact',
	operation: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a contact (customer, supplier or prospect) in the invoicing system',
	method: 'POST',
	path: '/invoicing/contacts',
	refetchPath: '/invoicing/contacts/{entity_id}',
	fields: [
		textField('companyName', 'Company Name', 'company_name', { placeholder: 'e.g. Hotel Le Lion SA', description: 'Name of the company; leave empty for a person' }),
		textField('firstName', 'First Name', 'first_name', { placeholder: 'e.g. Marie', description: 'First name of the person (or of the contact person of the company)' }),
		textField('lastName', 'Last Name', 'last_name', { placeholder: 'e.g. Lambert', description: 'Last name of the person (or of the contact person of the company)' }),
	],
	groups: [{ name: 'additionalFields', displayName: 'Additional Fields', placeholder: 'Add Field', fields: contactFields() }, contactAddress()],
	check: checkContactNamed,
	options: writeOptions,
});
