'use strict';
const { createPosData } = require('./pos-data');
const { UNIFIED_APIS } = require('./apis');
/**
 * Sample data of the emulator: consumers covering the main situations a user meets (a working POS,
 * a POS that lacks an operation, no POS at all, a POS whose own login fails, two POS systems;
 * accounting beside the POS, and an accounting system with two companies), and the data of each.
 */

const CONSUMERS = {
	bistro: '3f1c2a7e-8b4d-4c6a-9e2f-1a2b3c4d5e60',
	cafe: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c81',
	bakery: '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e02',
	pizzeria: '9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a23',
	market: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d54',
};

const posConnection = (connectionid, integration, integrationid, extra = {}) => ({
	connectionid,
	name: integration,
	integration,
	integrationid,
	api: 'Point of Sale',
	status: 'active',
	...extra,
});

/** @param {{ today?: Date, extraOrders?: number }} [options] */
function createSampleData({ today = new Date(), extraOrders = 0 } = {}) {
	const consumers = [
		{
			consumerid: CONSUMERS.bistro,
			name: 'Bistro Central',
			email: 'owner@bistro-central.example',
			internal_reference: 'CUST-001',
			redirect_url: null,
			connections: [
				posConnection('c0a80101-0000-4000-8000-000000000001', 'Lightspeed', 1001),
				{ connectionid: 'c0a80101-0000-4000-8000-000000000011', name: 'Exact Online', integration: 'Exact Online', integrationid: 2002, api: 'Accounting', status: 'active', folders: [{ id: '1001', name: 'Bistro Central SRL', vat: 'BE0798765432' }] },
				// The guest rooms above the bistro (a hotel-restaurant) and its online payments.
				{ connectionid: 'c0a80101-0000-4000-8000-000000000032', name: 'Mews', integration: 'Mews', integrationid: 4101, api: 'Property Management System', status: 'active' },
				{ connectionid: 'c0a80101-0000-4000-8000-000000000033', name: 'Mollie', integration: 'Mollie', integrationid: 5101, api: 'Payment', status: 'active' },
				{ connectionid: 'c0a80101-0000-4000-8000-000000000041', name: 'Teamleader', integration: 'Teamleader', integrationid: 3001, api: 'Invoicing', status: 'active' },
				{ connectionid: 'c0a80101-0000-4000-8000-000000000051', name: 'Ponto', integration: 'Ponto', integrationid: 4001, api: 'Banking', status: 'active' },
			],
		},
		{
			consumerid: CONSUMERS.cafe,
			name: 'Café du Marché',
			email: 'hello@cafe-du-marche.example',
			internal_reference: 'CUST-002',
			redirect_url: null,
			connections: [
				// assumed: which connectors lack customer creation varies; Chift answers 405.
				posConnection('c0a80101-0000-4000-8000-000000000002', 'Zelty', 1002, { unsupported: ['POST customers', 'GET tax-rates'] }),
			],
		},
		{
			consumerid: CONSUMERS.bakery,
			name: 'Boulangerie Lune',
			email: null,
			internal_reference: 'CUST-003',
			redirect_url: null,
			connections: [
				{
					connectionid: 'c0a80101-0000-4000-8000-000000000003',
					name: 'Odoo',
					integration: 'Odoo',
					integrationid: 2001,
					api: 'Accounting',
					status: 'active',
					folders: [
						{ id: '7', name: 'Boulangerie Lune SA', vat: 'BE0611222333' },
						{ id: '8', name: 'Lune Traiteur SRL', vat: 'BE0644555666' },
					],
				},
				// The bakery's biscuit web shop.
				{ connectionid: 'c0a80101-0000-4000-8000-000000000031', name: 'Shopify', integration: 'Shopify', integrationid: 3101, api: 'eCommerce', status: 'active' },
				// The web shop's orders are invoiced in Odoo's invoicing (the shop order → invoice example).
				{ connectionid: 'c0a80101-0000-4000-8000-000000000042', name: 'Odoo Invoicing', integration: 'Odoo', integrationid: 3002, api: 'Invoicing', status: 'active' },
			],
		},
		{
			consumerid: CONSUMERS.pizzeria,
			name: 'Pizzeria Napoli',
			email: 'info@pizzeria-napoli.example',
			internal_reference: 'CUST-004',
			redirect_url: null,
			connections: [posConnection('c0a80101-0000-4000-8000-000000000004', 'Tiller', 1004, { failure: 'connector_auth' })],
		},
		{
			consumerid: CONSUMERS.market,
			name: 'Marché Couvert',
			email: 'contact@marche-couvert.example',
			internal_reference: 'CUST-005',
			redirect_url: null,
			connections: [
				posConnection('c0a80101-0000-4000-8000-000000000005', 'Lightspeed', 1001),
				posConnection('c0a80101-0000-4000-8000-000000000006', 'Square', 1006, { dataLayer: 'pending' }),
			],
		},
	];

	const data = { consumers, pos: {} };
	for (const api of UNIFIED_APIS) data[api.storeKey] = {};
	for (const consumer of consumers) {
		data.pos[consumer.consumerid] = createPosData(consumer, { today, extraOrders });
		for (const api of UNIFIED_APIS) data[api.storeKey][consumer.consumerid] = api.createData(consumer, { today });
	}
	return data;
}

module.exports = { createSampleData, CONSUMERS };
