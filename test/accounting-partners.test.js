'use strict';
/**
 * Chift Accounting, folders and clients, through n8n-core's execution engine against the emulator:
 * the request each operation sends, what it outputs, folders, validation before sending and
 * exactly-once creates. Every exchange is checked against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { accountingSuite, locator, jsonOf, CONSUMERS } = require('./support');

const { stack, run, accountingRequests, lastRequest, store } = accountingSuite();

describe('Folder', () => {
	test('Get Many outputs one item per folder of the consumer', async () => {
		const result = await run('folder', 'getAll', { consumerId: locator(CONSUMERS.bakery), returnAll: true });
		expect(jsonOf(result.main[0]).map((folder) => folder.name)).toEqual(['Boulangerie Lune SA', 'Lune Traiteur SRL']);
	});

	test('Get returns one folder', async () => {
		const result = await run('folder', 'get', { consumerId: locator(CONSUMERS.bakery), folderId: locator('8', 'list') });
		expect(jsonOf(result.main[0])).toMatchObject([{ id: '8', name: 'Lune Traiteur SRL' }]);
	});

	test('a consumer whose accounting has several folders needs one: Chift says so, and the Folder field fixes it', async () => {
		const missing = await run('client', 'getAll', { consumerId: locator(CONSUMERS.bakery) });
		expect(missing.error).toBeInstanceOf(NodeApiError);
		expect(missing.error.message).toMatch(/several folders/);
		const picked = await run('client', 'getAll', { consumerId: locator(CONSUMERS.bakery), folderId: locator('8', 'list'), returnAll: true });
		expect(jsonOf(picked.main[0]).map((client) => client.id)).toContain('8-CLI-001');
		expect(lastRequest().query).toMatchObject({ folder_id: '8' });
	});
});

describe('Client', () => {
	test('Get Many searches and reads every page', async () => {
		const result = await run('client', 'getAll', { returnAll: true, filters: { search: 'dupont' } });
		expect(jsonOf(result.main[0]).map((client) => client.name)).toEqual(['Traiteur Dupont']);
		expect(lastRequest().query).toEqual({ search: 'dupont', page: '1', size: '100' });
	});

	test("Updated After from the date picker (no offset) is sent as UTC, the date-time Chift's document asks for", async () => {
		const result = await run('client', 'getAll', { returnAll: true, filters: { updatedAfter: '2026-02-01T00:00:00' } });
		expect(lastRequest().query.updated_after).toBe('2026-02-01T00:00:00Z');
		expect(jsonOf(result.main[0]).map((client) => client.name)).toEqual(['Traiteur Dupont']);
	});

	test('Get returns the client', async () => {
		const result = await run('client', 'get', { clientId: locator('1001-CLI-002', 'list') });
		expect(jsonOf(result.main[0])).toEqual([store().clients[1]]);
		expect(lastRequest().path).toBe(`/consumers/${CONSUMERS.bistro}/accounting/clients/1001-CLI-002`);
	});

	test('Get of an unknown client is Chift 404 with its message', async () => {
		const result = await run('client', 'get', { clientId: locator('nobody') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toBe('Client nobody not found');
	});

	test('Create sends the client with its address and outputs the created record', async () => {
		const result = await run('client', 'create', {
			name: 'Brasserie du Parc',
			additionalFields: { email: 'parc@example.com', isCompany: true, vat: 'BE0999888777' },
			address: { addressType: 'main', street: 'Avenue du Parc', number: '3', city: 'Namur', postalCode: '5000', country: 'BE' },
		});
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ name: 'Brasserie du Parc', email: 'parc@example.com', addresses: [expect.objectContaining({ city: 'Namur' })] });
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.body).toEqual({
			name: 'Brasserie du Parc',
			email: 'parc@example.com',
			is_company: true,
			vat: 'BE0999888777',
			addresses: [{ address_type: 'main', street: 'Avenue du Parc', number: '3', city: 'Namur', postal_code: '5000', country: 'BE' }],
		});
		expect(post.headers['x-chift-client-requestid']).toBeTruthy();
		expect(store().clients.filter((client) => client.name === 'Brasserie du Parc')).toHaveLength(1);
	});

	test('Create with an incomplete address is refused before anything is sent, naming the field', async () => {
		const result = await run('client', 'create', { name: 'Half Address', address: { city: 'Namur' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(`${result.error.message} ${result.error.description}`).toMatch(/Street|Postal Code|Address Type/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('the same Idempotency Key twice creates the client once', async () => {
		const parameters = { name: 'Once Only', options: { idempotencyKey: 'crm-client-1' } };
		const first = await run('client', 'create', parameters);
		const second = await run('client', 'create', parameters);
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().clients.filter((client) => client.name === 'Once Only')).toHaveLength(1);
	});

	test('Update sends only the fields set and outputs the record', async () => {
		const result = await run('client', 'update', { clientId: locator('1001-CLI-003'), updateFields: { email: 'marie@lambert.example' } });
		expect(lastRequest().body).toEqual({ email: 'marie@lambert.example' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: '1001-CLI-003', email: 'marie@lambert.example' });
	});

	test("Chift's errors name the accounting system, not a POS, in their hint", async () => {
		stack().emulator.inject({
			method: 'GET',
			path: /\/accounting\/clients$/,
			status: 502,
			body: { status: 'error', message: 'Error while trying to reach Exact Online: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' },
		});
		const result = await run('client', 'getAll', { options: { retries: 0 } });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.description).toMatch(/The accounting system behind this consumer failed/);
		expect(result.error.description).not.toMatch(/POS/);
	});
});
