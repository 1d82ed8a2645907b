'use strict';
/** Chift POS Trigger: signature checking and delivery filtering (the webhook's decisions). */
const crypto = require('crypto');
const path = require('path');

const { isSignedByChift, reasonToIgnore, toleranceOf, createdOf, staleness, deliveryIdOf, rememberDelivery } = require(
	path.join(__dirname, '..', 'dist/nodes/shared/webhooks/delivery.js'),
);
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

describe('old and repeated deliveries', () => {
	const NOW = 1795900000;

	test('the tolerance is the option\'s seconds, 300 when unset or unreadable; 0 stays 0', () => {
		expect([undefined, null, '', 'soon', -1, NaN].map(toleranceOf)).toEqual([300, 300, 300, 300, 300, 300]);
		expect([0, 60, '120', 3600.5].map(toleranceOf)).toEqual([0, 60, 120, 3600.5]);
	});

	test('created is read as Unix seconds, from a number or a string of digits', () => {
		expect(createdOf({ created: NOW })).toBe(NOW);
		expect(createdOf({ created: String(NOW) })).toBe(NOW);
		expect([undefined, null, '', 'yesterday', '2026-12-01T10:00:00Z', -5, 0, {}].map((created) => createdOf({ created }))).toEqual(
			Array(8).fill(undefined),
		);
	});

	test('a delivery is fresh within the tolerance either side of now, and refused outside it or without created', () => {
		expect(staleness(NOW - 300, NOW, 300)).toBeUndefined();
		expect(staleness(NOW + 300, NOW, 300)).toBeUndefined();
		expect(staleness(NOW - 301, NOW, 300)).toBe(`Delivery too old: created ${NOW - 301} is 301 s before now, more than the 300 s allowed`);
		expect(staleness(NOW + 301, NOW, 300)).toMatch(/^Delivery from the future: created \d+ is 301 s after now, more than the 300 s allowed/);
		expect(staleness(undefined, NOW, 300)).toMatch(/^Delivery has no readable created/);
	});

	test('a tolerance of 0 accepts every age, and no created at all', () => {
		expect(staleness(NOW - 86400 * 365, NOW, 0)).toBeUndefined();
		expect(staleness(undefined, NOW, 0)).toBeUndefined();
	});

	test('a delivery is identified by its body, whatever the formatting of the bytes', () => {
		expect(deliveryIdOf(body)).toMatch(/^[0-9a-f]{32}$/);
		expect(deliveryIdOf(JSON.parse(JSON.stringify(body, null, 2)))).toBe(deliveryIdOf(body));
		expect(deliveryIdOf({ ...body, order_id: 'ord-2' })).not.toBe(deliveryIdOf(body));
	});

	test('the first delivery is new, its repeat a duplicate; the set is copied, not changed', () => {
		const first = rememberDelivery(undefined, 'a', NOW, NOW, 300);
		expect(first).toEqual({ duplicate: false, seen: { a: NOW } });
		const again = rememberDelivery(first.seen, 'a', NOW, NOW + 10, 300);
		expect(again).toEqual({ duplicate: true, seen: { a: NOW } });
		const other = rememberDelivery(again.seen, 'b', NOW + 5, NOW + 10, 300);
		expect(other).toEqual({ duplicate: false, seen: { a: NOW, b: NOW + 5 } });
		expect(again.seen).toEqual({ a: NOW });
	});

	test('deliveries older than the tolerance are forgotten (their repeat is refused as too old), and unreadable entries dropped', () => {
		const { seen } = rememberDelivery({ old: NOW - 301, edge: NOW - 300, junk: 'x', future: NOW + 100 }, 'new', NOW, NOW, 300);
		expect(seen).toEqual({ edge: NOW - 300, future: NOW + 100, new: NOW });
	});

	test('at most the cap is kept, the oldest dropped first', () => {
		let seen;
		for (let n = 0; n < 1005; n++) seen = rememberDelivery(seen, `d${n}`, NOW - 1005 + n, NOW, 3600).seen;
		expect(Object.keys(seen)).toHaveLength(1000);
		expect(seen.d4).toBeUndefined();
		expect(seen.d5).toBe(NOW - 1000);
		expect(Object.keys(rememberDelivery({ a: NOW - 2, b: NOW - 1 }, 'c', NOW, NOW, 300, 2).seen)).toEqual(['c', 'b']);
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

	test('Options → Replay Tolerance (Seconds): a number, 300 by default, not below 0', () => {
		const options = description.properties.find((p) => p.name === 'options').options;
		expect(options.map((o) => o.name)).toEqual(['connectionId', 'fetchFullOrder', 'replayToleranceSeconds']);
		expect(options.find((o) => o.name === 'replayToleranceSeconds')).toMatchObject({
			displayName: 'Replay Tolerance (Seconds)',
			type: 'number',
			default: 300,
			typeOptions: { minValue: 0 },
		});
	});
});

describe('deliveries through n8n\'s webhook path (emulator → served webhook)', () => {
	const { useTriggerStack, CONSUMERS } = require('./support');
	const handle = useTriggerStack();

	/** An active trigger for the bistro's orders, registered with the emulator by its own create(). */
	async function activeTrigger(options = {}) {
		const endpoint = await handle.serve('chiftPosTrigger', {
			event: 'pos.order.completed',
			consumers: 'one',
			consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro },
			options,
		});
		expect([...handle.stack.emulator.webhooks.values()].map((w) => w.url)).toEqual([endpoint.url]);
		return endpoint;
	}
	const now = () => Math.floor(Date.now() / 1000);
	const deliver = (fields) => handle.stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-1', device_id: 'till-1', ...fields } });

	test('a fresh signed delivery starts one execution with the event; unsigned or wrongly signed ones get 401', async () => {
		await activeTrigger();
		const [fresh] = await deliver({ order_id: 'ord-fresh' });
		expect(fresh.status).toBe(200);
		expect(handle.endpoint.executions).toHaveLength(1);
		expect(handle.endpoint.executions[0][0][0].json).toMatchObject({ event: 'pos.order.completed', consumerid: CONSUMERS.bistro, order_id: 'ord-fresh' });
		expect(handle.endpoint.executions[0][0][0].json.created).toBeGreaterThan(now() - 60); // the emulator stamps deliveries with the current time

		const [unsigned] = await handle.stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-x' }, signature: 'none' });
		const [wrong] = await handle.stack.emulator.deliver({ consumerId: CONSUMERS.bistro, fields: { order_id: 'ord-y' }, signature: 'wrong' });
		expect([unsigned.status, wrong.status]).toEqual([401, 401]);
		expect(handle.endpoint.executions).toHaveLength(1);
	});

	test('a validly signed delivery created 10 minutes ago gets 401 saying why, and starts nothing', async () => {
		await activeTrigger();
		const [old] = await deliver({ created: now() - 600 });
		expect(old.status).toBe(401);
		expect(JSON.parse(old.body).message).toMatch(/^Delivery too old: created \d+ is 60\d s before now, more than the 300 s allowed/);
		expect(handle.endpoint.executions).toHaveLength(0);
	});

	test('a delivery created too far in the future (clock skew beyond the tolerance) gets 401', async () => {
		await activeTrigger({ replayToleranceSeconds: 60 });
		const [future] = await deliver({ created: now() + 120 });
		expect(future.status).toBe(401);
		expect(JSON.parse(future.body).message).toMatch(/^Delivery from the future: created \d+ is 1[12]\d s after now, more than the 60 s allowed/);
		expect(handle.endpoint.executions).toHaveLength(0);
	});

	test('a signed delivery without a readable created gets 401 while the check is on', async () => {
		await activeTrigger();
		const [missing] = await deliver({ created: undefined });
		const [text] = await deliver({ created: 'yesterday' });
		expect([missing.status, text.status]).toEqual([401, 401]);
		expect(JSON.parse(missing.body).message).toMatch(/^Delivery has no readable created/);
		expect(handle.endpoint.executions).toHaveLength(0);
	});

	test('the same delivery twice starts one execution; the second is acknowledged as a duplicate', async () => {
		await activeTrigger();
		const created = now() - 5;
		const [first] = await deliver({ created });
		const [second] = await deliver({ created });
		expect([first.status, second.status]).toEqual([200, 200]);
		expect(JSON.parse(second.body)).toEqual({ received: true, ignored: expect.stringMatching(/^duplicate delivery [0-9a-f]{32}/) });
		expect(handle.endpoint.executions).toHaveLength(1);
		// Another event (another order, same second) is no duplicate.
		const [other] = await deliver({ created, order_id: 'ord-2' });
		expect(other.status).toBe(200);
		expect(handle.endpoint.executions).toHaveLength(2);
	});

	test('the deliveries seen are saved in the node\'s static data, beside the registration', async () => {
		await activeTrigger();
		await deliver({ created: now() });
		const saved = handle.endpoint.staticData()['node:Chift POS Trigger'];
		expect(saved).toMatchObject({ webhookId: expect.any(String), signingSecret: expect.any(String) });
		expect(Object.keys(saved.deliveries)).toHaveLength(1);
	});

	test('Replay Tolerance 0 turns the check off: an old delivery, and its repeat, start the workflow', async () => {
		await activeTrigger({ replayToleranceSeconds: 0 });
		const created = now() - 3600;
		const [old] = await deliver({ created });
		const [again] = await deliver({ created });
		const [none] = await deliver({ created: undefined, order_id: 'ord-3' });
		expect([old.status, again.status, none.status]).toEqual([200, 200, 200]);
		expect(handle.endpoint.executions).toHaveLength(3);
	});
});
