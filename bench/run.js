#!/usr/bin/env node
'use strict';

/**
 * `npm run bench`: Chift POS and Chift Accounting against n8n's own HTTP Request node, in one real n8n 2.8.4, on the
 * same inputs and the same offline Chift emulator. Not a test: it never passes or fails, it
 * measures and writes bench/results.md (and prints it).
 *
 * How it runs
 *   - `npm run build`, `npm pack` (e2e/lib/n8n-runner.js packPackage), one n8n instance
 *     (createN8nInstance) with the package installed as a community node.
 *   - One emulator (test/emulator/chift-emulator.js) with long-lived tokens and 10,000 extra orders;
 *     its faults (latency, capacity) are set before each case by mutating `emulator.faults`.
 *   - Each case is ONE workflow executed once (`n8n execute`, one CLI process per case, all on the
 *     same instance/SQLite): Manual Trigger -> one branch per variant (Code node making N items ->
 *     the node under test). With executionOrder v1 the branches run one after another, top to
 *     bottom, so their time windows do not overlap. Warm-up branches (BENCH_WARM_ITEMS items
 *     through each node) run first so that no row pays the JIT/first-load cost of code that the
 *     later rows reuse.
 *   - Floor rows (bench/floor-client.js): the same requests from a plain Node client in its own
 *     process, right after the execution, against the same emulator settings: what the machine
 *     and the emulator allow without n8n. Case 2b (extra): HTTP Request with Retry On Fail.
 *   - Times are n8n's own per-node `executionTime` (runData[node][0]).
 *   - The emulator's requests are attributed to a variant by time window (the node's startTime ..
 *     startTime + executionTime): highest concurrency seen, token requests, statuses. Customers
 *     created are counted by a name prefix unique to each variant; duplicates = customers created
 *     minus distinct names among them.
 *
 * Environment (all optional)
 *   BENCH_ITEMS=1000       items per create run
 *   BENCH_LATENCY_MS=50    emulator latency for cases 1-3
 *   BENCH_CASES=1,2,2b,3,4,5 which cases to run (5: Chift Accounting client creates)
 *   BENCH_REPEAT=1         executions per case; each row shows its median run (and the spread)
 *   BENCH_WARM_ITEMS=200   items through each node in the warm-up branches
 *   BENCH_SKIP_BUILD=1     do not run `npm run build` (dist/ must be current)
 *   BENCH_CPU_PROF=<dir>   run n8n with --cpu-prof into <dir> (profiling, see bench/profile.js)
 *   BENCH_OUTPUT=<file>    where to write the table (default bench/results.md)
 */

const childProcess = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startChiftEmulator } = require('../test/emulator/chift-emulator');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { createN8nInstance, packPackage } = require('../e2e/lib/n8n-runner');

const REPO = path.resolve(__dirname, '..');
const BISTRO = CONSUMERS.bistro;
const N = Number(process.env.BENCH_ITEMS || 1000);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 50);
const CASES = (process.env.BENCH_CASES || '1,2,2b,3,4,5').split(',').map((c) => c.trim());
const OUTPUT = path.resolve(process.env.BENCH_OUTPUT || path.join(__dirname, 'results.md'));
/** A whole case (one `n8n execute`) is killed after this; its variants are then reported as capped. */
const CASE_TIMEOUT_MS = 8 * 60_000;
const PAGE_SIZE = 100;
const ORDERS = 10_000;
const WARM_ITEMS = Number(process.env.BENCH_WARM_ITEMS || 200);
/** Each case is executed this many times; every row reports its median run. */
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT || 1));

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------
// Workflow building

const CHIFT_CRED = { id: 'benchChiftCred01', name: 'Chift bench' };
const HEADER_CRED = { id: 'benchHeaderAuth1', name: 'Chift bearer (Header Auth)' };

function n8nNode(name, type, typeVersion, position, parameters, extra = {}) {
	return { id: crypto.randomUUID(), name, type, typeVersion, position, parameters, ...extra };
}

/** Code node returning `count` customers whose first names start with `prefix`. */
function customersCode(name, prefix, count, position) {
	const jsCode = [
		'const out = [];',
		`for (let i = 0; i < ${count}; i++) {`,
		`  out.push({ json: { firstName: '${prefix}-' + i, lastName: 'Bench', email: '${prefix}-' + i + '@example.com' } });`,
		'}',
		'return out;',
	].join('\n');
	return n8nNode(name, 'n8n-nodes-base.code', 2, position, { jsCode });
}

function oneItemCode(name, position) {
	return n8nNode(name, 'n8n-nodes-base.code', 2, position, { jsCode: "return [{ json: { period: 'first ten days of January' } }];" });
}

/** The Chift node creating one record per item: Chift POS Customer → Create, or Chift Accounting Client → Create (case 5). */
const CHIFT_CREATES = {
	pos: {
		type: 'n8n-nodes-chift.chiftPos',
		parameters: { resource: 'customer', operation: 'create', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' },
	},
	accounting: { type: 'n8n-nodes-chift.chiftAccounting', parameters: { resource: 'client', operation: 'create', name: '={{ $json.firstName }}' } },
};

function chiftCreate(name, position, options = {}, target = 'pos') {
	const { type, parameters } = CHIFT_CREATES[target];
	return n8nNode(
		name,
		type,
		1,
		position,
		{ ...parameters, consumerId: { __rl: true, mode: 'id', value: BISTRO }, additionalFields: { email: '={{ $json.email }}' }, options },
		{ credentials: { chiftApi: CHIFT_CRED } },
	);
}

function chiftOrders(name, position) {
	return n8nNode(
		name,
		'n8n-nodes-chift.chiftPos',
		1,
		position,
		{
			resource: 'order',
			operation: 'getAll',
			consumerId: { __rl: true, mode: 'id', value: BISTRO },
			returnAll: true,
			filters: { dateFrom: '2026-01-01', dateTo: '2026-01-10' },
			options: {},
		},
		{ credentials: { chiftApi: CHIFT_CRED } },
	);
}

/** The JSON body of each HTTP Request create, as a user sets it up: the POS customer's fields below, the accounting client's by expression (Chift requires `addresses`). */
const HTTP_BODIES = {
	pos: {
		path: 'pos/customers',
		body: {
			specifyBody: 'keypair',
			bodyParameters: {
				parameters: [
					{ name: 'first_name', value: '={{ $json.firstName }}' },
					{ name: 'last_name', value: '={{ $json.lastName }}' },
					{ name: 'email', value: '={{ $json.email }}' },
				],
			},
		},
	},
	accounting: {
		path: 'accounting/clients',
		body: { specifyBody: 'json', jsonBody: '={{ JSON.stringify({ name: $json.firstName, email: $json.email, addresses: [] }) }}' },
	},
};

/** HTTP Request 4.2 creating one record per item, as a user sets it up: Generic -> Header Auth, POST, a JSON body. */
function httpCreate(name, position, emulatorUrl, options = {}, target = 'pos') {
	const { path: route, body } = HTTP_BODIES[target];
	return n8nNode(
		name,
		'n8n-nodes-base.httpRequest',
		4.2,
		position,
		{
			method: 'POST',
			url: `${emulatorUrl}/consumers/${BISTRO}/${route}`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendBody: true,
			contentType: 'json',
			...body,
			options,
		},
		{ credentials: { httpHeaderAuth: HEADER_CRED } },
	);
}

/** HTTP Request 4.2 GET /pos/orders with its built-in pagination (page = $pageCount + 1, size 100). */
function httpOrders(name, position, emulatorUrl) {
	return n8nNode(
		name,
		'n8n-nodes-base.httpRequest',
		4.2,
		position,
		{
			method: 'GET',
			url: `${emulatorUrl}/consumers/${BISTRO}/pos/orders`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendQuery: true,
			queryParameters: {
				parameters: [
					{ name: 'date_from', value: '2026-01-01' },
					{ name: 'date_to', value: '2026-01-10' },
				],
			},
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: {
							parameters: [
								{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' },
								{ type: 'qs', name: 'size', value: String(PAGE_SIZE) },
							],
						},
						paginationCompleteWhen: 'other',
						completeExpression:
							'={{ $response.body.items.length === 0 || $response.body.page * $response.body.size >= $response.body.total }}',
					},
				},
			},
		},
		{ credentials: { httpHeaderAuth: HEADER_CRED } },
	);
}

/**
 * One workflow: Manual Trigger -> branches, executed top to bottom (executionOrder v1).
 * @param {string} id
 * @param {Array<{ code: object, nodes: object[] }>} branches  code -> nodes[0] -> nodes[1] ...
 */
function caseWorkflow(id, name, branches) {
	const trigger = n8nNode('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {});
	const nodes = [trigger];
	const link = (node) => ({ node, type: 'main', index: 0 });
	const connections = { Start: { main: [[]] } };
	branches.forEach((branch, index) => {
		const y = index * 200;
		branch.code.position = [220, y];
		nodes.push(branch.code);
		connections.Start.main[0].push(link(branch.code.name));
		let previous = branch.code.name;
		branch.nodes.forEach((node, step) => {
			node.position = [440 + step * 220, y];
			nodes.push(node);
			connections[previous] = { main: [[link(node.name)]] };
			previous = node.name;
		});
	});
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1', executionTimeout: Math.round(CASE_TIMEOUT_MS / 1000) - 30 },
		nodes,
		connections,
		pinData: {},
	};
}

// ---------------------------------------------------------------------------------------------
// Request log (per variant, by time window)

function trackRequests(emulator) {
	const log = [];
	emulator.server.prependListener('request', (req, res) => {
		const entry = { method: req.method, path: req.url.split('?')[0], start: now(), end: undefined, status: 0 };
		log.push(entry);
		res.once('close', () => {
			entry.end = now();
			entry.status = res.statusCode;
		});
	});
	return log;
}

/** Requests that started within [from, to] (ms since epoch) and the most in flight at once among them. */
function windowStats(requestLog, from, to) {
	const inWindow = requestLog.filter((r) => r.start >= from - 2 && r.start <= to + 2);
	const events = [];
	for (const r of inWindow) {
		events.push([r.start, 1]);
		events.push([r.end ?? to, -1]);
	}
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let current = 0;
	let max = 0;
	for (const [, delta] of events) {
		current += delta;
		max = Math.max(max, current);
	}
	const statuses = {};
	for (const r of inWindow) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
	const durations = inWindow.filter((r) => r.end !== undefined).map((r) => r.end - r.start).sort((a, b) => a - b);
	const api = inWindow.filter((r) => r.path !== '/token');
	return {
		/** ms from the node's start to its first API request, and from the last answer to the node's end */
		beforeFirstRequest: api.length ? Math.min(...api.map((r) => r.start)) - from : undefined,
		afterLastAnswer: api.length ? to - Math.max(...api.map((r) => r.end ?? to)) : undefined,
		medianRequestMs: durations.length ? durations[Math.floor(durations.length / 2)] : undefined,
		p95RequestMs: durations.length ? durations[Math.floor(durations.length * 0.95)] : undefined,
		requests: inWindow.filter((r) => r.path !== '/token').length,
		tokenRequests: inWindow.filter((r) => r.method === 'POST' && r.path === '/token').length,
		maxInFlight: max,
		statuses,
	};
}

// ---------------------------------------------------------------------------------------------
// Cases

const RETRY_ON_FAIL = { retryOnFail: true, maxTries: 3, waitBetweenTries: 1000 };
const batching = (batchSize, batchInterval) => ({ batching: { batch: { batchSize, batchInterval } } });

/**
 * Variants of a case, in execution order. `kind`: 'chift' | 'http' | 'floor' (a plain client,
 * bench/floor-client.js, run after the n8n execution); `concurrency`: C of the ideal N·L/C;
 * `partner`: the HTTP Request row a Chift POS row is compared with; `floor`: its floor row.
 */
function createVariants(caseId, latency) {
	const key = (name) => `c${caseId}${name}`;
	const httpAll = { key: key('httpAll'), kind: 'http', label: 'HTTP Request, defaults (every item at once)', options: {}, concurrency: N };
	const floor = (lanes, keepAlive = false) => ({
		key: key(`floor${lanes}${keepAlive ? 'ka' : ''}`),
		kind: 'floor',
		label: `Floor: plain Node client, ${lanes} in flight, ${keepAlive ? 'keep-alive connections' : 'new connection per request (as n8n)'}`,
		concurrency: lanes,
		keepAlive,
	});
	switch (caseId) {
		case '1':
			return [
				{ key: key('chift10'), kind: 'chift', label: 'Chift POS, defaults (concurrency 10)', options: {}, concurrency: 10, partner: key('httpB10i50'), floor: key('floor10') },
				{ key: key('chift50'), kind: 'chift', label: 'Chift POS, concurrency 50 (its maximum)', options: { concurrency: 50 }, concurrency: 50, partner: key('httpAll'), floor: key('floor50') },
				httpAll,
				{ key: key('httpB10i0'), kind: 'http', label: 'HTTP Request, Batching 10 items / 0 ms', options: batching(10, 0), concurrency: N },
				{ key: key('httpB10i50'), kind: 'http', label: `HTTP Request, Batching 10 items / ${latency} ms`, options: batching(10, latency), concurrency: 10, floor: key('floor10') },
				floor(10),
				floor(10, true),
				floor(50),
			];
		case '2':
			return [
				{ key: key('chift10'), kind: 'chift', label: 'Chift POS, defaults (concurrency 10, retries 3)', options: {}, concurrency: 10, partner: key('httpAll'), floor: key('floor10') },
				{ key: key('chift50'), kind: 'chift', label: 'Chift POS, concurrency 50 (above the capacity: 429s)', options: { concurrency: 50 }, concurrency: 50 },
				// Last: at default settings it stops the workflow at the first 429.
				httpAll,
				floor(10),
			];
		case '2b':
			return [
				{
					key: key('httpRetry'),
					kind: 'http',
					label: 'HTTP Request, node setting Retry On Fail (3 tries, 1,000 ms apart), other settings default',
					options: {},
					nodeSettings: RETRY_ON_FAIL,
					concurrency: N,
				},
			];
		case '5':
			return [
				{ key: key('chift10'), kind: 'chift', target: 'accounting', label: 'Chift Accounting Client → Create, defaults (concurrency 10)', options: {}, concurrency: 10, partner: key('httpB10i50'), floor: key('floor10') },
				{ key: key('httpB10i50'), kind: 'http', target: 'accounting', label: `HTTP Request POST /accounting/clients, Batching 10 items / ${latency} ms`, options: batching(10, latency), concurrency: 10, floor: key('floor10') },
				{ key: key('httpAll'), kind: 'http', target: 'accounting', label: 'HTTP Request POST /accounting/clients, defaults (every item at once)', options: {}, concurrency: N },
				{ ...floor(10), target: 'accounting', mode: 'createClient' },
			];
		case '4':
			return [
				{ key: key('chift10'), kind: 'chift', label: 'Chift POS, defaults (concurrency 10)', options: {}, concurrency: 10, partner: key('httpB10i1'), floor: key('floor10') },
				{ key: key('chift50'), kind: 'chift', label: 'Chift POS, concurrency 50 (its maximum)', options: { concurrency: 50 }, concurrency: 50, partner: key('httpAll'), floor: key('floor50') },
				httpAll,
				{ key: key('httpB10i0'), kind: 'http', label: 'HTTP Request, Batching 10 items / 0 ms', options: batching(10, 0), concurrency: N },
				{ key: key('httpB10i1'), kind: 'http', label: 'HTTP Request, Batching 10 items / 1 ms', options: batching(10, 1), concurrency: 10, floor: key('floor10') },
				floor(10),
				floor(10, true),
				floor(50),
			];
		default:
			throw new Error(`unknown case ${caseId}`);
	}
}

const CASE_INFO = {
	1: { title: `Case 1: ${N.toLocaleString('en')} creates, latency ${LATENCY} ms, no capacity limit`, faults: { latencyMs: LATENCY, capacity: Infinity } },
	2: {
		title: `Case 2: ${N.toLocaleString('en')} creates, latency ${LATENCY} ms, capacity 10 in flight (beyond: 429 + Retry-After: 1)`,
		faults: { latencyMs: LATENCY, capacity: 10, retryAfterSeconds: 1 },
	},
	'2b': {
		title: `Case 2b (extra): as case 2, HTTP Request with n8n's Retry On Fail switched on`,
		faults: { latencyMs: LATENCY, capacity: 10, retryAfterSeconds: 1 },
	},
	3: {
		title: `Case 3: Return All over ${ORDERS.toLocaleString('en')} orders (${ORDERS / PAGE_SIZE} pages of ${PAGE_SIZE}), latency ${LATENCY} ms`,
		faults: { latencyMs: LATENCY, capacity: Infinity },
	},
	4: { title: `Case 4: ${N.toLocaleString('en')} creates, latency 0 ms`, faults: { latencyMs: 0, capacity: Infinity } },
	5: {
		title: `Case 5: ${N.toLocaleString('en')} accounting creates (clients), latency ${LATENCY} ms, no capacity limit`,
		faults: { latencyMs: LATENCY, capacity: Infinity },
	},
};

function buildCase(caseId, emulatorUrl, latency, rep) {
	// Warm-up: WARM_ITEMS items through each node first (JIT, expression engine, HTTP stack), so
	// that the first measured row does not pay for warming code the later rows reuse. Its errors
	// (429s in case 2) do not stop the workflow.
	const warmChift = chiftCreate(`Warm-up Chift POS ${caseId}`, null);
	const warmHttp = httpCreate(`Warm-up HTTP Request ${caseId}`, null, emulatorUrl);
	warmChift.onError = 'continueRegularOutput';
	warmHttp.onError = 'continueRegularOutput';
	const warm = [
		{ code: customersCode(`Warm-up items ${caseId}a`, `w${caseId}r${rep}chift`, WARM_ITEMS), nodes: [warmChift] },
		{ code: customersCode(`Warm-up items ${caseId}b`, `w${caseId}r${rep}http`, WARM_ITEMS), nodes: [warmHttp] },
	];
	const workflowId = `benchCase${caseId}r${rep}`.padEnd(16, 'x');
	if (caseId === '3') {
		const pages = ORDERS / PAGE_SIZE;
		const floorPages = (lanes) => ({
			key: `c3floor${lanes}`,
			kind: 'floor',
			mode: 'pages',
			label: `Floor: plain Node client, pages ${lanes === 1 ? 'one after another' : `${lanes} in flight`}, new connection per request (as n8n)`,
			concurrency: lanes,
			pages,
		});
		const variants = [
			{ key: 'c3chift', kind: 'chift', label: 'Chift POS Order → Get Many, Return All (defaults: concurrency 10)', concurrency: 10, partner: 'c3http', floor: 'c3floor10', pages },
			{
				key: 'c3http',
				kind: 'http',
				label: 'HTTP Request GET /pos/orders, Pagination (page = {{ $pageCount + 1 }}, size 100)',
				concurrency: 1,
				pages,
				splitOut: 'c3httpSplit',
				floor: 'c3floor1',
			},
			floorPages(10),
			floorPages(1),
		];
		const branches = [
			...warm,
			{ code: oneItemCode('Period c3chift'), nodes: [chiftOrders('c3chift', null)] },
			{
				code: oneItemCode('Period c3http'),
				nodes: [httpOrders('c3http', null, emulatorUrl), n8nNode('c3httpSplit', 'n8n-nodes-base.splitOut', 1, null, { fieldToSplitOut: 'items', options: {} })],
			},
		];
		return { variants, workflow: caseWorkflow(workflowId, 'bench case 3', branches) };
	}
	const variants = createVariants(caseId, latency).map((variant) => ({ ...variant, prefix: `${variant.key}r${rep}` }));
	const branches = [
		...warm,
		...variants
			.filter((variant) => variant.kind !== 'floor')
			.map((variant) => {
				const node =
					variant.kind === 'chift'
						? chiftCreate(variant.key, null, variant.options, variant.target)
						: httpCreate(variant.key, null, emulatorUrl, variant.options, variant.target);
				Object.assign(node, variant.nodeSettings);
				return { code: customersCode(`Items ${variant.key}`, variant.prefix, N), nodes: [node] };
			}),
	];
	return { variants, workflow: caseWorkflow(workflowId, `bench case ${caseId}`, branches) };
}

/** Runs a floor row (bench/floor-client.js in a child process) against the emulator. */
function runFloor(variant, { emulator, token, requestLog }) {
	const spec = {
		url: emulator.url,
		token,
		consumer: BISTRO,
		mode: variant.mode ?? 'create',
		count: variant.pages ?? N,
		lanes: variant.concurrency,
		keepAlive: variant.keepAlive,
		prefix: variant.prefix,
		dateFrom: '2026-01-01',
		dateTo: '2026-01-10',
		pageSize: PAGE_SIZE,
	};
	return new Promise((resolve) => {
		const started = now();
		const child = childProcess.spawn(process.execPath, [path.join(__dirname, 'floor-client.js'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
		let text = '';
		child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
		child.once('close', () => {
			clearTimeout(timer);
			const ended = now();
			let result = null;
			try {
				result = JSON.parse(text);
			} catch {
				/* killed */
			}
			// The client's own time, and the emulator's view of the requests it sent in that span.
			resolve({ result, window: windowStats(requestLog, started, ended) });
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * The execution as n8n saved it in its SQLite database. `n8n execute` prints the run through its
 * (asynchronous) logger and then exits, which cuts a large run JSON short (Return All over 10,000
 * orders); the saved execution is complete. Uses n8n's own sqlite3 and flatted modules.
 */
async function readSavedRun(n8n, workflowId) {
	const requireFromN8n = (name) => require(path.join(n8n.n8nHome, 'node_modules', name));
	const sqlite3 = requireFromN8n('sqlite3');
	const flatted = requireFromN8n('flatted');
	const file = path.join(n8n.userFolder, '.n8n', 'database.sqlite');
	const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
	try {
		const row = await new Promise((resolve, reject) =>
			db.get(
				'SELECT e.id AS id, e.status AS status, d.data AS data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id DESC LIMIT 1',
				[workflowId],
				(error, result) => (error ? reject(error) : resolve(result)),
			),
		);
		if (!row) return null;
		return { id: row.id, status: row.status, data: flatted.parse(row.data) };
	} finally {
		await new Promise((resolve) => db.close(resolve));
	}
}

function task(run, name) {
	return run?.data?.resultData?.runData?.[name]?.[0];
}

/** Records a row created (POS customers' first names, or accounting clients' names, start with its key) and how many are duplicates. */
function createdBy(emulator, key, target) {
	const names =
		target === 'accounting'
			? emulator.data.accounting[BISTRO].stores['1001'].clients.map((client) => client.name)
			: emulator.customersOf(BISTRO).map((customer) => customer.first_name);
	const created = names.filter((name) => typeof name === 'string' && name.startsWith(`${key}-`));
	return { created: created.length, duplicates: created.length - new Set(created).size };
}

function idealOf(variant, latency, capacity) {
	const effective = Math.min(variant.concurrency, capacity);
	return { effectiveConcurrency: effective, ideal: ((variant.pages ?? N) * latency) / effective };
}

function measureFloor(variant, floorRun, { emulator, latency }) {
	const result = { ...variant, ran: Boolean(floorRun.result) };
	if (!floorRun.result) return result;
	const { ms, ok, statuses } = floorRun.result;
	Object.assign(result, floorRun.window, idealOf(variant, latency, emulator.faults.capacity), {
		executionTime: ms,
		statuses,
		n: variant.pages ?? N,
	});
	if (variant.pages) {
		result.records = ok * PAGE_SIZE;
		result.failed = ORDERS - result.records;
		result.perSecond = result.records / (ms / 1000);
	} else {
		result.ok = ok;
		result.failed = N - ok;
		result.perSecond = ok / (ms / 1000);
		Object.assign(result, createdBy(emulator, variant.prefix, variant.target));
	}
	return result;
}

function measureVariant({ variant, run, requestLog, emulator, latency }) {
	const data = task(run, variant.key);
	const result = { ...variant, ran: Boolean(data) };
	if (!data) return result;
	const out = data.data?.main?.[0] ?? [];
	result.executionTime = data.executionTime;
	result.nodeError = data.error?.message;
	Object.assign(result, windowStats(requestLog, data.startTime, data.startTime + data.executionTime));
	Object.assign(result, idealOf(variant, latency, emulator.faults.capacity));
	result.n = variant.pages ?? N;
	if (variant.pages) {
		// Return All: records the user gets from the node (HTTP: one item per page, records inside).
		result.outputItems = out.length;
		result.records = variant.kind === 'http' ? out.reduce((sum, item) => sum + (item.json?.items?.length ?? 0), 0) : out.filter((i) => !i.json?.error).length;
		result.failed = ORDERS - result.records;
		result.perSecond = result.records / (result.executionTime / 1000);
		if (variant.splitOut) {
			const split = task(run, variant.splitOut);
			result.splitOutTime = split?.executionTime;
			result.splitOutItems = split?.data?.main?.[0]?.length;
		}
		return result;
	}
	const ok = out.filter((item) => item.json && item.json.error === undefined).length;
	result.outputItems = out.length;
	result.ok = ok;
	result.failed = N - ok;
	Object.assign(result, createdBy(emulator, variant.prefix, variant.target));
	result.perSecond = ok / (result.executionTime / 1000);
	return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value, digits = 0) =>
	value === undefined || value === null || Number.isNaN(value) ? 'n/a' : Number(value).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function renderCase(caseId, info, results, meta) {
	const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
	const lines = [`### ${info.title}`, ''];
	if (meta.capped) lines.push(`**Capped:** the execution was stopped after ${CASE_TIMEOUT_MS / 60000} min; rows without a time did not finish.`, '');
	lines.push(
		'| Node (settings) | C | time (n8n executionTime) | items/s | ideal N·L/C | × ideal | × floor | Chift node / HTTP Request | token requests | max in flight | requests (statuses) | failed items | records created | duplicates |',
		'| --- | --: | --: | --: | --: | --: | --: | --- | --: | --: | --- | --: | --: | --: |',
	);
	for (const r of results) {
		if (!r.ran) {
			lines.push(`| ${r.label} | ${r.concurrency} | did not run${meta.capped ? ' (capped)' : ''} | | | | | | | | | | | |`);
			continue;
		}
		const partner = r.partner && byKey[r.partner];
		const ratio = partner?.executionTime ? `**${fmt(r.executionTime / partner.executionTime, 2)}** (vs ${partner.label.replace(/^HTTP Request, /, '')})` : '';
		const floor = r.floor && byKey[r.floor];
		const xFloor = floor?.executionTime ? fmt(r.executionTime / floor.executionTime, 2) : '';
		const xIdeal = r.ideal > 0 ? fmt(r.executionTime / r.ideal, 2) : 'n/a (L = 0)';
		const statuses = Object.entries(r.statuses ?? {})
			.map(([status, count]) => `${status}: ${count}`)
			.join(', ');
		const c = r.effectiveConcurrency !== r.concurrency ? `${r.concurrency} (${r.effectiveConcurrency} at capacity)` : r.concurrency;
		const errorNote = r.nodeError ? ` (node error: "${r.nodeError.slice(0, 70)}")` : '';
		const spread = r.times?.length > 1 ? ` (runs: ${r.times.map((t) => fmt(t)).join(' / ')})` : '';
		const time = `${fmt(r.executionTime)} ms${r.kind === 'floor' ? ' (client)' : ''}${spread}`;
		const idealText = r.pages ? `${fmt(r.ideal)} ms (${r.pages} pages)` : `${fmt(r.ideal)} ms`;
		const label = r.kind === 'floor' ? `*${r.label}*` : r.label;
		if (r.pages) {
			lines.push(
				`| ${label} | ${c} | ${time} | ${fmt(r.perSecond)} records/s | ${idealText} | ${xIdeal} | ${xFloor} | ${ratio} | ${r.tokenRequests} | ${r.maxInFlight} | ${r.requests} (${statuses}) | ${fmt(r.failed)} records${errorNote} | – | – |`,
			);
		} else {
			lines.push(
				`| ${label} | ${c} | ${time} | ${fmt(r.perSecond)} | ${idealText} | ${xIdeal} | ${xFloor} | ${ratio} | ${r.tokenRequests} | ${r.maxInFlight} | ${r.requests} (${statuses}) | ${fmt(r.failed)}${errorNote} | ${fmt(r.created)} | ${fmt(r.duplicates)} |`,
			);
		}
	}
	const http = results.find((r) => r.splitOut && r.ran);
	if (http) {
		lines.push(
			'',
			`HTTP Request output: ${fmt(http.outputItems)} items (one per page, each \`{ items: [100 orders], total, page, size }\`) holding ${fmt(http.records)} orders; ` +
				`a Split Out node on \`items\` is needed for one item per order (here: ${fmt(http.splitOutItems)} items in ${fmt(http.splitOutTime)} ms more). ` +
				'Chift POS outputs one item per order.',
		);
	}
	const phases = results
		.filter((r) => r.ran && r.kind !== 'floor' && r.beforeFirstRequest !== undefined)
		.map((r) => `${r.key}: ${fmt(r.beforeFirstRequest)} ms before the first request, median request ${fmt(r.medianRequestMs, 1)} ms at the emulator`)
		.join('; ');
	if (phases) lines.push('', `Per row: ${phases}.`);
	lines.push('', `n8n CLI \`execute\` of the whole case: ${fmt(meta.cliMs / 1000, 1)} s (start-up, warm-up, every n8n row, run JSON).`, '');
	return lines.join('\n');
}

/** One execution of a case in n8n, then its floor rows; every row measured. */
async function runCaseOnce({ caseId, rep, info, n8n, emulator, token, requestLog }) {
	const latency = info.faults.latencyMs;
	const { variants, workflow } = buildCase(caseId, emulator.url, latency, rep);
	const workflowId = await n8n.importWorkflow(workflow);
	Object.assign(emulator.faults, { latencyMs: 0, capacity: Infinity, retryAfterSeconds: 1 }, info.faults);
	emulator.reset();
	requestLog.length = 0;
	log(`${info.title}${REPEAT > 1 ? ` (run ${rep + 1}/${REPEAT})` : ''}: executing (${variants.length} rows + warm-up)`);
	const executed = await n8n.execute(workflowId, { timeoutMs: CASE_TIMEOUT_MS });
	const { exitCode, durationMs, stderr, stdout } = executed;
	let run = executed.run;
	if (!run?.data?.resultData?.runData) {
		run = await readSavedRun(n8n, workflowId).catch((error) => {
			log(`could not read the saved execution: ${error.message}`);
			return null;
		});
		if (run) log(`case ${caseId}: run JSON on stdout incomplete (${stdout.length} chars); using the execution saved by n8n (${run.status})`);
	}
	if (process.env.BENCH_DUMP) {
		fs.mkdirSync(process.env.BENCH_DUMP, { recursive: true });
		fs.writeFileSync(path.join(process.env.BENCH_DUMP, `case${caseId}-${rep}.stdout`), stdout);
		fs.writeFileSync(path.join(process.env.BENCH_DUMP, `case${caseId}-${rep}.stderr`), stderr);
	}
	const capped = !run;
	if (!run) log(`case ${caseId}: no run data (exit ${exitCode}); stderr tail:\n${stderr.slice(-2000)}\n${stdout.slice(-1000)}`);
	const meta = {
		capped,
		cliMs: durationMs,
		exitCode,
		emulatorMaxInFlight: emulator.maxInFlight,
		rateLimited: emulator.faultsInjected.rateLimited,
		tokensIssued: emulator.tokensIssued,
		warmTokens: [`Warm-up Chift POS ${caseId}`, `Warm-up HTTP Request ${caseId}`].map((name) => {
			const t = task(run, name);
			return t ? windowStats(requestLog, t.startTime, t.startTime + t.executionTime).tokenRequests : undefined;
		}),
	};
	// n8n rows first (their requests are in the log), then the floors (each resets the log).
	const byKey = {};
	for (const variant of variants.filter((v) => v.kind !== 'floor')) byKey[variant.key] = measureVariant({ variant, run, requestLog, emulator, latency });
	for (const variant of variants.filter((v) => v.kind === 'floor')) {
		emulator.reset();
		requestLog.length = 0;
		byKey[variant.key] = measureFloor(variant, await runFloor(variant, { emulator, token, requestLog }), { emulator, latency });
	}
	const results = variants.map((variant) => byKey[variant.key]);
	for (const r of results) {
		log(
			`  ${r.key}: ${r.ran ? `${fmt(r.executionTime)} ms, in flight ${r.maxInFlight}, failed ${r.failed}, tokens ${r.tokenRequests}, before 1st request ${fmt(r.beforeFirstRequest)} ms, after last answer ${fmt(r.afterLastAnswer)} ms, request median ${fmt(r.medianRequestMs, 1)} / p95 ${fmt(r.p95RequestMs, 1)} ms (emulator side)` : 'did not run'}`,
		);
	}
	return { results, meta };
}

/** Per row: the run with the median time (all times kept in `times`). */
function mergeRuns(runs) {
	const results = runs[0].results.map((first, index) => {
		const all = runs.map((r) => r.results[index]).filter((r) => r.ran);
		if (!all.length) return first;
		const sorted = [...all].sort((a, b) => a.executionTime - b.executionTime);
		return { ...sorted[Math.floor((sorted.length - 1) / 2)], times: all.map((r) => r.executionTime) };
	});
	return {
		results,
		capped: runs.some((r) => r.meta.capped),
		cliMs: runs.reduce((sum, r) => sum + r.meta.cliMs, 0) / runs.length,
		runs: runs.map((r) => r.meta),
	};
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const started = new Date();
	if (!process.env.BENCH_SKIP_BUILD) {
		log('npm run build');
		const build = childProcess.spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
		if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
	}
	log('packing the package');
	const tarball = packPackage(REPO);

	const emulator = await startChiftEmulator({
		port: 0,
		tokenTtlSeconds: 7 * 24 * 3600,
		extraOrders: ORDERS,
		today: new Date('2026-06-15T12:00:00Z'),
	});
	const requestLog = trackRequests(emulator);
	log(`emulator on ${emulator.url}`);

	// The HTTP Request node's bearer token: one POST /token before the run (a week long).
	const tokenResponse = await fetch(`${emulator.url}/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(emulator.apiKey),
	});
	const { access_token: token } = await tokenResponse.json();

	// Profiling: NODE_OPTIONS may not carry --cpu-prof, so n8n runs through a wrapper script.
	let nodeBinary;
	if (process.env.BENCH_CPU_PROF) {
		const dir = path.resolve(process.env.BENCH_CPU_PROF);
		fs.mkdirSync(dir, { recursive: true });
		nodeBinary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-node-')), 'node');
		fs.writeFileSync(nodeBinary, `#!/bin/sh\nexec '${process.execPath}' --cpu-prof --cpu-prof-dir='${dir}' "$@"\n`, { mode: 0o755 });
	}
	log('creating the n8n instance (installs n8n 2.8.4 into the cache on first use)');
	const n8n = await createN8nInstance({ packageTarball: tarball, timeoutMs: CASE_TIMEOUT_MS, ...(nodeBinary ? { nodeBinary } : {}) });
	const sections = [];
	/** caseId -> merged runs, in the order the cases ran */
	const allResults = new Map();
	try {
		await n8n.importCredentials([
			{
				...CHIFT_CRED,
				type: 'chiftApi',
				data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url },
			},
			{ ...HEADER_CRED, type: 'httpHeaderAuth', data: { name: 'Authorization', value: `Bearer ${token}` } },
		]);

		for (const caseId of CASES) {
			const info = CASE_INFO[caseId];
			if (!info) throw new Error(`unknown case ${caseId}`);
			const runs = [];
			for (let rep = 0; rep < REPEAT; rep++) {
				runs.push(await runCaseOnce({ caseId, rep, info, n8n, emulator, token, requestLog }));
			}
			const merged = mergeRuns(runs);
			allResults.set(caseId, merged);
			sections.push(renderCase(caseId, info, merged.results, merged));
		}
	} finally {
		await n8n.cleanup();
		await emulator.close();
	}

	const cpus = os.cpus();
	const header = [
		'# Benchmark: the Chift nodes vs n8n HTTP Request',
		'',
		`Generated by \`npm run bench\` (bench/run.js) on ${started.toISOString()}. A measurement, not a test.`,
		'',
		`- Machine: ${os.cpus().length} CPUs (\`nproc\` ${childProcess.execSync('nproc').toString().trim()}, ${cpus[0]?.model ?? 'unknown'}), shared; ${os.platform()} ${os.release()}; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
		`- Node ${process.version}; n8n ${n8n.n8nVersion} (one instance, SQLite; one \`n8n execute\` per case and run); n8n-nodes-chift ${JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version} (packed tarball, installed as a community node)`,
		`- Emulator (test/emulator/chift-emulator.js) in the benchmark process, on 127.0.0.1, consumer Bistro Central (Lightspeed). L = emulator latency per request; C = requests in flight the node is set to.`,
		'- Time = n8n\'s own per-node `executionTime` from the run data (the node alone, not the CLI start-up). items/s = items that succeeded / that time.',
		`- Each case is one workflow: Manual Trigger → one branch per row (Code node making the items → the node), run one after another (execution order v1), after warm-up branches of ${WARM_ITEMS} items through each node (not in the table). Emulator numbers per row come from the requests that started within that node's time window; \`emulator.reset()\` before each case.`,
		'- Floor rows: bench/floor-client.js, a plain Node client in its own process sending the same requests with C in flight (no n8n), run right after the execution against the same emulator settings: what this machine and the emulator allow. × floor = the row\'s time / the floor\'s time at the same C.',
		'- HTTP Request (typeVersion 4.2): Authentication Generic → Header Auth credential `Authorization: Bearer <token>` (token from one `POST /token` before the run, valid a week); POST `/consumers/<id>/pos/customers`, JSON body "Using Fields Below" with expressions; other options at their defaults unless the row says so.',
		'- Chift POS: Customer → Create with expressions for First Name, Last Name, Email; Chift API credential in API key mode (it gets and keeps its own token).',
		'- Case 5, Chift Accounting: Client → Create with expressions for Name and Email, same credential; HTTP Request: POST `/consumers/<id>/accounting/clients` with a JSON body expression (Chift requires `addresses`, sent empty).',
		'- Duplicates = customers created by that row minus distinct names among them (every item has a unique name). Failed items = input items without a successful output item (an item with `json.error`, or no output because the node stopped the workflow).',
		'',
	].join('\n');
	void cpus;
	const tokenNote = [...allResults]
		.map(
			([caseId, merged]) =>
				`case ${caseId}: ${merged.runs
					.map((m) => `warm-up Chift POS ${m.warmTokens[0] ?? 'n/a'}, warm-up HTTP Request ${m.warmTokens[1] ?? 'n/a'}; whole execution: max in flight ${m.emulatorMaxInFlight}, 429s ${m.rateLimited}`)
					.join(' | ')}`,
		)
		.join('; ');
	const footer = [
		'### Notes',
		'',
		`- Token requests in the warm-up branches (not in the table) and emulator totals per execution: ${tokenNote}.`,
		`- Tokens issued by the emulator over the whole benchmark: ${emulator.tokensIssued} (1 of them by the benchmark itself, for the Header Auth credential).`,
		REPEAT > 1 ? `- Each case ran ${REPEAT} times; rows show the run with the median time, and every time under "runs".` : '- Each case ran once (BENCH_REPEAT=1); the machine is shared, expect ±20-30 % between runs.',
		'',
	].join('\n');
	const markdown = `${header}\n${sections.join('\n')}\n${footer}`;
	fs.writeFileSync(OUTPUT, markdown);
	fs.writeFileSync(OUTPUT.replace(/\.md$/, '.json'), JSON.stringify({ date: started.toISOString(), node: process.version, n8n: n8n.n8nVersion, cases: Object.fromEntries(allResults) }, null, 2));
	process.stdout.write(`${markdown}\n`);
	log(`written to ${path.relative(process.cwd(), OUTPUT)}`);
}

main().catch((error) => {
	process.stderr.write(`[bench] failed: ${error.stack || error}\n`);
	process.exit(1);
});
