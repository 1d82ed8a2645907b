import { countryCode, emailAddress } from '../../../shared/operations/checks';
import { defineOperation } from '../../../shared/operations/define';
import { writeOptions } from '../../shared/options';
import { textField } from '../../../shared/operations/parameters';

const addressName = textField('name', 'Name', 'name', {
	placeholder: 'e.g. home',
	description: 'Label of the address, such as home or work. Required in an address.',
});
const addressCity = textField('city', 'City', 'city', { placeholder: 'e.g. Paris', description: 'Required in an address' });
const addressPostalCode = textField('postalCode', 'Postal Code', 'postal_code', {
	placeholder: 'e.g. 75000',
	description: 'Required in an address',
});

export const createCustomer = defineOperation({
	resource: 'customer',
	operation: 'create',
	name: 'Create',
	action: 'Create a customer',
	description: "Create a customer in the consumer's point of sale",
	method: 'POST',
	path: '/pos/customers',
	refetchPath: '/pos/customers/{entity_id}',
	fields: [
		textField('firstName', 'First Name', 'first_name', { required: true, placeholder: 'e.g. John', description: 'First name of the customer' }),
		textField('lastName', 'Last Name', 'last_name', { required: true, placeholder: 'e.g. Doe', description: 'Last name of the customer' }),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				textField('email', 'Email', 'email', {
					placeholder: 'name@email.com',
					description: 'Email address of the customer',
					check: emailAddress,
				}),
				textField('phone', 'Phone', 'phone', {
					placeholder: 'e.g. +32475123456',
					description: 'Phone number (mobile, home, work...) of the customer',
				}),
			],
		},
		{
			name: 'address',
			displayName: 'Address',
			placeholder: 'Add Address Field',
			description: 'The address of the customer. Name, City and Postal Code are required once any address field is set.',
			nestAs: 'address',
			recordList: 'addresses',
			requiredTogether: [addressName, addressCity, addressPostalCode],
			fields: [
				addressName,
				textField('street', 'Street', 'street', { placeholder: 'e.g. Avenue de la République' }),
				textField('number', 'Number', 'number', { placeholder: 'e.g. 123', description: 'House number' }),
				textField('box', 'Box', 'box', { placeholder: 'e.g. A', description: 'Box, suite or apartment' }),
				addressCity,
				addressPostalCode,
				textField('country', 'Country', 'country', {
					placeholder: 'e.g. FR',
					description: 'Two-letter ISO 3166-1 country code, such as FR or BE',
					check: countryCode,
				}),
			],
		},
	],
	options: writeOptions,
});
