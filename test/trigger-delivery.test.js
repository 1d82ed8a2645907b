'use strict';
/** Chift POS Trigger: signature checking and delivery filtering (the webhook's decisions). */
const crypto = require('crypto');
const path = require('path');

const { isSignedByChift, reasonToIgnore } = require(path.join(__dirname, '..', 'dist/nodes/ChiftPosTrigger/delivery.js'));
const { ChiftPosTrigger } = require(path.join(__dirname, '..', 'dist/nodes/ChiftPosTrigger/ChiftPosTrigger.node.js'));

const secret = 'b3f1c0de'.repeat(8);
const body = { accountid: 'acc', event: 'pos.order.completed', consumerid: 'consumer-1', created: 1795900000, order_id: 'ord-1' };
const compact = JSON.stringify(body);
const sign = (payload, key = secret) => crypto.createHmac('sha256', key).update(payload).digest('hex');

describe('X-Chift-Signature', () => {
	test('the HMAC-SHA256 of the compact JSON body with the signing secret is accepted', () => {
		expect(isSignedByChift(sign(compact), secret, undefined, body)).toBe(true);
	});

	test('the HMAC of the raw bytes as sent is accepted too, in any case and with a sha256= prefix', () => {
		const raw = Buffer.from(JSON.stringify(body, null, 2));
		expect(isSignedByChift(sign(raw), secret, raw, body)).toBe(true);
		expect(isSignedByChift(`sha256=${sign(raw).toUpperCase()}`, secret, raw, body)).toBe(true);
	});

	test.each([
		['missing signature', undefined],
		['empty signature', ''],
		['signature made with another secret', sign(compact, 'another-secret')],
		['signature of another body', sign(JSON.stringify({ ...body, order_id: 'ord-2' }))],
		['truncated signature', sign(compact).slice(0, 40)],
		['signature that is not a string', ['a', 'b']],
	])('a %s is refused', (_, signature) => {
		expect(isSignedByChift(signature, secret, Buffer.from(compact), body)).toBe(false);
	});

	test('without a signing secret nothing is accepted', () => {
		expect(isSignedByChift(sign(compact, ''), '', Buffer.from(compact), body)).toBe(false);
	});
});

describe('which deliveries start the workflow', () => {
	test('the chosen event of the chosen consumer starts it', () => {
		expect(reasonToIgnore(body, { event: 'pos.order.completed', consumerId: 'consumer-1' })).toBeUndefined();
	});

	test('another consumer is ignored, unless all consumers are wanted', () => {
		expect(reasonToIgnore({ ...body, consumerid: 'consumer-2' }, { event: 'pos.order.completed', consumerId: 'consumer-1' })).toBe(
			'consumer consumer-2 is not the one selected',
		);
		expect(reasonToIgnore({ ...body, consumerid: 'consumer-2' }, { event: 'pos.order.completed' })).toBeUndefined();
	});

	test('another event is ignored', () => {
		expect(reasonToIgnore({ ...body, event: 'account.connection.updated' }, { event: 'pos.order.completed' })).toBe(
			'event account.connection.updated is not pos.order.completed',
		);
	});
});

describe('the trigger node', () => {
	const { description } = new ChiftPosTrigger();

	test('is a webhook trigger with the contract name, no input and no tool variant', () => {
		expect(description.name).toBe('chiftPosTrigger');
		expect(description.displayName).toBe('Chift POS Trigger');
		expect(description.inputs).toEqual([]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST' })]);
	});

	test('listens to pos.order.completed by default, for one consumer', () => {
		const byName = Object.fromEntries(description.properties.map((p) => [p.name, p]));
		expect(byName.event.default).toBe('pos.order.completed');
		expect(byName.consumers.default).toBe('one');
		expect(byName.consumerId.type).toBe('resourceLocator');
	});
});

describe('deliveries through n8n\'s webhook path (emulator → served webhook)', () => {
	const { startStack, CONSUMERS } = require('./support');
	const CREDENTIALS = { chiftApi: { id: 'chiftCred', name: 'Chift test' } };
	let stack;
	let endpoint;

	/** An active trigger for the bistro's orders, registered with the emulator by its own create(). */
	async function activeTrigger(options = {}) {
		endpoint = await stack.harness.serveWebhook({
			type: 'chiftPosTrigger',
			credentials: CREDENTIALS,
			parameters: { event: 'pos.order.completed', consumers: 'one', consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro }, options },
		});
		await endpoint.activate();
		expect([...stack.emulator.webhooks.values()].map((w) => w.url)).toEqual([endpoint.url]);
		return endpoint;
	}
	const now = () => Math.floor(Date.now() / 1000);
	const deliver = (fields) => stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-1', device_id: 'till-1', ...fields } });

	beforeEach(async () => {
		stack = await startStack();
	});
	afterEach(async () => {
		await endpoint?.close();
		endpoint = undefined;
		await stack.stop();
	});

	test('a fresh signed delivery starts one execution with the event; unsigned or wrongly signed ones get 401', async () => {
		await activeTrigger();
		const [fresh] = await deliver({ order_id: 'ord-fresh' });
		expect(fresh.status).toBe(200);
		expect(endpoint.executions).toHaveLength(1);
		expect(endpoint.executions[0][0][0].json).toMatchObject({ event: 'pos.order.completed', consumerid: CONSUMERS.bistro, order_id: 'ord-fresh' });
		expect(endpoint.executions[0][0][0].json.created).toBeGreaterThan(now() - 60); // the emulator stamps deliveries with the current time

		const [unsigned] = await stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-x' }, signature: 'none' });
		const [wrong] = await stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-y' }, signature: 'wrong' });
		expect([unsigned.status, wrong.status]).toEqual([401, 401]);
		expect(endpoint.executions).toHaveLength(1);
	});
});
