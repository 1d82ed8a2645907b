'use strict';
/**
 * Chift POS as an AI Agent's tool in a real n8n: Manual Trigger → AI Agent (3.1) with an OpenAI chat
 * model whose Base URL is a scripted model on 127.0.0.1 (./scripted-model.js), and two Chift POS
 * tools (Customer → Create with arguments from $fromAI(), Order → Get Many). The model makes two bad
 * calls (an empty last name, then the country "France"), corrects each from the result it gets,
 * creates the customer, then reads the orders. Checks what the model was told and what Chift got.
 *
 *   const { describeAgentScenarios } = require('./lib/agent-scenarios');
 *   describeAgentScenarios('n8n 2.8.4', { n8nVersion: '2.8.4' });
 */
const { startChiftEmulator } = require('../../test/emulator/chift-emulator');
const { CONSUMERS } = require('../../test/emulator/sample-data');
const { assertFollowsSpec } = require('../../test/spec/openapi');
const { createN8nInstance, packPackage } = require('./n8n-runner');
const { startScriptedModel, toolCalls, finalAnswer, toolResults } = require('./scripted-model');

const path = require('node:path');

const REPO_DIR = path.resolve(__dirname, '..', '..');
const TIMEOUTS = { setup: 15 * 60 * 1000, test: 5 * 60 * 1000 };
/** A bound on what 50 simplified orders cost the model (whole, the emulator's are about 72 kB). */
const SIMPLIFIED_ORDERS_MAX_CHARS = 20_000;

const fromAI = (key, description) => `={{ $fromAI('${key}', '${description}', 'string') }}`;

function agentWorkflow({ consumerId }) {
	const chift = { chiftApi: { id: 'agentChiftCred', name: 'Chift (emulator)' } };
	const tool = (name, position, parameters) => ({
		id: `a9e0c0de-0000-4000-8000-00000000000${position}`,
		name,
		type: 'n8n-nodes-chift.chiftPosTool',
		typeVersion: 1,
		position: [200 * position, 300],
		credentials: chift,
		parameters: { consumerId: { __rl: true, mode: 'id', value: consumerId }, ...parameters },
	});
	return {
		id: 'chiftAgentE2E0001',
		name: 'Agent with Chift POS tools',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'a9e0c0de-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'a9e0c0de-0000-4000-8000-000000000002',
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3.1,
				position: [200, 0],
				parameters: {
					promptType: 'define',
					text: 'Create the customer Ada Lovelace (ada@example.com, lives in France), then tell me the latest orders.',
					options: {},
				},
			},
			{
				id: 'a9e0c0de-0000-4000-8000-000000000003',
				name: 'Chat Model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [0, 300],
				credentials: { openAiApi: { id: 'agentModelCred', name: 'Scripted model' } },
				parameters: { model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' }, responsesApiEnabled: false, options: {} },
			},
			tool('Create Customer', 4, {
				resource: 'customer',
				operation: 'create',
				firstName: fromAI('First_Name', 'First name of the customer'),
				lastName: fromAI('Last_Name', 'Last name of the customer'),
				additionalFields: { email: fromAI('Email', 'Email address of the customer') },
				address: { name: 'home', city: 'Paris', postalCode: '75001', country: fromAI('Country', 'Country of the customer') },
			}),
			tool('Get Orders', 5, { resource: 'order', operation: 'getAll' }),
		],
		connections: {
			Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
			'Create Customer': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
			'Get Orders': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
	};
}

const ada = { First_Name: 'Ada', Email: 'ada@example.com' };
/** The model: two bad calls, each corrected from its result, the good one, the orders, the answer. */
const SCRIPT = [
	() => toolCalls(['Create_Customer', { ...ada, Last_Name: '', Country: 'France' }]),
	() => toolCalls(['Create_Customer', { ...ada, Last_Name: 'Lovelace', Country: 'France' }]),
	() => toolCalls(['Create_Customer', { ...ada, Last_Name: 'Lovelace', Country: 'FR' }]),
	() => toolCalls(['Get_Orders', {}]),
	() => finalAnswer('Ada Lovelace is a customer now; here are the latest orders.'),
];

function describeAgentScenarios(title, instanceOptions = {}) {
	describe(title, () => {
		const context = {};
		const lastToolResult = (turn) => toolResults(context.model.requests[turn]).at(-1)?.content ?? '';

		beforeAll(async () => {
			context.emulator = await startChiftEmulator({ port: 0 });
			context.model = await startScriptedModel((_, turn) => (SCRIPT[turn] ?? SCRIPT.at(-1))());
			context.n8n = await createN8nInstance({ ...instanceOptions, packageTarball: packPackage(REPO_DIR) });
			const { emulator, model, n8n } = context;
			await n8n.importCredentials([
				{ id: 'agentChiftCred', name: 'Chift (emulator)', type: 'chiftApi', data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url } },
				{ id: 'agentModelCred', name: 'Scripted model', type: 'openAiApi', data: { apiKey: 'sk-scripted-model', url: model.url, header: false } },
			]);
			const id = await n8n.importWorkflow(agentWorkflow({ consumerId: CONSUMERS.bistro }));
			context.before = emulator.customersOf(CONSUMERS.bistro).length;
			context.result = await n8n.execute(id);
		}, TIMEOUTS.setup);

		afterAll(async () => {
			await context.n8n?.cleanup();
			await context.model?.close();
			await context.emulator?.close();
		});

		test('the agent run succeeds after the model corrected its calls', () => {
			const { result, model } = context;
			expect({ exitCode: result.exitCode, stderr: result.exitCode ? result.stderr.slice(-2000) : '' }).toEqual({ exitCode: 0, stderr: '' });
			expect(model.requests).toHaveLength(SCRIPT.length);
		});

		test("the model is given each tool's description and the $fromAI() parameters", () => {
			const tools = Object.fromEntries((context.model.requests[0].tools ?? []).map((tool) => [tool.function.name, tool.function]));
			expect(Object.keys(tools).sort()).toEqual(['Create_Customer', 'Get_Orders']);
			expect(tools.Create_Customer.description).toMatch(/^Create a customer in the consumer's point of sale, in one Chift consumer/);
			expect(tools.Create_Customer.description).toContain('Requires First Name, Last Name.');
			expect(Object.keys(tools.Create_Customer.parameters.properties).sort()).toEqual(['Country', 'Email', 'First_Name', 'Last_Name']);
			expect(tools.Get_Orders.description).toMatch(/^List the orders/);
		});

		test('a bad call comes back to the model with the field and the fix, and nothing reaches Chift', () => {
			const first = JSON.parse(lastToolResult(1));
			const second = JSON.parse(lastToolResult(2));
			const [emptyName] = Array.isArray(first) ? first : [first];
			const [country] = Array.isArray(second) ? second : [second];
			expect(emptyName).toMatchObject({ error: 'Last Name is empty', field: 'Last Name', fix: 'Enter a Last Name: Chift requires it.' });
			expect(country).toMatchObject({ field: 'Country', fix: 'Use FR for France.' });
			expect(lastToolResult(1) + lastToolResult(2)).not.toMatch(/\[item \d+\]/);
			const posts = context.emulator.requestsTo('POST', /\/pos\/customers$/);
			expect(posts).toHaveLength(1);
			expect(posts[0].body).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', address: { country: 'FR' } });
		});

		test('the corrected call creates the customer once and its result reaches the model', () => {
			const created = context.emulator.customersOf(CONSUMERS.bistro);
			expect(created).toHaveLength(context.before + 1);
			expect(lastToolResult(3)).toContain(created.at(-1).id);
		});

		test('Get Many orders through the tool is simplified: small, without order lines', () => {
			const orders = lastToolResult(4);
			expect(orders.length).toBeGreaterThan(1000);
			expect(orders.length).toBeLessThan(SIMPLIFIED_ORDERS_MAX_CHARS);
			expect(orders).not.toContain('"items"');
			expect(orders).toContain('"total"');
		});

		test('no secret or token reaches the model, and every Chift exchange follows the OpenAPI document', () => {
			const sent = JSON.stringify(context.model.requests);
			expect(sent).not.toContain(context.emulator.apiKey.clientSecret);
			expect(sent).not.toMatch(/emu_[0-9a-f]{36}/);
			assertFollowsSpec(context.emulator.requests);
		});
	});
}

module.exports = { describeAgentScenarios, agentWorkflow, TIMEOUTS };
