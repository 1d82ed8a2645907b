'use strict';
/**
 * Chift POS as an AI agent's tool, through n8n's engine: the tool variant is the node under the
 * type name n8n gives it (`chiftPosTool`, which is what `@tool` display options and the node read).
 * A bad call comes back as a result the model can act on; reads are simplified; the description
 * says what the tool does, needs and returns. The real agent runs in e2e/agent.e2e.test.js.
 */
const { NodeOperationError } = require('n8n-workflow');

const { startStack, locator, CONSUMERS, ChiftPos } = require('./support');

/** The tool variant as n8n makes it (n8n/dist/tool-generation/ai-tools.js): same node, name + "Tool". */
function toolVariant() {
	const node = new ChiftPos();
	node.description = { ...node.description, name: 'chiftPosTool', displayName: 'Chift POS Tool', inputs: [], outputs: ['ai_tool'] };
	delete node.description.usableAsTool;
	return node;
}

let stack;
beforeAll(async () => {
	stack = await startStack({}, { nodeTypes: { chiftPosTool: toolVariant() } });
});
afterAll(async () => {
	await stack.stop();
});
beforeEach(() => stack.emulator.reset());

const asTool = (parameters, options = {}) =>
	stack.run(parameters, [{ json: { toolCallId: 'call_1' } }], { type: 'chiftPosTool', ...options });
const create = (extra = {}) => ({ resource: 'customer', operation: 'create', firstName: 'Ada', lastName: 'Lovelace', ...extra });

describe('a bad call comes back to the model as the tool result, nothing sent', () => {
	test('an empty last name names the field and the fix, without "[item 0]"', async () => {
		const result = await asTool(create({ lastName: '={{ "" }}' }));
		expect(result.status).toBe('success');
		expect(result.main[0].map((item) => item.json)).toEqual([
			{ error: 'Last Name is empty', field: 'Last Name', fix: 'Enter a Last Name: Chift requires it.', outcome: 'Nothing was sent to Chift. Correct the call and try again.' },
		]);
		expect(stack.customerPosts()).toHaveLength(0);
	});

	test('a country name gets the hint "Use FR for France."', async () => {
		const result = await asTool(create({ address: { name: 'home', city: 'Paris', postalCode: '75001', country: 'France' } }));
		expect(result.main[0][0].json).toMatchObject({ field: 'Country', fix: 'Use FR for France.' });
		expect(result.main[0][0].json.error).toBe('Country "France" is not a two-letter ISO 3166-1 country code');
		expect(stack.customerPosts()).toHaveLength(0);
	});

	test("Chift's refusal comes back too, saying nothing was changed", async () => {
		const result = await asTool(create({ consumerId: locator(CONSUMERS.cafe) }));
		expect(result.main[0][0].json).toMatchObject({
			error: 'Zelty does not support "Create a customer" through Chift',
			outcome: 'Chift refused it; nothing was changed.',
		});
		expect(result.main[0][0].json.fix).toMatch(/use another operation/);
	});

	test('the corrected call then creates the customer', async () => {
		const result = await asTool(create());
		expect(result.main[0][0].json).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
		expect(stack.customerPosts()).toHaveLength(1);
	});

	test('with On Error set to Stop Workflow, the tool stops the run as n8n does', async () => {
		const result = await asTool(create({ lastName: '={{ "" }}' }), { onError: 'stopWorkflow' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
	});

	test('outside an agent nothing changes: the node stops the run', async () => {
		const result = await stack.run(create({ lastName: '={{ "" }}' }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Last Name is empty [item 0]');
	});
});

describe('Simplify', () => {
	const orders = { resource: 'order', operation: 'getAll', limit: 50 };

	test('is on by default for the tool: 50 orders stay small', async () => {
		const result = await asTool(orders);
		const records = result.main[0].map((item) => item.json);
		expect(records).toHaveLength(50);
		expect(Object.keys(records[0])).toEqual(expect.arrayContaining(['id', 'total', 'closing_date', 'location_id']));
		expect(records[0].items).toBeUndefined();
		expect(JSON.stringify(records).length).toBeLessThan(20_000);
	});

	test('is off by default for the node (saved workflows keep whole records), and can be turned on', async () => {
		const whole = await stack.run(orders);
		expect(whole.main[0][0].json.items).toEqual(expect.any(Array));
		const simple = await stack.run({ ...orders, simplify: true });
		expect(simple.main[0][0].json.items).toBeUndefined();
		expect(simple.main[0][0].json.id).toBe(whole.main[0][0].json.id);
		expect(JSON.stringify(simple.main[0].map((item) => item.json)).length * 3).toBeLessThan(JSON.stringify(whole.main[0].map((item) => item.json)).length);
	});

	test('the tool can turn it off to get whole orders', async () => {
		const result = await asTool({ ...orders, limit: 1, simplify: false });
		expect(result.main[0][0].json.items).toEqual(expect.any(Array));
	});
});

describe('the tool description', () => {
	const description = (resource, operation) =>
		toolVariant().description.properties.find(
			(property) => property.name === 'toolDescription' && property.displayOptions.show.resource[0] === resource && property.displayOptions.show.operation[0] === operation,
		);

	test('says what Customer → Create does, needs and returns', () => {
		const property = description('customer', 'create');
		expect(property.displayOptions.show['@tool']).toEqual([true]);
		expect(property.default).toMatch(/^Create a customer in the consumer's point of sale, in one Chift consumer/);
		expect(property.default).toContain('Requires First Name, Last Name.');
		expect(property.default).toContain('Address needs Name, City, Postal Code together.');
		expect(property.default).toContain('Country (Two-letter ISO 3166-1 country code, such as FR or BE)');
		expect(property.default).toMatch(/\{error, field, fix, outcome\}/);
	});

	test('every operation has one, and it is not shown on the node itself', () => {
		const { properties } = new ChiftPos().description;
		const all = properties.filter((property) => property.name === 'toolDescription');
		expect(all).toHaveLength(18);
		expect(all.every((property) => property.displayOptions.show['@tool'][0] === true && property.default.length > 60)).toBe(true);
	});
});
