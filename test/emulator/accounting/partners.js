'use strict';
/** Accounting clients (and, beside them, the other partners): see ./index.js for what a module declares. */
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
	};
}

/** Client fields as sent (ClientItemIn) into a record; the addresses get what the document's output requires. */
const fromBody = (body) => {
	const { addresses, ...fields } = body;
	return { ...fields, addresses: (addresses ?? []).map((entry) => ({ ...address(null, null, null, null, null), ...entry })) };
};

function routes({ at, route, once, paged, checkBody, find, nowText }) {
	return [
		['GET', at('/accounting/clients'), route('clients', ({ store, query }) => {
			const search = (query.search ?? '').toLowerCase();
			return paged(
				store.clients.filter(
					(client) =>
						(!search || [client.name, client.email, client.external_reference].some((text) => text?.toLowerCase().includes(search))) &&
						(!query.updated_after || client.last_updated_on > query.updated_after),
				),
				query,
			);
		})],
		['POST', at('/accounting/clients'), route('clients', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const client = partner({ ...fromBody(body), id: `CLI-${crypto.randomUUID().slice(0, 8)}`, last_updated_on: nowText() });
				store.clients.push(client);
				return { entity: client, entityId: client.id };
			});
		}, 'POST')],
		['GET', at('/accounting/clients/{client_id}'), route('clients', ({ store, params: [, clientId] }) => find(store.clients, clientId, 'Client'))],
		['PATCH', at('/accounting/clients/{client_id}'), route('clients', ({ store, params: [, clientId], body, req, connection }) => {
			checkBody(req, body);
			const client = find(store.clients, clientId, 'Client');
			return once(connection, req, () => {
				Object.assign(client, fromBody({ addresses: client.addresses, ...body }), { last_updated_on: nowText() });
				return { entity: client, entityId: client.id };
			});
		}, 'PATCH')],
	];
}

module.exports = { data, routes, partner, address };
