'use strict';
/**
 * Chift Trigger (chiftTrigger): any event the account is offered, through n8n's webhook path
 * (emulator → served webhook). Registration with or without an integration, the signature, the
 * replay window, the consumer filter and the record an event names. Every exchange with the
 * emulator is checked against Chift's OpenAPI document when the stack stops.
 */
const path = require('path');

const { useTriggerStack, CONSUMERS } = require('./support');
const { findOperation } = require('./spec/openapi');

const dist = path.join(__dirname, '..', 'dist');
const { ChiftTrigger } = require(path.join(dist, 'nodes/ChiftTrigger/ChiftTrigger.node.js'));
const { ChiftPosTrigger } = require(path.join(dist, 'nodes/ChiftPosTrigger/ChiftPosTrigger.node.js'));
const { EVENT_RECORDS, apiOfEvent } = require(path.join(dist, 'nodes/shared/webhooks/records.js'));

const CREDENTIALS = { chiftApi: { id: 'chiftCred', name: 'Chift test' } };
const LIGHTSPEED = 1001;
const now = () => Math.floor(Date.now() / 1000);

describe('the node', () => {
	const { description } = new ChiftTrigger();
	const byName = Object.fromEntries(description.properties.map((p) => [p.name, p]));

	test('is a webhook trigger named as in the contract, with the same parameters as the POS trigger', () => {
		expect(description).toMatchObject({ name: 'chiftTrigger', displayName: 'Chift Trigger', inputs: [], group: ['trigger'] });
		expect(description.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST' })]);
		const pos = new ChiftPosTrigger().description.properties.map((p) => p.name);
		expect(Object.keys(byName)).toEqual(pos);
		expect(byName.event).toMatchObject({ default: 'account.connection.created', typeOptions: { loadOptionsMethod: 'getEvents' } });
		expect(byName.integrationId.typeOptions).toEqual({ loadOptionsMethod: 'getIntegrations', loadOptionsDependsOn: ['event'] });
		expect(byName.options.options.map((o) => [o.name, o.default])).toEqual([
			['connectionId', ''],
			['fetchFullRecord', false],
			['replayToleranceSeconds', 300],
		]);
	});

	test('the POS trigger keeps its parameters and defaults', () => {
		const { properties } = new ChiftPosTrigger().description;
		expect(properties.map((p) => [p.name, p.default])).toEqual([
			['event', 'pos.order.completed'],
			['consumers', 'one'],
			['consumerId', { mode: 'list', value: '' }],
			['integrationId', ''],
			['options', {}],
		]);
		expect(properties.find((p) => p.name === 'options').options.map((o) => [o.name, o.default])).toEqual([
			['connectionId', ''],
			['fetchFullOrder', false],
			['replayToleranceSeconds', 300],
		]);
	});

	test('each record an event can name is read through a GET route of Chift\'s document', () => {
		for (const record of EVENT_RECORDS) {
			const found = findOperation('GET', `/consumers/c1${record.path}r1`);
			expect({ prefix: record.prefix, found: Boolean(found) }).toEqual({ prefix: record.prefix, found: true });
		}
	});

	test('account events belong to no API; an API\'s events to the API the event list names', () => {
		expect(apiOfEvent('account.connection.created', 'Account')).toBeUndefined();
		expect(apiOfEvent('account.flow.executed', null)).toBeUndefined();
		expect(apiOfEvent('pos.order.completed', 'Point of Sale')).toBe('Point of Sale');
		expect(apiOfEvent('pos.order.completed', null)).toBe('Point of Sale');
		expect(apiOfEvent('invoicing.invoice.created', 'Invoicing')).toBe('Invoicing');
	});
});

describe('deliveries through n8n\'s webhook path', () => {
	const handle = useTriggerStack();
	const activeTrigger = (parameters) => handle.serve('chiftTrigger', parameters);
	const oneConsumer = (event, consumer = CONSUMERS.bistro, options = {}) => ({
		event,
		consumers: 'one',
		consumerId: { __rl: true, mode: 'id', value: consumer },
		options,
	});
	const registrations = () => [...handle.stack.emulator.webhooks.values()];

	test('the Event list is every event Chift offers the account, platform and API events', async () => {
		const events = await handle.stack.harness.loadOptions({ type: 'chiftTrigger', method: 'getEvents', credentials: CREDENTIALS });
		const values = events.map((e) => e.value);
		expect(values).toEqual(expect.arrayContaining(['pos.order.completed', 'account.connection.created', 'account.flow.executed', 'account.issue.created', 'account.datalayer.refresh_executed']));
		expect(events.find((e) => e.value === 'pos.order.completed').description).toBe('Point of Sale event, registered per integration');
		expect(events.find((e) => e.value === 'account.connection.created').description).toBe('Chift platform event');
	});

	test('a platform event is registered without an integration', async () => {
		await activeTrigger(oneConsumer('account.connection.created'));
		const [post] = handle.stack.emulator.requestsTo('POST', '/webhooks');
		expect(post.body).toEqual({ event: 'account.connection.created', url: handle.endpoint.url, signingsecret: expect.stringMatching(/^[0-9a-f]{64}$/) });
		expect(registrations()).toEqual([expect.objectContaining({ event: 'account.connection.created', integrationid: null, url: handle.endpoint.url })]);
		// A second activation finds it usable (integrationid null on Chift's side, none on ours).
		await handle.endpoint.activate();
		expect(handle.stack.emulator.requestsTo('POST', '/webhooks')).toHaveLength(1);
	});

	test('an API event is registered with the integration of the consumer\'s connection to that API, or the chosen one', async () => {
		await activeTrigger(oneConsumer('pos.order.completed'));
		expect(registrations()).toEqual([expect.objectContaining({ event: 'pos.order.completed', integrationid: LIGHTSPEED })]);
		await handle.endpoint.deactivate();
		expect(registrations()).toEqual([]);

		await activeTrigger({ event: 'pos.order.completed', consumers: 'all', integrationId: 1006, options: {} });
		expect(registrations()).toEqual([expect.objectContaining({ event: 'pos.order.completed', integrationid: 1006 })]);
	});

	test('an API event of a consumer without a connection to that API, or an event not offered, registers nothing and says why', async () => {
		await expect(activeTrigger(oneConsumer('pos.order.completed', CONSUMERS.bakery))).rejects.toThrow('This consumer has no active Point of Sale connection');
		await expect(activeTrigger(oneConsumer('account.sync.exploded'))).rejects.toThrow('Chift does not offer the event "account.sync.exploded" to this account');
		await expect(activeTrigger({ event: 'pos.order.completed', consumers: 'all', integrationId: '', options: {} })).rejects.toThrow(
			'Choose the Point of Sale integration to listen to',
		);
		expect(registrations()).toEqual([]);
	});

	test('a connection event starts one execution with its fields; unsigned or wrongly signed ones get 401', async () => {
		await activeTrigger(oneConsumer('account.connection.updated'));
		const [ok] = await handle.stack.emulator.deliver({ event: 'account.connection.updated', consumerId: CONSUMERS.bistro });
		const [unsigned] = await handle.stack.emulator.deliver({ event: 'account.connection.updated', consumerId: CONSUMERS.bistro, signature: 'none' });
		const [wrong] = await handle.stack.emulator.deliver({ event: 'account.connection.updated', consumerId: CONSUMERS.bistro, signature: 'wrong' });
		expect([ok.status, unsigned.status, wrong.status]).toEqual([200, 401, 401]);
		expect(JSON.parse(unsigned.body)).toEqual({ message: 'Invalid or missing X-Chift-Signature' });
		expect(handle.endpoint.executions).toHaveLength(1);
		expect(handle.endpoint.executions[0][0][0].json).toEqual({
			accountid: handle.stack.emulator.apiKey.accountId,
			event: 'account.connection.updated',
			consumerid: CONSUMERS.bistro,
			created: expect.any(Number),
			connectionid: 'c0a80101-0000-4000-8000-000000000001',
			status: 'active',
		});
	});

	test('a stale delivery gets 401; a repeat within the window is acknowledged and starts nothing', async () => {
		await activeTrigger(oneConsumer('account.flow.executed', CONSUMERS.bistro, { replayToleranceSeconds: 120 }));
		const fields = { created: now(), executionid: 'e1', parentexecutionid: 'p1' };
		const deliver = (extra = {}) => handle.stack.emulator.deliver({ event: 'account.flow.executed', consumerId: CONSUMERS.bistro, fields: { ...fields, ...extra } });
		const [first] = await deliver();
		const [repeat] = await deliver();
		const [old] = await deliver({ created: fields.created - 180 });
		const [future] = await deliver({ created: fields.created + 180 });
		expect([first.status, repeat.status, old.status, future.status]).toEqual([200, 200, 401, 401]);
		expect(JSON.parse(repeat.body)).toEqual({ received: true, ignored: expect.stringMatching(/^duplicate delivery [0-9a-f]{32}/) });
		expect(JSON.parse(old.body).message).toMatch(/^Delivery too old: created \d+ is 18\d s before now, more than the 120 s allowed/);
		expect(handle.endpoint.executions).toHaveLength(1);
		expect(Object.keys(handle.endpoint.staticData()['node:Chift Trigger'].deliveries)).toHaveLength(1);
	});

	test('One Consumer ignores the others\' events; All Consumers takes them all', async () => {
		await activeTrigger(oneConsumer('account.connection.created', CONSUMERS.cafe));
		const other = await handle.stack.emulator.createConnection(CONSUMERS.bakery);
		expect(other.deliveries.map((d) => [d.status, JSON.parse(d.body).ignored])).toEqual([[200, `consumer ${CONSUMERS.bakery} is not the one selected`]]);
		expect(handle.endpoint.executions).toHaveLength(0);
		await handle.endpoint.deactivate();

		await activeTrigger({ event: 'account.connection.created', consumers: 'all', integrationId: '', options: {} });
		expect(registrations()).toEqual([expect.objectContaining({ event: 'account.connection.created', integrationid: null })]);
		const { connection, deliveries } = await handle.stack.emulator.createConnection(CONSUMERS.cafe);
		expect(deliveries.map((d) => d.status)).toEqual([200]);
		expect(handle.endpoint.executions.map((run) => run[0][0].json)).toEqual([
			expect.objectContaining({ event: 'account.connection.created', consumerid: CONSUMERS.cafe, connectionid: connection.connectionid }),
		]);
	});

	test('the emulator\'s control route fires account.connection.created for a new connection', async () => {
		await activeTrigger({ event: 'account.connection.created', consumers: 'all', options: {} });
		const response = await fetch(`${handle.stack.emulator.url}/_emulator/connection-created/${CONSUMERS.bakery}`, { method: 'POST' });
		const answer = await response.json();
		expect(answer).toMatchObject({ integration: 'Lightspeed', deliveries: [{ url: handle.endpoint.url, status: 200 }] });
		expect(handle.endpoint.executions[0][0][0].json).toMatchObject({ consumerid: CONSUMERS.bakery, connectionid: answer.connectionid });
	});

	test('Fetch Full Record: a POS order event outputs the order, through the consumer\'s connection for All Consumers', async () => {
		await activeTrigger({ event: 'pos.order.completed', consumers: 'all', integrationId: LIGHTSPEED, options: { fetchFullRecord: true } });
		const { order, deliveries } = await handle.stack.emulator.completeOrder(CONSUMERS.market);
		expect(deliveries.map((d) => d.status)).toEqual([200]);
		const [item] = handle.endpoint.executions[0][0];
		expect(item.json).toMatchObject({ id: order.id, items: expect.any(Array), consumerid: CONSUMERS.market, event: 'pos.order.completed' });
		// Marché Couvert has two POS: the order is read from its Lightspeed connection.
		const reads = handle.stack.emulator.requestsTo('GET', new RegExp(`/pos/orders/${order.id}$`));
		expect(reads.map((r) => r.headers['x-chift-connectionid'])).toEqual(['c0a80101-0000-4000-8000-000000000005']);
	});

	test('Fetch Full Record: an order that cannot be read outputs the event with fullRecordError; an event naming no record is output as it is', async () => {
		await activeTrigger(oneConsumer('pos.order.completed', CONSUMERS.bistro, { fetchFullRecord: true }));
		await handle.stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-gone' } });
		expect(handle.endpoint.executions[0][0][0].json).toMatchObject({
			event: 'pos.order.completed',
			order_id: 'ord-gone',
			fullRecordError: { message: 'Order ord-gone not found' },
		});
		await handle.endpoint.deactivate();

		await activeTrigger(oneConsumer('account.connection.deleted', CONSUMERS.bistro, { fetchFullRecord: true }));
		const before = handle.stack.emulator.requests.length;
		await handle.stack.emulator.deliver({ event: 'account.connection.deleted', consumerId: CONSUMERS.bistro });
		expect(handle.endpoint.executions[0][0][0].json).toMatchObject({ event: 'account.connection.deleted', connectionid: expect.any(String) });
		expect(handle.stack.emulator.requests.slice(before)).toEqual([]); // nothing to fetch: no request to Chift
	});
});
