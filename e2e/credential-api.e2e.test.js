'use strict';
/**
 * The Chift API credential created through n8n's public API (POST /api/v1/credentials, as
 * infrastructure-as-code tools do) with the documented fields only, in a real n8n 2.8.4
 * (`n8n start`). n8n validates `data` against a JSON schema it builds from the credential's fields
 * (public-api/v1/handlers/credentials/credentials.service.js, toJsonSchema): every field shown for
 * a value becomes required with that value, also when the controlling field is left out, and
 * `hide` is ignored. Then the credential created that way is used by a workflow. Needs a built
 * package (npm run build).
 */
const path = require('node:path');

const { startChiftEmulator } = require('../test/emulator/chift-emulator');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { assertFollowsSpec } = require('../test/spec/openapi');
const { ensureN8n } = require('./lib/install-n8n');
const { createN8nInstance, packPackage } = require('./lib/n8n-runner');

jest.setTimeout(10 * 60 * 1000);

const REPO_DIR = path.resolve(__dirname, '..');
const OWNER = { email: 'iac@example.com', password: 'CredentialApi2026', firstName: 'Infra', lastName: 'Code' };

describe("n8n's own schema for the credential (toJsonSchema, as POST /api/v1/credentials applies it)", () => {
	let validate;
	let n8nDomainFields;
	beforeAll(() => {
		const n8nDir = path.join(ensureN8n().home, 'node_modules', 'n8n');
		const { toJsonSchema } = require(path.join(n8nDir, 'dist/public-api/v1/handlers/credentials/credentials.service.js'));
		const { LoadNodesAndCredentials } = require(path.join(n8nDir, 'dist/load-nodes-and-credentials.js'));
		const jsonschema = require(require.resolve('jsonschema', { paths: [n8nDir] }));
		const { ChiftApi } = require(path.join(REPO_DIR, 'dist/credentials/ChiftApi.credentials.js'));
		// As n8n loads the credential (load-nodes-and-credentials.js) and validates a request body
		// (credentials.middleware.js: hidden fields left out of the schema).
		const loader = LoadNodesAndCredentials.prototype;
		const credential = new ChiftApi();
		expect(loader.shouldAddDomainRestrictions(credential)).toBe(true);
		const properties = loader.injectDomainRestrictionFields([...credential.properties]).filter((p) => p.type !== 'hidden');
		const schema = toJsonSchema(properties);
		validate = (data) => jsonschema.validate(data, schema, { nestedErrors: true }).errors.map((error) => error.message);
		n8nDomainFields = loader.injectDomainRestrictionFields([]);
		expect(properties.filter((p) => p.name.startsWith('allowed'))).toHaveLength(2);
	});

	const apiKey = { authentication: 'apiKey', accountId: 'a', clientId: 'b', clientSecret: 'c', baseUrl: 'https://api.chift.eu' };

	test('API key mode: the documented fields are enough; Environment ID is accepted', () => {
		expect(validate(apiKey)).toEqual([]);
		expect(validate({ ...apiKey, envId: 'env-1' })).toEqual([]);
		const { baseUrl, ...withoutBaseUrl } = apiKey;
		expect(baseUrl).toBeDefined();
		expect(validate(withoutBaseUrl)).toEqual([]);
	});

	test('Access Token mode: the token is enough', () => {
		expect(validate({ authentication: 'accessToken', token: 't' })).toEqual([]);
	});

	test('what each mode needs is still required', () => {
		expect(validate({ ...apiKey, clientSecret: undefined })).toContain('requires property "clientSecret"');
		expect(validate({ authentication: 'accessToken' })).toContain('requires property "token"');
	});

	test("the HTTP Request node's domain restriction is n8n's own, and can still be set", () => {
		const [mode, domains] = n8nDomainFields;
		const ours = new (require(path.join(REPO_DIR, 'dist/credentials/ChiftApi.credentials.js')).ChiftApi)().properties;
		const ourMode = ours.find((p) => p.name === mode.name);
		const ourDomains = ours.find((p) => p.name === domains.name);
		expect(ourMode).toMatchObject({ type: mode.type, default: mode.default });
		expect(ourMode.options.map((o) => o.value)).toEqual(mode.options.map((o) => o.value));
		expect(ourDomains).toMatchObject({ type: domains.type, default: domains.default });
		expect(validate({ ...apiKey, allowedHttpRequestDomains: 'domains', allowedDomains: 'api.chift.eu' })).toEqual([]);
		expect(validate({ ...apiKey, allowedHttpRequestDomains: 'everywhere' })).not.toEqual([]);
	});
});

describe('POST /api/v1/credentials in a real n8n, then a workflow with that credential', () => {
	let emulator;
	let n8n;
	let server;
	let apiKey;

	const publicApi = async (method, route, body) => {
		const response = await fetch(`${server.url}/api/v1${route}`, {
			method,
			headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : undefined };
	};

	beforeAll(async () => {
		emulator = await startChiftEmulator();
		n8n = await createN8nInstance({ packageTarball: packPackage(REPO_DIR) });
		server = await n8n.start();
		let cookie;
		const rest = async (route, body) => {
			const response = await fetch(`${server.url}/rest${route}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'browser-id': 'n8n-nodes-chift-e2e', ...(cookie ? { cookie } : {}) },
				body: JSON.stringify(body),
			});
			if (!response.ok) throw new Error(`POST /rest${route} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
			cookie ??= (response.headers.get('set-cookie') ?? '').split(';')[0] || undefined;
			return (await response.json()).data;
		};
		await rest('/owner/setup', OWNER);
		const key = await rest('/api-keys', { label: 'iac', expiresAt: null, scopes: ['credential:create', 'workflow:create', 'workflow:read'] });
		apiKey = key.rawApiKey;
	});

	afterAll(async () => {
		await n8n?.cleanup();
		await emulator?.close();
		assertFollowsSpec(emulator.requests);
	});

	test('API key mode with the documented fields only is created', async () => {
		const created = await publicApi('POST', '/credentials', {
			name: 'Chift (API)',
			type: 'chiftApi',
			data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url },
		});
		expect(created.body?.message).toBeUndefined();
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ name: 'Chift (API)', type: 'chiftApi', id: expect.any(String) });
	});

	test('Access Token mode with the token only is created; a missing client secret is refused, naming it', async () => {
		const token = await publicApi('POST', '/credentials', { name: 'Chift (token)', type: 'chiftApi', data: { authentication: 'accessToken', token: 'pasted' } });
		expect(token.body?.message).toBeUndefined();
		expect(token.status).toBe(200);

		const { clientSecret, ...incomplete } = emulator.apiKey;
		expect(clientSecret).toBeDefined();
		const refused = await publicApi('POST', '/credentials', { name: 'Chift (incomplete)', type: 'chiftApi', data: { authentication: 'apiKey', ...incomplete } });
		expect(refused.status).toBe(400);
		expect(refused.body.message).toMatch(/requires property "clientSecret"/);
		expect(refused.body.message).not.toMatch(/envId|allowedDomains/);
	});

	test('a credential created with Environment ID too sends it in the token request of a run', async () => {
		const created = await publicApi('POST', '/credentials', {
			name: 'Chift (env)',
			type: 'chiftApi',
			data: { authentication: 'apiKey', ...emulator.apiKey, envId: 'env-e2e', baseUrl: emulator.url },
		});
		expect(created.status).toBe(200);
		await server.stop();
		server = undefined;
		const workflowId = await n8n.importWorkflow({
			id: 'chiftCredentialApi1',
			name: 'Credential from the public API',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'a0000000-0000-4000-8000-000000000002',
					name: 'Chift POS',
					type: 'n8n-nodes-chift.chiftPos',
					typeVersion: 1,
					position: [200, 0],
					credentials: { chiftApi: { id: created.body.id, name: 'Chift (env)' } },
					parameters: { resource: 'customer', operation: 'create', consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro }, firstName: 'Infra', lastName: 'Code' },
				},
			],
			connections: { Start: { main: [[{ node: 'Chift POS', type: 'main', index: 0 }]] } },
		});
		const { run } = await n8n.execute(workflowId);
		expect(run.data.resultData.error).toBeUndefined();
		expect(run.data.resultData.runData['Chift POS'][0].data.main[0][0].json).toMatchObject({ first_name: 'Infra', last_name: 'Code' });
		expect(emulator.requestsTo('POST', '/token').map((request) => request.body.envId)).toEqual(['env-e2e']);
	});
});
