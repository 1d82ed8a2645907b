'use strict';
/** The credential test and the Consumer list, through n8n's credential tester and load-options context. */
const { startStack, CONSUMERS } = require('./support');

let stack;
beforeEach(async () => {
	stack = await startStack();
});
afterEach(async () => {
	await stack.stop();
});

describe('credential test', () => {
	test('a valid API key passes and the test really called GET /consumers', async () => {
		const result = await stack.harness.testCredential('chiftApi', stack.credentialData);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(stack.tokenRequests()).toHaveLength(1);
		expect(stack.emulator.requestsTo('GET', '/consumers').map((r) => r.status)).toEqual([200]);
	});

	test('a wrong client secret fails and says the key was rejected', async () => {
		const result = await stack.harness.testCredential('chiftApi', { ...stack.credentialData, clientSecret: 'not-the-secret' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Chift rejected the API key \(HTTP 401\)/);
		expect(result.message).not.toContain('not-the-secret');
		expect(stack.emulator.requestsTo('GET', '/consumers').filter((r) => r.status === 200)).toHaveLength(0);
	});

	test('after the secret is edited, the test checks the new key, not the stored token', async () => {
		await stack.run({ firstName: 'A', lastName: 'B' });
		const edited = { ...stack.harness.getCredential('chiftCred'), clientSecret: 'edited-wrong-secret' };
		const result = await stack.harness.testCredential('chiftApi', edited);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Chift rejected the API key/);
	});

	test('an account ID that is not a UUID fails with the 422 explained', async () => {
		stack.expectViolation(/POST \/token\): request body: \/accountId must match format "uuid"/);
		const result = await stack.harness.testCredential('chiftApi', { ...stack.credentialData, accountId: 'my-account' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Chift did not issue an access token \(HTTP 422: Validation error\)/);
	});

	test('a valid pasted access token passes; an invalid one fails', async () => {
		await stack.run({ firstName: 'A', lastName: 'B' });
		const token = stack.storedToken();
		const ok = await stack.harness.testCredential('chiftApi', { authentication: 'accessToken', token, baseUrl: stack.emulator.url });
		expect(ok.status).toBe('OK');
		const bad = await stack.harness.testCredential('chiftApi', { authentication: 'accessToken', token: 'expired-token', baseUrl: stack.emulator.url });
		expect(bad.status).toBe('Error');
	});

	test('an unreachable base URL fails', async () => {
		const url = stack.emulator.url;
		await stack.stop();
		const result = await stack.harness.testCredential('chiftApi', { ...stack.credentialData, baseUrl: `${url}/` });
		stack = await startStack();
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Could not reach Chift at http:\/\/127\.0\.0\.1:\d+ to get an access token/);
	});
});

describe('Consumer list', () => {
	const search = (filter) =>
		stack.harness.listSearch({
			type: 'chiftPos',
			method: 'searchConsumers',
			filter,
			parameters: { resource: 'customer', operation: 'create' },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});

	test('lists every consumer by name with its internal reference, sorted', async () => {
		const { results } = await search();
		expect(results.map((r) => r.name)).toEqual([
			'Bistro Central (CUST-001)',
			'Boulangerie Lune (CUST-003)',
			'Café du Marché (CUST-002)',
			'Marché Couvert (CUST-005)',
			'Pizzeria Napoli (CUST-004)',
		]);
		expect(results[0].value).toBe(CONSUMERS.bistro);
		expect(stack.emulator.requestsTo('GET', '/consumers')[0].query).toEqual({});
	});

	test('a search is sent to Chift and filters the list', async () => {
		const { results } = await search('caf');
		expect(results).toEqual([{ name: 'Café du Marché (CUST-002)', value: CONSUMERS.cafe }]);
		expect(stack.emulator.requestsTo('GET', '/consumers')[0].query).toEqual({ search: 'caf' });
	});

	test('Chift errors reach the list as a readable error', async () => {
		stack.emulator.inject({ method: 'GET', path: '/consumers', status: 400, body: { status: 'error', message: 'Upstream failure', error_code: 'ERROR_UNKNOWN' } });
		await expect(search()).rejects.toThrow('Upstream failure');
	});
});
