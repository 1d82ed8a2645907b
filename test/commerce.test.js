'use strict';
/**
 * Chift eCommerce through n8n-core's execution engine against the emulator's web shop (Boulangerie
 * Lune's Shopify): the request each operation sends and what it outputs, paging, validation before
 * sending (order lines mapped from earlier items, line by line), exactly-once writes, list
 * searches. Every exchange is checked against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS } = require('./support');

const handle = useStack();
const shop = { consumerId: locator(CONSUMERS.bakery) };
/** Runs Chift eCommerce on the bakery's web shop with these parameters. */
const run = (resource, operation, parameters = {}, items, options) =>
	handle.stack.runNode('chiftCommerce', { resource, operation, ...shop, ...parameters }, items, options);
const shopRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/commerce/'));
const lastRequest = () => shopRequests()[shopRequests().length - 1];
const store = () => handle.stack.emulator.data.commerce[CONSUMERS.bakery];
const today = new Date().toISOString().slice(0, 10);

const address = { firstName: 'Marie', lastName: 'Dubois', street: 'Rue de Fer', number: '24', city: 'Namur', postalCode: '5000', country: 'be' };
const orderParameters = (extra = {}) => ({
	currency: 'EUR',
	customer: { email: 'marie.dubois@example.be', firstName: 'Marie', lastName: 'Dubois' },
	billingAddress: address,
	shippingAddress: address,
	lines: JSON.stringify([{ variant_id: '45100011', quantity: 2, unit_price: 5.9, tax_rate: 6 }]),
	...extra,
});

describe('Order', () => {
	test('Get Many reads the orders of a period, every page with Return All', async () => {
		const from = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		const result = await run('order', 'getAll', { returnAll: true, filters: { dateFrom: from, dateTo: today, includeDetailedRefunds: true } });
		const orders = jsonOf(result.main[0]);
		expect(orders.map((order) => order.order_number)).toEqual(['LUNE-1044', 'LUNE-1045', 'LUNE-1046', 'LUNE-1047', 'LUNE-1048', 'LUNE-1049']);
		expect(orders[0].detailed_refunds).toHaveLength(1);
		expect(lastRequest().query).toEqual({ date_from: from, date_to: today, include_detailed_refunds: 'true', page: '1', size: '100' });
	});

	test('Get Many with a limit stops there; Updated After is sent as a UTC moment', async () => {
		const result = await run('order', 'getAll', { limit: 2, filters: { updatedAfter: '2026-01-01T00:00:00' } });
		expect(jsonOf(result.main[0])).toHaveLength(2);
		expect(lastRequest().query).toMatchObject({ updated_after: '2026-01-01T00:00:00Z' });
	});

	test('Get returns one order, Simplify keeps the main fields', async () => {
		const result = await run('order', 'get', { orderId: locator('5901002', 'list'), simplify: true, filters: { includeProductCategories: true } });
		const [order] = jsonOf(result.main[0]);
		expect(order).toEqual(expect.objectContaining({ id: '5901002', order_number: 'LUNE-1043', status: 'shipped', currency: 'EUR' }));
		expect(order.lines).toBeUndefined();
		expect(lastRequest()).toMatchObject({ path: `/consumers/${CONSUMERS.bakery}/commerce/orders/5901002`, query: { include_product_categories: 'true' } });
	});

	test('Get of an unknown order is Chift 404 with its message', async () => {
		const result = await run('order', 'get', { orderId: locator('404404') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toBe('Order 404404 not found');
	});

	test('Create sends customer, addresses and lines, and outputs the order with its amounts', async () => {
		const result = await run('order', 'create', orderParameters({ additionalFields: { paymentMethodId: locator('bancontact', 'list'), note: 'Livraison le matin' } }));
		const [order] = jsonOf(result.main[0]);
		expect(order).toMatchObject({ status: 'confirmed', untaxed_amount_without_fees: 11.8, tax_amount_without_fees: 0.71, payment_method_id: 'bancontact', note: 'Livraison le matin' });
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.body).toEqual({
			currency: 'EUR',
			lines: [{ variant_id: '45100011', quantity: 2, unit_price: 5.9, tax_rate: 6 }],
			customer: { email: 'marie.dubois@example.be', first_name: 'Marie', last_name: 'Dubois' },
			billing_address: { first_name: 'Marie', last_name: 'Dubois', street: 'Rue de Fer', number: '24', city: 'Namur', postal_code: '5000', country: 'BE' },
			shipping_address: { first_name: 'Marie', last_name: 'Dubois', street: 'Rue de Fer', number: '24', city: 'Namur', postal_code: '5000', country: 'BE' },
			payment_method: 'bancontact',
			note: 'Livraison le matin',
		});
		expect(post.headers['x-chift-client-requestid']).toBeTruthy();
	});

	test('lines mapped from earlier items are checked line by line before anything is sent', async () => {
		const items = [
			{ json: { email: 'a@example.be', cart: [{ variant_id: '45100011', quantity: 1, unit_price: '5.90', tax_rate: 6 }] } },
			{ json: { email: 'b@example.be', cart: [{ variant_id: '45100021', quantity: 1, unit_price: 4.5, tax_rate: 6 }, { variant_id: '45100022', quantity: 1.5, unit_price: 8.2, tax_rate: 6 }] } },
		];
		const parameters = orderParameters({ customer: { email: '={{ $json.email }}' }, lines: '={{ $json.cart }}' });
		const result = await run('order', 'create', parameters, items);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Lines, line 2: quantity 1.5 is not a whole number [item 1]');
		expect(shopRequests()).toHaveLength(0);

		const missing = await run('order', 'create', { ...parameters, lines: '={{ [{ "variant_id": "45100011", "quantity": 1, "tax_rate": 6 }] }}' }, items.slice(0, 1));
		expect(missing.error.message).toBe('Lines, line 1 has no unit_price [item 0]');
		const noAddress = await run('order', 'create', { ...orderParameters(), shippingAddress: {} });
		expect(noAddress.error.message).toBe('Shipping Address is empty [item 0]');
		expect(noAddress.error.description).toMatch(/First Name, Last Name, Street, Number, City, Country/);
		const badEmail = await run('order', 'create', { ...orderParameters(), customer: { email: 'marie.dubois' } });
		expect(badEmail.error.message).toMatch(/Email "marie.dubois" is not an email address/);
		expect(shopRequests()).toHaveLength(0);

		const fixed = [items[0], { json: { ...items[1].json, cart: [items[1].json.cart[0]] } }];
		const created = await run('order', 'create', parameters, fixed);
		expect(jsonOf(created.main[0]).map((order) => order.customer.email)).toEqual(['a@example.be', 'b@example.be']);
		expect(shopRequests().map((request) => request.body.lines[0].unit_price)).toEqual(expect.arrayContaining([5.9, 4.5]));
	});

	test('the same Idempotency Key twice creates the order once and outputs it both times', async () => {
		const before = store().orders.length;
		const parameters = orderParameters({ options: { idempotencyKey: 'shop-cart-7781' } });
		const first = await run('order', 'create', parameters);
		const second = await run('order', 'create', parameters);
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().orders.length).toBe(before + 1);
		expect(handle.stack.emulator.requestsTo('GET', /\/transactions$/)).toHaveLength(1);
	});

	test('Chift refuses an unknown variant: its 404 per item, the other items go on with Continue', async () => {
		const items = [{ json: { variant: '45100031' } }, { json: { variant: 'nope' } }];
		const result = await run('order', 'create', orderParameters({ lines: '={{ [{ "variant_id": $json.variant, "quantity": 1, "unit_price": 24.5, "tax_rate": 6 }] }}' }), items, {
			onError: 'continueErrorOutput',
		});
		expect(jsonOf(result.main[0])).toHaveLength(1);
		expect(jsonOf(result.main[1])).toEqual([{ error: 'Variant nope not found' }]);
	});
});

describe('Variant', () => {
	test('Get returns the variant with its stock per location', async () => {
		const result = await run('variant', 'get', { variantId: locator('45100012', 'list') });
		const [variant] = jsonOf(result.main[0]);
		expect(variant).toMatchObject({ id: '45100012', parent_id: '8100001', sku: 'BISC-BEURRE-500', available_quantity: 85 });
		expect(variant.inventory_details.map((entry) => [entry.location.id, entry.available_quantity])).toEqual([['71001', 25], ['71002', 60]]);
	});

	test('Set Quantity sends the location and the quantity, exactly once per key, and recovers a lost answer', async () => {
		const parameters = { variantId: locator('45100021'), locationId: locator('71002', 'list'), availableQuantity: 140, options: { idempotencyKey: 'stock-count-2026-12' } };
		const result = await run('variant', 'setQuantity', parameters);
		expect(jsonOf(result.main[0])).toEqual([{ location: { id: '71002', name: 'Entrepôt e-shop (Liège)' }, available_quantity: 140 }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `/consumers/${CONSUMERS.bakery}/commerce/variants/set_quantity/45100021`, body: { location_id: '71002', available_quantity: 140 } });
		// The same key again: Chift says it was done; the answer is read back from the variant.
		const again = await run('variant', 'setQuantity', parameters);
		expect(jsonOf(again.main[0])).toEqual(jsonOf(result.main[0]));
		expect(handle.stack.emulator.requestsTo('GET', /\/commerce\/variants\/45100021$/)).toHaveLength(1);
	});

	test('Set Quantity refuses text that is not a number before sending', async () => {
		const result = await run('variant', 'setQuantity', { variantId: locator('45100021'), locationId: locator('71002'), availableQuantity: '={{ "a dozen" }}' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Available Quantity "a dozen" is not a number/);
		expect(shopRequests()).toHaveLength(0);
	});
});

describe('Customers, products and reference lists', () => {
	test('Customer Get Many and Get', async () => {
		const all = await run('customer', 'getAll', { returnAll: true });
		expect(jsonOf(all.main[0]).map((customer) => customer.last_name)).toEqual(['Dubois', 'Peeters', 'Lefèvre', 'de Vries']);
		const one = await run('customer', 'get', { customerId: locator('6700003') });
		expect(jsonOf(one.main[0])[0]).toMatchObject({ email: 'camille.lefevre@example.fr', addresses: [expect.objectContaining({ city: 'Lille' })] });
	});

	test('Product Get Many by SKU, and Get with its variants', async () => {
		const bySku = await run('product', 'getAll', { returnAll: true, filters: { sku: 'SPEC-400' } });
		expect(jsonOf(bySku.main[0]).map((product) => product.name)).toEqual(['Speculoos artisanal']);
		expect(lastRequest().query).toMatchObject({ sku: 'SPEC-400' });
		const one = await run('product', 'get', { productId: locator('8100001') });
		expect(jsonOf(one.main[0])[0].variants.map((variant) => variant.name)).toEqual(['250 g', '500 g']);
	});

	test.each([
		['location', {}, ['Atelier Lune (Namur)', 'Entrepôt e-shop (Liège)'], 'name'],
		['paymentMethod', {}, ['Bancontact', 'Carte de crédit (Visa, Mastercard)', 'PayPal', 'Virement bancaire', 'Carte cadeau'], 'name'],
		['productCategory', { filters: { onlyParents: true } }, ['Biscuits', 'Coffrets cadeaux', 'Confitures'], 'name'],
		['tax', {}, ['tax-be-6', 'tax-be-21', 'tax-fr-5.5', 'tax-nl-9'], 'id'],
		['country', {}, ['BE', 'FR', 'LU', 'NL', 'DE'], 'code'],
	])('%s Get Many', async (resource, parameters, expected, field) => {
		const result = await run(resource, 'getAll', { returnAll: true, ...parameters });
		expect(jsonOf(result.main[0]).map((record) => record[field])).toEqual(expected);
	});

	test('Return All reads page after page', async () => {
		for (let index = 0; index < 130; index++) {
			store().customers.push({ ...store().customers[0], id: `bulk-${index}`, email: `bulk${index}@example.be` });
		}
		const result = await run('customer', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0])).toHaveLength(134);
		expect(shopRequests().map((request) => request.query.page)).toEqual(['1', '2']);
		store().customers.splice(4);
	});

	test('a consumer without a web shop: Chift says so, naming the e-commerce platform', async () => {
		const result = await run('country', 'getAll', { consumerId: locator(CONSUMERS.cafe) });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toMatch(/No active connection found for the API eCommerce/);
		expect(result.error.description).toMatch(/e-commerce platform/);
	});
});

describe('list searches', () => {
	const search = (method, filter) =>
		handle.stack.harness.listSearch({ type: 'chiftCommerce', credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } }, parameters: { ...shop, resource: 'variant', operation: 'get' }, method, filter });

	test('variants are found by product, variant name or SKU', async () => {
		const { results } = await search('searchVariants', 'spec');
		expect(results).toEqual([
			{ name: 'Speculoos artisanal · 200 g (SPEC-200)', value: '45100021' },
			{ name: 'Speculoos artisanal · 400 g (SPEC-400)', value: '45100022' },
		]);
	});

	test('customers, products, locations, payment methods and recent orders', async () => {
		expect((await search('searchCustomers', 'lucas')).results).toEqual([{ name: 'Lucas Peeters (lucas.peeters@example.be)', value: '6700002' }]);
		expect((await search('searchProducts', 'coffret')).results).toEqual([{ name: 'Coffret découverte (COFFRET-DEC)', value: '8100003' }]);
		expect((await search('searchLocations', 'liège')).results).toEqual([{ name: 'Entrepôt e-shop (Liège)', value: '71002' }]);
		expect((await search('searchPaymentMethods', 'pay')).results).toEqual([{ name: 'PayPal', value: 'paypal' }]);
		const orders = (await search('searchOrders', '')).results;
		expect(orders[0].name).toMatch(/^#LUNE-1041 · \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 25\.08 EUR$/);
	});
});
