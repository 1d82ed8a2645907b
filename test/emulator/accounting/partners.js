'use strict';
/** Accounting partners (clients, suppliers, their contacts) and employees: see ./index.js for what a module declares. */
const crypto = require('crypto');

/** A client or supplier record as Chift answers it (ClientItemOut / SupplierItemOut). */
function partner(fields) {
	return {
		external_reference: null,
		first_name: null,
		last_name: null,
		function: null,
		is_company: true,
		company_id: null,
		phone: null,
		mobile: null,
		email: null,
		language: 'fr',
		internal_notes: null,
		website: null,
		vat: null,
		company_number: null,
		iban: null,
		bank_account: null,
		currency: 'EUR',
		active: true,
		account_number: null,
		third_party_account: null,
		addresses: [],
		last_updated_on: '2026-01-05T09:00:00Z',
		...fields,
	};
}

const address = (street, number, city, postalCode, country = 'BE') => ({
	address_type: 'main',
	name: null,
	number,
	box: null,
	phone: null,
	mobile: null,
	email: null,
	street,
	city,
	postal_code: postalCode,
	country,
});

function data(consumer, folder) {
	const prefix = `${folder.id}-`;
	return {
		clients: [
			partner({ id: `${prefix}CLI-001`, name: 'Hotel Le Lion', email: 'compta@hotel-lion.example', vat: 'BE0412345678', account_number: '400001', addresses: [address('Rue Haute', '12', 'Brussels', '1000')] }),
			partner({ id: `${prefix}CLI-002`, name: 'Traiteur Dupont', email: 'info@dupont.example', account_number: '400002', last_updated_on: '2026-02-10T14:30:00Z' }),
			partner({ id: `${prefix}CLI-003`, name: 'Marie Lambert', is_company: false, first_name: 'Marie', last_name: 'Lambert', account_number: '400003' }),
			partner({ id: `${prefix}CLI-POS`, name: 'POS sales (walk-in customers)', account_number: '400000', external_reference: 'pos-walk-in' }),
		],
		suppliers: [
			partner({ id: `${prefix}SUP-001`, name: 'Brasserie Lefebvre SA', email: 'commandes@lefebvre.example', vat: 'BE0401234567', account_number: '440001', iban: 'BE71096123456769', addresses: [address('Chemin du Croly', '54', 'Quenast', '1430')] }),
			partner({ id: `${prefix}SUP-002`, name: 'Boucherie Dewitte', email: 'info@dewitte.example', vat: 'BE0456789012', account_number: '440002', last_updated_on: '2026-02-12T08:15:00Z' }),
			partner({ id: `${prefix}SUP-003`, name: 'Engie Electrabel', vat: 'BE0403170701', account_number: '440003', language: 'nl' }),
			partner({ id: `${prefix}SUP-004`, name: 'Maraîcher Vandenberghe', is_company: false, first_name: 'Jan', last_name: 'Vandenberghe', account_number: '440004', language: 'nl' }),
		],
		contacts: [
			contact('client', `${prefix}CLI-001`, { id: `${prefix}CON-001`, name: 'Claire Dubois', first_name: 'Claire', last_name: 'Dubois', function: 'Chef comptable', email: 'claire.dubois@hotel-lion.example', phone: '+3225123456' }),
			contact('client', `${prefix}CLI-001`, { id: `${prefix}CON-002`, name: 'Marc Lemaire', first_name: 'Marc', last_name: 'Lemaire', function: 'Directeur', email: 'direction@hotel-lion.example' }),
			contact('supplier', `${prefix}SUP-001`, { id: `${prefix}CON-003`, name: 'Sofie Claes', first_name: 'Sofie', last_name: 'Claes', function: 'Account manager', mobile: '+32475112233' }),
		],
		employees: [
			employee({ id: `${prefix}EMP-001`, name: 'Sophie Martin', first_name: 'Sophie', last_name: 'Martin', function: 'Chef de cuisine', reference: 'EMP-001', email: 'sophie@bistro.example' }),
			employee({ id: `${prefix}EMP-002`, name: 'Lucas Peeters', first_name: 'Lucas', last_name: 'Peeters', function: 'Gérant', reference: 'EMP-002', phone: '+3281223344' }),
			employee({ id: `${prefix}EMP-003`, name: 'Emma Janssens', first_name: 'Emma', last_name: 'Janssens', function: 'Serveuse', reference: 'EMP-003', active: false }),
		],
	};
}

/** A contact person of a client or supplier (ContactItem), and whose it is (kept out of answers). */
const contact = (partnerType, partnerId, fields) => ({
	partner_type: partnerType,
	partner_id: partnerId,
	first_name: null,
	last_name: null,
	function: null,
	email: null,
	phone: null,
	mobile: null,
	...fields,
});

/** An employee as Chift answers it (EmployeeItem); the ledger account of wages due (PCMN 455). */
const employee = (fields) => ({ first_name: null, last_name: null, function: null, phone: null, mobile: null, email: null, active: true, reference: null, account_number: '455000', ...fields });

/** Client fields as sent (ClientItemIn) into a record; the addresses get what the document's output requires. */
const fromBody = (body) => {
	const { addresses, ...fields } = body;
	return { ...fields, addresses: (addresses ?? []).map((entry) => ({ ...address(null, null, null, null, null), ...entry })) };
};

/**
 * The routes of clients or suppliers (the same for both in Chift's document): list with search,
 * create, get, update.
 */
function partnerRoutes({ at, route, once, paged, checkBody, find, nowText }, plural, what, idPrefix) {
	const one = at(`/accounting/${plural}/{${what.toLowerCase()}_id}`);
	return [
		['GET', at(`/accounting/${plural}`), route(plural, ({ store, query }) => {
			const search = (query.search ?? '').toLowerCase();
			return paged(
				store[plural].filter(
					(record) =>
						(!search || [record.name, record.email, record.external_reference].some((text) => text?.toLowerCase().includes(search))) &&
						(!query.updated_after || record.last_updated_on > query.updated_after),
				),
				query,
			);
		})],
		['POST', at(`/accounting/${plural}`), route(plural, ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const record = partner({ ...fromBody(body), id: `${idPrefix}-${crypto.randomUUID().slice(0, 8)}`, last_updated_on: nowText() });
				store[plural].push(record);
				return { entity: record, entityId: record.id };
			});
		}, 'POST')],
		['GET', one, route(plural, ({ store, params: [, id] }) => find(store[plural], id, what))],
		['PATCH', one, route(plural, ({ store, params: [, id], body, req, connection }) => {
			checkBody(req, body);
			const record = find(store[plural], id, what);
			return once(connection, req, () => {
				Object.assign(record, fromBody({ addresses: record.addresses, ...body }), { last_updated_on: nowText() });
				return { entity: record, entityId: record.id };
			});
		}, 'PATCH')],
	];
}

function routes(kit) {
	const { at, route, paged, find, validationError } = kit;
	return [
		...partnerRoutes(kit, 'clients', 'Client', 'CLI'),
		...partnerRoutes(kit, 'suppliers', 'Supplier', 'SUP'),
		['GET', at('/accounting/contacts'), route('contacts', ({ store, query }) => {
			const type = query.partner_type;
			const issues = [];
			if (type !== 'client' && type !== 'supplier') issues.push([['query', 'partner_type'], "Input should be 'client' or 'supplier'", 'enum', type]);
			if (!query.partner_id) issues.push([['query', 'partner_id'], 'Field required', 'missing', null]);
			if (issues.length) throw validationError(issues);
			find(store[`${type}s`], query.partner_id, type === 'client' ? 'Client' : 'Supplier');
			const contacts = store.contacts.filter((entry) => entry.partner_type === type && entry.partner_id === query.partner_id);
			return paged(contacts.map(({ partner_type, partner_id, ...item }) => item), query);
		})],
		['GET', at('/accounting/employees'), route('employees', ({ store, query }) => paged(store.employees, query))],
	];
}

module.exports = { data, routes, partner, address };
