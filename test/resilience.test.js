'use strict';
/**
 * Exactly-once, retries and concurrency against an emulator that injects faults: latency, a
 * capacity limit answering 429 + Retry-After, 502 after a committed write, dropped connections,
 * tokens expiring mid-run. Functional assertions only, never timings of the machine.
 */
const { startStack, locator, jsonOf, CONSUMERS } = require('./support');

let stack;
afterEach(async () => {
	await stack?.stop();
	stack = undefined;
});

const createParameters = (options = {}) => ({
	firstName: '={{ $json.first }}',
	lastName: 'Doe',
	options: { idempotencyKey: '={{ $json.key }}', ...options },
});
const customers = (count, prefix = 'C') =>
	Array.from({ length: count }, (_, i) => ({ json: { first: `${prefix}${i}`, key: `${prefix}-key-${i}` } }));
const createdCount = () => stack.emulator.customersOf(CONSUMERS.bistro).length;

test('500 creates through 502-after-commit and dropped connections: each customer exactly once, in order', async () => {
	stack = await startStack({ faults: { commitThen502Rate: 0.1, dropAfterCommitRate: 0.05 }, seed: 7 });
	const before = createdCount();
	const items = customers(500);

	const result = await stack.run(createParameters(), items);

	expect(result.status).toBe('success');
	expect(stack.emulator.faultsInjected.commitThen502).toBeGreaterThan(20);
	expect(stack.emulator.faultsInjected.dropped).toBeGreaterThan(10);
	expect(createdCount() - before).toBe(500);
	const out = jsonOf(result.main[0]);
	expect(out.map((customer) => customer.first_name)).toEqual(items.map((item) => item.json.first));
	expect(new Set(out.map((customer) => customer.id)).size).toBe(500);
	expect(result.main[0].map((item) => item.pairedItem.item)).toEqual(items.map((_, i) => i));
	// Every output is the stored customer, also where the answer was lost and looked up.
	const stored = new Map(stack.emulator.customersOf(CONSUMERS.bistro).map((customer) => [customer.id, customer]));
	expect(out.every((customer) => JSON.stringify(stored.get(customer.id)) === JSON.stringify(customer))).toBe(true);
	expect(stack.emulator.requestsTo('GET', /\/transactions$/).length).toBeGreaterThan(0);
	expect(stack.tokenRequests()).toHaveLength(1);
}, 120_000);

test('a 429 storm: every item succeeds, and no retry comes before Retry-After', async () => {
	stack = await startStack({ faults: { capacity: 3, retryAfterSeconds: 1, latencyMs: 30 } });
	const items = customers(40);

	const result = await stack.run(createParameters({ concurrency: 10 }), items);

	expect(result.status).toBe('success');
	expect(result.main[0]).toHaveLength(40);
	expect(stack.emulator.faultsInjected.rateLimited).toBeGreaterThan(0);
	const byKey = new Map();
	for (const request of stack.customerPosts()) {
		const key = request.headers['x-chift-client-requestid'];
		byKey.set(key, [...(byKey.get(key) ?? []), request]);
	}
	let checked = 0;
	for (const attempts of byKey.values()) {
		for (let i = 1; i < attempts.length; i++) {
			if (attempts[i - 1].status !== 429) continue;
			expect(attempts[i].at - attempts[i - 1].at).toBeGreaterThanOrEqual(990);
			checked++;
		}
	}
	expect(checked).toBeGreaterThan(0);
	expect(new Set(jsonOf(result.main[0]).map((customer) => customer.id)).size).toBe(40);
}, 120_000);

test('concurrency above the server capacity settles below it instead of probing every round', async () => {
	stack = await startStack({ faults: { capacity: 5, retryAfterSeconds: 1, latencyMs: 20 } });
	const result = await stack.run(createParameters({ concurrency: 20 }), customers(150));
	expect(result.status).toBe('success');
	expect(result.main[0]).toHaveLength(150);
	// The first wave is refused beyond 5; after it, at most a probe now and then.
	const refused = stack.emulator.faultsInjected.rateLimited;
	expect(refused).toBeGreaterThanOrEqual(10);
	expect(refused).toBeLessThan(25);
}, 120_000);

test('a token expiring in the middle of a run is renewed once', async () => {
	stack = await startStack({ faults: { latencyMs: 5 } });
	stack.emulator.expireTokensAfter = 25;
	const result = await stack.run(createParameters(), customers(60));
	expect(result.status).toBe('success');
	expect(result.main[0]).toHaveLength(60);
	expect(stack.customerPosts().filter((post) => post.status === 401).length).toBeGreaterThan(0);
	expect(stack.tokenRequests()).toHaveLength(2);
});

describe('a passing failure of POST /token', () => {
	const unavailable = (times) => ({
		method: 'POST',
		path: '/token',
		status: 503,
		body: { status: 'error', message: 'Service unavailable', error_code: 'ERROR_UNKNOWN', detail: '' },
		headers: { 'retry-after': '0' },
		times,
	});

	test('on the first exchange is retried: the run succeeds', async () => {
		stack = await startStack();
		const injection = stack.emulator.inject(unavailable(2));
		const result = await stack.run(createParameters(), customers(5, 'cold'));
		expect(result.status).toBe('success');
		expect(injection.used).toBe(2);
		expect(stack.tokenRequests().map((request) => request.status)).toEqual([503, 503, 200]);
	});

	test('on the renewal in the middle of a run is retried once for every waiting request: all 30 items succeed', async () => {
		stack = await startStack({ faults: { latencyMs: 5 } });
		expect((await stack.run(createParameters(), customers(1, 'warm'))).status).toBe('success');
		stack.emulator.reset();
		stack.emulator.expireTokensAfter = 18;
		stack.emulator.inject(unavailable(2));
		const result = await stack.run(createParameters(), customers(30, 'mid'));
		expect(result.status).toBe('success');
		expect(result.main[0]).toHaveLength(30);
		expect(stack.tokenRequests().map((request) => request.status)).toEqual([503, 503, 200]);
	});

	test('that lasts fails after the retries, saying Chift is failing (not to check the Base URL)', async () => {
		stack = await startStack();
		stack.emulator.inject(unavailable(10));
		const result = await stack.run(createParameters(), customers(1, 'down'));
		expect(result.error.message).toBe('Chift did not issue an access token (HTTP 503: Service unavailable) (tried 4 times)');
		expect(result.error.description).toMatch(/Chift is failing or unavailable right now/);
		expect(result.error.description).not.toMatch(/Base URL/);
		expect(stack.tokenRequests()).toHaveLength(4);
		expect(stack.customerPosts()).toHaveLength(0);
	});

	test('a 404 is not retried and points at the Base URL; a 401 at the key', async () => {
		stack = await startStack();
		stack.emulator.inject({ method: 'POST', path: '/token', status: 404, body: { detail: 'Not Found' } });
		const notFound = await stack.run(createParameters(), customers(1, 'nf'));
		expect(notFound.error.message).toBe('Chift did not issue an access token (HTTP 404)');
		expect(notFound.error.description).toMatch(/Check the Base URL/);
		stack.emulator.inject({ method: 'POST', path: '/token', status: 401, body: { status: 'error', message: 'Unauthorized', error_code: 'ERROR_CHIFT_AUTHENTICATION_ERROR', detail: '' } });
		const refused = await stack.run(createParameters(), customers(1, 'key'));
		expect(refused.error.message).toMatch(/^Chift rejected the API key \(HTTP 401\)/);
		expect(stack.tokenRequests()).toHaveLength(2);
	});
});

describe('a credential edited during a run that renews its token', () => {
	/** Runs 30 creates; when the 10th arrives, edits the stored credential and expires the tokens. */
	async function runEditedAtItem10(edit) {
		stack = await startStack({ faults: { latencyMs: 5 } });
		stack.emulator.otherApiKeys.push({ accountId: stack.emulator.apiKey.accountId, clientId: 'client-rotated', clientSecret: 'secret-rotated' });
		let posts = 0;
		stack.emulator.onRequest = (record) => {
			if (record.method !== 'POST' || !/\/pos\/customers$/.test(record.path) || ++posts !== 10) return;
			stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.harness.getCredential('chiftCred'), ...edit }, 'Chift test');
			stack.emulator.expireTokens();
		};
		const result = await stack.run(createParameters(), customers(30, 'edit'));
		expect(result.status).toBe('success');
		expect(result.main[0]).toHaveLength(30);
		return stack.harness.getCredential('chiftCred');
	}

	test('a new API key is kept as edited, and the rest of the run uses it', async () => {
		const rotated = { clientId: 'client-rotated', clientSecret: 'secret-rotated' };
		const stored = await runEditedAtItem10(rotated);
		// n8n 1.x and 2.8 store the whole copy the renewal started from: it must be the edited one.
		expect(stored).toMatchObject(rotated);
		expect(stack.tokenRequests().map((request) => request.body.clientId)).toEqual([stack.emulator.apiKey.clientId, 'client-rotated']);
	});

	test('an edited Base URL is kept as edited; the run finishes on the host it started with, the token kept out of the credential', async () => {
		const stored = await runEditedAtItem10({ baseUrl: 'https://api.chift.example' });
		expect(stored.baseUrl).toBe('https://api.chift.example');
		expect(stack.tokenRequests()).toHaveLength(2);
		expect(stack.emulator.requests.every((request) => request.headers.host === new URL(stack.emulator.url).host)).toBe(true);
	});
});

test('at most the configured number of requests are in flight', async () => {
	stack = await startStack({ faults: { latencyMs: 20 } });
	await stack.run(createParameters({ concurrency: 4 }), customers(30));
	expect(stack.emulator.maxInFlight).toBe(4);
});

test('Return All fetches the first page, then the others at once, in record order', async () => {
	stack = await startStack({ extraOrders: 1000, faults: { latencyMs: 20 } });
	const result = await stack.run({
		resource: 'order',
		operation: 'getAll',
		returnAll: true,
		filters: { dateFrom: '2026-01-01', dateTo: '2026-01-10' },
		options: { concurrency: 5 },
	});
	const expected = stack.emulator.data.pos[CONSUMERS.bistro].orders.filter((o) => o.service_date.slice(0, 10) <= '2026-01-10');
	expect(jsonOf(result.main[0]).map((order) => order.id)).toEqual(expected.map((order) => order.id));
	expect(stack.emulator.requestsTo('GET', /\/pos\/orders$/)).toHaveLength(10);
	expect(stack.emulator.maxInFlight).toBe(5);
});

/**
 * Two items with one key, the POS taking latencyMs: one customer is created, both items output it;
 * returns how many of the customer requests Chift answered 409 (in process).
 */
async function twinsCreatedOnce(latencyMs, options) {
	stack = await startStack({ faults: { latencyMs } });
	const before = createdCount();
	const twin = { json: { first: 'Twin', key: 'same-key' } };
	const result = await stack.run(createParameters(options), [twin, twin]);
	expect(result.status).toBe('success');
	expect(createdCount() - before).toBe(1);
	const [first, second] = jsonOf(result.main[0]);
	expect(second).toEqual(first);
	return stack.customerPosts().filter((post) => post.status === 409).length;
}

test('two items with the same key create once; the second waits while the first is in process', async () => {
	expect(await twinsCreatedOnce(300)).toBeGreaterThan(0);
});

test('a request in process longer than the retries last is still awaited, also with retries off', async () => {
	// The first twin holds its key for 2.5 s; retries off would give up at once if waiting were a retry.
	expect(await twinsCreatedOnce(2500, { retries: 0 })).toBeGreaterThanOrEqual(2);
});

test('with retries off a 502 fails at once; 400, 404, 405 and 422 are never retried', async () => {
	stack = await startStack();
	const once = (status) => ({ method: 'POST', path: /\/pos\/customers$/, status, body: { status: 'error', message: `HTTP ${status}`, error_code: 'ERROR_X' } });

	stack.emulator.inject(once(502));
	const off = await stack.run({ ...createParameters({ retries: 0 }) }, customers(1, 'off'));
	expect(off.error.httpCode).toBe('502');
	expect(stack.customerPosts()).toHaveLength(1);

	for (const status of [400, 404, 405, 422]) {
		stack.emulator.reset();
		stack.emulator.inject(once(status));
		const result = await stack.run(createParameters(), customers(1, `s${status}`));
		expect(result.error.httpCode).toBe(String(status));
		expect(stack.customerPosts()).toHaveLength(1);
	}
});

test('502 is retried with the same idempotency key until it succeeds', async () => {
	stack = await startStack();
	stack.emulator.inject({ method: 'POST', path: /\/pos\/customers$/, status: 502, body: { status: 'error', message: 'Bad gateway' }, times: 2 });
	const result = await stack.run(createParameters(), customers(1, 'retry'));
	expect(result.status).toBe('success');
	const keys = stack.customerPosts().map((post) => post.headers['x-chift-client-requestid']);
	expect(keys).toEqual(['retry-key-0', 'retry-key-0', 'retry-key-0']);
});

test('an already processed key whose first try failed says to use another key', async () => {
	stack = await startStack();
	stack.emulator.inject({
		method: 'POST',
		path: /\/pos\/customers$/,
		status: 409,
		body: { status: 'error', message: 'Request already processed: 422', error_code: 'REQUEST_ALREADY_PROCESSED' },
	});
	stack.emulator.inject({
		method: 'GET',
		path: /\/transactions$/,
		status: 200,
		body: { created_on: '2026-11-01T00:00:00Z', method: 'POST', route: 'pos/customers', status_code: 422, created_entity_id: null },
	});
	const result = await stack.run(createParameters(), customers(1, 'dup'));
	expect(result.error.message).toBe('Chift already processed a request with idempotency key "dup-key-0" and it ended with status 422');
	expect(result.error.description).toMatch(/use another Idempotency Key/);
});

test('the recovery lookup needs the connection when the consumer has two POS', async () => {
	stack = await startStack();
	stack.emulator.inject({
		method: 'POST',
		path: /\/pos\/customers$/,
		status: 409,
		body: { status: 'error', message: 'Request already processed: 200', error_code: 'REQUEST_ALREADY_PROCESSED' },
	});
	const result = await stack.run({ ...createParameters(), consumerId: locator(CONSUMERS.market) }, customers(1, 'm'));
	expect(result.error.message).toBe('Chift already processed this request, and the node cannot look up its result');
	expect(result.error.description).toMatch(/has 2 active ones: pick it in Options → Connection/);
});

test('an order update repeated with the same key returns the order instead of failing', async () => {
	stack = await startStack();
	const order = stack.emulator.data.pos[CONSUMERS.bistro].orders[2];
	const parameters = {
		resource: 'order',
		operation: 'update',
		orderId: locator(order.id),
		customerId: locator('cus-CUST-001-1'),
		options: { idempotencyKey: 'attach-once' },
	};
	expect((await stack.run(parameters)).status).toBe('success');
	const again = await stack.run(parameters);
	expect(again.status).toBe('success');
	expect(again.main[0][0].json).toMatchObject({ id: order.id, customer_id: 'cus-CUST-001-1' });
	expect(stack.emulator.requestsTo('PATCH', /\/pos\/orders\//).map((r) => r.status)).toEqual([200, 409]);
});

test("a 401 about the POS's own login does not renew Chift's token", async () => {
	stack = await startStack();
	stack.emulator.inject({
		method: 'POST',
		path: /\/pos\/customers$/,
		status: 401,
		body: { status: 'error', message: 'Error while trying to authenticate to Lightspeed', error_code: 'ERROR_CONNECTOR_AUTHENTICATION' },
	});
	const result = await stack.run(createParameters(), customers(1, 'pos401'));
	expect(result.error.httpCode).toBe('401');
	expect(result.error.description).toMatch(/reconnect the POS/);
	expect(stack.customerPosts()).toHaveLength(1);
	expect(stack.tokenRequests()).toHaveLength(1);
});

test('a list without a usable total is read page after page until a short page', async () => {
	stack = await startStack();
	const page = (n, count) => ({ items: Array.from({ length: count }, (_, i) => ({ id: `p${n}-${i}` })), page: n });
	for (const [n, count] of [[1, 100], [2, 100], [3, 7]]) {
		stack.emulator.inject({ method: 'GET', path: /\/pos\/products$/, status: 200, body: page(n, count) });
	}
	const result = await stack.run({ resource: 'product', operation: 'getAll', returnAll: true });
	expect(result.main[0]).toHaveLength(207);
	expect(stack.emulator.requestsTo('GET', /\/pos\/products$/).map((r) => r.query.page)).toEqual(['1', '2', '3']);
});
