import type { FieldGroup } from './define';
import type { ChiftField } from './parameters';

/**
 * A record's address (a client's, a contact's), sent as Chift's `addresses` list of one entry and
 * compared with the record's `addresses` after a lost answer: `required` names the fields Chift
 * needs in every address, as soon as any address field is set.
 */
export function addressGroup(what: string, fields: ChiftField[], required: string[]): FieldGroup {
	const byName = (name: string) => fields.find((field) => field.property.name === name) as ChiftField;
	const requiredFields = required.map(byName);
	const labels = requiredFields.map((field) => field.property.displayName);
	const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels.join('');
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
