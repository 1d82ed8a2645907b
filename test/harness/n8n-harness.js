'use strict';
/**
 * In-process n8n test harness: runs node types through n8n-core's REAL execution engine
 * (`WorkflowExecute`, `RoutingNode`, `ExecuteContext`, `LoadOptionsContext`, `Credentials`) the way
 * the n8n 2.8.4 CLI (`n8n execute --id …`) does, with the CLI's credentials helper and credential
 * tester re-implemented in this file (they live in the `n8n` package, which is not installed).
 *
 * Mirrors n8n 2.8.4 = n8n-core 2.8.1 + n8n-workflow 2.8.0 (the pinned devDependencies). Sources copied
 * from the compiled `n8n@2.8.4` npm package (dist/…), each block says which file:
 *   - credentials-helper.js                        → HarnessCredentialsHelper
 *   - services/credentials-tester.service.js       → HarnessCredentialsTester
 *   - node-types.js + utils.js (shouldAssignExecuteMethod) → HarnessNodeTypes
 *   - load-nodes-and-credentials.js (injectDomainRestrictionFields, injectCustomApiCallOptions)
 *   - workflow-runner.js / manual-execution.service.js / commands/execute.js → runNode
 *   - workflow-execute-additional-data.js (getBase) → getBase
 *   - services/dynamic-node-parameters.service.js  → listSearch / loadOptions
 * Left out on purpose: DB, Sentry, external secrets ($secrets), dynamic (EE) credentials,
 * credential overwrites (none configured = identity), sub-workflows, task runners (Code node).
 *
 * ─── API ────────────────────────────────────────────────────────────────────────────────────
 *   const { createHarness } = require('./harness/n8n-harness');
 *   const h = createHarness({
 *     nodeTypes: { chiftPos: new ChiftPos() },         // workflow node `type` → INodeType / VersionedNodeType instance
 *     credentialTypes: { chiftApi: new ChiftApi() },   // key is informative; the credential's own `name` is used
 *   });
 *     The instances are NOT mutated: the harness works on copies of their descriptions and applies
 *     the loader/CLI post-processing n8n does at start-up (declarative "Request Options" parameter,
 *     `__CUSTOM_API_CALL__` option on resource/operation, `allowedHttpRequestDomains`/`allowedDomains`
 *     fields on credentials that have `authenticate`).
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
 *     items = [{ json: {} }],                      // fed to the node by an "Items" node after a Manual Trigger
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
 *     then n8n's CredentialsTester runs `test.request` through RoutingNode with its mock node.
 *
 *   await h.listSearch({ type, method, filter, paginationToken, parameters = {}, credentials, path, typeVersion })
 *     → whatever node.methods.listSearch[method] returns ({ results, paginationToken })
 *   await h.loadOptions({ type, method, parameters = {}, credentials, path, typeVersion }) → INodePropertyOptions[]
 *     Both run with a real n8n-core LoadOptionsContext on a temporary one-node workflow, like
 *     DynamicNodeParametersService.
 *
 * Environment: on first use N8N_USER_FOLDER is pointed at a fresh temp dir `$TMPDIR/n8n-harness-<pid>-*`
 * (removed on process exit; under jest, whose sandboxed `process` never emits 'exit', by the next run)
 * and N8N_ENCRYPTION_KEY gets a fixed test value if unset; n8n-core's Logger (DI) and n8n-workflow's
 * LoggerProxy are replaced by a silent logger, so nothing (no secrets) is logged.
 *
 * ─── n8n 2.8.x behaviour this reproduces (verified with test/harness.test.js) ──────────────────
 *   - getDecrypted fills defaults: a missing `hidden` field with default '' comes back as '' (so
 *     preAuthentication runs), and credentials with `authenticate` also get
 *     `allowedHttpRequestDomains: 'all'`.
 *   - preAuthentication persists `Object.assign(decryptedCredentials, output)`, i.e. the whole
 *     defaults-applied object (incl. allowedHttpRequestDomains), not just the token.
 *   - The tester's mock node has type 'noOp' (NoOp's description.name as loaded), so the helper's
 *     `isTestingCredentials` check (type === 'n8n-nodes-base.noOp') is never true in 2.8.4: a credential
 *     test calls preAuthentication only when the token field is '' or after a 401.
 *   - NodeApiError.cause is always undefined for Error causes (class-field `cause;` in
 *     ExecutionBaseError resets it), so the tester's `error.cause.response` / `error.cause.code`
 *     branches (statusText, `rules` of type responseCode) never apply to request failures: the
 *     message is NodeApiError's, e.g. 401 → 'Authorization failed - please check your credentials'.
 *   - Only a 401 triggers the preAuthentication refresh + single retry (no retry-status option in 2.8).
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
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
const {
	Credentials,
	CredentialTestContext,
	DirectoryLoader,
	ExecuteContext,
	ExecutionLifecycleHooks,
	ErrorReporter,
	LoadOptionsContext,
	RoutingNode,
	UnrecognizedCredentialTypeError,
	UnrecognizedNodeTypeError,
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
	VersionedNodeType,
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

// ─── Small helpers copied from n8n 2.8.4 ────────────────────────────────────────────────────
// n8n dist/constants.js
const RESPONSE_ERROR_MESSAGES = {
	NO_NODE: 'Node not found',
	OAUTH2_CREDENTIAL_TEST_SUCCEEDED: 'Connection Successful!',
	OAUTH2_CREDENTIAL_TEST_FAILED: 'This OAuth2 credential was not connected to an account.',
};
const CUSTOM_API_CALL_NAME = 'Custom API Call';
const CUSTOM_API_CALL_KEY = '__CUSTOM_API_CALL__';

// n8n dist/utils.js
const shouldAssignExecuteMethod = (nodeType) => {
	const isDeclarativeNode = nodeType?.description?.requestDefaults !== undefined;
	return (
		!nodeType.execute &&
		!nodeType.poll &&
		!nodeType.trigger &&
		(!nodeType.webhook || isDeclarativeNode) &&
		(!nodeType.methods || isDeclarativeNode)
	);
};
const getAllKeyPaths = (obj, currentPath = '', paths = [], valueFilter) => {
	if (Array.isArray(obj)) {
		obj.forEach((item, index) => getAllKeyPaths(item, `${currentPath}[${index}]`, paths, valueFilter));
	} else if (obj && typeof obj === 'object') {
		for (const [key, value] of Object.entries(obj)) {
			const newPath = currentPath ? `${currentPath}.${key}` : key;
			if (typeof value === 'string' && valueFilter(value)) {
				paths.push(newPath);
			} else {
				getAllKeyPaths(value, newPath, paths, valueFilter);
			}
		}
	}
	return paths;
};
const lodashGet = requireFromCore('lodash/get');

// n8n dist/errors/credential-not-found.error.js
class CredentialNotFoundError extends UserError {
	constructor(credentialId, credentialType) {
		super(`Credential with ID "${credentialId}" does not exist for type "${credentialType}".`);
	}
}

// n8n dist/load-nodes-and-credentials.js — injectDomainRestrictionFields / shouldAddDomainRestrictions
function shouldAddDomainRestrictions(credentialType) {
	return (
		credentialType.authenticate !== undefined ||
		credentialType.genericAuth === true ||
		(Array.isArray(credentialType.extends) &&
			(credentialType.extends.includes('oAuth2Api') ||
				credentialType.extends.includes('oAuth1Api') ||
				credentialType.extends.includes('googleOAuth2Api')))
	);
}
function injectDomainRestrictionFields(properties) {
	if (properties.some((prop) => prop.name === 'allowedHttpRequestDomains')) {
		return properties;
	}
	const domainFields = [
		{
			displayName: 'Allowed HTTP Request Domains',
			name: 'allowedHttpRequestDomains',
			type: 'options',
			options: [
				{ name: 'All', value: 'all', description: 'Allow all requests when used in the HTTP Request node' },
				{ name: 'Specific Domains', value: 'domains', description: 'Restrict requests to specific domains' },
				{ name: 'None', value: 'none', description: 'Block all requests when used in the HTTP Request node' },
			],
			default: 'all',
			description: 'Control which domains this credential can be used with in HTTP Request nodes',
		},
		{
			displayName: 'Allowed Domains',
			name: 'allowedDomains',
			type: 'string',
			default: '',
			placeholder: 'example.com, *.subdomain.com',
			description: 'Comma-separated list of allowed domains (supports wildcards with *)',
			displayOptions: { show: { allowedHttpRequestDomains: ['domains'] } },
		},
	];
	return [...properties, ...domainFields];
}

// ─── Built-in node types the harness workflows need ─────────────────────────────────────────
// Copy of n8n-nodes-base@2.8.1 dist/nodes/ManualTrigger/ManualTrigger.node.js
class ManualTrigger {
	constructor() {
		this.description = {
			displayName: 'Manual Trigger',
			name: 'manualTrigger',
			icon: 'fa:mouse-pointer',
			group: ['trigger'],
			version: 1,
			description: 'Runs the flow on clicking a button in n8n',
			eventTriggerDescription: '',
			maxNodes: 1,
			defaults: { name: 'When clicking ‘Execute workflow’', color: '#909298' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [
				{
					displayName: 'This node is where the workflow execution starts',
					name: 'notice',
					type: 'notice',
					default: '',
				},
			],
		};
	}
	async trigger() {
		const manualTriggerFunction = async () => {
			this.emit([this.helpers.returnJsonArray([{}])]);
		};
		return { manualTriggerFunction };
	}
}

// Copy of n8n-nodes-base@2.8.1 dist/nodes/NoOp/NoOp.node.js. NB: as loaded by n8n its
// description.name is 'noOp' (loaders do not prefix it) — the credential tester's mock node gets
// that type, which matters for CredentialsHelper.preAuthentication's `isTestingCredentials`.
class NoOp {
	constructor() {
		this.description = {
			displayName: 'No Operation, do nothing',
			name: 'noOp',
			icon: 'fa:arrow-right',
			iconColor: 'gray',
			group: ['organization'],
			version: 1,
			description: 'No Operation',
			defaults: { name: 'No Operation, do nothing', color: '#b0b0b0' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		};
	}
	async execute() {
		const items = this.getInputData();
		return [items];
	}
}

// Harness-only source node: emits the test items (like a Code node returning them).
// pairedItem is left to WorkflowExecute.assignPairedItems (1 input item → { item: 0 }).
const itemsRegistry = new Map();
class HarnessItems {
	constructor() {
		this.description = {
			displayName: 'Items',
			name: 'items',
			group: ['transform'],
			version: 1,
			description: 'Emits the items given to runNode()',
			defaults: { name: 'Items' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [{ displayName: 'Run Key', name: 'runKey', type: 'string', default: '' }],
		};
	}
	async execute() {
		const runKey = this.getNodeParameter('runKey', 0);
		const items = itemsRegistry.get(runKey);
		if (!items) throw new UnexpectedError(`No harness items registered for run key "${runKey}"`);
		return [deepCopy(items)];
	}
}

const MANUAL_TRIGGER_TYPE = 'n8n-nodes-base.manualTrigger';
const NO_OP_TYPE = 'n8n-nodes-base.noOp';
const ITEMS_TYPE = 'n8n-harness.items';
const TRIGGER_NODE_NAME = 'When clicking ‘Execute workflow’';
const ITEMS_NODE_NAME = 'Items';

// ─── Node type preparation (what n8n's loaders do to a node class on start-up) ──────────────
function latestVersion(description) {
	return Array.isArray(description.version) ? description.version.slice(-1)[0] : description.version;
}

/**
 * Per-harness copy of a single-version node type (the instance stays untouched): own copy of the
 * description, DirectoryLoader.addLoadOptionsMethods + applySpecialNodeParameters (adds the
 * declarative "Request Options" parameter), and the CLI NodeTypes' RoutingNode `execute` for
 * declarative nodes; `execute` is wrapped only to remember the error object it throws, so the
 * harness can return the real error instance (WorkflowExecute keeps only a plain-object copy).
 */
function prepareSingleNodeType(instance, errorSink) {
	const nodeType = Object.create(instance, {
		description: { value: deepCopy(instance.description), writable: true, enumerable: true, configurable: true },
	});
	// n8n-core dist/nodes-loader/directory-loader.js loadNodeFromFile()
	if (nodeType.methods?.loadOptions) {
		nodeType.description.__loadOptionsMethods = Object.keys(nodeType.methods.loadOptions);
	}
	DirectoryLoader.prototype.applySpecialNodeParameters.call(undefined, nodeType);
	// n8n dist/node-types.js getByNameAndVersion(): declarative nodes run through RoutingNode
	if (shouldAssignExecuteMethod(nodeType)) {
		nodeType.execute = async function () {
			const routingNode = new RoutingNode(this, nodeType);
			const data = await routingNode.runNode();
			return data ?? [];
		};
	}
	if (typeof nodeType.execute === 'function') {
		const originalExecute = nodeType.execute;
		nodeType.execute = function (...args) {
			// `this` is the ExecuteContext, or the node itself for n8n-workflow `Node` subclasses
			const context = this instanceof ExecuteContext ? this : args[0];
			let result;
			try {
				result = originalExecute.apply(this, args);
			} catch (error) {
				errorSink(context, error);
				throw error;
			}
			return Promise.resolve(result).catch((error) => {
				errorSink(context, error);
				throw error;
			});
		};
	}
	return nodeType;
}

function prepareNodeType(instance, errorSink) {
	if (instance instanceof VersionedNodeType || 'nodeVersions' in instance) {
		const nodeVersions = {};
		for (const [version, versionNode] of Object.entries(instance.nodeVersions)) {
			nodeVersions[version] = prepareSingleNodeType(versionNode, errorSink);
			// DirectoryLoader.getVersionedNodeTypeAll(): versions share the base name
			nodeVersions[version].description.name = instance.description.name;
		}
		return Object.create(instance, {
			description: { value: deepCopy(instance.description), writable: true, enumerable: true, configurable: true },
			nodeVersions: { value: nodeVersions, writable: true, enumerable: true, configurable: true },
		});
	}
	return prepareSingleNodeType(instance, errorSink);
}

function nodeTypeLatestVersion(nodeType) {
	if ('nodeVersions' in nodeType) return nodeType.currentVersion ?? nodeType.description.defaultVersion;
	return latestVersion(nodeType.description);
}

// ─── NodeTypes (n8n dist/node-types.js, without AI-tool variants) ───────────────────────────
class HarnessNodeTypes {
	constructor(types) {
		this.types = types; // type name → prepared node type
	}
	getByName(nodeType) {
		const type = this.types[nodeType];
		if (!type) {
			const [packageName, name] = nodeType.includes('.') ? nodeType.split('.') : ['', nodeType];
			throw new UnrecognizedNodeTypeError(packageName, name);
		}
		return type;
	}
	getByNameAndVersion(nodeType, version) {
		// execute for declarative nodes is assigned once in prepareSingleNodeType (same outcome)
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}
	getKnownTypes() {
		return Object.fromEntries(Object.keys(this.types).map((name) => [name, { className: '', sourcePath: '' }]));
	}
	names() {
		return Object.keys(this.types);
	}
}

// ─── CredentialTypes (n8n dist/credential-types.js) ─────────────────────────────────────────
class HarnessCredentialTypes {
	constructor(types, nodeTypes) {
		this.types = types; // credential name → prepared credential type
		this.nodeTypes = nodeTypes;
	}
	recognizes(type) {
		return type in this.types;
	}
	getByName(credentialType) {
		const type = this.types[credentialType];
		if (!type) throw new UnrecognizedCredentialTypeError(credentialType);
		return type;
	}
	// loader's inferSupportedNodes(): node types whose description lists the credential
	getSupportedNodes(type) {
		const supported = [];
		for (const name of this.nodeTypes.names()) {
			const nodeType = this.nodeTypes.getByName(name);
			const descriptions =
				'nodeVersions' in nodeType
					? Object.values(nodeType.nodeVersions).map((v) => v.description)
					: [nodeType.description];
			if (descriptions.some((d) => (d.credentials ?? []).some((c) => c.name === type))) supported.push(name);
		}
		return supported;
	}
	getParentTypes(typeName) {
		const extendsArr = this.types[typeName]?.extends ?? [];
		if (extendsArr.length === 0) return [];
		const extendsArrCopy = [...extendsArr];
		for (const type of extendsArrCopy) {
			extendsArrCopy.push(...this.getParentTypes(type));
		}
		return extendsArrCopy;
	}
}

// ─── Credential store (stands in for CredentialsRepository; data stays encrypted) ───────────
class CredentialStore {
	constructor() {
		this.entities = new Map();
	}
	findOneBy({ id, type }) {
		const entity = this.entities.get(id);
		if (!entity || (type !== undefined && entity.type !== type)) return null;
		return entity;
	}
	save(entity) {
		this.entities.set(entity.id, { ...entity });
	}
	update({ id, type }, changes) {
		const entity = this.findOneBy({ id, type });
		if (entity) Object.assign(entity, changes);
	}
}

// ─── CredentialsHelper — copy of n8n@2.8.4 dist/credentials-helper.js ──────────────────────
const mockNode = {
	name: '',
	typeVersion: 1,
	type: 'mock',
	position: [0, 0],
	parameters: {},
};
const mockNodesData = {
	mock: {
		sourcePath: '',
		type: {
			description: { properties: [] },
		},
	},
};
const mockNodeTypes = {
	getKnownTypes() {
		return {};
	},
	getByName(nodeType) {
		return mockNodesData[nodeType]?.type;
	},
	getByNameAndVersion(nodeType, version) {
		if (!mockNodesData[nodeType]) {
			throw new UnexpectedError(RESPONSE_ERROR_MESSAGES.NO_NODE, {
				tags: { nodeType },
			});
		}
		return NodeHelpers.getVersionedNodeType(mockNodesData[nodeType].type, version);
	},
};

class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor(credentialTypes, credentialsRepository) {
		super();
		this.credentialTypes = credentialTypes;
		this.credentialsRepository = credentialsRepository;
	}

	/** Add the required authentication information to the request */
	async authenticate(credentials, typeName, incomingRequestOptions, workflow, node) {
		const requestOptions = incomingRequestOptions;
		const credentialType = this.credentialTypes.getByName(typeName);
		if (credentialType.authenticate) {
			if (typeof credentialType.authenticate === 'function') {
				// Special authentication function is defined
				return await credentialType.authenticate(credentials, requestOptions);
			}
			if (typeof credentialType.authenticate === 'object') {
				// Predefined authentication method
				let keyResolved;
				let valueResolved;
				const { authenticate } = credentialType;
				if (requestOptions.headers === undefined) {
					requestOptions.headers = {};
				}
				if (authenticate.type === 'generic') {
					Object.entries(authenticate.properties).forEach(([outerKey, outerValue]) => {
						Object.entries(outerValue).forEach(([key, value]) => {
							keyResolved = this.resolveValue(key, { $credentials: credentials }, workflow, node);
							valueResolved = this.resolveValue(value, { $credentials: credentials }, workflow, node);
							if (!requestOptions[outerKey]) {
								requestOptions[outerKey] = {};
							}
							requestOptions[outerKey][keyResolved] = valueResolved;
						});
					});
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const credentialType = this.credentialTypes.getByName(typeName);
		const expirableProperty = credentialType.properties.find(
			(property) => property.type === 'hidden' && property?.typeOptions?.expirable === true,
		);
		if (expirableProperty?.name === undefined) {
			return undefined;
		}
		// check if the node is the mockup node used for testing
		// if so, it means this is a credential test and not normal node execution
		const isTestingCredentials = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentialType.preAuthentication) {
			if (typeof credentialType.preAuthentication === 'function') {
				// if the expirable property is empty in the credentials
				// or are expired, call pre authentication method
				// or the credentials are being tested
				if (credentials[expirableProperty?.name] === '' || credentialsExpired || isTestingCredentials) {
					const output = await credentialType.preAuthentication.call(helpers, credentials);
					// if there is data in the output, make sure the returned
					// property is the expirable property
					// else the database will not get updated
					if (output[expirableProperty.name] === undefined) {
						return undefined;
					}
					if (node.credentials) {
						await this.updateCredentials(
							node.credentials[credentialType.name],
							credentialType.name,
							Object.assign(credentials, output),
						);
						return Object.assign(credentials, output);
					}
				}
			}
		}
		return undefined;
	}

	/** Resolves the given value in case it is an expression */
	resolveValue(parameterValue, additionalKeys, workflow, node) {
		if (!isExpression(parameterValue)) {
			return parameterValue;
		}
		const returnValue = workflow.expression.getSimpleParameterValue(
			node,
			parameterValue,
			'internal',
			additionalKeys,
			undefined,
			'',
		);
		if (!returnValue) {
			return '';
		}
		return returnValue.toString();
	}

	/** Returns all parent types of the given credential type */
	getParentTypes(typeName) {
		return this.credentialTypes.getParentTypes(typeName);
	}

	/** Returns the credentials instance */
	async getCredentials(nodeCredential, type) {
		const credential = await this.getCredentialsEntity(nodeCredential, type);
		return new Credentials({ id: credential.id, name: credential.name }, credential.type, credential.data);
	}

	/** Loads the credentials entity from the "database" */
	async getCredentialsEntity(nodeCredential, type) {
		if (!nodeCredential?.id) {
			throw new UnexpectedError('Found credential with no ID.', {
				extra: { credentialName: nodeCredential?.name },
				tags: { credentialType: type },
			});
		}
		const credential = this.credentialsRepository.findOneBy({ id: nodeCredential.id, type });
		if (!credential) {
			throw new CredentialNotFoundError(nodeCredential.id, type);
		}
		return credential;
	}

	/** Returns all the properties of the credentials with the given name */
	getCredentialsProperties(type) {
		const credentialTypeData = this.credentialTypes.getByName(type);
		if (credentialTypeData === undefined) {
			throw new UnexpectedError('Unknown credential type', { tags: { credentialType: type } });
		}
		if (credentialTypeData.extends === undefined) {
			// Manually add the special OAuth parameter which stores
			// data like access- and refresh-token
			if (['oAuth1Api', 'oAuth2Api'].includes(type)) {
				return [
					...credentialTypeData.properties,
					{
						displayName: 'oauthTokenData',
						name: 'oauthTokenData',
						type: 'json',
						required: false,
						default: {},
					},
				];
			}
			return credentialTypeData.properties;
		}
		const combineProperties = [];
		for (const credentialsTypeName of credentialTypeData.extends) {
			const mergeCredentialProperties = this.getCredentialsProperties(credentialsTypeName);
			NodeHelpers.mergeNodeProperties(combineProperties, mergeCredentialProperties);
		}
		// The properties defined on the parent credentials take precedence
		NodeHelpers.mergeNodeProperties(combineProperties, credentialTypeData.properties);
		return combineProperties;
	}

	/** Returns the decrypted credential data with applied overwrites */
	async getDecrypted(additionalData, nodeCredentials, type, mode, executeData, raw, expressionResolveValues) {
		const credentialsEntity = await this.getCredentialsEntity(nodeCredentials, type);
		const credentials = new Credentials(
			{ id: credentialsEntity.id, name: credentialsEntity.name },
			credentialsEntity.type,
			credentialsEntity.data,
		);
		const decryptedDataOriginal = credentials.getData();
		const canUseExternalSecrets = await this.credentialCanUseExternalSecrets(nodeCredentials);
		// (n8n: dynamic credential resolution when additionalData.executionContext.credentials is set — EE, omitted)
		if (raw === true) {
			return decryptedDataOriginal;
		}
		return await this.applyDefaultsAndOverwrites(
			additionalData,
			decryptedDataOriginal,
			type,
			mode,
			canUseExternalSecrets,
			executeData,
			expressionResolveValues,
		);
	}

	/** Applies credential default data and overwrites */
	async applyDefaultsAndOverwrites(
		additionalData,
		decryptedDataOriginal,
		type,
		mode,
		canUseExternalSecrets,
		executeData,
		expressionResolveValues,
	) {
		const credentialsProperties = this.getCredentialsProperties(type);
		// Load and apply the credentials overwrites if any exist (none in the harness → identity)
		const dataWithOverwrites = this.applyOverwrite(type, decryptedDataOriginal);
		// Add the default credential values
		let decryptedData = NodeHelpers.getNodeParameters(credentialsProperties, dataWithOverwrites, true, false, null, null);
		if (decryptedDataOriginal.oauthTokenData !== undefined) {
			// The OAuth data gets removed as it is not defined specifically as a parameter
			// on the credentials so add it back in case it was set
			decryptedData.oauthTokenData = decryptedDataOriginal.oauthTokenData;
		}
		if (
			decryptedData.allowedHttpRequestDomains === undefined &&
			decryptedDataOriginal.allowedHttpRequestDomains !== undefined
		) {
			decryptedData.allowedHttpRequestDomains = decryptedDataOriginal.allowedHttpRequestDomains;
		}
		if (decryptedData.allowedDomains === undefined && decryptedDataOriginal.allowedDomains !== undefined) {
			decryptedData.allowedDomains = decryptedDataOriginal.allowedDomains;
		}
		if (decryptedData.useDynamicClientRegistration) {
			decryptedData.clientId = decryptedDataOriginal.clientId;
			decryptedData.clientSecret = decryptedDataOriginal.clientSecret;
			decryptedData.authUrl = decryptedDataOriginal.authUrl;
			decryptedData.accessTokenUrl = decryptedDataOriginal.accessTokenUrl;
			decryptedData.grantType = decryptedDataOriginal.grantType;
			decryptedData.authentication = decryptedDataOriginal.authentication;
		}
		const additionalKeys = getAdditionalKeys(additionalData, mode, null, {
			secretsEnabled: canUseExternalSecrets,
		});
		if (expressionResolveValues) {
			try {
				decryptedData = expressionResolveValues.workflow.expression.getParameterValue(
					decryptedData,
					expressionResolveValues.runExecutionData,
					expressionResolveValues.runIndex,
					expressionResolveValues.itemIndex,
					expressionResolveValues.node.name,
					expressionResolveValues.connectionInputData,
					mode,
					additionalKeys,
					executeData,
					false,
					decryptedData,
				);
			} catch (e) {
				e.message += ' [Error resolving credentials]';
				throw e;
			}
		} else {
			const workflow = new Workflow({
				nodes: [mockNode],
				connections: {},
				active: false,
				nodeTypes: mockNodeTypes,
			});
			// Resolve expressions if any are set
			decryptedData = workflow.expression.getComplexParameterValue(
				mockNode,
				decryptedData,
				mode,
				additionalKeys,
				undefined,
				undefined,
				decryptedData,
			);
		}
		return decryptedData;
	}

	// n8n dist/credentials-overwrites.js applyOverwrite() with no overwrites configured
	applyOverwrite(_type, data) {
		return data;
	}

	/** Updates credentials in the "database" */
	async updateCredentials(nodeCredentials, type, data) {
		const credentials = await this.getCredentials(nodeCredentials, type);
		credentials.setData(data);
		const newCredentialsData = credentials.getDataToSave();
		newCredentialsData.updatedAt = new Date();
		const findQuery = { id: credentials.id, type };
		this.credentialsRepository.update(findQuery, { data: newCredentialsData.data, updatedAt: newCredentialsData.updatedAt });
	}

	/** Updates credential's oauth token data in the "database" */
	async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
		const credentials = await this.getCredentials(nodeCredentials, type);
		credentials.updateData({ oauthTokenData: data.oauthTokenData });
		const newCredentialsData = credentials.getDataToSave();
		this.credentialsRepository.update(
			{ id: credentials.id, type },
			{ data: newCredentialsData.data, updatedAt: new Date() },
		);
	}

	// n8n: true when the credential's owner is an instance owner/admin (enables $secrets). No $secrets here.
	async credentialCanUseExternalSecrets() {
		return false;
	}
}

// ─── CredentialsTester — copy of n8n@2.8.4 dist/services/credentials-tester.service.js ─────
const testerMockNodesData = {
	mock: {
		sourcePath: '',
		type: {
			description: { properties: [] },
		},
	},
};
const testerMockNodeTypes = {
	getKnownTypes() {
		return {};
	},
	getByName(nodeType) {
		return testerMockNodesData[nodeType]?.type;
	},
	getByNameAndVersion(nodeType, version) {
		if (!testerMockNodesData[nodeType]) {
			throw new UnexpectedError(RESPONSE_ERROR_MESSAGES.NO_NODE, {
				tags: { nodeType },
			});
		}
		return NodeHelpers.getVersionedNodeType(testerMockNodesData[nodeType].type, version);
	},
};

class HarnessCredentialsTester {
	constructor(harness) {
		this.harness = harness;
		this.credentialTypes = harness.credentialTypes;
		this.nodeTypes = harness.nodeTypes;
		this.credentialsHelper = harness.credentialsHelper;
	}

	static hasAccessToken(credentialsDecrypted) {
		const oauthTokenData = credentialsDecrypted?.data?.oauthTokenData;
		if (!oauthTokenData || typeof oauthTokenData !== 'object' || Array.isArray(oauthTokenData)) return false;
		return 'access_token' in oauthTokenData;
	}

	getCredentialTestFunction(credentialType) {
		const type = this.credentialTypes.getByName(credentialType);
		if (type.test) {
			return {
				testRequest: type.test,
			};
		}
		const supportedNodes = this.credentialTypes.getSupportedNodes(credentialType);
		for (const nodeName of supportedNodes) {
			const node = this.nodeTypes.getByName(nodeName);
			const allNodeTypes = [];
			if ('nodeVersions' in node) {
				allNodeTypes.push(...Object.values(node.nodeVersions));
			} else {
				allNodeTypes.push(node);
			}
			for (const nodeType of allNodeTypes) {
				for (const { name, testedBy } of nodeType.description.credentials ?? []) {
					if (
						name === credentialType &&
						(this.credentialTypes.getParentTypes(name).includes('oAuth2Api') || name === 'oAuth2Api')
					) {
						return async function oauth2CredTest(cred) {
							return HarnessCredentialsTester.hasAccessToken(cred)
								? { status: 'OK', message: RESPONSE_ERROR_MESSAGES.OAUTH2_CREDENTIAL_TEST_SUCCEEDED }
								: { status: 'Error', message: RESPONSE_ERROR_MESSAGES.OAUTH2_CREDENTIAL_TEST_FAILED };
						};
					}
					if (name === credentialType && !!testedBy) {
						if (typeof testedBy === 'string') {
							if ('nodeVersions' in node) {
								const versions = Object.keys(node.nodeVersions).sort().reverse();
								for (const version of versions) {
									const versionedNode = node.nodeVersions[parseInt(version, 10)];
									const credentialTest = versionedNode.methods?.credentialTest;
									if (credentialTest && testedBy in credentialTest) {
										return credentialTest[testedBy];
									}
								}
							}
							return node.methods?.credentialTest[testedBy];
						}
						return {
							nodeType,
							testRequest: testedBy,
						};
					}
				}
			}
		}
		return undefined;
	}

	redactSecrets(message, credentialsData, secretPaths) {
		if (secretPaths.length === 0) {
			return message;
		}
		const updatedSecrets = secretPaths
			.map((p) => lodashGet(credentialsData, p))
			.filter((value) => value !== undefined);
		updatedSecrets.forEach((value) => {
			message = message.replaceAll(value.toString(), `*****${value.toString().slice(-3)}`);
		});
		return message;
	}

	async testCredentials(userId, credentialType, credentialsDecrypted) {
		const credentialTestFunction = this.getCredentialTestFunction(credentialType);
		if (credentialTestFunction === undefined) {
			return {
				status: 'Error',
				message: 'No testing function found for this credential.',
			};
		}
		let credentialsDataSecretKeys = [];
		if (credentialsDecrypted.data) {
			try {
				const additionalData = this.harness.getBase({ userId });
				credentialsDataSecretKeys = getAllKeyPaths(credentialsDecrypted.data, '', [], (value) =>
					value.includes('$secrets.'),
				);
				const canUseExternalSecrets = await this.credentialsHelper.credentialCanUseExternalSecrets(credentialsDecrypted);
				credentialsDecrypted.data = await this.credentialsHelper.applyDefaultsAndOverwrites(
					additionalData,
					credentialsDecrypted.data,
					credentialType,
					'internal',
					canUseExternalSecrets,
					undefined,
					undefined,
				);
			} catch (error) {
				return {
					status: 'Error',
					message: error.message.toString(),
				};
			}
		}
		if (typeof credentialTestFunction === 'function') {
			// The credentials get tested via a function that is defined on the node
			const context = new CredentialTestContext();
			const functionResult = credentialTestFunction.call(context, credentialsDecrypted);
			if (functionResult instanceof Promise) {
				const result = await functionResult;
				if (typeof result?.message === 'string') {
					result.message = this.redactSecrets(result.message, credentialsDecrypted.data, credentialsDataSecretKeys);
				}
				return result;
			}
			return functionResult;
		}
		// Credentials get tested via request instructions
		let nodeType;
		if (credentialTestFunction.nodeType) {
			nodeType = credentialTestFunction.nodeType;
		} else {
			nodeType = this.nodeTypes.getByNameAndVersion(NO_OP_TYPE);
		}
		const node = {
			id: 'temp',
			parameters: {},
			name: 'Temp-Node',
			type: nodeType.description.name,
			typeVersion: Array.isArray(nodeType.description.version)
				? nodeType.description.version.slice(-1)[0]
				: nodeType.description.version,
			position: [0, 0],
			credentials: {
				[credentialType]: {
					id: credentialsDecrypted.id,
					name: credentialsDecrypted.name,
				},
			},
		};
		const workflowData = {
			nodes: [node],
			connections: {},
		};
		const nodeTypeCopy = {
			description: {
				...nodeType.description,
				credentials: [
					{
						name: credentialType,
						required: true,
					},
				],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						routing: {
							request: credentialTestFunction.testRequest.request,
						},
						default: '',
					},
				],
			},
		};
		testerMockNodesData[nodeTypeCopy.description.name] = {
			sourcePath: '',
			type: nodeTypeCopy,
		};
		const workflow = new Workflow({
			nodes: workflowData.nodes,
			connections: workflowData.connections,
			active: false,
			nodeTypes: testerMockNodeTypes,
		});
		const mode = 'internal';
		const runIndex = 0;
		const inputData = {
			main: [[{ json: {} }]],
		};
		const connectionInputData = [];
		const runExecutionData = createEmptyRunExecutionData();
		const additionalData = this.harness.getBase({ userId, currentNodeParameters: node.parameters });
		const executeData = { node, data: {}, source: null };
		const executeFunctions = new ExecuteContext(
			workflow,
			node,
			additionalData,
			mode,
			runExecutionData,
			runIndex,
			connectionInputData,
			inputData,
			executeData,
			[],
		);
		const routingNode = new RoutingNode(executeFunctions, nodeTypeCopy, credentialsDecrypted);
		let response;
		try {
			response = await routingNode.runNode();
		} catch (error) {
			Container.get(ErrorReporter).error(error);
			// Do not fail any requests to allow custom error messages and
			// make logic easier
			if (error.cause?.response) {
				const errorResponseData = {
					statusCode: error.cause.response.status,
					statusMessage: error.cause.response.statusText,
				};
				if (credentialTestFunction.testRequest.rules) {
					// Special testing rules are defined so check all in order
					for (const rule of credentialTestFunction.testRequest.rules) {
						if (rule.type === 'responseCode') {
							if (errorResponseData.statusCode === rule.properties.value) {
								return {
									status: 'Error',
									message: rule.properties.message,
								};
							}
						}
					}
				}
				if (errorResponseData.statusCode < 199 || errorResponseData.statusCode > 299) {
					// All requests with response codes that are not 2xx are treated by default as failed
					return {
						status: 'Error',
						message: errorResponseData.statusMessage || `Received HTTP status code: ${errorResponseData.statusCode}`,
					};
				}
			} else if (error.cause?.code) {
				return {
					status: 'Error',
					message: error.cause.code,
				};
			}
			return {
				status: 'Error',
				message: error.message.toString(),
			};
		} finally {
			delete testerMockNodesData[nodeTypeCopy.description.name];
		}
		if (credentialTestFunction.testRequest.rules && Array.isArray(credentialTestFunction.testRequest.rules)) {
			// Special testing rules are defined so check all in order
			for (const rule of credentialTestFunction.testRequest.rules) {
				if (rule.type === 'responseSuccessBody') {
					const responseData = response[0][0].json;
					if (lodashGet(responseData, rule.properties.key) === rule.properties.value) {
						return {
							status: 'Error',
							message: rule.properties.message,
						};
					}
				}
			}
		}
		return {
			status: 'OK',
			message: 'Connection successful!',
		};
	}
}

// ─── The harness ────────────────────────────────────────────────────────────────────────────
const URL_BASE = 'http://localhost:5678/'; // n8n UrlService default (N8N_HOST/PORT/PROTOCOL unset)
const HARNESS_USER_ID = 'harness-user-0001';

class N8nHarness {
	constructor({ nodeTypes = {}, credentialTypes = {} } = {}) {
		this.userId = HARNESS_USER_ID;
		this.executionCounter = 0;
		this.credentialTestCounter = 0;
		this.capturedErrors = new Map(); // executionId → Map(nodeName → thrown error)

		const errorSink = (context, error) => {
			try {
				const executionId = context?.getExecutionId?.();
				const nodeName = context?.getNode?.().name;
				if (executionId === undefined || nodeName === undefined) return;
				if (!this.capturedErrors.has(executionId)) this.capturedErrors.set(executionId, new Map());
				this.capturedErrors.get(executionId).set(nodeName, error);
			} catch {
				// never interfere with the engine
			}
		};

		const types = {
			[MANUAL_TRIGGER_TYPE]: prepareNodeType(new ManualTrigger(), errorSink),
			[NO_OP_TYPE]: prepareNodeType(new NoOp(), errorSink),
			[ITEMS_TYPE]: prepareNodeType(new HarnessItems(), errorSink),
		};
		for (const [name, instance] of Object.entries(nodeTypes)) {
			if (!instance || typeof instance !== 'object' || !instance.description) {
				throw new TypeError(`nodeTypes["${name}"] must be a node type instance (new MyNode())`);
			}
			types[name] = prepareNodeType(instance, errorSink);
		}
		this.nodeTypes = new HarnessNodeTypes(types);

		const credTypes = {};
		for (const [key, instance] of Object.entries(credentialTypes)) {
			if (!instance || typeof instance !== 'object' || !instance.name || !Array.isArray(instance.properties)) {
				throw new TypeError(`credentialTypes["${key}"] must be a credential type instance (new MyApi())`);
			}
			// load-nodes-and-credentials.js postProcessLoaders(): inject domain restriction fields
			const properties = shouldAddDomainRestrictions(instance)
				? injectDomainRestrictionFields([...instance.properties])
				: instance.properties;
			credTypes[instance.name] = Object.create(instance, {
				properties: { value: properties, writable: true, enumerable: true, configurable: true },
			});
		}
		this.credentialTypes = new HarnessCredentialTypes(credTypes, this.nodeTypes);

		// load-nodes-and-credentials.js injectCustomApiCallOptions() (on the harness' copies)
		for (const name of this.nodeTypes.names()) {
			const nodeType = this.nodeTypes.getByName(name);
			const descriptions =
				'nodeVersions' in nodeType
					? [NodeHelpers.getVersionedNodeType(nodeType).description]
					: [nodeType.description];
			for (const description of descriptions) {
				if (!this.supportsProxyAuth(description)) continue;
				description.properties.forEach((p) => {
					if (
						['resource', 'operation'].includes(p.name) &&
						Array.isArray(p.options) &&
						p.options.length > 0 &&
						p.options[p.options.length - 1].name !== CUSTOM_API_CALL_NAME
					) {
						p.options.push({ name: CUSTOM_API_CALL_NAME, value: CUSTOM_API_CALL_KEY });
					}
				});
			}
		}

		this.credentialStore = new CredentialStore();
		this.credentialsHelper = new HarnessCredentialsHelper(this.credentialTypes, this.credentialStore);
		this.credentialsTester = new HarnessCredentialsTester(this);
		unrefBackgroundTimers();
	}

	supportsProxyAuth(description) {
		if (!description.credentials) return false;
		return description.credentials.some(({ name }) => {
			if (!this.credentialTypes.recognizes(name)) return false;
			const credType = this.credentialTypes.getByName(name);
			if (credType.authenticate !== undefined) return true;
			return (
				Array.isArray(credType.extends) &&
				credType.extends.some((parentType) => ['oAuth2Api', 'googleOAuth2Api', 'oAuth1Api'].includes(parentType))
			);
		});
	}

	// ── credentials ──
	setCredential(id, type, data, name = id) {
		this.credentialTypes.getByName(type); // throws for unknown types
		const credentials = new Credentials({ id, name }, type);
		credentials.setData(deepCopy(data));
		const { data: encrypted } = credentials.getDataToSave();
		this.credentialStore.save({ id, name, type, data: encrypted, updatedAt: new Date() });
	}

	getCredential(id) {
		const entity = this.credentialStore.entities.get(id);
		if (!entity) return undefined;
		return new Credentials({ id: entity.id, name: entity.name }, entity.type, entity.data).getData();
	}

	// ── n8n dist/workflow-execute-additional-data.js getBase() ──
	getBase({ userId = this.userId, workflowId, currentNodeParameters, executionTimeoutTimestamp, workflowSettings } = {}) {
		return {
			currentNodeExecutionIndex: 0,
			credentialsHelper: this.credentialsHelper,
			async executeWorkflow() {
				throw new UnexpectedError('Sub-workflow execution is not supported by the n8n test harness');
			},
			restApiUrl: URL_BASE + 'rest',
			instanceBaseUrl: URL_BASE,
			formWaitingBaseUrl: URL_BASE + 'form-waiting',
			webhookBaseUrl: URL_BASE + 'webhook',
			webhookWaitingBaseUrl: URL_BASE + 'webhook-waiting',
			webhookTestBaseUrl: URL_BASE + 'webhook-test',
			currentNodeParameters,
			executionTimeoutTimestamp,
			userId,
			setExecutionStatus() {},
			variables: {},
			workflowSettings,
			async getRunExecutionData() {
				return undefined;
			},
			async startRunnerTask() {
				throw new UnexpectedError('Task runners (Code node) are not supported by the n8n test harness');
			},
			logAiEvent() {},
			getRunnerStatus() {
				return { available: false, reason: 'n8n test harness' };
			},
		};
	}

	resolveTypeVersion(type, typeVersion) {
		const nodeType = this.nodeTypes.getByName(type);
		return typeVersion ?? nodeTypeLatestVersion(nodeType);
	}

	// ── running a node: workflow = Manual Trigger → Items → node under test, executed the way the
	//    CLI `execute` command does (workflow-runner.js runMainProcess → manual-execution.service.js
	//    runManually → WorkflowExecute.run with no start node / pin data) ──
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
		const version = this.resolveTypeVersion(type, typeVersion);
		const description = this.nodeTypes.getByNameAndVersion(type, version).description;
		const nodeName = name ?? description.defaults?.name ?? description.displayName ?? type;
		if (nodeName === TRIGGER_NODE_NAME || nodeName === ITEMS_NODE_NAME) {
			throw new TypeError(`runNode: node name "${nodeName}" is reserved by the harness`);
		}
		if (!Array.isArray(items)) throw new TypeError('runNode: `items` must be an array of { json } items');

		const id = executionId ?? String(++this.executionCounter);
		const runKey = `${id}:${crypto.randomUUID()}`;
		itemsRegistry.set(runKey, deepCopy(items));

		const targetNode = {
			id: crypto.randomUUID(),
			name: nodeName,
			type,
			typeVersion: version,
			position: [440, 0],
			parameters: deepCopy(parameters),
			...(credentials ? { credentials: deepCopy(credentials) } : {}),
			...(onError !== undefined ? { onError } : {}),
			...nodeExtras,
		};
		const workflowData = {
			id: 'harnessWorkflow0001',
			name: 'n8n harness workflow',
			active: false,
			activeVersionId: null,
			nodes: [
				{
					id: crypto.randomUUID(),
					name: TRIGGER_NODE_NAME,
					type: MANUAL_TRIGGER_TYPE,
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				},
				{
					id: crypto.randomUUID(),
					name: ITEMS_NODE_NAME,
					type: ITEMS_TYPE,
					typeVersion: 1,
					position: [220, 0],
					parameters: { runKey },
				},
				targetNode,
			],
			connections: {
				[TRIGGER_NODE_NAME]: { main: [[{ node: ITEMS_NODE_NAME, type: 'main', index: 0 }]] },
				[ITEMS_NODE_NAME]: { main: [[{ node: nodeName, type: 'main', index: 0 }]] },
			},
			settings,
			staticData: undefined,
		};

		try {
			// workflow-runner.js runMainProcess()
			const workflow = new Workflow({
				id: workflowData.id,
				name: workflowData.name,
				nodes: workflowData.nodes,
				connections: workflowData.connections,
				active: workflowData.activeVersionId !== null,
				nodeTypes: this.nodeTypes,
				staticData: workflowData.staticData,
				settings: workflowData.settings,
				pinData: undefined,
			});
			const additionalData = this.getBase({
				userId: this.userId,
				workflowId: workflow.id,
				executionTimeoutTimestamp: undefined,
				workflowSettings: workflowData.settings,
			});
			additionalData.restartExecutionId = undefined;
			additionalData.streamingEnabled = undefined;
			additionalData.executionId = id;
			additionalData.hooks = new ExecutionLifecycleHooks(mode, id, workflowData);
			additionalData.setExecutionStatus = () => {};
			additionalData.sendDataToUI = () => {};

			// manual-execution.service.js runManually(): no triggerToStartFrom, no runData
			const workflowExecute = new WorkflowExecute(additionalData, mode);
			const run = await workflowExecute.run({
				workflow,
				startNode: undefined,
				destinationNode: undefined,
				pinData: undefined,
				triggerToStartFrom: undefined,
				additionalRunFilterNodes: [],
			});

			const runData = run.data.resultData.runData;
			const taskData = runData[nodeName]?.[0];
			const main = (taskData?.data?.main ?? []).map((output) => output ?? []);
			while (main.length < 2) main.push([]);
			let error;
			if (run.status === 'error' || run.data.resultData.error !== undefined) {
				const captured = this.capturedErrors.get(id)?.get(nodeName);
				const plain = run.data.resultData.error ?? taskData?.error;
				error = captured && (!plain || plain.message === captured.message) ? captured : plain;
			}
			return {
				status: run.status,
				error,
				main,
				runData,
				executionTime: taskData?.executionTime,
				nodeName,
				run,
			};
		} finally {
			itemsRegistry.delete(runKey);
			this.capturedErrors.delete(id);
		}
	}

	// ── credential test: credentials.controller.js testCredentials → credentials.service.js test →
	//    credentials-tester.service.js testCredentials ──
	async testCredential(type, data, { id, name } = {}) {
		const credentialId = id ?? `credTest${++this.credentialTestCounter}`;
		const credentialName = name ?? credentialId;
		this.setCredential(credentialId, type, data, credentialName); // the editor saves before testing
		const credentialsDecrypted = { id: credentialId, name: credentialName, type, data: deepCopy(data) };
		return await this.credentialsTester.testCredentials(this.userId, type, credentialsDecrypted);
	}

	// ── services/dynamic-node-parameters.service.js ──
	getTempWorkflow(type, version, currentNodeParameters, credentials) {
		const node = {
			parameters: deepCopy(currentNodeParameters),
			id: 'uuid-1234',
			name: 'Temp-Node',
			type,
			typeVersion: version,
			position: [0, 0],
		};
		if (credentials) {
			node.credentials = deepCopy(credentials);
		}
		return new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
	}

	getMethod(kind, methodName, nodeType) {
		const method = nodeType.methods?.[kind]?.[methodName];
		if (typeof method !== 'function') {
			throw new UnexpectedError('Node type does not have method defined', {
				tags: { nodeType: nodeType.description.name },
				extra: { methodName },
			});
		}
		return method;
	}

	async listSearch({ type, method, filter, paginationToken, parameters = {}, credentials, path: paramPath, typeVersion } = {}) {
		const version = this.resolveTypeVersion(type, typeVersion);
		const nodeType = this.nodeTypes.getByNameAndVersion(type, version);
		const fn = this.getMethod('listSearch', method, nodeType);
		const workflow = this.getTempWorkflow(type, version, parameters, credentials);
		const additionalData = this.getBase({ userId: this.userId, currentNodeParameters: parameters });
		const context = new LoadOptionsContext(
			workflow,
			workflow.nodes['Temp-Node'],
			additionalData,
			paramPath ?? 'parameters',
		);
		return await fn.call(context, filter, paginationToken);
	}

	async loadOptions({ type, method, parameters = {}, credentials, path: paramPath, typeVersion } = {}) {
		const version = this.resolveTypeVersion(type, typeVersion);
		const nodeType = this.nodeTypes.getByNameAndVersion(type, version);
		const fn = this.getMethod('loadOptions', method, nodeType);
		const workflow = this.getTempWorkflow(type, version, parameters, credentials);
		const additionalData = this.getBase({ userId: this.userId, currentNodeParameters: parameters });
		const context = new LoadOptionsContext(
			workflow,
			workflow.nodes['Temp-Node'],
			additionalData,
			paramPath ?? 'parameters',
		);
		return await fn.call(context);
	}
}

function createHarness(options) {
	return new N8nHarness(options);
}

module.exports = { createHarness, N8nHarness };
