'use strict';

/**
 * End-to-end scenarios of the Chift POS node in a real n8n, shared by every e2e test file so that
 * each n8n version runs exactly the same checks:
 *
 *   const { describeChiftPosScenarios } = require('./lib/scenarios');
 *   describeChiftPosScenarios('n8n 2.8.4', { n8nVersion: '2.8.4' });   // registers jest tests
 *
 * One describe block = one Chift emulator + one fresh n8n instance (the package packed once per
 * test file and installed as a community node). Every credential and workflow is imported once in
 * beforeAll; each test then executes workflows and checks the run JSON and the emulator's request
 * log. The last test searches everything n8n printed for secrets.
 *
 * The building blocks (workflow builder, credential builder, run-JSON accessors, token capture)
 * are exported for other tests.
 *
 * Needs a built package (dist/): `npm run build` first. Nothing here builds.
 * N8N_E2E_PACKAGE_DIR=<dir> packs another built checkout of the package instead of this one.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startChiftEmulator } = require('../../test/emulator/chift-emulator');
const { CONSUMERS } = require('../../test/emulator/sample-data');
const { assertFollowsSpec } = require('../../test/spec/openapi');
const { createN8nInstance, packPackage } = require('./n8n-runner');
const { DEFAULT_VERSION } = require('./install-n8n');

const REPO_DIR = path.resolve(__dirname, '..', '..');
/** The built package to test: this repository, or N8N_E2E_PACKAGE_DIR (e.g. a clean checkout). */
const PACKAGE_DIR = process.env.N8N_E2E_PACKAGE_DIR ? path.resolve(process.env.N8N_E2E_PACKAGE_DIR) : REPO_DIR;
const CHIFT_NODE_TYPE = 'n8n-nodes-chift.chiftPos';
const CREDENTIAL_TYPE = 'chiftApi';

/** Node names used by buildWorkflow(). */
const NAMES = Object.freeze({
	trigger: 'Start',
	items: 'Items',
	chift: 'Chift POS',
	created: 'Created',
	failed: 'Failed',
});

/** A valid UUID that is no consumer of the emulator. */
const UNKNOWN_CONSUMER = '0badc0de-1234-4abc-8def-0123456789ab';

/** Time budgets (ms). A cold n8n install takes 3-4 min; leave room for slow CI machines. */
const TIMEOUTS = Object.freeze({ setup: 30 * 60_000, test: 5 * 60_000, teardown: 60_000 });

// ---------------------------------------------------------------------------------------------
// Package

let packedTarball = null;
let packDir = null;

/** Newest modification time under a folder (files only). */
function newestMtime(dir, filter = () => true) {
	let newest = 0;
	if (!fs.existsSync(dir)) return newest;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, filter));
		else if (filter(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
	}
	return newest;
}

/**
 * The package packed once per test file (jest gives each file its own module registry).
 * Does not build: warns when a TypeScript source is newer than dist/.
 */
function packedPackage() {
	if (packedTarball) return packedTarball;
	const sources = Math.max(
		newestMtime(path.join(PACKAGE_DIR, 'nodes'), (f) => f.endsWith('.ts')),
		newestMtime(path.join(PACKAGE_DIR, 'credentials'), (f) => f.endsWith('.ts')),
	);
	const built = newestMtime(path.join(PACKAGE_DIR, 'dist'));
	if (built === 0) throw new Error(`${PACKAGE_DIR}/dist is missing: run \`npm run build\` first`);
	if (sources > built) {
		process.stderr.write(`[e2e] warning: a source file in ${PACKAGE_DIR} is newer than its dist/ - run \`npm run build\` for up-to-date results\n`);
	}
	// Own folder, removed by removePackedPackage(): the runner's exit hook does not fire under jest.
	packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pack-'));
	packedTarball = packPackage(PACKAGE_DIR, { destination: packDir });
	return packedTarball;
}

function removePackedPackage() {
	if (packDir) fs.rmSync(packDir, { recursive: true, force: true });
	packDir = null;
	packedTarball = null;
}

let cleanupRegistered = false;

// ---------------------------------------------------------------------------------------------
// Builders

/**
 * A Chift API credential (API key mode) pointing at the emulator.
 * @param {{ url: string, apiKey: { accountId: string, clientId: string, clientSecret: string } }} emulator
 * @param {{ id: string, name?: string, sessionToken?: string, data?: object }} options
 */
function chiftCredential(emulator, { id, name = `Chift ${id}`, sessionToken, data = {} }) {
	return {
		id,
		name,
		type: CREDENTIAL_TYPE,
		data: {
			authentication: 'apiKey',
			accountId: emulator.apiKey.accountId,
			clientId: emulator.apiKey.clientId,
			clientSecret: emulator.apiKey.clientSecret,
			baseUrl: emulator.url,
			...(sessionToken === undefined ? {} : { sessionToken }),
			...data,
		},
	};
}

/** A resource locator's value, "By ID" unless another mode is named (the list's: 'list'). */
const locator = (value, mode = 'id') => ({ __rl: true, mode, value });
const consumerById = (uuid) => locator(uuid);

/**
 * Manual Trigger -> Code node returning `items` -> Chift POS (Customer -> Create).
 * With onError 'continueErrorOutput', NoOp nodes "Created" (output 0) and "Failed" (output 1)
 * follow the Chift node.
 * @param {{ id: string, name?: string, items: object[], parameters: object, credential: {id: string, name: string},
 *           consumerId?: string, onError?: 'stopWorkflow'|'continueRegularOutput'|'continueErrorOutput',
 *           resource?: string, operation?: string, nodeType?: string }} spec  nodeType: another Chift node (default Chift POS)
 */
function buildWorkflow(spec) {
	const {
		id,
		name = `e2e ${id}`,
		items,
		parameters,
		credential,
		consumerId = CONSUMERS.bistro,
		onError,
		resource = 'customer',
		operation = 'create',
		nodeType = CHIFT_NODE_TYPE,
	} = spec;
	const node = (nodeName, type, typeVersion, position, nodeParameters, extra = {}) => ({
		id: crypto.randomUUID(),
		name: nodeName,
		type,
		typeVersion,
		position,
		parameters: nodeParameters,
		...extra,
	});
	const jsCode = `return ${JSON.stringify(items.map((json) => ({ json })), null, 1)};`;
	const nodes = [
		node(NAMES.trigger, 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
		node(NAMES.items, 'n8n-nodes-base.code', 2, [220, 0], { jsCode }),
		node(
			NAMES.chift,
			nodeType,
			1,
			[440, 0],
			{ resource, operation, consumerId: consumerById(consumerId), ...parameters },
			{
				credentials: { [CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
				...(onError ? { onError } : {}),
			},
		),
	];
	const link = (target, index = 0) => ({ node: target, type: 'main', index });
	const connections = {
		[NAMES.trigger]: { main: [[link(NAMES.items)]] },
		[NAMES.items]: { main: [[link(NAMES.chift)]] },
	};
	if (onError === 'continueErrorOutput') {
		nodes.push(node(NAMES.created, 'n8n-nodes-base.noOp', 1, [660, -100], {}));
		nodes.push(node(NAMES.failed, 'n8n-nodes-base.noOp', 1, [660, 100], {}));
		connections[NAMES.chift] = { main: [[link(NAMES.created)], [link(NAMES.failed)]] };
	}
	return { id, name, active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

// ---------------------------------------------------------------------------------------------
// Run JSON accessors (n8n `execute --rawOutput` prints an IRun)

/** runData[nodeName][runIndex] (ITaskData) or undefined. */
function taskData(run, nodeName, runIndex = 0) {
	return run?.data?.resultData?.runData?.[nodeName]?.[runIndex];
}

/** Items of one output of a node: runData[node][runIndex].data.main[outputIndex] (empty when none). */
function outputItems(run, nodeName, outputIndex = 0, runIndex = 0) {
	return taskData(run, nodeName, runIndex)?.data?.main?.[outputIndex] ?? [];
}

/** The error that stopped the execution (resultData.error) or undefined. */
function executionError(run) {
	return run?.data?.resultData?.error;
}

/** Index of the input item an output item is paired with (pairedItem as object, array or number). */
function pairedIndex(item) {
	const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
	return typeof paired === 'number' ? paired : paired?.item;
}

// ---------------------------------------------------------------------------------------------
// Emulator helpers

/**
 * Records every access token the emulator hands out (from the POST /token responses), so tests
 * can search output for them. Returns the live array.
 */
function captureIssuedTokens(emulator) {
	const tokens = [];
	emulator.server.prependListener('request', (req, res) => {
		if (req.method !== 'POST' || !req.url.startsWith('/token')) return;
		const end = res.end;
		res.end = function captureEnd(chunk, ...rest) {
			try {
				const body = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
				if (typeof body.access_token === 'string') tokens.push(body.access_token);
			} catch {
				/* not JSON */
			}
			return end.call(this, chunk, ...rest);
		};
	});
	return tokens;
}

const isTokenRequest = (r) => r.method === 'POST' && r.path === '/token';
const isCreateCustomer = (r) => r.method === 'POST' && /^\/consumers\/[^/]+\/pos\/customers$/.test(r.path);
const bearerOf = (r) => (/^Bearer (.*)$/.exec(r.headers.authorization ?? '') ?? [])[1];
/** The credential stores "<fingerprint of base URL and key>:<expiry, epoch ms>.<token>"; this is the token. */
const storedToken = (credential) => {
	const stored = credential?.data?.sessionToken ?? '';
	expect(stored).toMatch(/^[0-9a-f]{16}:\d{13}\./);
	return stored.slice(stored.indexOf('.') + 1);
};

/**
 * Run a workflow and return what happened: the CLI result, the emulator requests made during the
 * run (by kind), and a transcript kept for the secret search.
 */
async function executeAndRecord(context, workflowId) {
	const { n8n, emulator, transcripts } = context;
	const mark = emulator.requests.length;
	const result = await n8n.execute(workflowId);
	const requests = emulator.requests.slice(mark);
	transcripts.push({ workflowId, stdout: result.stdout, stderr: result.stderr, run: result.run });
	return {
		...result,
		requests,
		tokenRequests: requests.filter(isTokenRequest),
		customerRequests: requests.filter(isCreateCustomer),
	};
}

/** Readable failure context for an expect() that fails. */
function describeResult(result) {
	const error = executionError(result.run);
	return [
		`exit ${result.exitCode}`,
		error ? `error: ${error.message} | ${error.description ?? ''}` : 'no execution error',
		`requests: ${result.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join(', ') || 'none'}`,
		result.run ? '' : `stdout tail:\n${result.stdout.slice(-3000)}\nstderr tail:\n${result.stderr.slice(-3000)}`,
	].join('\n');
}

function expectSuccess(result) {
	if (result.exitCode !== 0 || !result.run || executionError(result.run)) {
		throw new Error(`expected a successful execution:\n${describeResult(result)}`);
	}
}

function expectFailure(result) {
	if (result.exitCode === 0 || !result.run || !executionError(result.run)) {
		throw new Error(`expected a failed execution with its run JSON:\n${describeResult(result)}`);
	}
}

// ---------------------------------------------------------------------------------------------
// The scenarios

const CREDENTIALS = Object.freeze({
	basic: 'chiftE2eBasic001',
	bulk: 'chiftE2eBulk0001',
	expiry: 'chiftE2eExpiry01',
	stale: 'chiftE2eStale001',
});

const REJECTED_EMAIL_422 = Object.freeze({
	status: 'error',
	message: 'Validation error',
	error_code: 'ERROR_INVALID_BODY',
	detail: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }],
});

/** Expressions reading every customer field from the input item. */
const FROM_ITEM = Object.freeze({
	firstName: '={{ $json.firstName }}',
	lastName: '={{ $json.lastName }}',
	additionalFields: { email: '={{ $json.email }}', phone: '={{ $json.phone }}' },
	address: {
		name: '={{ $json.addressName }}',
		street: '={{ $json.street }}',
		number: '={{ $json.number }}',
		box: '={{ $json.box }}',
		city: '={{ $json.city }}',
		postalCode: '={{ $json.postalCode }}',
		country: '={{ $json.country }}',
	},
});

const namesOnly = (prefix, count) =>
	Array.from({ length: count }, (_, i) => ({ firstName: `${prefix}${i}`, lastName: `Item${i}` }));

/** 25 customers, mixed: some with an address (lower-case country), some with email only. */
const BULK_ITEMS = Array.from({ length: 25 }, (_, i) => {
	const item = {
		firstName: `Bulk${String(i).padStart(2, '0')}`,
		lastName: `Customer ${i}`,
		email: `bulk.${i}@example.com`,
		phone: i % 3 === 0 ? `+3247500${String(i).padStart(4, '0')}` : '',
		addressName: '',
		street: '',
		number: '',
		box: '',
		city: '',
		postalCode: '',
		country: '',
	};
	if (i % 2 === 0) {
		Object.assign(item, { addressName: 'home', street: 'Rue Neuve', number: String(i + 1), city: 'Bruxelles', postalCode: `10${String(i).padStart(2, '0')}`, country: i % 4 === 0 ? 'be' : 'FR' });
	}
	return item;
});

/** What the node must send for an item built with FROM_ITEM. */
function expectedBody(item) {
	const body = { first_name: item.firstName, last_name: item.lastName };
	if (item.email) body.email = item.email;
	if (item.phone) body.phone = item.phone;
	if (item.city) {
		body.address = { name: item.addressName, street: item.street, number: item.number, city: item.city, postal_code: item.postalCode, country: item.country.toUpperCase() };
		if (item.box) body.address.box = item.box;
	}
	return body;
}

function workflowsFor() {
	const cred = (key) => ({ id: CREDENTIALS[key], name: `Chift ${CREDENTIALS[key]}` });
	return {
		minimal: buildWorkflow({
			id: 'e2eMinimalCreate',
			items: [{}],
			parameters: { firstName: 'Ada', lastName: 'Lovelace' },
			credential: cred('basic'),
		}),
		full: buildWorkflow({
			id: 'e2eFullCreate001',
			items: [{ externalId: 4711 }],
			parameters: {
				firstName: 'Jean',
				lastName: 'Dupont',
				additionalFields: { email: 'jean.dupont@example.fr', phone: '+33612345678' },
				address: { name: 'home', street: 'Rue de Rivoli', number: '10', box: 'B', city: 'Paris', postalCode: '75001', country: 'fr' },
				options: { idempotencyKey: "={{ 'crm-' + $json.externalId }}" },
			},
			credential: cred('basic'),
		}),
		bulk: buildWorkflow({ id: 'e2eBulkCreate025', items: BULK_ITEMS, parameters: FROM_ITEM, credential: cred('bulk') }),
		expiry: buildWorkflow({
			id: 'e2eTokenExpiry01',
			items: namesOnly('Expiry', 6),
			parameters: { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' },
			credential: cred('expiry'),
		}),
		stale: buildWorkflow({
			id: 'e2eStaleToken001',
			items: namesOnly('Stale', 3),
			parameters: { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' },
			credential: cred('stale'),
		}),
		invalidCountry: buildWorkflow({
			id: 'e2eInvalidCntry1',
			items: [
				{ ...BULK_ITEMS[0], firstName: 'Valid0' },
				{ ...BULK_ITEMS[0], firstName: 'Invalid1', country: 'France' },
				{ ...BULK_ITEMS[1], firstName: 'Valid2' },
			],
			parameters: FROM_ITEM,
			credential: cred('basic'),
		}),
		emptyLastName: buildWorkflow({
			id: 'e2eEmptyLastNam1',
			items: [
				{ ...BULK_ITEMS[1], firstName: 'Valid0' },
				{ ...BULK_ITEMS[1], firstName: 'Valid1' },
				{ ...BULK_ITEMS[1], firstName: 'Invalid2', lastName: '  ' },
			],
			parameters: FROM_ITEM,
			credential: cred('basic'),
		}),
		rejectedRegular: buildWorkflow({
			id: 'e2eRejectRegular',
			items: namesOnly('Regular', 3),
			parameters: { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' },
			credential: cred('basic'),
			onError: 'continueRegularOutput',
		}),
		rejectedErrorOutput: buildWorkflow({
			id: 'e2eRejectErrOut1',
			items: namesOnly('ErrorOutput', 3),
			parameters: { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' },
			credential: cred('basic'),
			onError: 'continueErrorOutput',
		}),
		ordersReturnAll: buildWorkflow({
			id: 'e2eOrdersAll0001',
			items: [{}],
			resource: 'order',
			operation: 'getAll',
			parameters: { returnAll: true, filters: { dateFrom: '2026-01-01', dateTo: '2026-01-10', state: 'closed' } },
			credential: cred('basic'),
		}),
		unknownConsumer: buildWorkflow({
			id: 'e2eUnknownConsmr',
			items: [{}],
			parameters: { firstName: 'Nobody', lastName: 'Anywhere' },
			credential: cred('basic'),
			consumerId: UNKNOWN_CONSUMER,
		}),
	};
}

/**
 * Registers the scenarios as a jest describe block.
 * @param {string} title e.g. 'n8n 2.8.4'
 * @param {object} instanceOptions passed to createN8nInstance (n8nVersion, n8nBin, nodeBinary, env...)
 */
function describeChiftPosScenarios(title, instanceOptions = {}) {
	// Jest globals (describe, test, expect, beforeAll, afterAll) come from the test file's environment.
	if (!cleanupRegistered) {
		// Called at the top level of a test file: this afterAll runs after every describe block.
		afterAll(removePackedPackage);
		cleanupRegistered = true;
	}
	describe(title, () => {
		/** @type {{ n8n: any, emulator: any, tokens: string[], transcripts: object[], workflows: Record<string, object> }} */
		const context = { n8n: null, emulator: null, tokens: [], transcripts: [], workflows: workflowsFor() };
		const { workflows } = context;
		const bistro = CONSUMERS.bistro;
		const run = (key) => executeAndRecord(context, workflows[key].id);
		const storedCredential = async (id) => (await context.n8n.exportCredentials()).find((c) => c.id === id);

		beforeAll(async () => {
			const packageTarball = packedPackage();
			// 250 extra orders in 2026-01-01..10: Order → Get Many with Return All reads 3 pages.
			context.emulator = await startChiftEmulator({ port: 0, extraOrders: 250 });
			context.tokens = captureIssuedTokens(context.emulator);
			context.n8n = await createN8nInstance({ ...instanceOptions, packageTarball });
			const { emulator, n8n } = context;
			await n8n.importCredentials([
				chiftCredential(emulator, { id: CREDENTIALS.basic, name: `Chift ${CREDENTIALS.basic}` }),
				chiftCredential(emulator, { id: CREDENTIALS.bulk, name: `Chift ${CREDENTIALS.bulk}` }),
				chiftCredential(emulator, { id: CREDENTIALS.expiry, name: `Chift ${CREDENTIALS.expiry}` }),
				chiftCredential(emulator, { id: CREDENTIALS.stale, name: `Chift ${CREDENTIALS.stale}`, sessionToken: 'stale' }),
			]);
			// All workflows in one import: one CLI start instead of ten.
			const file = path.join(n8n.workDir, 'scenario-workflows.json');
			fs.writeFileSync(file, JSON.stringify(Object.values(workflows), null, 2));
			const imported = await n8n.run(['import:workflow', `--input=${file}`]);
			if (imported.exitCode !== 0) {
				throw new Error(`import:workflow failed (exit ${imported.exitCode}):\n${imported.stdout}\n${imported.stderr}`);
			}
			process.stderr.write(`[e2e] ${title}: n8n ${n8n.n8nVersion} on ${n8n.nodeBinary}, emulator ${emulator.url}\n`);
		}, TIMEOUTS.setup);

		afterAll(async () => {
			if (context.n8n) await context.n8n.cleanup();
			if (context.emulator) await context.emulator.close();
		}, TIMEOUTS.teardown);

		test('1a. minimal create: body has exactly first_name and last_name, bearer token, request id', async () => {
			const { emulator } = context;
			const before = emulator.customersOf(bistro).length;
			const result = await run('minimal');
			expectSuccess(result);

			expect(result.customerRequests).toHaveLength(1);
			const [post] = result.customerRequests;
			expect(post.path).toBe(`/consumers/${bistro}/pos/customers`);
			expect(post.status).toBe(200);
			expect(post.body).toStrictEqual({ first_name: 'Ada', last_name: 'Lovelace' });
			expect(post.headers.authorization).toMatch(/^Bearer \S+$/);
			expect(context.tokens).toContain(bearerOf(post));
			expect(post.headers['x-chift-client-requestid']).toEqual(expect.stringMatching(/\S/));
			expect(post.headers['content-type']).toMatch(/^application\/json/);

			const created = emulator.customersOf(bistro);
			expect(created).toHaveLength(before + 1);
			const output = outputItems(result.run, NAMES.chift);
			expect(output).toHaveLength(1);
			expect(output[0].json).toStrictEqual(created[created.length - 1]);
			expect(pairedIndex(output[0])).toBe(0);
		}, TIMEOUTS.test);

		test('1b. full create: every field, nested address with postal_code, country upper-cased, own idempotency key', async () => {
			const result = await run('full');
			expectSuccess(result);

			expect(result.customerRequests).toHaveLength(1);
			const [post] = result.customerRequests;
			expect(post.status).toBe(200);
			expect(post.body).toStrictEqual({
				first_name: 'Jean',
				last_name: 'Dupont',
				email: 'jean.dupont@example.fr',
				phone: '+33612345678',
				address: { name: 'home', street: 'Rue de Rivoli', number: '10', box: 'B', city: 'Paris', postal_code: '75001', country: 'FR' },
			});
			expect(post.headers['x-chift-client-requestid']).toBe('crm-4711');
			expect(context.tokens).toContain(bearerOf(post));

			const [item] = outputItems(result.run, NAMES.chift);
			expect(item.json).toMatchObject({
				first_name: 'Jean',
				last_name: 'Dupont',
				email: 'jean.dupont@example.fr',
				addresses: [expect.objectContaining({ postal_code: '75001', country: 'FR', box: 'B' })],
			});
		}, TIMEOUTS.test);

		test('2. 25 items through expressions: 25 customers, input order kept, pairedItem i -> i, one token request', async () => {
			const { emulator } = context;
			const before = emulator.customersOf(bistro).length;
			const result = await run('bulk');
			expectSuccess(result);

			expect(result.tokenRequests).toHaveLength(1);
			expect(result.customerRequests).toHaveLength(25);
			expect(result.customerRequests.map((r) => r.status)).toStrictEqual(Array(25).fill(200));
			const byFirstName = (a, b) => a.first_name.localeCompare(b.first_name);
			expect(result.customerRequests.map((r) => r.body).sort(byFirstName)).toStrictEqual(BULK_ITEMS.map(expectedBody).sort(byFirstName));
			expect(new Set(result.customerRequests.map((r) => r.headers['x-chift-client-requestid'])).size).toBe(25);
			expect(new Set(result.customerRequests.map(bearerOf)).size).toBe(1);
			expect(emulator.customersOf(bistro)).toHaveLength(before + 25);

			const output = outputItems(result.run, NAMES.chift);
			expect(output).toHaveLength(25);
			output.forEach((item, i) => {
				expect(item.json.first_name).toBe(BULK_ITEMS[i].firstName);
				expect(item.json.last_name).toBe(BULK_ITEMS[i].lastName);
				expect(typeof item.json.id).toBe('string');
				expect(pairedIndex(item)).toBe(i);
			});
		}, TIMEOUTS.test);

		test('3a. token expiry: 401 -> one renewal -> success; the new token is stored; the next run asks for none', async () => {
			const { emulator } = context;
			const first = await run('expiry');
			expectSuccess(first);
			expect(first.tokenRequests).toHaveLength(1);
			const token1 = bearerOf(first.customerRequests[0]);
			expect(context.tokens).toContain(token1);
			expect(storedToken(await storedCredential(CREDENTIALS.expiry))).toBe(token1);

			emulator.expireTokens();
			const before = emulator.customersOf(bistro).length;
			const second = await run('expiry');
			expectSuccess(second);
			const refused = second.customerRequests.filter((r) => r.status === 401);
			const accepted = second.customerRequests.filter((r) => r.status === 200);
			expect(refused.length).toBeGreaterThanOrEqual(1);
			expect(refused.every((r) => bearerOf(r) === token1)).toBe(true);
			expect(second.tokenRequests).toHaveLength(1);
			expect(accepted).toHaveLength(6);
			const token2 = bearerOf(accepted[0]);
			expect(token2).not.toBe(token1);
			expect(accepted.every((r) => bearerOf(r) === token2)).toBe(true);
			expect(emulator.customersOf(bistro)).toHaveLength(before + 6);
			expect(outputItems(second.run, NAMES.chift).map((i) => i.json.first_name)).toStrictEqual(namesOnly('Expiry', 6).map((i) => i.firstName));

			expect(storedToken(await storedCredential(CREDENTIALS.expiry))).toBe(token2);

			const third = await run('expiry');
			expectSuccess(third);
			expect(third.tokenRequests).toHaveLength(0);
			expect(third.customerRequests.map((r) => [r.status, bearerOf(r)])).toStrictEqual(Array(6).fill([200, token2]));
		}, TIMEOUTS.test);

		test('3b. credential imported with sessionToken "stale" (not issued for this key): never sent, one token request, success, new token stored', async () => {
			const result = await run('stale');
			expectSuccess(result);
			expect(result.customerRequests.some((r) => bearerOf(r) === 'stale')).toBe(false);
			expect(result.tokenRequests).toHaveLength(1);
			const accepted = result.customerRequests.filter((r) => r.status === 200);
			expect(accepted).toHaveLength(3);
			const token = bearerOf(accepted[0]);
			expect(context.tokens).toContain(token);
			expect(outputItems(result.run, NAMES.chift)).toHaveLength(3);
			expect(storedToken(await storedCredential(CREDENTIALS.stale))).toBe(token);
		}, TIMEOUTS.test);

		const expectValidationFailure = (result, { message, description, itemIndex }) => {
			expectFailure(result);
			const error = executionError(result.run);
			expect(error.message).toBe(message);
			expect(error.description).toBe(description);
			expect(result.run.data.resultData.lastNodeExecuted).toBe(NAMES.chift);
			const nodeError = taskData(result.run, NAMES.chift)?.error;
			expect(nodeError).toMatchObject({ message, description });
			if (nodeError.context && nodeError.context.itemIndex !== undefined) expect(nodeError.context.itemIndex).toBe(itemIndex);
			expect(result.stdout + result.stderr).toContain(message);
			// Every item is checked before the first request: nothing reached Chift, not even valid items.
			expect(result.customerRequests).toHaveLength(0);
			expect(result.requests).toHaveLength(0);
		};

		test('4a. invalid country in item 1: fails naming field and item with the fix hint; nothing sent', async () => {
			const before = context.emulator.customersOf(bistro).length;
			const result = await run('invalidCountry');
			expectValidationFailure(result, {
				message: 'Country "France" is not a two-letter ISO 3166-1 country code [item 1]',
				description: 'Use FR for France.',
				itemIndex: 1,
			});
			expect(context.emulator.customersOf(bistro)).toHaveLength(before);
		}, TIMEOUTS.test);

		test('4b. empty last name in item 2: fails naming field and item with the fix hint; nothing sent', async () => {
			const result = await run('emptyLastName');
			expectValidationFailure(result, {
				message: 'Last Name is empty [item 2]',
				description: 'Enter a Last Name: Chift requires it.',
				itemIndex: 2,
			});
		}, TIMEOUTS.test);

		/** Runs a workflow whose first customer request gets Chift's 422; returns the result and the failed item index. */
		const runWith422 = async (key) => {
			const injection = context.emulator.inject({ method: 'POST', path: /pos\/customers$/, status: 422, body: REJECTED_EMAIL_422, times: 1 });
			const result = await run(key);
			expect(injection.used).toBe(1);
			const rejected = result.customerRequests.filter((r) => r.status === 422);
			expect(rejected).toHaveLength(1);
			const prefix = key === 'rejectedRegular' ? 'Regular' : 'ErrorOutput';
			const failedIndex = Number(rejected[0].body.first_name.slice(prefix.length));
			expect(result.customerRequests.filter((r) => r.status === 200)).toHaveLength(2);
			return { result, failedIndex };
		};
		const expectRejectedItem = (item, failedIndex) => {
			expect(item.json.error).toBe('Chift rejected the request: email: value is not a valid email address');
			// The details (field, Chift's error code, what to do) are the error's description: on the
			// item's n8n error object (json.details too in versions of the node that set it).
			const details = item.json.details ?? item.error?.description;
			expect(details).toEqual(expect.stringContaining('email: value is not a valid email address'));
			expect(details).toEqual(expect.stringContaining('ERROR_INVALID_BODY'));
			expect(pairedIndex(item)).toBe(failedIndex);
		};

		test('5a. 422 from Chift with On Error = continue (regular output): failed item carries json.error, others created', async () => {
			const { result, failedIndex } = await runWith422('rejectedRegular');
			expectSuccess(result);
			const output = outputItems(result.run, NAMES.chift);
			expect(output).toHaveLength(3);
			output.forEach((item, i) => {
				if (i === failedIndex) return expectRejectedItem(item, failedIndex);
				expect(item.json).toMatchObject({ first_name: `Regular${i}`, last_name: `Item${i}` });
				expect(item.json.error).toBeUndefined();
				expect(pairedIndex(item)).toBe(i);
				return undefined;
			});
			expect(outputItems(result.run, NAMES.chift, 1)).toHaveLength(0);
		}, TIMEOUTS.test);

		test('5b. 422 from Chift with On Error = continue (error output): failed item on output 1, others on output 0', async () => {
			const { result, failedIndex } = await runWith422('rejectedErrorOutput');
			expectSuccess(result);
			const success = outputItems(result.run, NAMES.chift, 0);
			const failed = outputItems(result.run, NAMES.chift, 1);
			expect(failed).toHaveLength(1);
			expectRejectedItem(failed[0], failedIndex);
			const okIndexes = [0, 1, 2].filter((i) => i !== failedIndex);
			expect(success.map((item) => item.json.first_name)).toStrictEqual(okIndexes.map((i) => `ErrorOutput${i}`));
			expect(success.map(pairedIndex)).toStrictEqual(okIndexes);
			expect(success.every((item) => item.json.error === undefined)).toBe(true);
			// The branches downstream received them.
			expect(outputItems(result.run, NAMES.created)).toHaveLength(2);
			expect(outputItems(result.run, NAMES.failed)).toHaveLength(1);
		}, TIMEOUTS.test);

		test("6. unknown consumer: the execution fails with Chift's 404 message", async () => {
			const result = await run('unknownConsumer');
			expectFailure(result);
			expect(result.customerRequests).toHaveLength(1);
			expect(result.customerRequests[0].path).toBe(`/consumers/${UNKNOWN_CONSUMER}/pos/customers`);
			expect(result.customerRequests[0].status).toBe(404);
			const error = executionError(result.run);
			expect(error.message).toBe(`Consumer ${UNKNOWN_CONSUMER} not found`);
			expect(error.description).toEqual(expect.stringContaining('ERROR_CONSUMER_NOT_FOUND'));
			expect(String(error.httpCode)).toBe('404');
			expect(result.stdout + result.stderr).toContain(`Consumer ${UNKNOWN_CONSUMER} not found`);
		}, TIMEOUTS.test);

		test('8. Order → Get Many with Return All: every order of the period, one item each, pages of 100', async () => {
			const { emulator } = context;
			const pagesBefore = emulator.requestsTo('GET', /\/pos\/orders$/).length;
			const result = await run('ordersReturnAll');
			expectSuccess(result);
			const expected = emulator.data.pos[bistro].orders.filter((o) => o.service_date.slice(0, 10) >= '2026-01-01' && o.service_date.slice(0, 10) <= '2026-01-10');
			expect(expected).toHaveLength(250);
			const items = outputItems(result.run, NAMES.chift);
			expect(items.map((item) => item.json.id)).toEqual(expected.map((o) => o.id));
			expect(items.every((item) => pairedIndex(item) === 0)).toBe(true);
			const pages = emulator.requestsTo('GET', /\/pos\/orders$/).slice(pagesBefore);
			expect(pages.map((r) => [r.query.page, r.query.size])).toEqual([['1', '100'], ['2', '100'], ['3', '100']]);
			expect(pages[0].query).toMatchObject({ date_from: '2026-01-01', date_to: '2026-01-10', state: 'closed' });
		});

		test('7. no secret in any output: client secret and issued tokens appear in no stdout, stderr or run JSON', () => {
			const { emulator, transcripts, tokens } = context;
			expect(transcripts.length).toBeGreaterThanOrEqual(10);
			expect(tokens.length).toBeGreaterThanOrEqual(3);
			const secrets = [emulator.apiKey.clientSecret, ...tokens];
			const leaks = [];
			for (const { workflowId, stdout, stderr, run: runJson } of transcripts) {
				const texts = { stdout, stderr, run: JSON.stringify(runJson ?? null) };
				for (const [where, text] of Object.entries(texts)) {
					for (const secret of secrets) {
						if (text.includes(secret)) leaks.push(`${workflowId} ${where}: ${secret === emulator.apiKey.clientSecret ? 'client secret' : `token ${secret.slice(0, 8)}...`}`);
					}
				}
			}
			expect(leaks).toStrictEqual([]);
		}, TIMEOUTS.test);

		test('every request n8n sent and every answer of the emulator follows Chift\'s OpenAPI document', () => {
			// Last in the block: it checks the exchanges of every scenario above.
			expect(context.emulator.requests.length).toBeGreaterThan(0);
			assertFollowsSpec(context.emulator.requests);
		});
	});
}

/**
 * For a describe block: one emulator and one n8n (the pinned version, the packed package installed)
 * started before its tests, with these credentials (chiftCredential specs: { id, name }) and
 * workflows imported once, and everything stopped after them. `prepare(emulator)` may adapt the
 * workflows to the emulator's data first. Returns the context executeAndRecord() takes, with
 * `run(workflowId)`.
 */
function useN8nStack({ credentials, workflows, prepare, emulatorOptions = {} }) {
	const context = { n8n: null, emulator: null, transcripts: [] };
	context.run = (workflowId) => executeAndRecord(context, workflowId);
	beforeAll(async () => {
		const packageTarball = packedPackage();
		context.emulator = await startChiftEmulator({ port: 0, ...emulatorOptions });
		prepare?.(context.emulator);
		context.n8n = await createN8nInstance({ n8nVersion: DEFAULT_VERSION, packageTarball });
		await context.n8n.importCredentials(credentials.map((credential) => chiftCredential(context.emulator, credential)));
		const file = path.join(context.n8n.workDir, 'workflows.json');
		fs.writeFileSync(file, JSON.stringify(workflows, null, 2));
		const imported = await context.n8n.run(['import:workflow', `--input=${file}`]);
		if (imported.exitCode !== 0) throw new Error(`import:workflow failed (exit ${imported.exitCode}):\n${imported.stdout}\n${imported.stderr}`);
	}, TIMEOUTS.setup);
	afterAll(async () => {
		if (context.n8n) await context.n8n.cleanup();
		if (context.emulator) await context.emulator.close();
		removePackedPackage();
	}, TIMEOUTS.teardown);
	return context;
}

module.exports = {
	describeChiftPosScenarios,
	useN8nStack,
	packedPackage,
	chiftCredential,
	consumerById,
	locator,
	buildWorkflow,
	taskData,
	outputItems,
	executionError,
	pairedIndex,
	captureIssuedTokens,
	executeAndRecord,
	expectedBody,
	expectSuccess,
	expectFailure,
	removePackedPackage,
	NAMES,
	CREDENTIALS,
	CHIFT_NODE_TYPE,
	UNKNOWN_CONSUMER,
	TIMEOUTS,
};
