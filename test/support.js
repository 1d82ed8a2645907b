'use strict';
/**
 * Shared set-up of the engine tests: the built node and credential (dist/, what ships), n8n-core's
 * execution engine (./harness) and a fresh Chift emulator on 127.0.0.1.
 */
const path = require('path');

const { createHarness } = require('./harness/n8n-harness');
const { startChiftEmulator } = require('./emulator/chift-emulator');
const { CONSUMERS } = require('./emulator/sample-data');
const { assertFollowsSpec } = require('./spec/openapi');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { ChiftApi } = require(path.join(dist, 'credentials/ChiftApi.credentials.js'));

/** Every node class the package ships (package.json's n8n.nodes, as built), by class name. */
const NODE_CLASSES = Object.fromEntries(
	require(path.join(root, 'package.json')).n8n.nodes.map((file) => {
		const className = path.basename(file, '.node.js');
		return [className, require(path.join(root, file))[className]];
	}),
);
const { ChiftPos, ChiftAccounting } = NODE_CLASSES;

/**
 * The registry of every Chift node on consumers' data (dist/nodes/<Node>/actions/registry.js),
 * by node name: its resources and operations.
 */
const REGISTRIES = Object.fromEntries(
	Object.values(NODE_CLASSES)
		.map((NodeClass) => new NodeClass().description.name)
		.flatMap((name) => {
			const file = path.join(dist, 'nodes', name[0].toUpperCase() + name.slice(1), 'actions', 'registry.js');
			try {
				return [[name, require(file)[name]]];
			} catch {
				return []; // a trigger: no registry
			}
		}),
);

const CREDENTIAL = { chiftApi: { id: 'chiftCred', name: 'Chift test' } };

const locator = (value, mode = 'id') => ({ __rl: true, mode, value });

/**
 * An emulator and a harness whose credential points at it (more node types beside Chift POS: a
 * test's own probe); call stop() in afterEach/afterAll: it
 * also checks every request the test made and every answer the emulator gave against Chift's
 * OpenAPI document.
 */
async function startStack(emulatorOptions, { nodeTypes = {} } = {}) {
	const emulator = await startChiftEmulator(emulatorOptions);
	const harness = createHarness({
		nodeTypes: {
			...Object.fromEntries(Object.values(NODE_CLASSES).map((NodeClass) => new NodeClass()).map((node) => [node.description.name, node])),
			...nodeTypes,
		},
		credentialTypes: { chiftApi: new ChiftApi() },
	});
	const credentialData = {
		authentication: 'apiKey',
		...emulator.apiKey,
		baseUrl: emulator.url,
	};
	harness.setCredential('chiftCred', 'chiftApi', credentialData, 'Chift test');
	const expectedViolations = [];
	// emulator.reset() empties the request log between tests; stop() checks every exchange, so the
	// ones a reset drops are kept here.
	const earlierRequests = [];
	const reset = emulator.reset;
	emulator.reset = () => {
		earlierRequests.push(...emulator.requests);
		reset();
	};

	/** Runs a Chift node of this type (the consumer: Bistro Central unless the parameters say) over these items. */
	const runNode = (type, parameters, items = [{ json: {} }], options = {}) =>
		harness.runNode({
			type,
			credentials: CREDENTIAL,
			parameters: { consumerId: locator(CONSUMERS.bistro), ...parameters },
			items,
			...options,
		});
	/** Runs Chift POS with these parameters over these items. */
	const run = (parameters, items, options) => runNode('chiftPos', { resource: 'customer', operation: 'create', ...parameters }, items, options);

	return {
		emulator,
		harness,
		run,
		runNode,
		credentialData,
		customerPosts: () => emulator.requestsTo('POST', /\/pos\/customers$/),
		tokenRequests: () => emulator.requestsTo('POST', '/token'),
		/** The bearer token stored in the credential ("<fingerprint>:<expiresAt>.<token>" → "<token>"). */
		storedToken: () => {
			const stored = harness.getCredential('chiftCred').sessionToken ?? '';
			return stored.slice(stored.indexOf('.') + 1);
		},
		/** Every bearer token the node sent. */
		bearerTokens: () =>
			[...new Set(emulator.requests.map((r) => r.headers.authorization).filter(Boolean).map((a) => a.replace(/^Bearer\s+/, '')))],
		/** Closes the emulator, then fails the test if any request or answer broke Chift's OpenAPI document. */
		stop: async () => {
			await emulator.close();
			assertFollowsSpec([...earlierRequests, ...emulator.requests], expectedViolations);
		},
		/** For a test that sends a request the document forbids on purpose (Chift's answer to it is tested). */
		expectViolation: (pattern) => expectedViolations.push(pattern),
	};
}

/**
 * The usual life of a stack in a test file: started before its tests, the emulator's log and
 * injections reset before each, stopped after all (which checks every exchange against Chift's
 * OpenAPI document). Returns a handle whose `stack` is set once started.
 */
function useStack(emulatorOptions, stackOptions) {
	const handle = { stack: undefined };
	beforeAll(async () => {
		handle.stack = await startStack(emulatorOptions, stackOptions);
	});
	afterAll(async () => {
		await handle.stack?.stop();
	});
	beforeEach(() => handle.stack.emulator.reset());
	return handle;
}

/**
 * The life of a stack in a trigger's test file: a fresh one per test (no registrations, no
 * deliveries seen), the webhook endpoint it serves closed after each. serve(type, parameters)
 * serves the trigger and activates it, as n8n does (its create() registers with the emulator).
 */
function useTriggerStack() {
	const handle = { stack: undefined, endpoint: undefined };
	beforeEach(async () => {
		handle.stack = await startStack();
	});
	afterEach(async () => {
		await handle.endpoint?.close();
		handle.endpoint = undefined;
		await handle.stack?.stop();
	});
	handle.serve = async (type, parameters) => {
		await handle.endpoint?.close();
		handle.endpoint = await handle.stack.harness.serveWebhook({ type, credentials: CREDENTIAL, parameters });
		await handle.endpoint.activate();
		return handle.endpoint;
	};
	return handle;
}

/** Output items of output 0 (success) and 1 (error output) as plain JSON. */
const jsonOf = (items) => (items ?? []).map((item) => item.json);

/**
 * The engine tests of Chift Accounting on a useStack() stack: node runs and list searches (for
 * consumer Bistro Central by default), the accounting requests the emulator got, a folder's records.
 */
function accountingSuite(emulatorOptions) {
	const handle = useStack(emulatorOptions);
	const accountingRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/accounting/'));
	return {
		stack: () => handle.stack,
		run: (resource, operation, parameters = {}, items, options) => handle.stack.runNode('chiftAccounting', { resource, operation, ...parameters }, items, options),
		accountingRequests,
		lastRequest: () => accountingRequests()[accountingRequests().length - 1],
		/** The emulator's records of one folder (default: Bistro Central's only one). */
		store: (consumerId = CONSUMERS.bistro, folderId = '1001') => handle.stack.emulator.data.accounting[consumerId].stores[folderId],
		listSearch: (method, parameters = {}, filter) =>
			handle.stack.harness.listSearch({ type: 'chiftAccounting', method, filter, parameters: { consumerId: locator(CONSUMERS.bistro), ...parameters }, credentials: CREDENTIAL }),
	};
}

module.exports = { startStack, useStack, useTriggerStack, accountingSuite, locator, jsonOf, CONSUMERS, NODE_CLASSES, REGISTRIES, ChiftPos, ChiftAccounting, ChiftApi };
