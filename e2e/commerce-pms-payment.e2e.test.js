'use strict';
/**
 * Chift eCommerce, Chift PMS and Chift Payment in a real n8n 2.8.4 (one instance for the three, to
 * keep CI short), installed as a community package with the rest of the package, against the
 * emulator: a web shop order created from items exactly once and a stock count, a hotel's invoices
 * of a period given by n8n date expressions, a payment provider's payouts; every exchange checked
 * against Chift's OpenAPI document.
 */
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const {
	buildWorkflow,
	outputItems,
	executeAndRecord,
	expectSuccess,
	NAMES,
	TIMEOUTS,
	useN8nStack,
	locator,
} = require('./lib/scenarios');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const CREDENTIAL = { id: 'chiftE2eUnified1', name: 'Chift unified e2e' };
const address = { firstName: '={{ $json.first }}', lastName: '={{ $json.last }}', street: 'Rue de Fer', number: '24', city: 'Namur', postalCode: '5000', country: 'BE' };

const WORKFLOWS = {
	createOrders: buildWorkflow({
		id: 'e2eShopOrders001',
		nodeType: 'n8n-nodes-chift.chiftCommerce',
		consumerId: CONSUMERS.bakery,
		resource: 'order',
		operation: 'create',
		items: [
			{ cart: 'web-5521', first: 'Marie', last: 'Dubois', email: 'marie.dubois@example.be', lines: [{ sku: '45100011', qty: 2, price: 5.9 }, { sku: '45100041', qty: 1, price: 6.2 }] },
			{ cart: 'web-5522', first: 'Lucas', last: 'Peeters', email: 'lucas.peeters@example.be', lines: [{ sku: '45100031', qty: 0.5, price: 24.5 }] },
		],
		parameters: {
			currency: 'EUR',
			lines: '={{ $json.lines.map(line => ({ variant_id: line.sku, quantity: line.qty, unit_price: line.price, tax_rate: 6 })) }}',
			customer: { email: '={{ $json.email }}', firstName: '={{ $json.first }}', lastName: '={{ $json.last }}' },
			billingAddress: address,
			shippingAddress: address,
			options: { idempotencyKey: '={{ "e2e-" + $json.cart }}' },
		},
		credential: CREDENTIAL,
		onError: 'continueErrorOutput',
	}),
	stockCount: buildWorkflow({
		id: 'e2eShopStock0001',
		nodeType: 'n8n-nodes-chift.chiftCommerce',
		consumerId: CONSUMERS.bakery,
		resource: 'variant',
		operation: 'setQuantity',
		items: [{ variant: '45100022', location: '71001', counted: 12 }],
		parameters: { variantId: locator('={{ $json.variant }}'), locationId: locator('={{ $json.location }}'), availableQuantity: '={{ $json.counted }}' },
		credential: CREDENTIAL,
	}),
	hotelInvoices: buildWorkflow({
		id: 'e2ePmsInvoices01',
		nodeType: 'n8n-nodes-chift.chiftPms',
		resource: 'invoice',
		operation: 'getAll',
		items: [{}],
		parameters: { dateFrom: "={{ $today.minus(20, 'days') }}", dateTo: '={{ $today }}', returnAll: true },
		credential: CREDENTIAL,
	}),
	payouts: buildWorkflow({
		id: 'e2ePayPayouts001',
		nodeType: 'n8n-nodes-chift.chiftPayment',
		resource: 'payout',
		operation: 'getAll',
		items: [{}],
		parameters: { returnAll: true, filters: { dateFrom: "={{ $today.minus(7, 'days') }}", dateTo: '={{ $today }}' } },
		credential: CREDENTIAL,
	}),
};

describe(`Chift eCommerce, PMS and Payment in n8n ${DEFAULT_VERSION}`, () => {
	const context = useN8nStack({
		credentials: [CREDENTIAL],
		workflows: Object.values(WORKFLOWS),
	});
	const run = (key) => executeAndRecord(context, WORKFLOWS[key].id);
	const day = (ago) => new Date(Date.now() - ago * 24 * 3600 * 1000).toISOString().slice(0, 10);

	test('eCommerce Order → Create from cart items, exactly once; a half unit goes to the error output unsent', async () => {
		const orders = () => context.emulator.data.commerce[CONSUMERS.bakery].orders;
		const before = orders().length;
		const result = await run('createOrders');
		expectSuccess(result);
		const created = outputItems(result.run, NAMES.created).map((item) => item.json);
		expect(created).toEqual([expect.objectContaining({ status: 'confirmed', customer: expect.objectContaining({ email: 'marie.dubois@example.be' }), untaxed_amount_without_fees: 18 })]);
		const failed = outputItems(result.run, NAMES.failed).map((item) => item.json);
		expect(JSON.stringify(failed)).toMatch(/line 1: quantity 0\.5 is not a whole number/);
		const posts = result.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/commerce/orders'));
		expect(posts).toHaveLength(1);
		expect(posts[0].body.lines).toEqual([
			{ variant_id: '45100011', quantity: 2, unit_price: 5.9, tax_rate: 6 },
			{ variant_id: '45100041', quantity: 1, unit_price: 6.2, tax_rate: 6 },
		]);
		expect(posts[0].headers['x-chift-client-requestid']).toBe('e2e-web-5521');

		const again = await run('createOrders');
		expectSuccess(again);
		expect(outputItems(again.run, NAMES.created)[0].json.id).toBe(created[0].id);
		expect(orders().length).toBe(before + 1);
	});

	test('eCommerce Variant → Set Quantity from a stock count', async () => {
		const result = await run('stockCount');
		expectSuccess(result);
		expect(outputItems(result.run, NAMES.chift).map((item) => item.json)).toEqual([{ location: { id: '71001', name: 'Atelier Lune (Namur)' }, available_quantity: 12 }]);
		expect(result.requests.find((r) => r.method === 'POST').path).toBe(`/consumers/${CONSUMERS.bakery}/commerce/variants/set_quantity/45100022`);
	});

	test('PMS Invoice → Get Many for a period given by n8n date expressions', async () => {
		const result = await run('hotelInvoices');
		expectSuccess(result);
		const invoices = outputItems(result.run, NAMES.chift).map((item) => item.json);
		expect(invoices.map((invoice) => invoice.invoice_number)).toEqual(['2026-3101', '2026-3102', '2026-3103', '2026-3104', '2026-3105']);
		expect(result.requests.find((r) => r.path.endsWith('/pms/invoices')).query).toMatchObject({ date_from: day(20), date_to: day(0) });
	});

	test('Payment Payout → Get Many of the last week', async () => {
		const result = await run('payouts');
		expectSuccess(result);
		const payouts = outputItems(result.run, NAMES.chift).map((item) => item.json);
		const expected = context.emulator.data.payment[CONSUMERS.bistro].payouts.filter((payout) => payout.payment_date >= day(7));
		expect(payouts.map((payout) => payout.id)).toEqual(expected.map((payout) => payout.id));
		expect(payouts.length).toBeGreaterThan(0);
	});

	test("every request n8n sent and every answer of the emulator follows Chift's OpenAPI document", () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
