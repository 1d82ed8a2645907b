'use strict';
/**
 * A client with a deadline (what the trigger's Fetch Full Order uses while Chift waits for the
 * delivery's answer) ends within it, whatever is slow: the token exchange, the POS, or a wait
 * before a retry. Run through n8n's engine with a probe node that uses the shipped client.
 */
const path = require('path');

const { startStack, CONSUMERS } = require('./support');

const dist = path.join(__dirname, '..', 'dist');
const { ChiftClient } = require(path.join(dist, 'nodes/shared/transport/ChiftClient.js'));
const { FETCH_SETTINGS } = require(path.join(dist, 'nodes/ChiftPosTrigger/ChiftPosTrigger.node.js'));

const DEADLINE_MS = 400;

/** Gets one order with the trigger's settings but a short deadline; outputs the order or the error. */
class DeadlineProbe {
	description = {
		displayName: 'Deadline Probe',
		name: 'deadlineProbe',
		group: ['transform'],
		version: 1,
		description: 'Test only',
		defaults: { name: 'Deadline Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'chiftApi', required: true }],
		properties: [],
	};

	async execute() {
		const client = await ChiftClient.create(this, { ...FETCH_SETTINGS, deadlineMs: DEADLINE_MS });
		const orderId = this.getInputData()[0].json.orderId;
		try {
			const order = await client.consumerCall(CONSUMERS.bistro, { method: 'GET', path: `/pos/orders/${orderId}`, action: 'Get the completed order' });
			return [[{ json: { order } }]];
		} catch (error) {
			return [[{ json: { error: error.message, description: error.description } }]];
		}
	}
}

let stack;
afterEach(async () => {
	await stack?.stop();
	stack = undefined;
});

async function probe(emulatorOptions, prepare = () => undefined) {
	stack = await startStack(emulatorOptions, { nodeTypes: { deadlineProbe: new DeadlineProbe() } });
	prepare(stack);
	const orderId = stack.emulator.data.pos[CONSUMERS.bistro].orders[0].id;
	const result = await stack.harness.runNode({
		type: 'deadlineProbe',
		credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		items: [{ json: { orderId } }],
	});
	return { orderId, output: result.main[0][0].json };
}

test('the trigger allows 10 s for the whole fetch', () => {
	expect(FETCH_SETTINGS.deadlineMs).toBe(10_000);
});

test('without anything slow, the order comes back', async () => {
	const { orderId, output } = await probe();
	expect(output.order.id).toBe(orderId);
});

test('a slow token exchange does not hold the answer: it ends at the deadline, the exchange still running', async () => {
	const { output } = await probe({ faults: { tokenDelayMs: 3_000 } });
	expect(output.error).toBe(`Chift did not answer "Get the completed order" within ${DEADLINE_MS / 1000} s, the time allowed for it`);
	// Answered while Chift had not yet answered POST /token (the status is set when it answers).
	expect(stack.tokenRequests().map((request) => request.status)).toEqual([0]);
});

test('a slow POS ends at the deadline, with one attempt', async () => {
	const { output } = await probe({ faults: { latencyMs: 3_000 } });
	expect(output.error).toMatch(/^Chift did not answer "Get the completed order" within 0.4 s/);
	expect(stack.emulator.requestsTo('GET', /\/pos\/orders\//)).toHaveLength(1);
});

test('a retry whose wait would pass the deadline is not waited for: the failure is the answer', async () => {
	const { output } = await probe({}, (s) =>
		s.emulator.inject({ method: 'GET', path: /\/pos\/orders\//, status: 503, body: { status: 'error', message: 'POS busy', error_code: 'ERROR_X', detail: '' }, headers: { 'retry-after': '1' } }),
	);
	expect(output.error).toBe('POS busy');
	expect(stack.emulator.requestsTo('GET', /\/pos\/orders\//)).toHaveLength(1);
});
