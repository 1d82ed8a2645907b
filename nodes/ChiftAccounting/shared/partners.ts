import { emailAddress } from '../../shared/operations/checks';
import { addressGroup } from '../../shared/operations/address';
import type { FieldGroup } from '../../shared/operations/define';
import { defineOperation, filters } from '../../shared/operations/define';
import { booleanField, momentField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';
import { client, folder, supplier } from './fields';
import { getMany } from './getMany';
import { readOptions, writeOptions } from './options';

type Partner = 'client' | 'supplier';

/**
 * What clients and suppliers share: their fields (ClientItemIn / SupplierItemIn in Chift's
 * document have the same ones) and their address.
 */
export const partnerFields = (who: Partner): ChiftField[] => [
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

/** The partner's address, sent as Chift's `addresses` list. */
export const partnerAddress = (): FieldGroup => addressGroup('partner');

/**
 * Clients and suppliers are the same operations on two routes (Chift's documents for the two are
 * alike field for field): each operation file of client/ and supplier/ is one of these builders.
 */
const partners = {
	client: {
		label: 'Client',
		plural: 'clients',
		path: '/accounting/clients',
		idName: 'client_id',
		kind: 'client (customer account)',
		namePlaceholder: 'e.g. Bistro Central SRL',
		locator: client,
		other: 'supplier',
	},
	supplier: {
		label: 'Supplier',
		plural: 'suppliers',
		path: '/accounting/suppliers',
		idName: 'supplier_id',
		kind: 'supplier (vendor account)',
		namePlaceholder: 'e.g. Brasserie Lefebvre SA',
		locator: supplier,
		other: 'client',
	},
} as const;

export function createPartner(who: Partner) {
	const partner = partners[who];
	const other = partners[partner.other];
	// force_merge: for systems that keep one record per partner, client, supplier or both.
	const otherRecord = other.locator(
		'force_merge',
		`Only for accounting systems that keep one record for a partner who is both client and supplier: the existing ${partner.other} this ${who} is, so that the two become one record instead of two`,
	);
	const mergeWith: ChiftField = {
		...otherRecord,
		in: 'query',
		property: { ...otherRecord.property, name: 'forceMerge', displayName: `Merge With ${other.label}`, required: false },
	};
	return defineOperation({
		resource: who,
		operation: 'create',
		name: 'Create',
		action: `Create a ${who}`,
		description: `Create a ${partner.kind} in the accounting system`,
		method: 'POST',
		path: partner.path,
		refetchPath: `${partner.path}/{entity_id}`,
		fields: [folder, textField('name', 'Name', 'name', { required: true, placeholder: partner.namePlaceholder, description: `Name of the ${who} (company or person)` })],
		groups: [
			{ name: 'additionalFields', displayName: 'Additional Fields', placeholder: 'Add Field', fields: [...partnerFields(who), mergeWith] },
			partnerAddress(),
		],
		options: writeOptions,
	});
}

export function getPartner(who: Partner) {
	const partner = partners[who];
	return defineOperation({
		resource: who,
		operation: 'get',
		name: 'Get',
		action: `Get a ${who}`,
		description: `Get one ${who} of the accounting system, with its addresses and bank accounts`,
		method: 'GET',
		path: `${partner.path}/{${partner.idName}}`,
		fields: [folder, partner.locator(partner.idName, `The ${who} to get`)],
		options: readOptions,
	});
}

export function getManyPartners(who: Partner) {
	const { plural, path } = partners[who];
	return getMany({
		resource: who,
		what: plural,
		description: `List or search the ${plural} of the accounting system`,
		path,
		groups: [
			filters(
				textField('search', 'Search', 'search', { description: `Text to look for in the ${plural} (name, reference...)` }),
				momentField('updatedAfter', 'Updated After', 'updated_after', false, `Only the ${plural} changed since this moment`),
			),
		],
	});
}

export function updatePartner(who: Partner) {
	const partner = partners[who];
	return defineOperation({
		resource: who,
		operation: 'update',
		name: 'Update',
		action: `Update a ${who}`,
		description: `Change fields of a ${who} of the accounting system; the fields left out stay as they are`,
		method: 'PATCH',
		path: `${partner.path}/{${partner.idName}}`,
		refetchPath: `${partner.path}/{${partner.idName}}`,
		fields: [folder, partner.locator(partner.idName, `The ${who} to update`)],
		groups: [
			{
				name: 'updateFields',
				displayName: 'Update Fields',
				placeholder: 'Add Field',
				// The ledger account of a partner is set when it is created: ClientItemUpdate and
				// SupplierItemUpdate in Chift's document have no account_number.
				fields: [
					textField('name', 'Name', 'name', { description: `Name of the ${who}` }),
					...partnerFields(who).filter((field) => field.apiName !== 'account_number'),
				],
			},
		],
		options: writeOptions,
	});
}
