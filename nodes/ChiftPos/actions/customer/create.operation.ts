import type { INodeProperties } from 'n8n-workflow';

import { countryCode, emailAddress } from '../../shared/checks';
import { idempotencyKeyOf, idempotencyKeyOption } from '../../shared/options';
import { sortedProperties, textField } from '../../shared/parameters';
import type { ChiftPosOperation } from '../../shared/types';

const firstName = textField('firstName', 'First Name', 'first_name', {
	required: true,
	placeholder: 'e.g. John',
	description: 'First name of the customer',
});
const lastName = textField('lastName', 'Last Name', 'last_name', {
	required: true,
	placeholder: 'e.g. Doe',
	description: 'Last name of the customer',
});

const additionalFields = [
	textField('email', 'Email', 'email', {
		placeholder: 'name@email.com',
		description: 'Email address of the customer',
		check: emailAddress,
	}),
	textField('phone', 'Phone', 'phone', {
		placeholder: 'e.g. +32475123456',
		description: 'Phone number (mobile, home, work...) of the customer',
	}),
];

const addressName = textField('name', 'Name', 'name', {
	placeholder: 'e.g. home',
	description: 'Label of the address, such as home or work. Required in an address.',
});
const addressCity = textField('city', 'City', 'city', {
	placeholder: 'e.g. Paris',
	description: 'Required in an address',
});
const addressPostalCode = textField('postalCode', 'Postal Code', 'postal_code', {
	placeholder: 'e.g. 75000',
	description: 'Required in an address',
});
const addressRequired = [addressName, addressCity, addressPostalCode];
const addressFields = [
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
];

const properties: INodeProperties[] = [
	firstName.property,
	lastName.property,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: sortedProperties(additionalFields),
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'collection',
		placeholder: 'Add Address Field',
		default: {},
		description: 'The address of the customer. Name, City and Postal Code are required once any address field is set.',
		options: sortedProperties(addressFields),
	},
];

export const createCustomer: ChiftPosOperation = {
	resource: 'customer',
	operation: 'create',
	name: 'Create',
	action: 'Create a customer',
	description: "Create a customer in the consumer's point of sale",
	properties,
	options: [idempotencyKeyOption],
	prepare(item) {
		const body = item.fields([firstName, lastName], (name) => item.raw(name, ''));
		Object.assign(body, item.fields(additionalFields, item.collection('additionalFields')));
		const address = item.fields(addressFields, item.collection('address'));
		item.requireTogether('Address', address, addressRequired);
		if (Object.keys(address).length) body.address = address;
		return {
			method: 'POST',
			path: '/pos/customers',
			body,
			idempotencyKey: idempotencyKeyOf(item),
		};
	},
};
