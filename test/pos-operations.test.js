'use strict';
/**
 * Every POS operation other than Customer → Create, through n8n-core's execution engine against the
 * emulator: the request each one sends, the items it outputs, paging, options and errors.
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { startStack, locator, jsonOf, CONSUMERS } = require('./support');

// The emulator's orders end today, as the editor's order list reads "the last 7 days" from now.
const TODAY = new Date();
const day = (back) => new Date(TODAY.getTime() - back * 24 * 3600 * 1000).toISOString().slice(0, 10);
let stack;
beforeAll(async () => {
	stack = await startStack({ today: TODAY, extraOrders: 250 });
});
afterAll(async () => {
	await stack.stop();
});
beforeEach(() => stack.emulator.reset());

const bistro = () => stack.emulator.data.pos[CONSUMERS.bistro];
/** An order's business day: its service_date is a date-time (midnight UTC of the day in the emulator). */
const serviceDay = (order) => order.service_date.slice(0, 10);
const run = (resource, operation, parameters = {}, options) => stack.run({ resource, operation, ...parameters }, undefined, options);
const lastRequest = () => stack.emulator.requests[stack.emulator.requests.length - 1];
const posRequests = () => stack.emulator.requests.filter((r) => r.path.includes('/pos/'));

describe('Customer', () => {
	test('Get returns the customer', async () => {
		const result = await run('customer', 'get', { customerId: locator(`cus-CUST-001-2`, 'list') });
		expect(jsonOf(result.main[0])).toEqual([bistro().customers[1]]);
		expect(lastRequest().path).toBe(`/consumers/${CONSUMERS.bistro}/pos/customers/cus-CUST-001-2`);
	});

	test('Get of an unknown customer is a 404 with Chift message', async () => {
		const result = await run('customer', 'get', { customerId: locator('nobody') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toBe('Customer nobody not found');
		expect(result.error.description).toMatch(/ERROR_CUSTOMER_NOT_FOUND/);
	});

	test('Get Many sends the filters and outputs one item per customer', async () => {
		const result = await run('customer', 'getAll', { returnAll: true, filters: { search: 'dubois', email: 'marie.dubois@example.com' } });
		expect(jsonOf(result.main[0]).map((c) => c.id)).toEqual(['cus-CUST-001-1']);
		expect(lastRequest().query).toEqual({ search: 'dubois', email: 'marie.dubois@example.com', page: '1', size: '100' });
	});

	test('Get Many honours Limit', async () => {
		const result = await run('customer', 'getAll', { limit: 1 });
		expect(result.main[0]).toHaveLength(1);
		expect(lastRequest().query).toEqual({ page: '1', size: '1' });
	});
});

describe('Order', () => {
	test('Get Many with Return All reads every page in record order', async () => {
		const result = await run('order', 'getAll', { returnAll: true, filters: { dateFrom: '2026-01-01T00:00:00', dateTo: '2026-01-10T00:00:00' } });
		const expected = bistro().orders.filter((o) => serviceDay(o) >= '2026-01-01' && serviceDay(o) <= '2026-01-10');
		expect(expected).toHaveLength(250);
		expect(jsonOf(result.main[0]).map((o) => o.id)).toEqual(expected.map((o) => o.id));
		expect(result.main[0].every((item) => item.pairedItem.item === 0)).toBe(true);
		const pages = posRequests().map((r) => r.query);
		expect(pages.map((q) => [q.page, q.size])).toEqual([['1', '100'], ['2', '100'], ['3', '100']]);
		expect(pages[0]).toMatchObject({ date_from: '2026-01-01', date_to: '2026-01-10' });
	});

	test('Get Many with a Limit above a page stops at the limit', async () => {
		const result = await run('order', 'getAll', { limit: 150, filters: { dateFrom: '2026-01-01', dateTo: '2026-01-10' } });
		expect(result.main[0]).toHaveLength(150);
		expect(posRequests()).toHaveLength(2);
	});

	test('Get Many filters by location, state and closure', async () => {
		const locationId = bistro().locations[1].id;
		const open = await run('order', 'getAll', { returnAll: true, filters: { locationId: locator(locationId, 'list'), state: 'open' } });
		expect(jsonOf(open.main[0]).map((o) => [o.location_id, o.closing_date])).toEqual([[locationId, null]]);
		expect(lastRequest().query).toMatchObject({ location_id: locationId, state: 'open' });

		const closureId = `closure-${day(3)}-${locationId}`;
		const closure = await run('order', 'getAll', { returnAll: true, filters: { closureId } });
		expect(closure.main[0].length).toBeGreaterThan(0);
		expect(jsonOf(closure.main[0]).every((o) => serviceDay(o) === day(3) && o.location_id === locationId)).toBe(true);
	});

	test('dates from expressions: Luxon values and ISO strings with a time become days', async () => {
		const result = await run('order', 'getAll', {
			returnAll: true,
			filters: { dateFrom: `={{ DateTime.fromISO('${day(1)}T10:00:00Z', { zone: 'utc' }) }}`, dateTo: `={{ "${day(1)}T23:59:59+01:00" }}` },
		});
		expect(lastRequest().query).toMatchObject({ date_from: day(1), date_to: day(1) });
		expect(jsonOf(result.main[0]).every((o) => serviceDay(o) === day(1))).toBe(true);
	});

	test('a range that ends before it starts is refused before sending', async () => {
		const result = await run('order', 'getAll', { filters: { dateFrom: '2026-11-28', dateTo: '2026-11-01' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Date From (2026-11-28) is after Date To (2026-11-01) [item 0]');
		expect(result.error.description).toMatch(/swap the two dates/);
		expect(stack.emulator.requests).toHaveLength(0);
	});

	test('a date that is not a date is refused before sending', async () => {
		const result = await run('order', 'getAll', { filters: { dateFrom: '={{ "yesterday" }}' } });
		expect(result.error.message).toBe('Date From "yesterday" is not a date [item 0]');
		expect(stack.emulator.requests).toHaveLength(0);
	});

	test('Get returns the order', async () => {
		const order = bistro().orders[5];
		const result = await run('order', 'get', { orderId: locator(order.id, 'list') });
		const { closure_id, ...publicOrder } = order;
		expect(jsonOf(result.main[0])).toEqual([publicOrder]);
	});

	test('Update attaches a customer, with an idempotency key', async () => {
		const order = bistro().orders[3];
		const result = await run('order', 'update', { orderId: locator(order.id), customerId: locator('cus-CUST-001-2', 'list') });
		expect(result.main[0][0].json).toMatchObject({ id: order.id, customer_id: 'cus-CUST-001-2' });
		const patch = lastRequest();
		expect(patch.method).toBe('PATCH');
		expect(patch.body).toEqual({ customer_id: 'cus-CUST-001-2' });
		expect(patch.headers['x-chift-client-requestid']).toMatch(/^n8n:/);
	});

	test('a key already used for another order is an error, not that order as the result', async () => {
		const [first, second] = [bistro().orders[6], bistro().orders[7]];
		const parameters = (order) => ({ orderId: locator(order.id), customerId: locator('cus-CUST-001-3', 'list'), options: { idempotencyKey: 'reused-key' } });
		expect((await run('order', 'update', parameters(first))).status).toBe('success');
		const before = second.customer_id;
		const result = await run('order', 'update', parameters(second));
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe(
			`Idempotency key "reused-key" was already used for another request (PATCH /consumers/${CONSUMERS.bistro}/pos/orders/${first.id})`,
		);
		expect(second.customer_id).toBe(before);
	});

	test('the same key for another customer on the same order is an error naming the key, the order and what differs', async () => {
		// Run 1 attaches customer 2 with the key; run 2 asks for customer 3 with it: Chift answers that
		// the key was processed, and the order it finds has customer 2, which is not what run 2 asked.
		const order = bistro().orders[8];
		const parameters = (customerId) => ({ orderId: locator(order.id), customerId: locator(customerId, 'list'), options: { idempotencyKey: 'attach-key' } });
		expect((await run('order', 'update', parameters('cus-CUST-001-2'))).status).toBe('success');
		const result = await run('order', 'update', parameters('cus-CUST-001-3'));
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe(
			`Idempotency key "attach-key" was already used for another request: it produced order ${order.id}, which is not what this item sent`,
		);
		expect(result.error.description).toContain('customer_id: sent "cus-CUST-001-3", the record has "cus-CUST-001-2"');
		expect(result.error.description).toMatch(/Use a key that is unique per intent/);
		expect(order.customer_id).toBe('cus-CUST-001-2');
	});

	test('the same key for the same attachment in a later run returns the order: that is exactly-once, not an error', async () => {
		const order = bistro().orders[9];
		const parameters = { orderId: locator(order.id), customerId: locator('cus-CUST-001-2', 'list'), options: { idempotencyKey: 'same-attach' } };
		expect((await run('order', 'update', parameters)).status).toBe('success');
		const again = await run('order', 'update', parameters);
		expect(again.status).toBe('success');
		expect(again.main[0][0].json).toMatchObject({ id: order.id, customer_id: 'cus-CUST-001-2' });
	});

	test('Get of an unknown order is a 404', async () => {
		const result = await run('order', 'get', { orderId: locator('ord-missing') });
		expect(result.error.httpCode).toBe('404');
		expect(result.error.description).toMatch(/ERROR_ORDER_NOT_FOUND/);
	});
});

test('Limit is shown only while Return All is off, for each list operation', () => {
	const { ChiftPos } = require('./support');
	const limits = new ChiftPos().description.properties.filter((p) => p.name === 'limit');
	expect(limits.length).toBeGreaterThanOrEqual(8);
	for (const limit of limits) {
		expect(limit.displayOptions.show).toEqual({ returnAll: [false], resource: [expect.any(String)], operation: ['getAll'] });
	}
});

describe('the other resources', () => {
	const lists = [
		['location', '/pos/locations', (pos) => pos.locations],
		['paymentMethod', '/pos/payment-methods', (pos) => pos.paymentMethods],
		['product', '/pos/products', (pos) => pos.products],
		['productCategory', '/pos/product-categories', (pos) => pos.productCategories],
		['accountingCategory', '/pos/accounting-categories', (pos) => pos.accountingCategories],
		['taxRate', '/pos/tax-rates', (pos) => pos.taxRates],
		['modifier', '/pos/modifiers', (pos) => pos.modifiers],
	];

	test.each(lists)('%s Get Many outputs one item per record', async (resource, path, records) => {
		const result = await run(resource, 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0])).toEqual(records(bistro()));
		expect(lastRequest().path).toBe(`/consumers/${CONSUMERS.bistro}${path}`);
	});

	test('Product Category Get Many with Only Parents', async () => {
		const result = await run('productCategory', 'getAll', { returnAll: true, filters: { onlyParents: true } });
		expect(jsonOf(result.main[0]).map((c) => c.id)).toEqual(['cat-food', 'cat-drinks']);
		expect(lastRequest().query.only_parents).toBe('true');
	});

	test('Payment Get Many needs its date range and sends it', async () => {
		const missing = await run('payment', 'getAll', { dateFrom: '={{ "" }}', dateTo: day(1) });
		expect(missing.error.message).toBe('Date From is empty [item 0]');
		const result = await run('payment', 'getAll', { dateFrom: day(1), dateTo: day(1), returnAll: true });
		const expected = bistro().orders.filter((o) => serviceDay(o) === day(1)).flatMap((o) => o.payments);
		expect(jsonOf(result.main[0])).toEqual(expected);
	});

	test('Sale Get returns one totals item for the period', async () => {
		const result = await run('sale', 'get', { dateFrom: day(8), dateTo: day(1), filters: { locationId: locator(bistro().locations[0].id) } });
		expect(result.main[0]).toHaveLength(1);
		expect(result.main[0][0].json).toEqual(expect.objectContaining({ total: expect.any(Number), tax_amount: expect.any(Number), taxes: expect.any(Array) }));
		expect(lastRequest().query).toEqual({ date_from: day(8), date_to: day(1), location_id: bistro().locations[0].id });
	});

	test('Closure Get puts the day in the path', async () => {
		const result = await run('closure', 'get', { date: `${day(3)}T00:00:00` });
		expect(lastRequest().path).toBe(`/consumers/${CONSUMERS.bistro}/pos/closures/${day(3)}`);
		expect(result.main[0][0].json).toMatchObject({ date: day(3), status: 'closed' });
	});

	test('Objective Get Many sends the required range', async () => {
		const result = await run('objective', 'getAll', { dateFrom: day(8), dateTo: day(6), returnAll: true });
		expect(jsonOf(result.main[0]).map((o) => o.date)).toEqual([day(8), day(7), day(6)]);
	});

	test('Report Get sends the day', async () => {
		const result = await run('report', 'get', { date: day(3) });
		expect(lastRequest().query).toEqual({ date: day(3) });
		expect(result.main[0][0].json).toMatchObject({ date: day(3), location_id: bistro().locations[0].id });
	});

	test('Report Get outputs the report as Chift sends it: orders is a list, one entry per category', async () => {
		const result = await run('report', 'get', { date: day(3) });
		expect(result.main[0]).toHaveLength(1);
		const { orders } = result.main[0][0].json;
		const ofDay = bistro().orders.filter((o) => serviceDay(o) === day(3) && o.location_id === bistro().locations[0].id);
		expect(Array.isArray(orders)).toBe(true);
		expect(orders.length).toBeGreaterThan(0);
		for (const entry of orders) {
			expect(entry).toEqual(
				expect.objectContaining({ currency: 'EUR', category: expect.stringMatching(/subject to value-added tax\.$/), total_orders: expect.any(Number), taxes: expect.any(Array) }),
			);
		}
		expect(orders.reduce((sum, entry) => sum + entry.total_orders, 0)).toBe(ofDay.length);
	});

	test('a 405 names the connector and the operation', async () => {
		const result = await run('taxRate', 'getAll', { consumerId: locator(CONSUMERS.cafe) });
		expect(result.error.httpCode).toBe('405');
		expect(result.error.message).toBe('Zelty does not support "Get many tax rates" through Chift');
		expect(result.error.description).toMatch(/Chift: The resource GET - tax-rates is not supported by Zelty\.\nChift error code: ERROR_RESOURCE_NOT_SUPPORTED\.\nChift cannot do this with this POS/);
	});
});

describe('options', () => {
	const market = { consumerId: locator(CONSUMERS.market) };
	const squareConnection = 'c0a80101-0000-4000-8000-000000000006';

	test('a consumer with two POS needs a connection; the option sends X-Chift-ConnectionId', async () => {
		const without = await run('location', 'getAll', market);
		expect(without.error.httpCode).toBe('400');
		expect(without.error.description).toMatch(/ERROR_CONFIGURATION_CONNECTION/);

		const result = await run('location', 'getAll', { ...market, options: { connectionId: squareConnection } });
		expect(result.status).toBe('success');
		expect(lastRequest().headers['x-chift-connectionid']).toBe(squareConnection);
	});

	test('Include Raw Data sends x-chift-raw-data and puts raw_data on the first record of the page', async () => {
		const result = await run('location', 'getAll', { returnAll: true, options: { rawData: true } });
		expect(lastRequest().headers['x-chift-raw-data']).toBe('true');
		expect(result.main[0][0].json.raw_data).toEqual([expect.objectContaining({ connector: 'Lightspeed' })]);
		expect(result.main[0][1].json.raw_data).toBeUndefined();
		const single = await run('sale', 'get', { dateFrom: day(8), dateTo: day(8), options: { rawData: true } });
		expect(single.main[0][0].json.raw_data).toBeDefined();
	});

	test('Data Source sends x-chift-datalayer; a pending data layer is a readable 409', async () => {
		await run('product', 'getAll', { options: { dataLayer: 'if_available' } });
		expect(lastRequest().headers['x-chift-datalayer']).toBe('if_available');
		await run('product', 'getAll', {});
		expect(lastRequest().headers['x-chift-datalayer']).toBeUndefined();

		const pending = await run('product', 'getAll', { ...market, options: { connectionId: squareConnection, dataLayer: 'true' } });
		expect(pending.error.httpCode).toBe('409');
		expect(pending.error.message).toBe('The data layer has not been synchronised yet for this connection');
		expect(pending.error.description).toMatch(/ERROR_DATALAYER_SYNC_PENDING/);
	});
});

describe('lists in the editor', () => {
	const search = (method, parameters, filter, paginationToken) =>
		stack.harness.listSearch({
			type: 'chiftPos',
			method,
			filter,
			paginationToken,
			parameters: { consumerId: locator(CONSUMERS.bistro), ...parameters },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});

	test('locations of the selected consumer', async () => {
		const { results } = await search('searchLocations', { resource: 'order', operation: 'getAll' });
		expect(results).toEqual(bistro().locations.map((l) => ({ name: l.name, value: l.id })));
	});

	test('customers searched through Chift', async () => {
		const { results } = await search('searchCustomers', { resource: 'customer', operation: 'get' }, 'peeters');
		expect(results).toEqual([{ name: 'Jan Peeters (jan.peeters@example.be)', value: 'cus-CUST-001-2' }]);
		expect(lastRequest().query).toMatchObject({ search: 'peeters' });
	});

	test('orders of the last 7 days, page by page', async () => {
		const first = await search('searchOrders', { resource: 'order', operation: 'get' });
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		expect(lastRequest().query).toMatchObject({ page: '1', size: '50' });
		expect(first.results[0].name).toMatch(/^#\d+ · \d{4}-\d\d-\d\d \d\d:\d\d · [\d.]+ EUR$/);
		const second = await search('searchOrders', { resource: 'order', operation: 'get' }, undefined, first.paginationToken);
		expect(second.results.length).toBeGreaterThan(0);
		expect(second.results[0].value).not.toBe(first.results[0].value);
	});

	test('no consumer selected: a clear error', async () => {
		await expect(search('searchLocations', { consumerId: locator('') })).rejects.toThrow('Pick a consumer first');
	});

	test('connections of the consumer for the Connection option', async () => {
		const options = await stack.harness.loadOptions({
			type: 'chiftPos',
			method: 'getConnections',
			parameters: { resource: 'location', operation: 'getAll', consumerId: locator(CONSUMERS.market) },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});
		expect(options.map((o) => [o.name, o.value])).toEqual([
			['Lightspeed', 'c0a80101-0000-4000-8000-000000000005'],
			['Square', 'c0a80101-0000-4000-8000-000000000006'],
		]);
	});
});
