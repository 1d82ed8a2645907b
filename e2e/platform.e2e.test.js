'use strict';
/**
 * Chift (the platform node) in a real n8n 2.8.4, installed as a community package with the rest of
 * the package, against the emulator: a customer onboarded in one workflow (create the consumer,
 * create its connection and read the activation link, delete the consumer), and every exchange
 * checked against Chift's OpenAPI document.
 */
const crypto = require('node:crypto');
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const {
	outputItems,
	executeAndRecord,
	expectSuccess,
	TIMEOUTS,
	useN8nStack,
	locator,
} = require('./lib/scenarios');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const CHIFT = 'n8n-nodes-chift.chift';
const CREDENTIAL = { id: 'chiftE2ePlatform1', name: 'Chift platform e2e' };

/** Start → the new customer → Chift: create consumer → create connection (the link) → delete consumer. */
function onboardingWorkflow() {
	const node = (name, type, typeVersion, position, parameters, extra = {}) => ({ id: crypto.randomUUID(), name, type, typeVersion, position, parameters, ...extra });
	const chift = (name, x, parameters) =>
		node(name, CHIFT, 1, [x, 0], parameters, { credentials: { chiftApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } } });
	const customer = { name: 'Friterie Margot', email: 'margot@friterie.example', reference: 'CRM-4711' };
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
		node('New customer', 'n8n-nodes-base.code', 2, [220, 0], { jsCode: `return [{ json: ${JSON.stringify(customer)} }];` }),
		chift('Create consumer', 440, {
			resource: 'consumer',
			operation: 'create',
			name: '={{ $json.name }}',
			additionalFields: { email: '={{ $json.email }}', internalReference: '={{ $json.reference }}' },
		}),
		chift('Create connection link', 660, {
			resource: 'connection',
			operation: 'create',
			consumerId: locator('={{ $json.consumerid }}'),
			additionalFields: { apis: ['Point of Sale'], country: 'BE' },
		}),
		chift('Delete consumer', 880, { resource: 'consumer', operation: 'delete', consumerId: locator("={{ $('Create consumer').item.json.consumerid }}") }),
	];
	const link = (target) => [[{ node: target, type: 'main', index: 0 }]];
	return {
		id: 'e2ePlatformOnb01',
		name: 'e2e onboarding',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			Start: { main: link('New customer') },
			'New customer': { main: link('Create consumer') },
			'Create consumer': { main: link('Create connection link') },
			'Create connection link': { main: link('Delete consumer') },
		},
		pinData: {},
	};
}

describe(`Chift (platform) in n8n ${DEFAULT_VERSION}`, () => {
	const workflow = onboardingWorkflow();
	const context = useN8nStack({
		credentials: [CREDENTIAL],
		workflows: [workflow],
	});

	test('create a consumer, read its connection link, delete it: each at its route, the consumer gone at the end', async () => {
		const before = context.emulator.data.consumers.length;
		const result = await executeAndRecord(context, workflow.id);
		expectSuccess(result);
		const [consumer] = outputItems(result.run, 'Create consumer').map((item) => item.json);
		expect(consumer).toMatchObject({ name: 'Friterie Margot', email: 'margot@friterie.example', internal_reference: 'CRM-4711', consumerid: expect.any(String) });
		const [link] = outputItems(result.run, 'Create connection link').map((item) => item.json);
		expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_emulator\/connect\/\w+$/);
		const [deleted] = outputItems(result.run, 'Delete consumer').map((item) => item.json);
		expect(deleted).toEqual({ deleted: true, consumerid: consumer.consumerid });

		const calls = result.requests.filter((r) => r.path !== '/token').map((r) => `${r.method} ${r.path} ${r.status}`);
		expect(calls).toEqual([
			'POST /consumers 200',
			`POST /consumers/${consumer.consumerid}/connections 200`,
			`DELETE /consumers/${consumer.consumerid} 204`,
		]);
		expect(result.requests.find((r) => r.method === 'POST' && r.path === '/consumers').body).toEqual({ name: 'Friterie Margot', email: 'margot@friterie.example', internal_reference: 'CRM-4711' });
		expect(context.emulator.data.consumers).toHaveLength(before);
	});

	test('every request n8n sent and every answer of the emulator follows Chift\'s OpenAPI document', () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
