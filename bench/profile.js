#!/usr/bin/env node
'use strict';

/**
 * Where Chift POS spends its time per item: runs the built node (dist/) through n8n-core's real
 * execution engine (test/harness) in this process, against the emulator in a CHILD process (so
 * the profile holds only n8n + the node), and reports
 *   - the node's executionTime and its phases (preparation before the first request, sending);
 *   - how often the hot n8n functions run per item (getNodeParameter, expression resolution,
 *     workflow data proxies, httpRequestWithAuthentication, credential authenticate, sockets);
 *   - a CPU profile (node:inspector) of the measured run, self time grouped by origin.
 * Not a test; prints a report. Run after `npm run build`:
 *
 *   node bench/profile.js [items=1000] [latencyMs=0] [concurrency=10]
 *   PROFILE_OUT=/tmp/chift.cpuprofile node bench/profile.js   # also keep the .cpuprofile
 *   PROFILE_AUTH_FUNCTION=1 node bench/profile.js             # experiment: the credential's
 *     `authenticate` as a function setting the same header, instead of n8n's generic expression
 */

const childProcess = require('node:child_process');
const fs = require('node:fs');
const inspector = require('node:inspector');
const net = require('node:net');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const [ITEMS = 1000, LATENCY = 0, CONCURRENCY = 10] = process.argv.slice(2).map(Number);

/** The emulator in its own process; resolves { url, apiKey, consumer, child }. */
function startEmulatorProcess(latencyMs) {
	const script = `
		const { startChiftEmulator } = require(${JSON.stringify(path.join(REPO, 'test/emulator/chift-emulator.js'))});
		const { CONSUMERS } = require(${JSON.stringify(path.join(REPO, 'test/emulator/sample-data.js'))});
		startChiftEmulator({ port: 0, tokenTtlSeconds: 86400, faults: { latencyMs: ${Number(latencyMs)} } }).then((emulator) => {
			process.stdout.write(JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey, consumer: CONSUMERS.bistro }) + '\\n');
			setInterval(() => { emulator.requests.length = 0; }, 1000); // keep memory flat
		});`;
	const child = childProcess.spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		let text = '';
		child.once('error', reject);
		child.stdout.setEncoding('utf8').on('data', (chunk) => {
			text += chunk;
			if (text.includes('\n')) resolve({ ...JSON.parse(text), child });
		});
	});
}

/**
 * Counts calls of methods (prototype or object) and adds up the time spent in their synchronous
 * part (outermost call only, so nested calls are not counted twice), split by phase: before the
 * node's first request ("prepare": reading and checking every item) and after ("send").
 */
function instrument(targets, phaseOf) {
	const stats = {};
	const restore = [];
	let depth = 0;
	for (const [label, owner, method] of targets) {
		const original = owner?.[method];
		if (typeof original !== 'function') continue;
		const stat = (stats[label] = { calls: 0, prepare: 0, send: 0 });
		owner[method] = function timed(...args) {
			stat.calls++;
			if (method === '_getNodeParameter' && depth === 0) {
				const byName = (stats[`  getNodeParameter('${args[0]}')`] ??= { calls: 0, prepare: 0, send: 0 });
				byName.calls++;
				const started = performance.now();
				depth++;
				try {
					return original.apply(this, args);
				} finally {
					const spent = performance.now() - started;
					stat[phaseOf()] += spent;
					byName[phaseOf()] += spent;
					depth--;
				}
			}
			if (depth > 0) return original.apply(this, args);
			depth++;
			const started = performance.now();
			try {
				return original.apply(this, args);
			} finally {
				stat[phaseOf()] += performance.now() - started;
				depth--;
			}
		};
		restore.push(() => (owner[method] = original));
	}
	return { stats, restore: () => restore.forEach((fn) => fn()) };
}

function profileSession() {
	const session = new inspector.Session();
	session.connect();
	const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	return {
		async start() {
			await post('Profiler.enable');
			await post('Profiler.setSamplingInterval', { interval: 200 });
			await post('Profiler.start');
		},
		async stop() {
			const { profile } = await post('Profiler.stop');
			session.disconnect();
			return profile;
		},
	};
}

/** Self time by function and by origin (package / file) from a CPU profile. */
function summarize(profile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const time = new Map();
	profile.samples.forEach((id, index) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	const fn = new Map();
	const origin = new Map();
	let total = 0;
	for (const [id, us] of time) {
		const { callFrame } = byId.get(id);
		const url = callFrame.url || '';
		let where = '(V8/native: GC, idle, program)';
		if (url.includes('/dist/nodes/') || url.includes('/dist/credentials/')) where = 'Chift POS (dist/)';
		else if (url.includes('node_modules/')) where = url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
		else if (url.startsWith('node:')) where = `node:${url.slice(5).split('/')[0] === 'internal' ? url.slice(5).split('/')[1] : url.slice(5)}`;
		else if (url.includes('/test/harness/')) where = 'test harness';
		else if (url) where = path.relative(REPO, url.replace('file://', ''));
		const name = `${callFrame.functionName || '(anonymous)'}  ${url.replace(/.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|test)\//, '$1/')}:${callFrame.lineNumber + 1}`;
		fn.set(name, (fn.get(name) ?? 0) + us);
		origin.set(where, (origin.get(where) ?? 0) + us);
		total += us;
	}
	const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
	return { total, byFunction: top(fn, 30), byOrigin: top(origin, 15) };
}

async function main() {
	process.env.N8N_LOG_LEVEL = 'silent';
	const { createHarness } = require(path.join(REPO, 'test/harness/n8n-harness.js'));
	const { ChiftPos } = require(path.join(REPO, 'dist/nodes/ChiftPos/ChiftPos.node.js'));
	const { ChiftApi } = require(path.join(REPO, 'dist/credentials/ChiftApi.credentials.js'));
	const workflow = require('n8n-workflow');
	const core = require('n8n-core');
	const { WorkflowDataProxy, Expression } = workflow;

	const emulator = await startEmulatorProcess(LATENCY);
	const credentialType = new ChiftApi();
	if (process.env.PROFILE_AUTH_FUNCTION) {
		// Same header, no expression: what an `authenticate` function would cost per request.
		credentialType.authenticate = async (credentials, requestOptions) => {
			const token = credentials.authentication === 'accessToken' ? String(credentials.token ?? '').trim() : credentials.sessionToken;
			return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` } };
		};
	}
	const harness = createHarness({ nodeTypes: { chiftPos: new ChiftPos() }, credentialTypes: { chiftApi: credentialType } });
	harness.setCredential('chiftCred', 'chiftApi', { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url }, 'Chift');
	let run = 0;
	const runCreate = (count, prefix) =>
		harness.runNode({
			type: 'chiftPos',
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift' } },
			parameters: {
				resource: 'customer',
				operation: 'create',
				consumerId: { __rl: true, mode: 'id', value: emulator.consumer },
				firstName: '={{ $json.firstName }}',
				lastName: '={{ $json.lastName }}',
				additionalFields: { email: '={{ $json.email }}' },
				options: { concurrency: CONCURRENCY },
			},
			items: Array.from({ length: count }, (_, i) => ({ json: { firstName: `${prefix}${run}-${i}`, lastName: 'Bench', email: `p${run}-${i}@example.com` } })),
			executionId: String(++run),
			settings: { executionOrder: 'v1', timezone: 'UTC' },
		});

	// Warm-up (JIT, token).
	for (let i = 0; i < 3; i++) await runCreate(200, 'warm');

	// Phases: time from the start to the first request = preparation of all items.
	const sockets = { connects: 0 };
	const originalConnect = net.Socket.prototype.connect;
	net.Socket.prototype.connect = function connect(...args) {
		sockets.connects++;
		return originalConnect.apply(this, args);
	};
	const baseExecute = (() => {
		try {
			return require(require.resolve('n8n-core/dist/execution-engine/node-execution-context/base-execute-context.js', { paths: [REPO] }));
		} catch {
			return {};
		}
	})();
	const nodeContexts = (() => {
		try {
			return require(require.resolve('n8n-core/dist/execution-engine/node-execution-context/node-execution-context.js', { paths: [REPO] }));
		} catch {
			return {};
		}
	})();
	// Phases: execute() start -> ChiftClient.create() (after every item is read and checked) -> end.
	const { ChiftClient } = require(path.join(REPO, 'dist/nodes/shared/transport/ChiftClient.js'));
	const phase = { name: 'prepare', executeStart: 0, clientCreated: 0 };
	const originalCreate = ChiftClient.create;
	ChiftClient.create = function create(...args) {
		phase.name = 'send';
		phase.clientCreated = performance.now();
		return originalCreate.apply(this, args);
	};
	const chiftPosType = harness.nodeTypes?.chiftPos ?? null;
	void chiftPosType;
	const { stats, restore } = instrument(
		[
			['getNodeParameter (all, incl. expressions)', nodeContexts.NodeExecutionContext?.prototype, '_getNodeParameter'],
			['getWorkflowDataProxy (idempotency key $runIndex)', baseExecute.BaseExecuteContext?.prototype, 'getWorkflowDataProxy'],
			['expression evaluation (Expression.getSimpleParameterValue: credential auth header)', Expression?.prototype, 'getSimpleParameterValue'],
			['credentialsHelper.authenticate (sync part)', harness.credentialsHelper, 'authenticate'],
			['credentialsHelper.preAuthentication (sync part)', harness.credentialsHelper, 'preAuthentication'],
			['WorkflowDataProxy.getDataProxy', WorkflowDataProxy?.prototype, 'getDataProxy'],
			['Expression.resolveSimpleParameterValue', Expression?.prototype, 'resolveSimpleParameterValue'],
		],
		() => phase.name,
	);
	void core;

	// Unprofiled repetitions first (a shared machine is noisy: keep the best), then one profiled run.
	const repetitions = [];
	for (let i = 0; i < Number(process.env.PROFILE_REPS || 3); i++) {
		const cpu = process.cpuUsage();
		const repetition = await runCreate(ITEMS, `rep${i}-`);
		const used = process.cpuUsage(cpu);
		repetitions.push({ executionTime: repetition.executionTime, cpuMs: (used.user + used.system) / 1000 });
	}
	for (const stat of Object.values(stats)) Object.assign(stat, { calls: 0, prepare: 0, send: 0 });
	sockets.connects = 0;
	const profiler = profileSession();
	await profiler.start();
	const started = performance.now();
	phase.name = 'prepare';
	phase.executeStart = started;
	const result = await runCreate(ITEMS, 'measured');
	const wall = performance.now() - started;
	const profile = await profiler.stop();
	restore();
	ChiftClient.create = originalCreate;
	net.Socket.prototype.connect = originalConnect;
	if (process.env.PROFILE_OUT) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));

	const ok = (result.main?.[0] ?? []).filter((item) => item.json?.error === undefined).length;
	const lines = [];
	lines.push(
		`Chift POS Customer → Create, ${ITEMS} items, emulator latency ${LATENCY} ms (other process), concurrency ${CONCURRENCY}${process.env.PROFILE_AUTH_FUNCTION ? ', EXPERIMENT: authenticate as a function' : ''}`,
	);
	lines.push(`  executionTime ${result.executionTime} ms (wall ${wall.toFixed(0)} ms), ${ok} items ok, status ${result.status}`);
	const best = (key) => Math.min(...repetitions.map((r) => r[key]));
	lines.push(
		`  unprofiled repetitions: executionTime ${repetitions.map((r) => r.executionTime).join(', ')} ms (best ${best('executionTime')}); CPU of this process ${repetitions.map((r) => r.cpuMs.toFixed(0)).join(', ')} ms (best ${best('cpuMs').toFixed(0)}, ${(best('cpuMs') / ITEMS).toFixed(2)} ms per item)`,
	);
	lines.push('  profiled run (slower: instrumented):');
	lines.push(`  ideal N·L/C ${((ITEMS * LATENCY) / CONCURRENCY).toFixed(0)} ms; per item ${(result.executionTime / ITEMS).toFixed(3)} ms`);
	lines.push(
		`  phases (harness wall clock): workflow start -> first request (n8n start-up of the node + reading and checking all items) ${(phase.clientCreated - phase.executeStart).toFixed(0)} ms; sending ${(started + wall - phase.clientCreated).toFixed(0)} ms`,
	);
	lines.push('  hot calls during the measured run: calls (per item), synchronous time in prepare | send phase');
	for (const [label, stat] of Object.entries(stats)) {
		lines.push(
			`    ${label.padEnd(86)} ${String(stat.calls).padStart(6)} (${(stat.calls / ITEMS).toFixed(2)})  ${stat.prepare.toFixed(0).padStart(5)} ms | ${stat.send.toFixed(0).padStart(5)} ms`,
		);
	}
	lines.push(`    ${'TCP connections opened (net.Socket.connect)'.padEnd(86)} ${String(sockets.connects).padStart(6)} (${(sockets.connects / ITEMS).toFixed(2)})`);
	const summary = summarize(profile);
	lines.push(`  CPU profile: ${(summary.total / 1000).toFixed(0)} ms sampled; self time by origin:`);
	for (const [where, us] of summary.byOrigin) lines.push(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${((100 * us) / summary.total).toFixed(1).padStart(5)} %  ${where}`);
	lines.push('  self time by function (top 30):');
	for (const [name, us] of summary.byFunction) lines.push(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
	process.stdout.write(`${lines.join('\n')}\n`);
	emulator.child.kill();
	process.exit(0);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
