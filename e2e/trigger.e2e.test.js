'use strict';
/**
 * Chift POS Trigger in a real n8n 2.8.4 (`n8n start`): activating the workflow registers the webhook
 * with the emulator; a signed pos.order.completed delivery starts one execution with the full order;
 * unsigned, wrongly signed and other consumers' deliveries start none, nor do old ones or repeats
 * (the seen deliveries live in the static data n8n saves after each call); deactivating deletes the
 * registration; "Listen for test event" does the same on the test URL. Then the Chift Trigger
 * (chiftTrigger): a platform event (account.connection.created) and a POS event with its full
 * order, signed deliveries run, unsigned and stale ones get 401. Needs a built package
 * (npm run build).
 */
const path = require('node:path');

const { startChiftEmulator } = require('../test/emulator/chift-emulator');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { assertFollowsSpec } = require('../test/spec/openapi');
const { createN8nInstance, packPackage } = require('./lib/n8n-runner');

jest.setTimeout(10 * 60 * 1000);

const REPO_DIR = path.resolve(__dirname, '..');
const OWNER = { email: 'trigger@example.com', password: 'TriggerTest2026', firstName: 'Trigger', lastName: 'Test' };
const BROWSER_ID = 'n8n-nodes-chift-e2e';

let emulator;
let n8n;
let server;
let cookie;
let apiKey;
let workflowId;
let allConsumersWorkflowId;
let connectionWorkflowId;
let orderWorkflowId;

async function rest(method, route, body) {
	const response = await fetch(`${server.url}/rest${route}`, {
		method,
		headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID, ...(cookie ? { cookie } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} /rest${route} answered ${response.status}: ${text.slice(0, 500)}`);
	if (!cookie) cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] || undefined;
	return text ? JSON.parse(text).data : undefined;
}

async function executions(id = workflowId) {
	const response = await fetch(`${server.url}/api/v1/executions?workflowId=${id}&includeData=true`, {
		headers: { 'X-N8N-API-KEY': apiKey },
	});
	if (!response.ok) throw new Error(`GET /api/v1/executions answered ${response.status}: ${await response.text()}`);
	return (await response.json()).data;
}

async function eventually(check, what, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

const triggerWorkflow = ({ id = 'chiftTriggerE2E01', webhookId = '6f0e9d8c-7b6a-4594-8382-716f5e4d3c2b', parameters, node = 'Chift POS Trigger', type = 'chiftPosTrigger' } = {}) => ({
	id,
	name: `${node} (${id})`,
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: '0b1c2d3e-0000-4000-8000-00000000000a',
			name: node,
			type: `n8n-nodes-chift.${type}`,
			typeVersion: 1,
			position: [0, 0],
			webhookId,
			credentials: { chiftApi: { id: 'chiftTriggerCred', name: 'Chift (emulator)' } },
			parameters: parameters ?? {
				event: 'pos.order.completed',
				consumers: 'one',
				consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro },
				options: { fetchFullOrder: true },
			},
		},
	],
	connections: {},
});

beforeAll(async () => {
	emulator = await startChiftEmulator();
	n8n = await createN8nInstance({ packageTarball: packPackage(REPO_DIR) });
	await n8n.importCredentials([
		{
			id: 'chiftTriggerCred',
			name: 'Chift (emulator)',
			type: 'chiftApi',
			data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url },
		},
	]);
	workflowId = await n8n.importWorkflow(triggerWorkflow());
	allConsumersWorkflowId = await n8n.importWorkflow(
		triggerWorkflow({
			id: 'chiftTriggerE2E02',
			webhookId: '7a1f0e9d-8c7b-4a59-8382-716f5e4d3c2c',
			parameters: { event: 'pos.order.completed', consumers: 'all', integrationId: 1001, options: { fetchFullOrder: true } },
		}),
	);
	// Chift Trigger: a platform event for every consumer, and a POS event of one consumer with its order.
	connectionWorkflowId = await n8n.importWorkflow(
		triggerWorkflow({
			id: 'chiftTriggerE2E03',
			webhookId: '8b2a1f0e-9d8c-4b6a-8594-716f5e4d3c2d',
			node: 'Chift Trigger',
			type: 'chiftTrigger',
			parameters: { event: 'account.connection.created', consumers: 'all', options: {} },
		}),
	);
	orderWorkflowId = await n8n.importWorkflow(
		triggerWorkflow({
			id: 'chiftTriggerE2E04',
			webhookId: '9c3b2a1f-0e9d-4c7b-8a59-716f5e4d3c2e',
			node: 'Chift Trigger',
			type: 'chiftTrigger',
			parameters: {
				event: 'pos.order.completed',
				consumers: 'one',
				consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro },
				options: { fetchFullRecord: true },
			},
		}),
	);
	server = await n8n.start();
	await rest('POST', '/owner/setup', OWNER);
	const key = await rest('POST', '/api-keys', {
		label: 'e2e',
		expiresAt: null,
		scopes: ['workflow:read', 'workflow:list', 'execution:read', 'execution:list'],
	});
	apiKey = key.rawApiKey;
});

afterAll(async () => {
	await n8n?.cleanup();
	await emulator?.close();
});

test('activating the workflow registers the webhook for the consumer POS integration, once even when an answer is lost', async () => {
	// Chift registers the webhook but its answer is lost: the retry registers it again, and the
	// node removes the twin (both would start the workflow for every order).
	const lost = emulator.inject({ method: 'POST', path: '/webhooks', status: 502, body: { status: 'error', message: 'Bad gateway' }, afterRoute: true });
	const workflow = await rest('GET', `/workflows/${workflowId}`);
	await rest('POST', `/workflows/${workflowId}/activate`, { versionId: workflow.versionId });
	expect(lost.used).toBe(1);
	expect(emulator.requestsTo('POST', '/webhooks')).toHaveLength(2);
	const [registration] = await eventually(() => emulator.webhooks.size === 1 && [...emulator.webhooks.values()], 'one registration');
	expect(registration).toMatchObject({
		event: 'pos.order.completed',
		integrationid: 1001,
		url: `${server.url}/webhook/6f0e9d8c-7b6a-4594-8382-716f5e4d3c2b/webhook`,
		status: 'active',
	});
	expect(registration.signingsecret).toMatch(/^[0-9a-f]{64}$/);
});

test('a signed delivery starts one execution with the full order; unsigned ones start none', async () => {
	const { order, deliveries } = await emulator.completeOrder(CONSUMERS.bistro);
	expect(deliveries.map((d) => d.status)).toEqual([200]);

	const unsigned = await emulator.completeOrder(CONSUMERS.bistro, { signature: 'none' });
	const wrong = await emulator.completeOrder(CONSUMERS.bistro, { signature: 'wrong' });
	expect(unsigned.deliveries.map((d) => d.status)).toEqual([401]);
	expect(wrong.deliveries.map((d) => d.status)).toEqual([401]);

	// Another consumer on the same POS: delivered (webhooks are per account), but filtered out.
	const other = await emulator.completeOrder(CONSUMERS.market);
	expect(other.deliveries.map((d) => d.status)).toEqual([200]);

	const runs = await eventually(async () => {
		const list = await executions();
		return list.length >= 1 && list.every((e) => e.finished || e.status === 'success') ? list : undefined;
	}, 'the execution');
	await new Promise((resolve) => setTimeout(resolve, 1500));
	const all = await executions();
	expect(all).toHaveLength(1);
	expect(runs[0].status).toBe('success');
	const output = all[0].data.resultData.runData['Chift POS Trigger'][0].data.main[0];
	expect(output).toHaveLength(1);
	expect(output[0].json).toMatchObject({ consumerid: CONSUMERS.bistro, id: order.id, order_number: order.order_number, items: expect.any(Array) });
	expect(emulator.requestsTo('GET', new RegExp(`/pos/orders/${order.id}$`))).toHaveLength(1);
});

test('an order that cannot be read still starts the workflow, with the event and fullOrderError', async () => {
	const before = (await executions()).length;
	const deliveries = await emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-gone', device_id: 'till-1' } });
	expect(deliveries.map((d) => d.status)).toEqual([200]);
	const run = await eventually(async () => {
		const list = await executions();
		return list.length > before && list.every((e) => e.finished || e.status === 'success') ? list[0] : undefined;
	}, 'the execution');
	expect(run.status).toBe('success');
	const [item] = run.data.resultData.runData['Chift POS Trigger'][0].data.main[0];
	expect(item.json).toMatchObject({
		event: 'pos.order.completed',
		consumerid: CONSUMERS.bistro,
		order_id: 'ord-gone',
		fullOrderError: { message: expect.stringContaining('Order ord-gone not found') },
	});
	expect(JSON.stringify(item.json)).not.toMatch(/Bearer|client-secret/);
});

test('an old signed delivery gets 401 and a repeated one is acknowledged; neither starts an execution', async () => {
	const before = (await executions()).length;
	const [order] = emulator.data.pos[CONSUMERS.bistro].orders;
	const fields = { order_id: order.id, device_id: order.device_id, created: Math.floor(Date.now() / 1000) };
	const [first] = await emulator.deliver({ consumerId: CONSUMERS.bistro, fields });
	const [repeat] = await emulator.deliver({ consumerId: CONSUMERS.bistro, fields });
	const [old] = await emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { ...fields, created: fields.created - 600 } });
	expect([first.status, repeat.status, old.status]).toEqual([200, 200, 401]);
	expect(JSON.parse(repeat.body)).toEqual({ received: true, ignored: expect.stringMatching(/^duplicate delivery /) });
	expect(JSON.parse(old.body).message).toMatch(/^Delivery too old: created \d+ is 60\d s before now/);

	await eventually(async () => {
		const list = await executions();
		return list.length > before && list.every((e) => e.finished || e.status === 'success');
	}, 'the execution');
	await new Promise((resolve) => setTimeout(resolve, 1500));
	expect(await executions()).toHaveLength(before + 1);
});

test('deactivating the workflow deletes the registration', async () => {
	const deletes = emulator.requestsTo('DELETE', /^\/webhooks\//).length;
	await rest('POST', `/workflows/${workflowId}/deactivate`, {});
	await eventually(() => emulator.webhooks.size === 0, 'the registration to be deleted');
	expect(emulator.requestsTo('DELETE', /^\/webhooks\//)).toHaveLength(deletes + 1);
});

test('"Listen for test event" registers the test URL; one delivery runs the workflow, then the registration goes', async () => {
	const workflow = await rest('GET', `/workflows/${workflowId}`);
	const listening = await rest('POST', `/workflows/${workflowId}/run`, {
		workflowData: workflow,
		triggerToStartFrom: { name: 'Chift POS Trigger' },
	});
	expect(listening).toEqual({ waitingForWebhook: true });
	const [registration] = await eventually(() => emulator.webhooks.size === 1 && [...emulator.webhooks.values()], 'the test registration');
	expect(registration.url).toBe(`${server.url}/webhook-test/6f0e9d8c-7b6a-4594-8382-716f5e4d3c2b/webhook`);

	const { order, deliveries } = await emulator.completeOrder(CONSUMERS.bistro);
	expect(deliveries.map((d) => d.status)).toEqual([200]);
	// n8n stops listening after one test event, which deletes the registration.
	await eventually(() => emulator.webhooks.size === 0, 'the test registration to be deleted');
	const manual = await eventually(async () => {
		const list = await executions();
		return list.find((execution) => execution.mode === 'manual' && execution.finished);
	}, 'the test execution');
	expect(manual.data.resultData.runData['Chift POS Trigger'][0].data.main[0][0].json).toMatchObject({ id: order.id });
});

test('All Consumers of a POS: an order of a consumer with two POS is fetched through the right connection', async () => {
	const allId = allConsumersWorkflowId;
	const workflow = await rest('GET', `/workflows/${allId}`);
	await rest('POST', `/workflows/${allId}/activate`, { versionId: workflow.versionId });
	await eventually(() => [...emulator.webhooks.values()].some((w) => w.url.includes('7a1f0e9d')), 'the All Consumers registration');

	// Marché Couvert has Lightspeed (1001) and Square: the order is read from its Lightspeed connection.
	const { order, deliveries } = await emulator.completeOrder(CONSUMERS.market);
	expect(deliveries.map((d) => d.status)).toEqual([200]);
	const run = await eventually(async () => (await executions(allId)).find((e) => e.finished), 'the execution');
	const [item] = run.data.resultData.runData['Chift POS Trigger'][0].data.main[0];
	expect(item.json).toMatchObject({ consumerid: CONSUMERS.market, event: 'pos.order.completed', id: order.id, items: expect.any(Array) });
	expect(item.json.fullOrderError).toBeUndefined();
	const fetch = emulator.requestsTo('GET', new RegExp(`/pos/orders/${order.id}$`));
	expect(fetch.map((request) => request.headers['x-chift-connectionid'])).toEqual(['c0a80101-0000-4000-8000-000000000005']);

	await rest('POST', `/workflows/${allId}/deactivate`, {});
	await eventually(() => emulator.webhooks.size === 0, 'the registration to be deleted');
});

describe('Chift Trigger', () => {
	const registrationOf = (webhookId) => [...emulator.webhooks.values()].find((w) => w.url.includes(webhookId));
	const finished = async (id, count) => {
		const list = await eventually(async () => {
			const runs = await executions(id);
			return runs.length >= count && runs.every((e) => e.finished || e.status === 'success') ? runs : undefined;
		}, `${count} execution(s) of ${id}`);
		await new Promise((resolve) => setTimeout(resolve, 1500)); // nothing more comes
		const all = await executions(id);
		expect(all).toHaveLength(count);
		return list;
	};

	test('activating registers a platform event without an integration, and a POS event with the consumer\'s POS integration', async () => {
		for (const id of [connectionWorkflowId, orderWorkflowId]) {
			const workflow = await rest('GET', `/workflows/${id}`);
			await rest('POST', `/workflows/${id}/activate`, { versionId: workflow.versionId });
		}
		await eventually(() => emulator.webhooks.size === 2, 'two registrations');
		expect(registrationOf('8b2a1f0e')).toMatchObject({ event: 'account.connection.created', integrationid: null, status: 'active' });
		expect(registrationOf('9c3b2a1f')).toMatchObject({ event: 'pos.order.completed', integrationid: 1001, status: 'active' });
		const [post] = emulator.requestsTo('POST', '/webhooks').filter((r) => r.body.event === 'account.connection.created');
		expect(Object.keys(post.body).sort()).toEqual(['event', 'signingsecret', 'url']);
	});

	test('a new connection starts one execution with the connection; unsigned and stale deliveries get 401', async () => {
		const { connection, deliveries } = await emulator.createConnection(CONSUMERS.bakery);
		expect(deliveries.map((d) => d.status)).toEqual([200]);
		const fields = { connectionid: connection.connectionid };
		const [unsigned] = await emulator.deliver({ event: 'account.connection.created', consumerId: CONSUMERS.bakery, fields, signature: 'none' });
		const [stale] = await emulator.deliver({
			event: 'account.connection.created',
			consumerId: CONSUMERS.bakery,
			fields: { ...fields, created: Math.floor(Date.now() / 1000) - 600 },
		});
		expect([unsigned.status, stale.status]).toEqual([401, 401]);
		expect(JSON.parse(unsigned.body).message).toBe('Invalid or missing X-Chift-Signature');
		expect(JSON.parse(stale.body).message).toMatch(/^Delivery too old: created \d+ is 60\d s before now, more than the 300 s allowed/);

		const [run] = await finished(connectionWorkflowId, 1);
		expect(run.status).toBe('success');
		const [item] = run.data.resultData.runData['Chift Trigger'][0].data.main[0];
		expect(item.json).toEqual({
			accountid: emulator.apiKey.accountId,
			event: 'account.connection.created',
			consumerid: CONSUMERS.bakery,
			created: expect.any(Number),
			connectionid: connection.connectionid,
		});
	});

	test('a completed POS order starts one execution with the full order; unsigned and stale deliveries get 401', async () => {
		const { order, deliveries } = await emulator.completeOrder(CONSUMERS.bistro);
		// Both the POS trigger's workflows are inactive now: only the Chift Trigger's registration gets it.
		expect(deliveries.map((d) => [d.url.includes('9c3b2a1f'), d.status])).toEqual([[true, 200]]);
		const unsigned = await emulator.completeOrder(CONSUMERS.bistro, { signature: 'wrong' });
		const [stale] = await emulator.deliver({
			consumerId: CONSUMERS.bistro,
			fields: { order_id: order.id, device_id: order.device_id, created: Math.floor(Date.now() / 1000) - 600 },
		});
		expect([unsigned.deliveries[0].status, stale.status]).toEqual([401, 401]);

		const [run] = await finished(orderWorkflowId, 1);
		const [item] = run.data.resultData.runData['Chift Trigger'][0].data.main[0];
		expect(item.json).toMatchObject({ id: order.id, order_number: order.order_number, items: expect.any(Array), consumerid: CONSUMERS.bistro, event: 'pos.order.completed' });
	});

	test('deactivating deletes both registrations', async () => {
		for (const id of [connectionWorkflowId, orderWorkflowId]) await rest('POST', `/workflows/${id}/deactivate`, {});
		await eventually(() => emulator.webhooks.size === 0, 'the registrations to be deleted');
	});
});

test('every request n8n sent and every answer of the emulator follows Chift\'s OpenAPI document', () => {
	// Last in the file: it checks the exchanges of every test above.
	expect(emulator.requests.length).toBeGreaterThan(0);
	assertFollowsSpec(emulator.requests);
});
