'use strict';
/**
 * n8n 2.8.4 in queue mode (main + 2 workers + Redis + PostgreSQL on 127.0.0.1, e2e/lib/queue-stack.js)
 * with the packed package installed as a community package: Webhook → Chift POS Customer → Create
 * ("respond when the last node finishes"), called in bursts of 20 at a time.
 *
 * Every call carries its own tag (first name); an answer counts only when it is the customer created
 * for that tag. A call without an answer is looked up in n8n's database: when its execution
 * succeeded and its customer exists exactly once, it is n8n's own race (main never hears of a job
 * Bull removed on completion) and is counted as such, not as a failure of ours; anything else fails.
 * Which worker ran an execution comes from the workers' log ("Worker started execution N"); which
 * process asked for a token from the socket the request came in on (/proc, Linux).
 *
 * Run: npm run test:queue (installs Redis and PostgreSQL from Debian when missing, builds, packs).
 * A summary of each scenario goes to stderr and to test-output/queue/report.json.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startChiftEmulator } = require('../../test/emulator/chift-emulator');
const { CONSUMERS } = require('../../test/emulator/sample-data');
const { assertFollowsSpec } = require('../../test/spec/openapi');
const { packPackage } = require('../lib/n8n-runner');
const { startQueueStack } = require('../lib/queue-stack');

jest.setTimeout(10 * 60_000);

const REPO_DIR = path.resolve(__dirname, '..', '..');
const REPORT_FILE = path.join(REPO_DIR, 'test-output', 'queue', 'report.json');
const OWNER = { email: 'queue@example.com', password: 'QueueTest2026', firstName: 'Queue', lastName: 'Test' };
const CREDENTIAL = { id: 'chiftQueueCred01', name: 'Chift (emulator)' };
const CONCURRENCY = 20;
/** How long a call waits for its answer: executions take about a second, so 30 s is "never". */
const CALL_TIMEOUT_MS = 30_000;
/** With a worker killed: longer than Bull's stall detection (lock 15 s + a check every 5 s, queue-stack.js). */
const CRASH_CALL_TIMEOUT_MS = 90_000;
/** n8n's race needs main to have had this long after the execution ended, and still no answer. */
const RACE_MARGIN_MS = 10_000;

let emulator;
let stack;
let packDir;
let apiKey;
const report = {};
/** Every POST /token: { at, slot } (slot = worker slot, or 'other'). */
const tokenRequests = [];
/** Every n8n worker process ever started: pid -> slot. */
const workerPids = new Map();
/** Called with (record, slot) for each customer create, in arrival order (scenario hooks). */
let onCustomerCreate;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Which process a request came from: the client socket's inode (/proc/net/tcp) among its fds.

function socketInode(clientPort, serverPort) {
	const hex = (port) => port.toString(16).toUpperCase().padStart(4, '0');
	for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
		if (!fs.existsSync(file)) continue;
		for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
			const columns = line.trim().split(/\s+/);
			if (columns.length > 9 && columns[1].endsWith(`:${hex(clientPort)}`) && columns[2].endsWith(`:${hex(serverPort)}`)) return columns[9];
		}
	}
	return undefined;
}

function slotOfConnection(socket) {
	const inode = socketInode(socket.remotePort, socket.localPort);
	if (!inode) return 'other';
	for (const [pid, slot] of workerPids) {
		try {
			for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
				if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return slot;
			}
		} catch {
			/* process gone */
		}
	}
	return 'other';
}

// ---------------------------------------------------------------------------------------------
// n8n's APIs

let cookie;
async function rest(method, route, body) {
	const response = await fetch(`${stack.main.url}/rest${route}`, {
		method,
		headers: { 'content-type': 'application/json', 'browser-id': 'n8n-nodes-chift-queue', ...(cookie ? { cookie } : {}) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} /rest${route} answered ${response.status}: ${text.slice(0, 500)}`);
	if (!cookie) cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] || undefined;
	return text ? JSON.parse(text).data : undefined;
}

/** n8n's public API: { status, body }. */
async function publicApi(method, route, body) {
	const response = await fetch(`${stack.main.url}/api/v1${route}`, {
		method,
		headers: { 'content-type': 'application/json', 'X-N8N-API-KEY': apiKey },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = text;
	}
	return { status: response.status, body: json };
}

async function createActiveWorkflow({ name, webhookPath, credential = CREDENTIAL, idempotencyKey }) {
	const workflow = {
		name,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: crypto.randomUUID(),
				parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} },
			},
			{
				id: crypto.randomUUID(),
				name: 'Chift POS',
				type: 'n8n-nodes-chift.chiftPos',
				typeVersion: 1,
				position: [220, 0],
				credentials: { chiftApi: { id: credential.id, name: credential.name } },
				parameters: {
					resource: 'customer',
					operation: 'create',
					consumerId: { __rl: true, mode: 'id', value: CONSUMERS.bistro },
					firstName: '={{ $json.body.firstName }}',
					lastName: '={{ $json.body.lastName }}',
					additionalFields: { email: '={{ $json.body.email }}' },
					...(idempotencyKey ? { options: { idempotencyKey } } : {}),
				},
			},
		],
		connections: { Webhook: { main: [[{ node: 'Chift POS', type: 'main', index: 0 }]] } },
	};
	const created = await publicApi('POST', '/workflows', workflow);
	if (created.status !== 200) throw new Error(`POST /api/v1/workflows answered ${created.status}: ${JSON.stringify(created.body)}`);
	const activated = await publicApi('POST', `/workflows/${created.body.id}/activate`);
	if (activated.status !== 200) throw new Error(`activate answered ${activated.status}: ${JSON.stringify(activated.body)}`);
	return { id: created.body.id, url: `${stack.main.url}/webhook/${webhookPath}` };
}

// ---------------------------------------------------------------------------------------------
// Calls and their outcomes

const payloadFor = (tag) => ({ firstName: tag, lastName: 'Queue', email: `${tag.toLowerCase()}@example.com`, requestId: `create-${tag}` });
const customersTagged = (tag) => emulator.customersOf(CONSUMERS.bistro).filter((customer) => customer.first_name === tag);

async function call(url, payload, timeoutMs) {
	const started = Date.now();
	const deadline = started + timeoutMs;
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(payload),
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await response.text();
		let body;
		try {
			body = JSON.parse(text);
		} catch {
			body = text;
		}
		return { tag: payload.firstName, payload, status: response.status, body, ms: Date.now() - started, deadline };
	} catch (error) {
		return { tag: payload.firstName, payload, status: 0, error: error.name === 'TimeoutError' ? 'no answer' : error.message, ms: Date.now() - started, deadline };
	}
}

/** `payloads` sent `CONCURRENCY` at a time (a new call as soon as one ends). */
async function burst(url, payloads, { timeoutMs = CALL_TIMEOUT_MS } = {}) {
	const results = new Array(payloads.length);
	let next = 0;
	const lane = async () => {
		while (next < payloads.length) {
			const index = next++;
			results[index] = await call(url, payloads[index], timeoutMs);
		}
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, payloads.length) }, lane));
	return results;
}

/** The call was answered with the customer created for its own tag (and that customer exists). */
const answeredWithOwnCustomer = (result) => {
	if (result.status !== 200 || typeof result.body !== 'object' || result.body === null) return false;
	const [customer] = customersTagged(result.tag);
	return result.body.first_name === result.tag && customer !== undefined && result.body.id === customer.id;
};

/**
 * tag -> execution ids, from the trigger data n8n stores when main creates an execution. A failed
 * execution loses it (n8n overwrites the data with the error), so rememberExecutions() is also
 * called while executions are still running (right after a worker is killed).
 */
const executionsByTag = new Map();
const TAG = /"((?:Burst|Expiry|Crash|ApiCred)\d{3})"/;

async function rememberExecutions(workflowId) {
	const rows = await stack.query(
		'SELECT e.id, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = $1',
		[workflowId],
	);
	for (const row of rows) {
		const tag = TAG.exec(row.data)?.[1];
		if (!tag) continue;
		const ids = executionsByTag.get(tag) ?? new Set();
		ids.add(String(row.id));
		executionsByTag.set(tag, ids);
	}
}

/** The executions started for a tag's call, with their status now. */
async function executionsOf(workflowId, tag) {
	await rememberExecutions(workflowId);
	const ids = [...(executionsByTag.get(tag) ?? [])];
	if (ids.length === 0) return [];
	return await stack.query('SELECT id, status, finished, "startedAt", "stoppedAt" FROM execution_entity WHERE id = ANY($1::int[]) ORDER BY id', [ids]);
}

/**
 * Sorts a burst's calls: answered with their own customer; n8n's race (no answer, although the
 * execution succeeded at least RACE_MARGIN_MS before the caller gave up, and the customer exists
 * exactly once); anything else is a failure, with what is known.
 */
async function sortOutcomes(workflowId, results) {
	const answered = [];
	const n8nRace = [];
	const failures = [];
	for (const result of results) {
		if (answeredWithOwnCustomer(result)) {
			answered.push(result);
			continue;
		}
		const executions = await executionsOf(workflowId, result.tag);
		const outcome = {
			tag: result.tag,
			status: result.status,
			error: result.error,
			body: typeof result.body === 'string' ? result.body.slice(0, 300) : result.body,
			executions: executions.map((e) => ({ id: e.id, status: e.status, worker: stack.workerOf(e.id) })),
			customers: customersTagged(result.tag).length,
		};
		const ended = executions.length === 1 ? new Date(executions[0].stoppedAt).getTime() : NaN;
		if (
			result.status === 0 &&
			result.error === 'no answer' &&
			executions.length === 1 &&
			executions[0].status === 'success' &&
			ended <= result.deadline - RACE_MARGIN_MS &&
			outcome.customers === 1
		) {
			n8nRace.push(outcome);
		} else {
			failures.push(outcome);
		}
	}
	return { answered, n8nRace, failures };
}

/** Executions of a workflow by status, and by worker slot. */
async function executionSummary(workflowId, sinceId = 0) {
	const rows = await stack.query('SELECT id, status FROM execution_entity WHERE "workflowId" = $1 AND id > $2', [workflowId, sinceId]);
	const byStatus = {};
	const byWorker = {};
	for (const row of rows) {
		byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
		const worker = stack.workerOf(row.id) ?? 'unknown';
		byWorker[worker] = (byWorker[worker] ?? 0) + 1;
	}
	return { total: rows.length, byStatus, byWorker, rows };
}

const lastExecutionId = async () => Number((await stack.query('SELECT COALESCE(MAX(id), 0) AS id FROM execution_entity'))[0].id);

const countBy = (list, key) => list.reduce((counts, entry) => ({ ...counts, [entry[key]]: (counts[entry[key]] ?? 0) + 1 }), {});

function record(name, summary) {
	report[name] = summary;
	process.stderr.write(`[queue] ${name}: ${JSON.stringify(summary)}\n`);
}

/** Every tag has exactly one customer in the emulator: [tag, count] of those that do not. */
const duplicatesOrMissing = (tags) => tags.map((tag) => [tag, customersTagged(tag).length]).filter(([, count]) => count !== 1);

// ---------------------------------------------------------------------------------------------

let burstWorkflow;
let keyedWorkflow;

beforeAll(async () => {
	emulator = await startChiftEmulator();
	emulator.server.prependListener('request', (req) => {
		const pathname = new URL(req.url, 'http://emulator').pathname;
		if (req.method === 'POST' && pathname === '/token') tokenRequests.push({ at: Date.now(), slot: slotOfConnection(req.socket) });
		if (req.method === 'POST' && /^\/consumers\/[^/]+\/pos\/customers$/.test(pathname) && onCustomerCreate) onCustomerCreate(req);
	});
	packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-queue-pack-'));
	stack = await startQueueStack({ packageTarball: packPackage(REPO_DIR, { destination: packDir }), workers: 2 });
	await stack.n8n.importCredentials([
		{ ...CREDENTIAL, type: 'chiftApi', data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url } },
	]);
	await stack.start();
	for (const [slot, worker] of stack.workers.entries()) workerPids.set(worker.pid, slot);
	await rest('POST', '/owner/setup', OWNER);
	const key = await rest('POST', '/api-keys', {
		label: 'queue e2e',
		expiresAt: null,
		scopes: ['workflow:create', 'workflow:read', 'workflow:list', 'workflow:activate', 'credential:create', 'execution:read', 'execution:list'],
	});
	apiKey = key.rawApiKey;
	burstWorkflow = await createActiveWorkflow({ name: 'Queue burst', webhookPath: 'queue-burst' });
	keyedWorkflow = await createActiveWorkflow({ name: 'Queue burst, key from the payload', webhookPath: 'queue-keyed', idempotencyKey: '={{ $json.body.requestId }}' });
}, 10 * 60_000);

afterAll(async () => {
	onCustomerCreate = undefined;
	try {
		fs.mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
		fs.writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
	} finally {
		await stack?.stop();
		await emulator?.close();
		if (packDir) fs.rmSync(packDir, { recursive: true, force: true });
	}
}, 120_000);

test('a burst of 200 calls, 20 at a time, spreads over both workers; each call gets its own customer, once, with one token per worker', async () => {
	const mark = emulator.requests.length;
	const since = await lastExecutionId();
	const tokensBefore = tokenRequests.length;
	const tags = Array.from({ length: 200 }, (_, i) => `Burst${String(i).padStart(3, '0')}`);
	const started = Date.now();
	const results = await burst(burstWorkflow.url, tags.map(payloadFor));
	const seconds = (Date.now() - started) / 1000;
	const { answered, n8nRace, failures } = await sortOutcomes(burstWorkflow.id, results);
	const executions = await executionSummary(burstWorkflow.id, since);
	const tokens = countBy(tokenRequests.slice(tokensBefore), 'slot');
	record('burst', { calls: tags.length, seconds, answered: answered.length, n8nRace: n8nRace.length, failures, executions: { byStatus: executions.byStatus, byWorker: executions.byWorker }, tokenRequestsByWorker: tokens });

	expect(failures).toEqual([]);
	expect(answered.length + n8nRace.length).toBe(200);
	expect(duplicatesOrMissing(tags)).toEqual([]);
	expect(executions.total).toBe(200);
	expect(executions.byStatus).toEqual({ success: 200 });
	expect(executions.byWorker[0]).toBeGreaterThan(0);
	expect(executions.byWorker[1]).toBeGreaterThan(0);
	expect(executions.byWorker[0] + executions.byWorker[1]).toBe(200);
	for (const count of Object.values(tokens)) expect(count).toBeLessThanOrEqual(1);
	expect(tokens.other).toBeUndefined();
	assertFollowsSpec(emulator.requests.slice(mark));
});

test('tokens expiring twice in the middle of a burst fail no execution and cost at most one token request per worker per expiry', async () => {
	const mark = emulator.requests.length;
	const since = await lastExecutionId();
	const tokensBefore = tokenRequests.length;
	const expireAt = [25, 65];
	const expiries = [];
	let creates = 0;
	onCustomerCreate = () => {
		creates += 1;
		if (expireAt.includes(creates)) {
			emulator.expireTokens();
			expiries.push(Date.now());
		}
	};
	const tags = Array.from({ length: 100 }, (_, i) => `Expiry${String(i).padStart(3, '0')}`);
	const results = await burst(burstWorkflow.url, tags.map(payloadFor));
	onCustomerCreate = undefined;
	const { answered, n8nRace, failures } = await sortOutcomes(burstWorkflow.id, results);
	const executions = await executionSummary(burstWorkflow.id, since);
	// Token requests in each window: before the first expiry, between them, after the last.
	const windows = [0, ...expiries, Infinity];
	const byWindow = windows.slice(0, -1).map((from, i) => countBy(tokenRequests.slice(tokensBefore).filter((t) => t.at >= from && t.at < windows[i + 1]), 'slot'));
	const unauthorized = emulator.requests.slice(mark).filter((r) => r.status === 401).length;
	record('expiry', { calls: tags.length, expiries: expiries.length, answered: answered.length, n8nRace: n8nRace.length, failures, executions: { byStatus: executions.byStatus, byWorker: executions.byWorker }, tokenRequestsByWindow: byWindow, unauthorized });

	expect(expiries).toHaveLength(2);
	expect(unauthorized).toBeGreaterThan(0); // the expiries did hit running executions
	expect(failures).toEqual([]);
	expect(answered.length + n8nRace.length).toBe(100);
	expect(executions.byStatus).toEqual({ success: 100 });
	expect(duplicatesOrMissing(tags)).toEqual([]);
	for (const window of byWindow) {
		for (const count of Object.values(window)) expect(count).toBeLessThanOrEqual(1);
		expect(window.other).toBeUndefined();
	}
	assertFollowsSpec(emulator.requests.slice(mark));
});

test('a worker killed in the middle of a burst: every cut-off call is accounted for, and sending it again with the key from the payload creates nothing twice', async () => {
	const mark = emulator.requests.length;
	const since = await lastExecutionId();
	emulator.faults.latencyMs = 400; // a slow POS: executions are in flight when the worker dies
	let creates = 0;
	let killed;
	const killedWorker = new Promise((resolve) => {
		onCustomerCreate = (req) => {
			creates += 1;
			if (creates !== 30 || killed) return;
			// The worker sending this very request dies now (SIGKILL to its process group): Chift
			// carries the write out, nobody hears the answer.
			const slot = slotOfConnection(req.socket);
			if (slot === 'other') return;
			killed = { slot, pid: stack.workers[slot].pid, at: Date.now() };
			process.kill(-killed.pid, 'SIGKILL');
			resolve(killed);
		};
	});
	const tags = Array.from({ length: 60 }, (_, i) => `Crash${String(i).padStart(3, '0')}`);
	const restarted = killedWorker.then(async ({ slot }) => {
		await rememberExecutions(keyedWorkflow.id); // before n8n replaces the cut-off executions' data with their error
		await stack.workers[slot].exited;
		const worker = await stack.restartWorker(slot);
		workerPids.set(worker.pid, slot);
		return worker;
	});
	// Which call started which execution, read while their data is still there: n8n replaces a
	// failed execution's data with its error (~15 s after the kill, when Bull fails the stalled job),
	// and a job queued just after the kill can still go to the dead worker (its blocking pop on Redis).
	let bursting = true;
	const watching = (async () => {
		while (bursting) {
			await rememberExecutions(keyedWorkflow.id);
			await sleep(1000);
		}
	})();
	const results = await burst(keyedWorkflow.url, tags.map(payloadFor), { timeoutMs: CRASH_CALL_TIMEOUT_MS });
	bursting = false;
	await watching;
	onCustomerCreate = undefined;
	emulator.faults.latencyMs = 0;
	expect(killed).toBeDefined();
	await restarted;

	// Cut off = not answered with its own customer. Each: its execution ran on the killed worker and
	// ended unsuccessful (main fails the stalled job: `error` in every run so far; a restarted worker
	// can also mark it `crashed` from its event log); its customer exists once or not at all.
	const { answered, n8nRace, failures: cutOff } = await sortOutcomes(keyedWorkflow.id, results);
	let settled;
	const settleBy = Date.now() + 120_000;
	for (;;) {
		settled = await Promise.all(cutOff.map(async (outcome) => await executionsOf(keyedWorkflow.id, outcome.tag)));
		const open = settled.some((list) => list.length !== 1 || ['new', 'running', 'waiting'].includes(list[0].status));
		if (!open || Date.now() > settleBy) break;
		await sleep(1000);
	}
	const accounted = cutOff.map((outcome, i) => ({
		tag: outcome.tag,
		httpStatus: outcome.status,
		error: outcome.error,
		executions: settled[i].map((e) => `${e.id}:${e.status}`),
		executionStatus: settled[i].length === 1 ? settled[i][0].status : `${settled[i].length} executions`,
		worker: settled[i].length === 1 ? stack.workerOf(settled[i][0].id) : undefined,
		started: settled[i].length === 1 && settled[i][0].startedAt !== null,
		customerCreated: customersTagged(outcome.tag).length,
	}));
	const unsuccessful = await stack.query(
		`SELECT e.id, e.status, e."startedAt", e."stoppedAt", LEFT(d.data, 400) AS data FROM execution_entity e
		 JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = $1 AND e.id > $2 AND e.status <> 'success' ORDER BY e.id`,
		[keyedWorkflow.id, since],
	);
	const matched = new Set(accounted.flatMap((a) => a.executions.map((e) => e.split(':')[0])));
	const unmatched = unsuccessful.filter((e) => !matched.has(String(e.id))).map((e) => ({ ...e, worker: stack.workerOf(e.id) }));

	// The same calls again, as a caller retrying its failed calls would.
	const createsBefore = emulator.requests.filter((r) => r.method === 'POST' && /\/pos\/customers$/.test(r.path) && r.status === 200).length;
	const idsBefore = new Map(cutOff.map((outcome) => [outcome.tag, customersTagged(outcome.tag)[0]?.id]));
	const again = await burst(keyedWorkflow.url, cutOff.map((outcome) => payloadFor(outcome.tag)));
	const againSorted = await sortOutcomes(keyedWorkflow.id, again);
	const createdByRetry = emulator.requests.filter((r) => r.method === 'POST' && /\/pos\/customers$/.test(r.path) && r.status === 200).length - createsBefore;
	const sameCustomer = again.filter((result) => idsBefore.get(result.tag) !== undefined && result.body?.id === idsBefore.get(result.tag)).length;
	record('crash', {
		calls: tags.length,
		killedWorker: killed.slot,
		answered: answered.length,
		n8nRace: n8nRace.length,
		cutOff: accounted,
		cutOffByStatus: countBy(accounted, 'executionStatus'),
		cutOffWithCustomer: accounted.filter((a) => a.customerCreated === 1).length,
		cutOffNeverStarted: accounted.filter((a) => !a.started).length,
		unsuccessfulWithoutCall: unmatched,
		retry: { calls: again.length, answered: againSorted.answered.length, failures: againSorted.failures, newCustomers: createdByRetry, sameCustomerAsBefore: sameCustomer },
	});

	expect(cutOff.length).toBeGreaterThan(0);
	for (const outcome of accounted) {
		expect(['crashed', 'error']).toContain(outcome.executionStatus);
		// It ran on the killed worker; or its job went to that worker as it died, and never started
		// (no "Worker started execution" line, no start time): then it never reached Chift.
		if (outcome.worker === undefined) expect({ started: outcome.started, customerCreated: outcome.customerCreated }).toEqual({ started: false, customerCreated: 0 });
		else expect(outcome.worker).toBe(killed.slot);
		expect(outcome.customerCreated).toBeLessThanOrEqual(1);
		// Main answers a call whose job stalled with an error, it does not leave it hanging.
		expect(outcome.httpStatus).toBeGreaterThanOrEqual(500);
	}
	expect(answered.length + n8nRace.length + cutOff.length).toBe(60);
	expect(unmatched).toEqual([]); // every execution that did not succeed is a cut-off call's
	// The retry: every call answered with its customer; only the missing ones were created.
	expect(againSorted.failures).toEqual([]);
	expect(againSorted.answered.length + againSorted.n8nRace.length).toBe(cutOff.length);
	expect(createdByRetry).toBe(accounted.filter((a) => a.customerCreated === 0).length);
	expect(duplicatesOrMissing(tags)).toEqual([]);
	assertFollowsSpec(emulator.requests.slice(mark));
});

test('a credential created through n8n\'s public API with the documented fields works in a workflow', async () => {
	const mark = emulator.requests.length;
	const created = await publicApi('POST', '/credentials', {
		name: 'Chift (public API)',
		type: 'chiftApi',
		data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url },
	});
	record('publicApiCredential', { status: created.status, body: created.status === 200 ? { id: created.body.id, type: created.body.type } : created.body });
	expect(created.status).toBe(200);
	expect(created.body).toMatchObject({ id: expect.any(String), name: 'Chift (public API)', type: 'chiftApi' });
	expect(JSON.stringify(created.body)).not.toContain(emulator.apiKey.clientSecret);

	const workflow = await createActiveWorkflow({ name: 'Queue, API credential', webhookPath: 'queue-api-credential', credential: { id: created.body.id, name: 'Chift (public API)' } });
	const tags = ['ApiCred000', 'ApiCred001', 'ApiCred002'];
	const results = await burst(workflow.url, tags.map(payloadFor));
	const { answered, n8nRace, failures } = await sortOutcomes(workflow.id, results);
	expect(failures).toEqual([]);
	expect(answered.length + n8nRace.length).toBe(3);
	expect(duplicatesOrMissing(tags)).toEqual([]);
	// (No new token: the workers already hold one for this key and Base URL.)
	expect(emulator.requests.slice(mark).filter((r) => r.method === 'POST' && /\/pos\/customers$/.test(r.path)).map((r) => r.status)).toEqual([200, 200, 200]);
	assertFollowsSpec(emulator.requests.slice(mark));
});
