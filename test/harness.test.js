'use strict';
// Proves test/harness/n8n-harness.js against a real HTTP server on 127.0.0.1, with a tiny
// programmatic node and two credentials defined below.

const http = require('node:http');
const { NodeApiError, NodeOperationError, NodeConnectionTypes } = require('n8n-workflow');
const { createHarness } = require('./harness/n8n-harness');

// ─── Stub API ──────────────────────────────────────────────────────────────────────────────
function startServer() {
	const state = { tokenCalls: 0, issued: new Set(), nextToken: 1, requests: [] };
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const url = new URL(req.url, 'http://127.0.0.1');
			const body = raw ? JSON.parse(raw) : undefined;
			state.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body });
			const send = (status, payload) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(payload));
			};
			if (req.method === 'POST' && url.pathname === '/token') {
				state.tokenCalls++;
				if (body?.apiKey === 'good-key') {
					const token = `tok-${state.nextToken++}`;
					state.issued.add(token);
					return send(200, { access_token: token, token_type: 'bearer' });
				}
				return send(401, { message: 'Invalid API key' });
			}
			const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
			const authorised = (bearer && state.issued.has(bearer)) || req.headers['x-api-key'] === 'good-key';
			if (!authorised) return send(401, { message: 'Invalid or expired token' });
			if (req.method === 'GET' && url.pathname === '/me') return send(200, { id: 'me' });
			if (req.method === 'POST' && url.pathname === '/echo') {
				if (body?.name === 'fail') return send(422, { message: 'Name "fail" is not allowed' });
				return send(200, { greeting: `Hello ${body?.name}`, received: body });
			}
			if (req.method === 'GET' && url.pathname === '/things') {
				const all = [
					{ id: 't1', name: 'Acme Bakery' },
					{ id: 't2', name: 'Acme Bistro' },
					{ id: 't3', name: 'Zeta Bar' },
				];
				const filter = (url.searchParams.get('filter') ?? '').toLowerCase();
				return send(200, { items: all.filter((t) => t.name.toLowerCase().includes(filter)) });
			}
			return send(404, { message: 'Not found' });
		});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({ server, state, baseUrl: `http://127.0.0.1:${port}` });
		});
	});
}

// ─── Test credential types ─────────────────────────────────────────────────────────────────
class TestApi {
	constructor() {
		this.name = 'testApi';
		this.displayName = 'Test API';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
			{ displayName: 'Session Token', name: 'sessionToken', type: 'hidden', typeOptions: { expirable: true }, default: '' },
		];
		this.authenticate = {
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
		};
		this.test = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/me' } };
	}
	async preAuthentication(credentials) {
		const response = await this.helpers.httpRequest({
			method: 'POST',
			url: `${credentials.baseUrl}/token`,
			body: { apiKey: credentials.apiKey },
			json: true,
		});
		return { sessionToken: response.access_token };
	}
}

class KeyApi {
	constructor() {
		this.name = 'keyApi';
		this.displayName = 'Key API';
		this.properties = [
			{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
			{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
		];
		this.test = { request: { baseURL: '={{$credentials.baseUrl}}', url: '/me' } };
	}
	// function-type authenticate
	async authenticate(credentials, requestOptions) {
		requestOptions.headers = { ...(requestOptions.headers ?? {}), 'X-Api-Key': credentials.apiKey };
		return requestOptions;
	}
}

// ─── Test node types ───────────────────────────────────────────────────────────────────────
class TestNode {
	constructor() {
		this.description = {
			displayName: 'Test Node',
			name: 'testNode',
			group: ['transform'],
			version: 1,
			description: 'Programmatic node used to test the harness',
			defaults: { name: 'Test Node' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'testApi', required: true }],
			properties: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Thing',
					name: 'thing',
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					modes: [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list',
							typeOptions: { searchListMethod: 'searchThings', searchable: true },
						},
						{ displayName: 'ID', name: 'id', type: 'string' },
					],
				},
			],
		};
		this.methods = {
			loadOptions: {
				async getThings() {
					const credentials = await this.getCredentials('testApi');
					const response = await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
						method: 'GET',
						url: `${credentials.baseUrl}/things`,
						json: true,
					});
					return response.items.map((t) => ({ name: t.name, value: t.id }));
				},
			},
			listSearch: {
				async searchThings(filter) {
					const credentials = await this.getCredentials('testApi');
					const response = await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
						method: 'GET',
						url: `${credentials.baseUrl}/things`,
						qs: filter ? { filter } : {},
						json: true,
					});
					return { results: response.items.map((t) => ({ name: t.name, value: t.id })) };
				},
			},
		};
	}
	async execute() {
		const items = this.getInputData();
		const credentials = await this.getCredentials('testApi');
		const returnData = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const name = this.getNodeParameter('name', i);
				const response = await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
					method: 'POST',
					url: `${credentials.baseUrl}/echo`,
					body: { name },
					json: true,
				});
				returnData.push(
					...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(response), {
						itemData: { item: i },
					}),
				);
			} catch (error) {
				if (this.continueOnFail()) {
					returnData.push({ json: { error: error.message }, pairedItem: { item: i } });
					continue;
				}
				if (error instanceof NodeApiError) {
					error.context.itemIndex = i;
					throw error;
				}
				throw new NodeOperationError(this.getNode(), error, { itemIndex: i });
			}
		}
		return [returnData];
	}
}

// ─── Tests ─────────────────────────────────────────────────────────────────────────────────
describe('n8n harness (n8n-core WorkflowExecute)', () => {
	let api;
	let h;
	const testNodeInstance = new TestNode();

	beforeAll(async () => {
		api = await startServer();
		h = createHarness({
			nodeTypes: { testNode: testNodeInstance },
			credentialTypes: { testApi: new TestApi(), keyApi: new KeyApi() },
		});
	});
	afterAll(async () => {
		await new Promise((resolve) => api.server.close(resolve));
	});
	beforeEach(() => {
		api.state.requests.length = 0;
		api.state.tokenCalls = 0;
	});

	const people = [{ json: { firstName: 'Ada' } }, { json: { firstName: 'Grace' } }, { json: { firstName: 'Linus' } }];
	const creds = { testApi: { id: 'cred1', name: 'Test' } };

	test('resolves expressions per item, sets pairedItem, fetches the token once and persists it', async () => {
		h.setCredential('cred1', 'testApi', { baseUrl: api.baseUrl, apiKey: 'good-key' }, 'Test');

		const result = await h.runNode({
			type: 'testNode',
			parameters: { name: '={{ $json.firstName }}' },
			credentials: creds,
			items: people,
		});

		expect(result.status).toBe('success');
		expect(result.error).toBeUndefined();
		expect(result.main[0].map((i) => i.json.greeting)).toEqual(['Hello Ada', 'Hello Grace', 'Hello Linus']);
		expect(result.main[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.main[1]).toEqual([]);
		expect(typeof result.executionTime).toBe('number');
		// upstream nodes are really part of the run
		expect(Object.keys(result.runData)).toEqual(
			expect.arrayContaining(['Start', 'Items', 'Test Node']),
		);

		expect(api.state.tokenCalls).toBe(1);
		const echoCalls = api.state.requests.filter((r) => r.path === '/echo');
		expect(echoCalls.map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-1']);
		// persisted by CredentialsHelper.updateCredentials (n8n 2.8.4 persists the defaults-applied object)
		expect(h.getCredential('cred1')).toEqual({
			baseUrl: api.baseUrl,
			apiKey: 'good-key',
			sessionToken: 'tok-1',
			allowedHttpRequestDomains: 'all',
		});

		// a second execution reuses the stored token: no new token call
		const again = await h.runNode({ type: 'testNode', parameters: { name: 'x' }, credentials: creds });
		expect(again.status).toBe('success');
		expect(api.state.tokenCalls).toBe(1);
		expect(api.state.requests.at(-1).headers.authorization).toBe('Bearer tok-1');
		expect(again.main[0]).toEqual([{ json: { greeting: 'Hello x', received: { name: 'x' } }, pairedItem: { item: 0 } }]);
	});

	test('a missing hidden field becomes "" in getDecrypted (so preAuthentication runs)', async () => {
		h.setCredential('cred-defaults', 'testApi', { baseUrl: api.baseUrl, apiKey: 'good-key' });
		const decrypted = await h.credentialsHelper.getDecrypted(
			h.getBase(),
			{ id: 'cred-defaults', name: 'x' },
			'testApi',
			'internal',
		);
		expect(decrypted).toEqual({
			baseUrl: api.baseUrl,
			apiKey: 'good-key',
			sessionToken: '',
			allowedHttpRequestDomains: 'all',
		});
	});

	test('401 with a stale token → preAuthentication → retry succeeds and the new token is stored', async () => {
		h.setCredential('cred-stale', 'testApi', { baseUrl: api.baseUrl, apiKey: 'good-key', sessionToken: 'stale' });

		const result = await h.runNode({
			type: 'testNode',
			parameters: { name: 'Bob' },
			credentials: { testApi: { id: 'cred-stale', name: 'Stale' } },
		});

		expect(result.status).toBe('success');
		expect(result.main[0][0].json.greeting).toBe('Hello Bob');
		const seq = api.state.requests.map((r) => `${r.path} ${r.headers.authorization ?? ''}`.trim());
		expect(seq).toEqual(['/echo Bearer stale', '/token', expect.stringMatching(/^\/echo Bearer tok-\d+$/)]);
		expect(h.getCredential('cred-stale').sessionToken).toMatch(/^tok-\d+$/);
	});

	test('node error without onError: status error, real NodeApiError, no output', async () => {
		h.setCredential('cred1', 'testApi', { baseUrl: api.baseUrl, apiKey: 'good-key' }, 'Test');
		const result = await h.runNode({
			type: 'testNode',
			parameters: { name: '={{ $json.firstName }}' },
			credentials: creds,
			items: [{ json: { firstName: 'ok' } }, { json: { firstName: 'fail' } }],
		});
		expect(result.status).toBe('error');
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('422');
		expect(result.error.context.itemIndex).toBe(1);
		expect(result.error.description).toBe('Name "fail" is not allowed');
		expect(result.main).toEqual([[], []]);
		// WorkflowExecute keeps only a plain copy in the run data
		expect(result.run.data.resultData.error.name).toBe('NodeApiError');
	});

	test('continueErrorOutput routes the failed item to output 1 (error output)', async () => {
		const result = await h.runNode({
			type: 'testNode',
			parameters: { name: '={{ $json.firstName }}' },
			credentials: creds,
			items: [{ json: { firstName: 'Ada' } }, { json: { firstName: 'fail' } }, { json: { firstName: 'Linus' } }],
			onError: 'continueErrorOutput',
		});
		expect(result.status).toBe('success');
		expect(result.main[0].map((i) => [i.json.greeting, i.pairedItem])).toEqual([
			['Hello Ada', { item: 0 }],
			['Hello Linus', { item: 2 }],
		]);
		expect(result.main[1]).toHaveLength(1);
		expect(result.main[1][0].pairedItem).toEqual({ item: 1 });
		// handleNodeErrorOutput merges the paired input item's json into the error item
		expect(result.main[1][0].json).toEqual({
			firstName: 'fail',
			error: 'Your request is invalid or could not be processed by the service',
		});
	});

	test('continueRegularOutput keeps the error item on output 0', async () => {
		const result = await h.runNode({
			type: 'testNode',
			parameters: { name: '={{ $json.firstName }}' },
			credentials: creds,
			items: [{ json: { firstName: 'fail' } }, { json: { firstName: 'Ada' } }],
			onError: 'continueRegularOutput',
		});
		expect(result.status).toBe('success');
		expect(result.main[0]).toHaveLength(2);
		expect(result.main[0][0]).toMatchObject({ json: { error: expect.any(String) }, pairedItem: { item: 0 } });
		expect(result.main[1]).toEqual([]);
	});

	test('testCredential: OK, bad key (401 in preAuthentication), stale stored token', async () => {
		await expect(h.testCredential('testApi', { baseUrl: api.baseUrl, apiKey: 'good-key' })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(api.state.tokenCalls).toBe(1);

		api.state.tokenCalls = 0;
		// n8n 2.8.x: NodeApiError.cause is undefined (class-field reset), so the tester's statusText branch
		// is never taken and the message is NodeApiError's default message for the status code
		await expect(h.testCredential('testApi', { baseUrl: api.baseUrl, apiKey: 'bad-key' })).resolves.toEqual({
			status: 'Error',
			message: 'Authorization failed - please check your credentials',
		});
		// '' token → preAuthentication → 401 → retry with credentialsExpired=true → 401 again
		expect(api.state.tokenCalls).toBe(2);

		api.state.tokenCalls = 0;
		const stale = await h.testCredential(
			'testApi',
			{ baseUrl: api.baseUrl, apiKey: 'good-key', sessionToken: 'stale' },
			{ id: 'cred-test-stale' },
		);
		expect(stale).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(api.state.tokenCalls).toBe(1); // after the 401 on /me
		expect(h.getCredential('cred-test-stale').sessionToken).toMatch(/^tok-\d+$/);

		// a stored, still valid token is used as is: the mock node's type is 'noOp', so n8n 2.8.4's
		// `isTestingCredentials` never forces preAuthentication during a test
		api.state.tokenCalls = 0;
		const valid = h.getCredential('cred-test-stale').sessionToken;
		await expect(
			h.testCredential('testApi', { baseUrl: api.baseUrl, apiKey: 'good-key', sessionToken: valid }),
		).resolves.toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(api.state.tokenCalls).toBe(0);

		await expect(h.testCredential('keyApi', { baseUrl: api.baseUrl, apiKey: 'nope' })).resolves.toEqual({
			status: 'Error',
			message: 'Authorization failed - please check your credentials',
		});
	});

	test('listSearch runs node.methods.listSearch with a real LoadOptionsContext', async () => {
		h.setCredential('cred1', 'testApi', { baseUrl: api.baseUrl, apiKey: 'good-key' }, 'Test');
		const list = await h.listSearch({
			type: 'testNode',
			method: 'searchThings',
			filter: 'acme',
			credentials: creds,
		});
		expect(list).toEqual({
			results: [
				{ name: 'Acme Bakery', value: 't1' },
				{ name: 'Acme Bistro', value: 't2' },
			],
		});
		expect(api.state.requests.at(-1).query).toEqual({ filter: 'acme' });
	});

	test('loadOptions runs node.methods.loadOptions with a real LoadOptionsContext', async () => {
		const options = await h.loadOptions({ type: 'testNode', method: 'getThings', credentials: creds });
		expect(options.map((o) => o.value)).toEqual(['t1', 't2', 't3']);
	});

	test('an error raised by n8n-core itself keeps its class (missing credentials → NodeOperationError)', async () => {
		const result = await h.runNode({ type: 'testNode', parameters: { name: 'x' } });
		expect(result.status).toBe('error');
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Node does not have any credentials set');
	});

	test('the node instance handed to the harness is not mutated', () => {
		expect(testNodeInstance.description.properties.map((p) => p.name)).toEqual(['name', 'thing']);
		expect(Object.prototype.hasOwnProperty.call(testNodeInstance, 'execute')).toBe(false);
	});
});
