import type { IDataObject } from 'n8n-workflow';

import { emailAddress } from '../../shared/operations/checks';
import { addressGroup } from '../../shared/operations/address';
import type { FieldGroup } from '../../shared/operations/define';
import { booleanField, dayField, optionsField } from '../../shared/operations/fields';
import type { ChiftField, ItemParameters } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';

/** The fields of a contact (ContactItemIn) besides its names and address. */
export const contactFields = (): ChiftField[] => [
	booleanField('isCustomer', 'Is Customer', 'is_customer', { description: 'Whether the contact buys from the business' }),
	booleanField('isSupplier', 'Is Supplier', 'is_supplier', { description: 'Whether the contact sells to the business' }),
	booleanField('isProspect', 'Is Prospect', 'is_prospect', { description: 'Whether the contact is a prospect, not a customer yet' }),
	booleanField('isCompany', 'Is Company', 'is_company', { description: 'Whether the contact is a company rather than a person' }),
	textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: emailAddress, description: 'Email address of the contact' }),
	textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +3225123456', description: 'Phone number' }),
	textField('mobile', 'Mobile', 'mobile', { placeholder: 'e.g. +32475123456', description: 'Mobile phone number' }),
	textField('vat', 'VAT Number', 'vat', { placeholder: 'e.g. BE0123456789', description: 'VAT number of the contact' }),
	textField('companyNumber', 'Company Number', 'company_number', { placeholder: 'e.g. 0123456789', description: 'Company registration number' }),
	textField('companyId', 'Company ID', 'company_id', { description: "For a person: the invoicing system's ID of the company the person works for" }),
	textField('currency', 'Currency', 'currency', { placeholder: 'e.g. EUR', description: 'Currency the contact is invoiced in (ISO 4217 code)' }),
	textField('language', 'Language', 'language', { placeholder: 'e.g. fr', description: 'Language of the documents sent to the contact (ISO 639-1 code)' }),
	textField('comment', 'Comment', 'comment', { typeOptions: { rows: 2 }, description: 'A note about the contact' }),
	textField('customerAccountNumber', 'Customer Account Number', 'customer_account_number', { placeholder: 'e.g. 400100', description: 'Ledger account of the contact as a customer' }),
	textField('supplierAccountNumber', 'Supplier Account Number', 'supplier_account_number', { placeholder: 'e.g. 440100', description: 'Ledger account of the contact as a supplier' }),
	dayField('birthdate', 'Birth Date', 'birthdate', false, 'Birth date of a person'),
	optionsField('gender', 'Gender', 'gender', [
		{ name: 'Man', value: 'H' },
		{ name: 'Woman', value: 'F' },
		{ name: 'Not Given', value: 'N/A' },
	]),
];

/** The contact's address, sent as Chift's `addresses` list (AddressItemInInvoicing). */
export const contactAddress = (): FieldGroup =>
	addressGroup('contact', {
		types: [{ name: 'Other', value: 'other' }],
		fields: [textField('name', 'Name', 'name', { placeholder: 'e.g. Head office', description: 'Name of the address' })],
	});

/**
 * Chift's document requires no field of a contact, but a contact without a name or an email cannot
 * be told apart from the others in the invoicing system: one of them is asked for.
 */
export function checkContactNamed(values: IDataObject, item: ItemParameters) {
	if (['company_name', 'first_name', 'last_name', 'email'].some((key) => values[key] !== undefined)) return;
	throw item.invalid(
		'The contact has no name',
		'Set Company Name for a company, or First Name and Last Name for a person (or at least an Email under Additional Fields).',
		'Company Name',
	);
}
