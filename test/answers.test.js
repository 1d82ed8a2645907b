'use strict';
/**
 * Answers that are not what Chift sends: lists without a total from a server that ignores `page`
 * or never ends, and 2xx answers that are not Chift's JSON. None may pass as a result.
 */
const { NodeApiError } = require('n8n-workflow');

const { startStack, jsonOf } = require('./support');

let stack;
beforeAll(async () => {
	stack = await startStack();
});
afterAll(async () => {
	await stack.stop();
});
beforeEach(() => stack.emulator.reset());

const CUSTOMERS_PATH = /\/pos\/customers$/;
const customerPage = (first, count = 100) =>
	Array.from({ length: count }, (_, i) => ({ id: `c-${first + i}`, first_name: 'F', last_name: `L${first + i}` }));
const getMany = (parameters = { returnAll: true }) => stack.run({ resource: 'customer', operation: 'getAll', ...parameters });
const get = () => stack.run({ resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus-1' } });
const listRequests = () => stack.emulator.requestsTo('GET', CUSTOMERS_PATH);

describe('paging without a total', () => {
	test('a server that ignores page and always sends the same full page is read once, not forever', async () => {
		stack.emulator.inject({ method: 'GET', path: CUSTOMERS_PATH, status: 200, body: { items: customerPage(0), page: 1, size: 100 }, times: 1000 });
		const result = await getMany();
		expect(result.status).toBe('success');
		expect(new Set(jsonOf(result.main[0]).map((customer) => customer.id)).size).toBe(100);
		expect(result.main[0]).toHaveLength(100);
		expect(listRequests()).toHaveLength(2);
	});

	test('a server whose full pages never end stops at 1000 pages with an error that says why and what to do', async () => {
		const endless = (record) => ({ items: customerPage((Number(record.query.page) - 1) * 100), page: Number(record.query.page), size: 100 });
		stack.emulator.inject({ method: 'GET', path: CUSTOMERS_PATH, status: 200, body: endless, times: 2000 });
		const result = await getMany();
		expect(result.error.message).toBe('Chift was still sending full pages after 1000 pages (100000 records) and no total');
		expect(result.error.description).toMatch(/Narrow it with the filters .* or turn off Return All and set a Limit/);
		expect(listRequests()).toHaveLength(1000);
	}, 60_000);

	test('with a total, a server that ignores page is an error, not the first page three times', async () => {
		stack.emulator.inject({ method: 'GET', path: CUSTOMERS_PATH, status: 200, body: { items: customerPage(0), total: 300, page: 1, size: 100 }, times: 10 });
		const result = await getMany();
		expect(result.error.message).toBe('Chift sent the same page of records twice, so the list cannot be read completely');
		expect(result.main?.[0] ?? []).toHaveLength(0);
	});
});

describe('a 2xx answer that is not Chift\'s JSON', () => {
	const html = '<!DOCTYPE html>\n<html><head><title>Sign in to the proxy</title></head><body>…</body></html>';

	test('an HTML page to Get Many is an error quoting its start and content type, not 0 items', async () => {
		stack.emulator.inject({ method: 'GET', path: CUSTOMERS_PATH, status: 200, body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
		const result = await getMany();
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe(
			'Chift answered "Get many customers" with HTTP 200 but not with JSON (content type text/html): <!DOCTYPE html> <html><head><title>Sign in to the proxy</title></head><body>…</body></html>',
		);
		expect(result.error.description).toMatch(/Base URL of the Chift API credential may point at a web page, a proxy/);
	});

	test('an HTML page to Get is an error, not an item whose json is a string', async () => {
		stack.emulator.inject({ method: 'GET', path: /\/pos\/customers\/cus-1$/, status: 200, body: html, headers: { 'content-type': 'text/html' } });
		const result = await get();
		expect(result.error.message).toMatch(/^Chift answered "Get a customer" with HTTP 200 but not with JSON \(content type text\/html\): <!DOCTYPE html>/);
	});

	test('a JSON object without items to Get Many is an error', async () => {
		stack.emulator.inject({ method: 'GET', path: CUSTOMERS_PATH, status: 200, body: { data: [] } });
		const result = await getMany();
		expect(result.error.message).toBe('Chift answered "Get many customers" with HTTP 200 but not with a page of records (no "items" list): {"data":[]}');
	});

	test('a 200 body with status "error" is Chift\'s error, as Chift\'s SDKs read it', async () => {
		stack.emulator.inject({
			method: 'GET',
			path: /\/pos\/customers\/cus-1$/,
			status: 200,
			body: { status: 'error', message: 'The POS did not answer', error_code: 'ERROR_CONNECTOR', detail: '' },
		});
		const result = await get();
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('The POS did not answer');
		expect(result.error.description).toMatch(/Chift error code: ERROR_CONNECTOR/);
	});

	test('with continue-on-fail the wrong answer is that item\'s error', async () => {
		stack.emulator.inject({ method: 'GET', path: /\/pos\/customers\/cus-1$/, status: 200, body: html, headers: { 'content-type': 'text/html' } });
		const result = await stack.run(
			{ resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: 'cus-1' } },
			[{ json: {} }],
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main[0]).toHaveLength(0);
		expect(result.main[1][0].json.error).toMatch(/not with JSON/);
	});
});
