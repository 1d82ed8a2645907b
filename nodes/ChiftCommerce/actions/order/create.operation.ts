import type { IDataObject } from 'n8n-workflow';

import { countryCode, emailAddress } from '../../../shared/operations/checks';
import type { FieldGroup } from '../../../shared/operations/define';
import { defineOperation } from '../../../shared/operations/define';
import { linesField } from '../../../shared/operations/fields';
import type { ChiftField } from '../../../shared/operations/parameters';
import { textField } from '../../../shared/operations/parameters';
import { paymentMethod } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

const LINE_EXAMPLE = '{"variant_id": "45123456789012", "quantity": 2, "unit_price": 8.5, "tax_rate": 6}';

const customerEmail = textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: emailAddress, description: 'Email address of the customer. Required.' });

/** An address of the order (CommerceAddressItemIn); Chift requires both the billing and the shipping one. */
function address(name: string, displayName: string, what: string): FieldGroup {
	const required = [
		textField('firstName', 'First Name', 'first_name', { placeholder: 'e.g. Marie' }),
		textField('lastName', 'Last Name', 'last_name', { placeholder: 'e.g. Dubois' }),
		textField('street', 'Street', 'street', { placeholder: 'e.g. Rue de la Loi' }),
		textField('number', 'Number', 'number', { placeholder: 'e.g. 16', description: 'House number' }),
		textField('city', 'City', 'city', { placeholder: 'e.g. Brussels' }),
		textField('country', 'Country', 'country', { placeholder: 'e.g. BE', check: countryCode, description: 'Two-letter ISO 3166-1 country code, such as BE or FR' }),
	];
	const optional: ChiftField[] = [
		textField('box', 'Box', 'box', { placeholder: 'e.g. A', description: 'Box, suite or apartment' }),
		textField('postalCode', 'Postal Code', 'postal_code', { placeholder: 'e.g. 1000' }),
		textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +32475123456' }),
		textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: emailAddress }),
	];
	return {
		name,
		displayName,
		placeholder: 'Add Address Field',
		description: `Where ${what}. First Name, Last Name, Street, Number, City and Country are required.`,
		nestAs: name === 'billingAddress' ? 'billing_address' : 'shipping_address',
		required: true,
		requiredTogether: required,
		fields: [...required, ...optional],
	};
}

export const createOrder = defineOperation({
	resource: 'order',
	operation: 'create',
	name: 'Create',
	action: 'Create an order',
	description: 'Create an order in the web shop for a customer, with its lines and addresses',
	method: 'POST',
	path: '/commerce/orders',
	refetchPath: '/commerce/orders/{entity_id}',
	fields: [
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the order (ISO 4217 code)' }),
		linesField(
			'lines',
			'Lines',
			'lines',
			{ required: ['variant_id', 'quantity', 'unit_price', 'tax_rate'], numbers: ['quantity', 'unit_price', 'tax_rate'], example: LINE_EXAMPLE },
			{
				required: true,
				description: `The products ordered, one line per variant: a JSON list, or an expression that maps earlier items, e.g. [${LINE_EXAMPLE}]. Unit price without tax; tax rate in percent.`,
			},
		),
	],
	groups: [
		{
			name: 'customer',
			displayName: 'Customer',
			placeholder: 'Add Customer Field',
			description: 'Who orders. Email is required.',
			nestAs: 'customer',
			required: true,
			requiredTogether: [customerEmail],
			fields: [
				customerEmail,
				textField('firstName', 'First Name', 'first_name', { placeholder: 'e.g. Marie' }),
				textField('lastName', 'Last Name', 'last_name', { placeholder: 'e.g. Dubois' }),
				textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +32475123456' }),
				textField('internalNotes', 'Internal Notes', 'internal_notes', { typeOptions: { rows: 2 } }),
			],
		},
		address('billingAddress', 'Billing Address', 'the invoice goes'),
		address('shippingAddress', 'Shipping Address', 'the order is delivered'),
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [paymentMethod, textField('note', 'Note', 'note', { typeOptions: { rows: 2 }, description: "The customer's note on the order" })],
		},
	],
	// Chift's document types a line's quantity as a whole number: 1.5 bags is refused here, naming the line.
	check(values, item) {
		(values.lines as IDataObject[]).forEach((line, index) => {
			if (!Number.isInteger(line.quantity)) {
				throw item.invalid(`Lines, line ${index + 1}: quantity ${String(line.quantity)} is not a whole number`, `Give each line's quantity as a whole number of units, for example ${LINE_EXAMPLE}.`, 'Lines');
			}
		});
	},
	options: writeOptions,
});
