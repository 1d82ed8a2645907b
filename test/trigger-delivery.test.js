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
