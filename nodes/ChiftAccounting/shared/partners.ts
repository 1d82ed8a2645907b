import { countryCode, emailAddress } from '../../shared/operations/checks';
import type { FieldGroup } from '../../shared/operations/define';
import { booleanField, optionsField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';

/**
 * What clients and suppliers share: their fields (ClientItemIn / SupplierItemIn in Chift's
 * document have the same ones) and their address.
 */
export const partnerFields = (who: 'client' | 'supplier'): ChiftField[] => [
	textField('firstName', 'First Name', 'first_name', { description: `First name of the ${who}'s contact person` }),
	textField('lastName', 'Last Name', 'last_name', { description: `Last name of the ${who}'s contact person` }),
	textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: emailAddress, description: `Email address of the ${who}` }),
	textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +32475123456', description: 'Phone number' }),
	textField('mobile', 'Mobile', 'mobile', { placeholder: 'e.g. +32475123456', description: 'Mobile phone number' }),
	textField('vat', 'VAT Number', 'vat', { placeholder: 'e.g. BE0123456789', description: `VAT number of the ${who}` }),
	textField('companyNumber', 'Company Number', 'company_number', { description: 'Company registration number' }),
	booleanField('isCompany', 'Is Company', 'is_company', { description: `Whether the ${who} is a company rather than a person` }),
	textField('currency', 'Currency', 'currency', { placeholder: 'e.g. EUR', description: 'Currency the partner is invoiced in (ISO 4217 code)' }),
	textField('language', 'Language', 'language', { placeholder: 'e.g. fr', description: 'Language of the documents sent to the partner (ISO 639-1 code)' }),
	textField('website', 'Website', 'website', { placeholder: 'e.g. https://example.com' }),
	textField('iban', 'IBAN', 'iban', { placeholder: 'e.g. BE68539007547034', description: 'Bank account number of the partner' }),
	textField('accountNumber', 'Account Number', 'account_number', { description: `Ledger account number of the ${who} in the accounting system` }),
	textField('externalReference', 'External Reference', 'external_reference', { description: 'Your own reference for the partner (for example its ID in your shop or CRM)' }),
	textField('internalNotes', 'Internal Notes', 'internal_notes', { typeOptions: { rows: 2 } }),
	booleanField('active', 'Active', 'active', { description: 'Whether the partner is active' }),
];

const addressFields = (): ChiftField[] => [
	optionsField('addressType', 'Address Type', 'address_type', [
		{ name: 'Main', value: 'main' },
		{ name: 'Delivery', value: 'delivery' },
		{ name: 'Invoice', value: 'invoice' },
	]),
	textField('street', 'Street', 'street', { placeholder: 'e.g. Rue de la Loi' }),
	textField('number', 'Number', 'number', { placeholder: 'e.g. 16' }),
	textField('box', 'Box', 'box', { placeholder: 'e.g. A' }),
	textField('city', 'City', 'city', { placeholder: 'e.g. Brussels' }),
	textField('postalCode', 'Postal Code', 'postal_code', { placeholder: 'e.g. 1000' }),
	textField('country', 'Country', 'country', { placeholder: 'e.g. BE', check: countryCode, description: 'Two-letter ISO 3166-1 country code, such as BE or FR' }),
];

/** The partner's address, sent as Chift's `addresses` list. */
export function partnerAddress(): FieldGroup {
	const fields = addressFields();
	const byName = (name: string) => fields.find((field) => field.property.name === name) as ChiftField;
	return {
		name: 'address',
		displayName: 'Address',
		placeholder: 'Add Address Field',
		description: 'The address of the partner. Address Type, Street, City, Postal Code and Country are required once any address field is set.',
		nestAs: 'addresses',
		asList: true,
		recordList: 'addresses',
		requiredTogether: ['addressType', 'street', 'city', 'postalCode', 'country'].map(byName),
		fields,
	};
}
