'use strict';
/**
 * In-process n8n test harness: runs node types through n8n-core's REAL execution engine
 * (`WorkflowExecute`, `RoutingNode`, `ExecuteContext`, `LoadOptionsContext`, `Credentials`) on
 * n8n-core 2.8.1 + n8n-workflow 2.8.0, the libraries inside n8n 2.8.4 (pinned devDependencies).
 *
 * The pieces n8n-core expects its host to provide live in the `n8n` (CLI) package, which is not
 * installed here. This file re-implements, as independent code of its own, the observable
 * behaviour of those pieces as they are in n8n 2.8.4, limited to what this repository's node and
 * tests need. Behaviour reference (packages/cli/src in the n8n repository, tag n8n@2.8.4):
 *   - credentials-helper.ts                    → CredentialVault (storage, defaults, authenticate, preAuthentication)
 *   - services/credentials-tester.service.ts   → N8nHarness#testCredential (credentials with a `test` request)
 *   - node-types.ts, credential-types.ts       → NodeTypeRegistry, CredentialVault#definitionOf
 *   - load-nodes-and-credentials.ts            → the domain-restriction fields added to credentials
 *   - workflow-execute-additional-data.ts      → N8nHarness#getBase
 *   - commands/execute.ts, workflow-runner.ts, manual-execution.service.ts → N8nHarness#runNode
 *   - services/dynamic-node-parameters.service.ts → N8nHarness#listSearch / #loadOptions
 * No n8n source text is copied. Not reproduced: database, Sentry, external secrets ($secrets),
 * OAuth, enterprise dynamic credentials, credential overwrites, credentials that `extend` others,
 * versioned node types, sub-workflows, task runners, and the start-up additions n8n makes to node
 * descriptions (the declarative "Request Options" parameter, the "Custom API Call" option).
 *
 * ─── API ────────────────────────────────────────────────────────────────────────────────────
 *   const { createHarness } = require('./harness/n8n-harness');
 *   const h = createHarness({
 *     nodeTypes: { chiftPos: new ChiftPos() },         // workflow node `type` → INodeType instance
 *     credentialTypes: { chiftApi: new ChiftApi() },   // key is informative; the credential's own `name` is used
 *   });
 *     sharesCredentialsWith: anotherHarness,           // optional: one credentials table for both, like two
 *                                                      // n8n processes (queue-mode workers) on one database
 *     The instances are NOT mutated. Credentials that can authenticate requests get n8n's
 *     `allowedHttpRequestDomains` / `allowedDomains` fields, as n8n adds them when it loads them.
 *     Node type keys are used verbatim as `node.type` (the community-package install would use
 *     `n8n-nodes-chift.chiftPos`; any key works the same way at run time).
 *
 *   h.setCredential(id, type, data, name = id)   // store (encrypted with n8n-core `Credentials`, like the DB)
 *   h.getCredential(id) → data | undefined       // current stored (decrypted, raw) data; updated by preAuthentication
 *   h.credentialsHelper                          // the ICredentialsHelper, e.g. for assertions:
 *                                                //   await h.credentialsHelper.getDecrypted(h.getBase(), { id, name }, type, 'internal')
 *   h.getBase()                                  // an IWorkflowExecuteAdditionalData like n8n's getBase()
 *
 *   await h.runNode({
 *     type, parameters = {}, credentials,          // credentials: { chiftApi: { id: 'cred1', name: 'Chift' } }
 *     items = [{ json: {} }],                      // fed to the node by an "Items" node after a start (trigger) node
 *     onError,                                     // undefined | 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput'
 *     executionId,                                 // default: '1', '2', … per harness
 *     name, typeVersion,                           // node name (default description.defaults.name) / version (default latest)
 *     node,                                        // extra INode fields, e.g. { retryOnFail: true, alwaysOutputData: true }
 *     mode = 'cli',                                // WorkflowExecuteMode; the CLI `execute` command uses 'cli'
 *     settings = { executionOrder: 'v1' },         // workflow settings
 *   }) → {
 *     status,          // IRun.status: 'success' | 'error' | …
 *     error,           // on failure: the error the node threw, real class (NodeApiError / NodeOperationError…);
 *                      //   falls back to resultData.error (a plain-object copy made by WorkflowExecute) when
 *                      //   the failure did not come out of the node's execute()
 *     main,            // runData[node][0].data.main, padded to ≥ 2 outputs: [[output 0], [output 1 = error output]]
 *     runData,         // run.data.resultData.runData (all three nodes)
 *     executionTime,   // ms, runData[node][0].executionTime
 *     nodeName,        // name of the node under test
 *     run,             // the full IRun returned by WorkflowExecute
 *   }
 *
 *   await h.testCredential(type, data, { id, name } = {}) → { status: 'OK' | 'Error', message }
 *     Like the editor: the credential is saved (stored under `id`, default 'credTest<N>') with `data`,
 *     then its `test.request` runs through n8n-core's RoutingNode on a stand-in node.
 *
 *   const endpoint = await h.serveWebhook({ type, parameters = {}, credentials, name, webhookId, staticData = {} })
 *     A trigger node's production webhook on a real HTTP server on 127.0.0.1, as n8n's live webhooks
 *     serve it (webhooks/live-webhooks.ts, webhook-helpers.ts): every POST to endpoint.url builds the
 *     workflow again from the saved static data (as n8n loads it from the database), parses the JSON
 *     body (req.body, and the bytes as req.rawBody), runs the node's webhook() in n8n-core's
 *     WebhookContext, answers as n8n does (noWebhookResponse: what the node wrote; no workflowData:
 *     200 with webhookResponse or { message: 'Webhook call received' }; workflowData: 200
 *     { message: 'Workflow was started' }) and saves the static data when it changed.
 *     → { url, executions,        // one entry per started execution: the workflowData the node returned
 *         staticData(),           // the saved static data (a copy)
 *         activate(), deactivate(), // the webhook methods: checkExists, then create when false / delete
 *         close() }
 *     Not reproduced: executing the rest of the workflow, test webhooks, response modes other than onReceived.
 *
 *   await h.listSearch({ type, method, filter, paginationToken, parameters = {}, credentials, path, typeVersion })
 *     → whatever node.methods.listSearch[method] returns ({ results, paginationToken })
 *   await h.loadOptions({ type, method, parameters = {}, credentials, path, typeVersion }) → INodePropertyOptions[]
 *     Both run with a real n8n-core LoadOptionsContext on a throw-away one-node workflow.
 *
 * Environment: on first use N8N_USER_FOLDER is pointed at a fresh temp dir `$TMPDIR/n8n-harness-<pid>-*`
 * (removed on process exit; under jest, whose sandboxed `process` never emits 'exit', by the next run)
 * and N8N_ENCRYPTION_KEY gets a fixed test value if unset; n8n-core's Logger (DI) and n8n-workflow's
 * LoggerProxy are replaced by a silent logger, so nothing (no secrets) is logged.
 *
 * ─── n8n 2.8.4 behaviour reproduced (checked by test/harness.test.js) ──────────────────────────
 *   - Decrypted credentials come back with the defaults of their properties: a hidden token field
 *     missing from the stored data is '' (which is what makes preAuthentication run), and
 *     credentials that can authenticate requests also carry `allowedHttpRequestDomains: 'all'`.
 *     Stored keys that are not properties are dropped.
 *   - preAuthentication runs when the first hidden + expirable field is '' or n8n-core says the
 *     credentials expired (after a 401); its output is merged into the decrypted credentials and
 *     that whole object (defaults included) is what gets stored.
 *   - During a credential test n8n 2.8.4 does not force preAuthentication: its check for the test
 *     node compares against 'n8n-nodes-base.noOp' while the test node's type is 'noOp', so a
 *     stored, still valid token is used as it is.
 *   - n8n-workflow's execution errors never keep an Error as `cause`, so a failing test request
 *     reports the error's own message (e.g. 401 → 'Authorization failed - please check your
 *     credentials'); the status-text and `rules` (responseCode) answers apply only to a cause
 *     that carries a response.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

// Resolve n8n-core's own dependencies from n8n-core's location so we share its DI container.
const n8nCoreDir = path.dirname(require.resolve('n8n-core/package.json'));
const requireFromCore = (id) => require(require.resolve(id, { paths: [n8nCoreDir] }));

// ─── Environment (must be set before any n8n DI service is constructed) ────────────────────
const USER_FOLDER_PREFIX = 'n8n-harness-';
let userFolder;

// Folders of harness processes that are gone (jest's sandboxed `process` never emits 'exit',
// so the exit hook below does not run under jest; the next run cleans up instead).
function removeStaleUserFolders() {
	let entries = [];
	try {
		entries = fs.readdirSync(os.tmpdir());
	} catch {
		return;
	}
	for (const entry of entries) {
		const match = new RegExp(`^${USER_FOLDER_PREFIX}(\\d+)-`).exec(entry);
		if (!match || Number(match[1]) === process.pid) continue;
		try {
			process.kill(Number(match[1]), 0); // signal 0: only checks that the process exists
			continue;
		} catch (error) {
			if (error.code !== 'ESRCH') continue;
		}
		fs.rmSync(path.join(os.tmpdir(), entry), { recursive: true, force: true });
	}
}

function prepareEnvironment() {
	if (userFolder) return;
	removeStaleUserFolders();
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `${USER_FOLDER_PREFIX}${process.pid}-`));
	process.env.N8N_USER_FOLDER = userFolder;
	if (!process.env.N8N_ENCRYPTION_KEY) process.env.N8N_ENCRYPTION_KEY = 'n8n-harness-test-encryption-key';
	process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
	const dir = userFolder;
	process.once('exit', () => {
		try {
			fs.rmSync(dir, { recursive: true, force: true });
		} catch {
			// ignore
		}
	});
}
prepareEnvironment();

const { Container } = requireFromCore('@n8n/di');
const { Logger } = requireFromCore('@n8n/backend-common');
const lodashGet = requireFromCore('lodash/get');
const {
	Credentials,
	ExecuteContext,
	ExecutionLifecycleHooks,
	HookContext,
	LoadOptionsContext,
	RoutingNode,
	UnrecognizedCredentialTypeError,
	WebhookContext,
	WorkflowExecute,
	getAdditionalKeys,
} = require('n8n-core');
const {
	ICredentialsHelper,
	LoggerProxy,
	NodeConnectionTypes,
	NodeHelpers,
	UnexpectedError,
	UserError,
	Workflow,
	createEmptyRunExecutionData,
	deepCopy,
	isExpression,
} = require('n8n-workflow');

// ─── Silent logger ──────────────────────────────────────────────────────────────────────────
const silentLogger = {
	error() {},
	warn() {},
	info() {},
	debug() {},
	scoped() {
		return silentLogger;
	},
};
Container.set(Logger, silentLogger);
LoggerProxy.init(silentLogger);

// n8n-core's SSHClientsManager (created by every ExecuteContext) starts a ref'd 60 s cleanup
// interval; in n8n the process exits explicitly, in a test runner it would keep the process alive.
function unrefBackgroundTimers() {
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');
	Container.get(SSHClientsManager).cleanupTimer?.unref?.();
}

// ─── Shared bits ────────────────────────────────────────────────────────────────────────────
const BASE_URL = 'http://localhost:5678'; // where n8n listens when N8N_HOST/PORT/PROTOCOL are unset
const HARNESS_USER_ID = 'harness-user-0001';
const SCRATCH_NODE_NAME = 'Temp-Node'; // n8n's name for the single node of a credential test or option lookup

const latestVersion = ({ version }) => (Array.isArray(version) ? version[version.length - 1] : version);

/** An INodeTypes that answers every lookup with the same node type (for one-node scratch workflows). */
const onlyType = (nodeType) => ({
	getByName: () => nodeType,
	getByNameAndVersion: () => nodeType,
	getKnownTypes: () => ({}),
});

/** A workflow of one inactive node, for resolving expressions or running a context outside any run. */
function scratchWorkflow(node, nodeTypes) {
	return new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
}

// ─── Node types ─────────────────────────────────────────────────────────────────────────────
/** Start of every runNode workflow. Outside 'manual' mode WorkflowExecute does not call a trigger: it passes on one empty item. */
const START = {
	type: 'n8n-harness.start',
	name: 'Start',
	nodeType: {
		description: {
			displayName: 'Start',
			name: 'start',
			group: ['trigger'],
			version: 1,
			description: 'Starts a harness run',
			defaults: { name: 'Start' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		},
		// only called in 'manual' mode, where n8n waits for what the trigger emits
		async trigger() {
			return { manualTriggerFunction: async () => this.emit([[{ json: {} }]]) };
		},
	},
};

// Emits the test items (like a Code node returning them). pairedItem is left to
// WorkflowExecute.assignPairedItems (1 input item → { item: 0 }).
const itemsRegistry = new Map();
const ITEMS = {
	type: 'n8n-harness.items',
	name: 'Items',
	nodeType: {
		description: {
			displayName: 'Items',
			name: 'items',
			group: ['transform'],
			version: 1,
			description: 'Emits the items given to runNode()',
			defaults: { name: 'Items' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [{ displayName: 'Run Key', name: 'runKey', type: 'string', default: '' }],
		},
		async execute() {
			const runKey = this.getNodeParameter('runKey', 0);
			const items = itemsRegistry.get(runKey);
			if (!items) throw new UnexpectedError(`No harness items registered for run key "${runKey}"`);
			return [deepCopy(items)];
		},
	},
};

/** The INodeTypes given to workflows: node types by workflow `type`, each with a single version. */
class NodeTypeRegistry {
	constructor(byType) {
		this.byType = byType; // Map type → INodeType
	}

	getByName(type) {
		const nodeType = this.byType.get(type);
		if (!nodeType) throw new TypeError(`Unknown node type "${type}" (harness knows: ${[...this.byType.keys()].join(', ')})`);
		return nodeType;
	}

	getByNameAndVersion(type) {
		return this.getByName(type);
	}

	getKnownTypes() {
		return {};
	}

	/** A copy in which `type` resolves to `nodeType`. */
	replacing(type, nodeType) {
		return new NodeTypeRegistry(new Map(this.byType).set(type, nodeType));
	}
}

/**
 * A stand-in for `nodeType` whose execute() reports what it throws to `onThrow`: WorkflowExecute
 * keeps only a plain-object copy of a node's error, the harness wants to hand back the real one.
 */
function reportingThrows(nodeType, onThrow) {
	if (typeof nodeType.execute !== 'function') return nodeType;
	const execute = nodeType.execute;
	return Object.create(nodeType, {
		execute: {
			value(...args) {
				return Promise.resolve()
					.then(() => execute.apply(this, args))
					.catch((error) => {
						onThrow(error);
						throw error;
					});
			},
		},
	});
}

// ─── Credentials ────────────────────────────────────────────────────────────────────────────
/** Fields n8n 2.8 adds when loading a credential that can authenticate requests; only their defaults matter here. */
const DOMAIN_FIELDS = [
	{
		displayName: 'Allowed HTTP Request Domains',
		name: 'allowedHttpRequestDomains',
		type: 'options',
		options: ['all', 'domains', 'none'].map((value) => ({ name: value, value })),
		default: 'all',
	},
	{
		displayName: 'Allowed Domains',
		name: 'allowedDomains',
		type: 'string',
		default: '',
		displayOptions: { show: { allowedHttpRequestDomains: ['domains'] } },
	},
];

/** Node types for resolving expressions in credential data that belongs to no execution. */
const CREDENTIAL_SCRATCH_TYPES = onlyType({ description: { properties: [] } });

/**
 * The harness' ICredentialsHelper. It also plays the credentials table: every credential is kept
 * as an n8n-core `Credentials` object, i.e. encrypted with the instance key, and decrypted on read.
 */
class CredentialVault extends ICredentialsHelper {
	constructor(definitions, records = new Map()) {
		super();
		this.types = new Map(); // credential name → { definition, properties (with the added fields) }
		this.records = records; // credential id → Credentials
		for (const [key, definition] of Object.entries(definitions)) {
			if (!definition || typeof definition !== 'object' || !definition.name || !Array.isArray(definition.properties)) {
				throw new TypeError(`credentialTypes["${key}"] must be a credential type instance (new MyApi())`);
			}
			if (definition.extends?.length) {
				throw new TypeError(`credentialTypes["${key}"] extends other types, which the harness does not support`);
			}
			const addsDomainFields =
				(definition.authenticate !== undefined || definition.genericAuth === true) &&
				!definition.properties.some((property) => property.name === DOMAIN_FIELDS[0].name);
			const properties = addsDomainFields ? [...definition.properties, ...DOMAIN_FIELDS] : definition.properties;
			this.types.set(definition.name, { definition, properties });
		}
	}

	definitionOf(type) {
		const known = this.types.get(type);
		if (!known) throw new UnrecognizedCredentialTypeError(type);
		return known.definition;
	}

	// ── the "credentials table" ──
	store(id, name, type, data) {
		this.definitionOf(type);
		const record = new Credentials({ id, name }, type);
		record.setData(deepCopy(data));
		this.records.set(id, record);
	}

	read(id) {
		return this.records.get(id)?.getData();
	}

	recordFor(nodeCredentials, type) {
		const id = nodeCredentials?.id;
		if (!id) throw new UnexpectedError('Found credential with no ID.');
		const record = this.records.get(id);
		if (!record || record.type !== type) {
			throw new UserError(`Credential with ID "${id}" does not exist for type "${type}".`);
		}
		return record;
	}

	// ── ICredentialsHelper ──
	getParentTypes() {
		return []; // no credential here extends another one
	}

	getCredentialsProperties(type) {
		this.definitionOf(type);
		return this.types.get(type).properties;
	}

	async getDecrypted(additionalData, nodeCredentials, type, mode, executeData, raw, expressionResolveValues) {
		const stored = this.recordFor(nodeCredentials, type).getData();
		if (raw === true) return stored;
		return this.withDefaults(additionalData, stored, type, mode, executeData, expressionResolveValues);
	}

	/**
	 * What a node gets: the stored values over the properties' defaults (keys that are no property
	 * dropped, except the domain fields), then expressions in them resolved — against the running
	 * item when n8n-core passes `inExecution`, otherwise on a scratch workflow.
	 */
	withDefaults(additionalData, stored, type, mode, executeData, inExecution) {
		const data = NodeHelpers.getNodeParameters(this.getCredentialsProperties(type), stored, true, false, null, null);
		for (const { name } of DOMAIN_FIELDS) {
			if (data[name] === undefined && stored[name] !== undefined) data[name] = stored[name];
		}
		const keys = getAdditionalKeys(additionalData, mode, null, { secretsEnabled: false });
		if (!inExecution) {
			const node = { name: '', type: 'scratch', typeVersion: 1, position: [0, 0], parameters: {} };
			const { expression } = scratchWorkflow(node, CREDENTIAL_SCRATCH_TYPES);
			return expression.getComplexParameterValue(node, data, mode, keys, undefined, undefined, data);
		}
		const { workflow, runExecutionData, runIndex, itemIndex, node, connectionInputData } = inExecution;
		try {
			return workflow.expression.getParameterValue(
				data,
				runExecutionData,
				runIndex,
				itemIndex,
				node.name,
				connectionInputData,
				mode,
				keys,
				executeData,
				false,
				data,
			);
		} catch (error) {
			error.message += ' [Error resolving credentials]';
			throw error;
		}
	}

	/** Applies the credential's `authenticate`: a function of its own, or a generic map of request fields. */
	async authenticate(credentials, type, requestOptions, workflow, node) {
		const definition = this.definitionOf(type);
		const { authenticate } = definition;
		if (typeof authenticate === 'function') return await definition.authenticate(credentials, requestOptions);
		if (!authenticate || typeof authenticate !== 'object') return requestOptions;
		requestOptions.headers ??= {};
		if (authenticate.type !== 'generic') return requestOptions;
		const resolve = (text) => {
			if (!isExpression(text)) return text;
			const value = workflow.expression.getSimpleParameterValue(node, text, 'internal', { $credentials: credentials }, undefined, '');
			return value ? value.toString() : '';
		};
		for (const [field, entries] of Object.entries(authenticate.properties)) {
			for (const [key, value] of Object.entries(entries)) {
				requestOptions[field] ||= {};
				requestOptions[field][resolve(key)] = resolve(value);
			}
		}
		return requestOptions;
	}

	/**
	 * Fetches a fresh token through the credential's preAuthentication when its token field (the
	 * first hidden, expirable property) is empty or n8n-core reports the credentials expired.
	 * Returns the updated credentials, which are stored as a whole, or undefined when nothing changed.
	 */
	async preAuthentication(helpers, credentials, type, node, credentialsExpired) {
		const definition = this.definitionOf(type);
		const tokenField = definition.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		)?.name;
		if (tokenField === undefined || typeof definition.preAuthentication !== 'function') return undefined;
		if (credentials[tokenField] !== '' && !credentialsExpired) return undefined;

		const fresh = await definition.preAuthentication.call(helpers, credentials);
		if (fresh[tokenField] === undefined || !node.credentials) return undefined;
		Object.assign(credentials, fresh);
		await this.updateCredentials(node.credentials[type], type, credentials);
		return credentials;
	}

	async updateCredentials(nodeCredentials, type, data) {
		this.recordFor(nodeCredentials, type).setData(data);
	}
}

// ─── Credential test outcome ────────────────────────────────────────────────────────────────
const passed = () => ({ status: 'OK', message: 'Connection successful!' });
const failed = (message) => ({ status: 'Error', message });

/** The answer for a test request that failed with `error`. */
function failedTestResult(error, rules = []) {
	const response = error.cause?.response;
	if (response) {
		const status = response.status;
		const rule = rules.find((candidate) => candidate.type === 'responseCode' && candidate.properties.value === status);
		if (rule) return failed(rule.properties.message);
		if (status < 199 || status > 299) return failed(response.statusText || `Received HTTP status code: ${status}`);
	} else if (error.cause?.code) {
		return failed(error.cause.code);
	}
	return failed(error.message.toString());
}

/** The answer for a test request that succeeded with `output`: a `responseSuccessBody` rule may still call it a failure. */
function succeededTestResult(output, rules = []) {
	const rule = rules.find(
		(candidate) =>
			candidate.type === 'responseSuccessBody' &&
			lodashGet(output[0][0].json, candidate.properties.key) === candidate.properties.value,
	);
	return rule ? failed(rule.properties.message) : passed();
}

// ─── The harness ────────────────────────────────────────────────────────────────────────────
class N8nHarness {
	constructor({ nodeTypes = {}, credentialTypes = {}, sharesCredentialsWith } = {}) {
		this.userId = HARNESS_USER_ID;
		this.executionCounter = 0;
		this.credentialTestCounter = 0;

		const byType = new Map([
			[START.type, START.nodeType],
			[ITEMS.type, ITEMS.nodeType],
		]);
		for (const [type, instance] of Object.entries(nodeTypes)) {
			if (!instance || typeof instance !== 'object' || !instance.description) {
				throw new TypeError(`nodeTypes["${type}"] must be a node type instance (new MyNode())`);
			}
			if ('nodeVersions' in instance) throw new TypeError(`nodeTypes["${type}"]: versioned node types are not supported`);
			byType.set(type, instance);
		}
		this.nodeTypes = new NodeTypeRegistry(byType);
		this.credentialsHelper = new CredentialVault(credentialTypes, sharesCredentialsWith?.credentialsHelper.records);
		unrefBackgroundTimers();
	}

	// ── credentials ──
	setCredential(id, type, data, name = id) {
		this.credentialsHelper.store(id, name, type, data);
	}

	getCredential(id) {
		return this.credentialsHelper.read(id);
	}

	/** The additional data n8n-core's contexts read: URLs, credentials helper, user; sub-workflows and task runners refused. */
	getBase({ userId = this.userId, currentNodeParameters, executionTimeoutTimestamp, workflowSettings } = {}) {
		const unsupported = (what) => async () => {
			throw new UnexpectedError(`${what} is not supported by the n8n test harness`);
		};
		return {
			credentialsHelper: this.credentialsHelper,
			currentNodeExecutionIndex: 0,
			currentNodeParameters,
			executionTimeoutTimestamp,
			userId,
			variables: {},
			workflowSettings,
			instanceBaseUrl: `${BASE_URL}/`,
			restApiUrl: `${BASE_URL}/rest`,
			webhookBaseUrl: `${BASE_URL}/webhook`,
			webhookTestBaseUrl: `${BASE_URL}/webhook-test`,
			webhookWaitingBaseUrl: `${BASE_URL}/webhook-waiting`,
			formWaitingBaseUrl: `${BASE_URL}/form-waiting`,
			setExecutionStatus() {},
			executeWorkflow: unsupported('Sub-workflow execution'),
			startRunnerTask: unsupported('Task runners (Code node)'),
		};
	}

	versionOf(type, typeVersion) {
		return typeVersion ?? latestVersion(this.nodeTypes.getByName(type).description);
	}

	/**
	 * Runs Start → Items → the node under test through WorkflowExecute with no start node, pin data
	 * or destination, in `mode` ('cli' by default, like `n8n execute`).
	 */
	async runNode({
		type,
		parameters = {},
		credentials,
		items = [{ json: {} }],
		onError,
		executionId,
		name,
		typeVersion,
		node: nodeExtras = {},
		mode = 'cli',
		settings = { executionOrder: 'v1' },
	} = {}) {
		if (!type) throw new TypeError('runNode: `type` is required');
		if (!Array.isArray(items)) throw new TypeError('runNode: `items` must be an array of { json } items');
		const nodeType = this.nodeTypes.getByName(type);
		const nodeName = name ?? nodeType.description.defaults?.name ?? nodeType.description.displayName ?? type;
		if (nodeName === START.name || nodeName === ITEMS.name) {
			throw new TypeError(`runNode: node name "${nodeName}" is reserved by the harness`);
		}

		const id = executionId ?? String(++this.executionCounter);
		const runKey = `${id}:${crypto.randomUUID()}`;
		itemsRegistry.set(runKey, deepCopy(items));
		let thrown;
		const nodeTypes = this.nodeTypes.replacing(type, reportingThrows(nodeType, (error) => (thrown = error)));

		const nodes = [
			{ name: START.name, type: START.type, parameters: {} },
			{ name: ITEMS.name, type: ITEMS.type, parameters: { runKey } },
			{
				name: nodeName,
				type,
				parameters: deepCopy(parameters),
				typeVersion: this.versionOf(type, typeVersion),
				...(credentials ? { credentials: deepCopy(credentials) } : {}),
				...(onError !== undefined ? { onError } : {}),
				...nodeExtras,
			},
		].map((node, index) => ({ id: crypto.randomUUID(), typeVersion: 1, position: [index * 200, 0], ...node }));
		const pipe = (to) => ({ main: [[{ node: to, type: NodeConnectionTypes.Main, index: 0 }]] });
		const connections = { [START.name]: pipe(ITEMS.name), [ITEMS.name]: pipe(nodeName) };
		const workflowData = { id: 'harnessWorkflow0001', name: 'n8n harness workflow', active: false, nodes, connections, settings };

		try {
			const workflow = new Workflow({ ...workflowData, nodeTypes, staticData: undefined, pinData: undefined });
			const additionalData = {
				...this.getBase({ workflowSettings: settings }),
				executionId: id,
				hooks: new ExecutionLifecycleHooks(mode, id, workflowData),
				sendDataToUI() {},
			};
			const run = await new WorkflowExecute(additionalData, mode).run({ workflow });

			const runData = run.data.resultData.runData;
			const taskData = runData[nodeName]?.[0];
			const main = (taskData?.data?.main ?? []).map((output) => output ?? []);
			while (main.length < 2) main.push([]);
			let error;
			if (run.status === 'error' || run.data.resultData.error !== undefined) {
				const copy = run.data.resultData.error ?? taskData?.error;
				error = thrown && (!copy || copy.message === thrown.message) ? thrown : copy;
			}
			return { status: run.status, error, main, runData, executionTime: taskData?.executionTime, nodeName, run };
		} finally {
			itemsRegistry.delete(runKey);
		}
	}

	/**
	 * Saves `data` under an id, as the editor does before a test, then sends the credential's
	 * `test.request` through RoutingNode on a stand-in node that uses the credential.
	 */
	async testCredential(type, data, { id, name } = {}) {
		const credentialId = id ?? `credTest${++this.credentialTestCounter}`;
		const credentialName = name ?? credentialId;
		this.setCredential(credentialId, type, data, credentialName);

		const { test } = this.credentialsHelper.definitionOf(type);
		if (!test) return failed('No testing function found for this credential.');
		const credentialsDecrypted = { id: credentialId, name: credentialName, type, data: deepCopy(data) };
		try {
			credentialsDecrypted.data = this.credentialsHelper.withDefaults(this.getBase(), credentialsDecrypted.data, type, 'internal');
		} catch (error) {
			return failed(error.message.toString());
		}

		// n8n builds the stand-in from its No Operation node (whose loaded type name is 'noOp')
		const probe = {
			id: 'temp',
			name: SCRATCH_NODE_NAME,
			type: 'noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { [type]: { id: credentialId, name: credentialName } },
		};
		const probeType = {
			description: {
				displayName: 'Credential test',
				name: 'noOp',
				group: ['organization'],
				version: 1,
				defaults: { name: SCRATCH_NODE_NAME },
				inputs: [NodeConnectionTypes.Main],
				outputs: [NodeConnectionTypes.Main],
				credentials: [{ name: type, required: true }],
				properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } }],
			},
		};
		const context = new ExecuteContext(
			scratchWorkflow(probe, onlyType(probeType)),
			probe,
			this.getBase({ currentNodeParameters: probe.parameters }),
			'internal',
			createEmptyRunExecutionData(),
			0,
			[],
			{ main: [[{ json: {} }]] },
			{ node: probe, data: {}, source: null },
			[],
		);
		let output;
		try {
			output = await new RoutingNode(context, probeType, credentialsDecrypted).runNode();
		} catch (error) {
			return failedTestResult(error, test.rules);
		}
		return succeededTestResult(output, test.rules);
	}

	/** A LoadOptionsContext on a one-node workflow holding the node as configured, and the method to call in it. */
	methodContext(kind, { type, method, parameters = {}, credentials, path: parameterPath, typeVersion }) {
		const nodeType = this.nodeTypes.getByName(type);
		const fn = nodeType.methods?.[kind]?.[method];
		if (typeof fn !== 'function') throw new UnexpectedError(`Node type "${type}" has no ${kind} method "${method}"`);
		const node = {
			id: crypto.randomUUID(),
			name: SCRATCH_NODE_NAME,
			type,
			typeVersion: this.versionOf(type, typeVersion),
			position: [0, 0],
			parameters: deepCopy(parameters),
			...(credentials ? { credentials: deepCopy(credentials) } : {}),
		};
		const workflow = scratchWorkflow(node, this.nodeTypes);
		const additionalData = this.getBase({ currentNodeParameters: parameters });
		return { fn, context: new LoadOptionsContext(workflow, workflow.nodes[node.name], additionalData, parameterPath ?? 'parameters') };
	}

	/** A trigger node's production webhook on 127.0.0.1, served as n8n serves live webhooks (see the API above). */
	async serveWebhook({ type, parameters = {}, credentials, name, webhookId = crypto.randomUUID(), staticData = {} } = {}) {
		const nodeType = this.nodeTypes.getByName(type);
		const [description] = nodeType.description.webhooks ?? [];
		if (!description || typeof nodeType.webhook !== 'function') throw new TypeError(`Node type "${type}" has no webhook`);
		if (description.responseMode && description.responseMode !== 'onReceived') {
			throw new TypeError(`serveWebhook: response mode ${description.responseMode} is not supported`);
		}
		const node = {
			id: crypto.randomUUID(),
			name: name ?? nodeType.description.defaults?.name ?? type,
			type,
			typeVersion: this.versionOf(type),
			position: [0, 0],
			webhookId,
			parameters: deepCopy(parameters),
			...(credentials ? { credentials: deepCopy(credentials) } : {}),
		};
		const workflowId = 'harnessWebhookWorkflow01';
		let saved = deepCopy(staticData); // the workflow's staticData column
		const executions = [];
		let baseUrl = '';

		// As n8n: a Workflow built from what is stored, every time; its static data saved when it changed.
		const load = () =>
			new Workflow({ id: workflowId, name: 'n8n harness webhook workflow', nodes: [deepCopy(node)], connections: {}, active: true, nodeTypes: this.nodeTypes, staticData: deepCopy(saved), settings: { executionOrder: 'v1' } });
		const save = (workflow) => {
			if (workflow.staticData.__dataChanged === true) saved = JSON.parse(JSON.stringify(workflow.staticData));
		};
		const additionalData = (extra = {}) => ({ ...this.getBase(), webhookBaseUrl: `${baseUrl}/webhook`, webhookTestBaseUrl: `${baseUrl}/webhook-test`, ...extra });
		const webhookData = (workflow) => ({ httpMethod: description.httpMethod, node: node.name, path: description.path, webhookDescription: description, workflowId, isTest: false, workflowExecuteAdditionalData: additionalData() });
		const hook = async (method, activation) => {
			const workflow = load();
			const context = new HookContext(workflow, workflow.getNode(node.name), additionalData(), 'trigger', activation, webhookData(workflow));
			try {
				return await nodeType.webhookMethods[description.name][method].call(context);
			} finally {
				save(workflow);
			}
		};

		const server = http.createServer(async (req, res) => {
			const chunks = [];
			for await (const chunk of req) chunks.push(chunk);
			const rawBody = Buffer.concat(chunks);
			const send = (status, payload) => {
				if (res.headersSent) return;
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(payload));
			};
			const url = new URL(req.url, 'http://127.0.0.1');
			if (req.method !== description.httpMethod || url.pathname !== `/webhook/${webhookId}/${description.path}`) {
				return send(404, { code: 404, message: `The requested webhook "${req.method} ${url.pathname}" is not registered.` });
			}
			let body = {};
			try {
				if (rawBody.length && /json/i.test(req.headers['content-type'] ?? '')) body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				return send(400, { message: 'Invalid JSON body' });
			}
			// The parts of Express' request and response a node uses.
			const request = { method: req.method, headers: req.headers, body, rawBody, query: Object.fromEntries(url.searchParams), params: {} };
			const response = {
				statusCode: 200,
				get headersSent() {
					return res.headersSent;
				},
				status(code) {
					this.statusCode = code;
					return this;
				},
				json(payload) {
					send(this.statusCode, payload);
					return this;
				},
				send(payload) {
					if (typeof payload === 'object') return this.json(payload);
					res.writeHead(this.statusCode, { 'content-type': 'text/html; charset=utf-8' });
					res.end(String(payload ?? ''));
					return this;
				},
				setHeader: (header, value) => res.setHeader(header, value),
				end: (...args) => res.end(...args),
			};
			const workflow = load();
			try {
				const context = new WebhookContext(workflow, workflow.getNode(node.name), additionalData({ httpRequest: request, httpResponse: response }), 'webhook', webhookData(workflow), []);
				const result = await nodeType.webhook.call(context);
				if (result.workflowData !== undefined) executions.push(result.workflowData);
				if (result.noWebhookResponse === true) {
					if (!res.headersSent) res.end();
				} else if (result.workflowData === undefined) {
					send(200, result.webhookResponse ?? { message: 'Webhook call received' });
				} else {
					send(200, { message: 'Workflow was started' });
				}
			} catch (error) {
				send(500, { code: 0, message: `Workflow Webhook Error: ${error.message}` });
			} finally {
				save(workflow);
			}
		});
		await new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, '127.0.0.1', resolve);
		});
		baseUrl = `http://127.0.0.1:${server.address().port}`;
		return {
			url: `${baseUrl}/webhook/${webhookId}/${description.path}`,
			executions,
			staticData: () => deepCopy(saved),
			/** As n8n activates a workflow: create only when checkExists says there is no usable registration. */
			activate: async () => (await hook('checkExists', 'activate')) || (await hook('create', 'activate')),
			deactivate: () => hook('delete', 'activate'),
			close: () => new Promise((resolve) => server.close(() => resolve())),
		};
	}

	async listSearch(request = {}) {
		const { fn, context } = this.methodContext('listSearch', request);
		return await fn.call(context, request.filter, request.paginationToken);
	}

	async loadOptions(request = {}) {
		const { fn, context } = this.methodContext('loadOptions', request);
		return await fn.call(context);
	}
}

function createHarness(options) {
	return new N8nHarness(options);
}

module.exports = { createHarness, N8nHarness };
