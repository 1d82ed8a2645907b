'use strict';
/**
 * Chift Accounting in a real n8n 2.8.4, installed as a community package with the rest of the
 * package, against the emulator: writes and reads as a user's workflow does them, with the folder
 * of a multi-company accounting system, and every exchange checked against Chift's OpenAPI
 * document.
 */
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const {
	buildWorkflow,
	outputItems,
	executionError,
	executeAndRecord,
	expectSuccess,
	expectFailure,
	NAMES,
	TIMEOUTS,
	useN8nStack,
	locator,
} = require('./lib/scenarios');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const ACCOUNTING = 'n8n-nodes-chift.chiftAccounting';
const CREDENTIAL = { id: 'chiftE2eAccount1', name: 'Chift accounting e2e' };

const WORKFLOWS = {
	createClients: buildWorkflow({
		id: 'e2eAccClients001',
		nodeType: ACCOUNTING,
		resource: 'client',
		operation: 'create',
		items: [
			{ name: 'Brasserie du Parc', email: 'parc@example.com', ref: 'shop-101', city: 'Namur' },
			{ name: 'Hotel des Arts', email: 'arts@example.com', ref: 'shop-102', city: '' },
		],
		parameters: {
			name: '={{ $json.name }}',
			additionalFields: { email: '={{ $json.email }}', externalReference: '={{ $json.ref }}' },
			address: { addressType: 'main', street: 'Rue Haute', city: '={{ $json.city }}', postalCode: '5000', country: 'BE' },
			options: { idempotencyKey: '={{ "e2e-" + $json.ref }}' },
		},
		credential: CREDENTIAL,
		onError: 'continueErrorOutput',
	}),
	clientsOfFolder: buildWorkflow({
		id: 'e2eAccFolder0001',
		nodeType: ACCOUNTING,
		consumerId: CONSUMERS.bakery,
		resource: 'client',
		operation: 'getAll',
		items: [{}],
		parameters: { folderId: locator('8', 'list'), returnAll: true },
		credential: CREDENTIAL,
	}),
	noFolder: buildWorkflow({
		id: 'e2eAccNoFolder01',
		nodeType: ACCOUNTING,
		consumerId: CONSUMERS.bakery,
		resource: 'client',
		operation: 'getAll',
		items: [{}],
		parameters: { returnAll: true },
		credential: CREDENTIAL,
	}),
};

describe(`Chift Accounting in n8n ${DEFAULT_VERSION}`, () => {
	const context = useN8nStack({
		credentials: [CREDENTIAL],
		workflows: Object.values(WORKFLOWS),
	});
	const run = (key) => executeAndRecord(context, WORKFLOWS[key].id);

	test('Client → Create from items: one client each, exactly once; an incomplete address goes to the error output unsent', async () => {
		const clients = () => context.emulator.data.accounting[CONSUMERS.bistro].stores['1001'].clients;
		const result = await run('createClients');
		expectSuccess(result);
		const created = outputItems(result.run, NAMES.created).map((item) => item.json);
		expect(created).toHaveLength(1);
		expect(created[0]).toMatchObject({ name: 'Brasserie du Parc', external_reference: 'shop-101', addresses: [expect.objectContaining({ city: 'Namur' })] });
		const failed = outputItems(result.run, NAMES.failed).map((item) => item.json);
		expect(failed).toHaveLength(1);
		expect(JSON.stringify(failed[0])).toMatch(/City/);
		const posts = result.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/accounting/clients'));
		expect(posts.map((post) => post.body.name)).toEqual(['Brasserie du Parc']);
		expect(posts[0].headers['x-chift-client-requestid']).toBe('e2e-shop-101');

		// Run again: the same keys, so Chift answers with the first result and nothing is created twice.
		const again = await run('createClients');
		expectSuccess(again);
		expect(outputItems(again.run, NAMES.created)[0].json.id).toBe(created[0].id);
		expect(clients().filter((client) => client.name === 'Brasserie du Parc')).toHaveLength(1);
	});

	test('Client → Get Many in one folder of a multi-company accounting; without a folder, Chift\'s answer says to pick one', async () => {
		const result = await run('clientsOfFolder');
		expectSuccess(result);
		const names = outputItems(result.run, NAMES.chift).map((item) => item.json.id);
		expect(names).toEqual(context.emulator.data.accounting[CONSUMERS.bakery].stores['8'].clients.map((client) => client.id));
		expect(result.requests.find((r) => r.path.endsWith('/accounting/clients')).query).toMatchObject({ folder_id: '8' });

		const missing = await run('noFolder');
		expectFailure(missing);
		expect(executionError(missing.run).message).toMatch(/several folders/);
	});

	test('every request n8n sent and every answer of the emulator follows Chift\'s OpenAPI document', () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
