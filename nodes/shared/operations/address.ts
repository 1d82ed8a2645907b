import { countryCode } from './checks';
import type { FieldGroup } from './define';
import { optionsField } from './fields';
import type { ChiftField } from './parameters';
import { textField } from './parameters';

/** The address types every API takes; an API may take more (`other` in invoicing). */
const addressTypes = [
	{ name: 'Main', value: 'main' },
	{ name: 'Delivery', value: 'delivery' },
	{ name: 'Invoice', value: 'invoice' },
];

/** The fields Chift needs in every address, as soon as any address field is set. */
const required = ['addressType', 'street', 'city', 'postalCode', 'country'];

/**
 * A record's address (a client's, a contact's), sent as Chift's `addresses` list of one entry and
 * compared with the record's `addresses` after a lost answer. `more` adds what one API's address
 * has beyond the others: address types, and fields put after the type (an address's name).
 */
export function addressGroup(what: string, more: { types?: typeof addressTypes; fields?: ChiftField[] } = {}): FieldGroup {
	const fields: ChiftField[] = [
		optionsField('addressType', 'Address Type', 'address_type', [...addressTypes, ...(more.types ?? [])]),
		...(more.fields ?? []),
		textField('street', 'Street', 'street', { placeholder: 'e.g. Rue de la Loi' }),
		textField('number', 'Number', 'number', { placeholder: 'e.g. 16' }),
		textField('box', 'Box', 'box', { placeholder: 'e.g. A' }),
		textField('city', 'City', 'city', { placeholder: 'e.g. Brussels' }),
		textField('postalCode', 'Postal Code', 'postal_code', { placeholder: 'e.g. 1000' }),
		textField('country', 'Country', 'country', { placeholder: 'e.g. BE', check: countryCode, description: 'Two-letter ISO 3166-1 country code, such as BE or FR' }),
	];
	const requiredFields = required.map((name) => fields.find((field) => field.property.name === name) as ChiftField);
	const labels = requiredFields.map((field) => field.property.displayName);
	const list = `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
	return {
		name: 'address',
		displayName: 'Address',
		placeholder: 'Add Address Field',
		description: `The address of the ${what}. ${list} are required once any address field is set.`,
		nestAs: 'addresses',
		asList: true,
		recordList: 'addresses',
		requiredTogether: requiredFields,
		fields,
	};
}
