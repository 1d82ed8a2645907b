'use strict';

/**
 * A real n8n with this package installed and ready to use offline: the stack behind `npm start`
 * and the browser test (e2e/editor.browser.test.js).
 *
 *   const { startDemoStack } = require('./scripts/demo-stack');
 *   const stack = await startDemoStack({ n8nPort: 5678, emulatorPort: 18080 });
 *   stack.editorUrl, stack.login, stack.emulator (see test/emulator/chift-emulator.js)
 *   await stack.stop();
 *
 * Steps: `npm run build`, `npm pack`, ensureN8n() (the pinned n8n from e2e/, installed into a cache
 * on first use, ~3 min), the Chift emulator on 127.0.0.1, a fresh n8n user folder with the tarball
 * installed as a community package (e2e/lib/n8n-runner.js), a credential pointing at the emulator,
 * every examples/*.workflow.json, `n8n start` on 127.0.0.1, then the owner account through
 * `POST /rest/owner/setup`. Nothing leaves 127.0.0.1.
 */

const childProcess = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { ensureN8n } = require('../e2e/lib/install-n8n');
const { createN8nInstance, packPackage } = require('../e2e/lib/n8n-runner');
const { startChiftEmulator } = require('../test/emulator/chift-emulator');

const REPO_DIR = path.resolve(__dirname, '..');
const EXAMPLES_DIR = path.join(REPO_DIR, 'examples');

/** Owner account of the demo instance (n8n: 8+ characters, a digit and an upper-case letter). */
const DEMO_LOGIN = Object.freeze({
	email: 'demo@example.com',
	password: 'ChiftDemo2026',
	firstName: 'Demo',
	lastName: 'User',
});

/** The credential every example workflow refers to. */
const CREDENTIAL_ID = 'chiftEmulatorCred';
const CREDENTIAL_NAME = 'Chift (offline emulator)';
/** The chat model credential of the agent example (examples/agent-customer-and-orders.workflow.json). */
const OPENAI_CREDENTIAL_ID = 'openAiDemoCred';

/** Throws a readable error when something already listens on 127.0.0.1:<port>. */
function assertPortFree(port, what, envName) {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', (error) => {
			reject(
				new Error(
					error.code === 'EADDRINUSE'
						? `Port ${port} (${what}) is already in use on 127.0.0.1. Stop what uses it or pick another port with ${envName}=<port>.`
						: `Cannot listen on 127.0.0.1:${port} (${what}): ${error.message}`,
				),
			);
		});
		probe.listen(port, '127.0.0.1', () => probe.close(resolve));
	});
}

function runBuild(log) {
	const started = Date.now();
	const result = childProcess.spawnSync('npm', ['run', 'build'], {
		cwd: REPO_DIR,
		encoding: 'utf8',
		env: { ...process.env, npm_config_update_notifier: 'false' },
	});
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
	}
	log(`built the package in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Every examples/*.workflow.json, parsed (sorted by file name). */
function readExampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.workflow.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) }));
}

async function setUpOwner(editorUrl) {
	const response = await fetch(`${editorUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(DEMO_LOGIN),
		signal: AbortSignal.timeout(30_000),
	});
	if (!response.ok) {
		throw new Error(`POST /rest/owner/setup answered ${response.status}: ${await response.text()}`);
	}
}

/**
 * @param {{ n8nPort?: number, emulatorPort?: number, build?: boolean,
 *           log?: (message: string) => void, onN8nOutput?: (text: string) => void,
 *           readyTimeoutMs?: number, signal?: AbortSignal }} [options]
 *   n8nPort       default 5678;  emulatorPort  default 18080 (0 = any free port)
 *   build         run `npm run build` first (default true)
 *   log           progress messages (default: none)
 *   onN8nOutput   n8n's own log output as it comes (default: kept in memory only)
 *   signal        aborting it during start-up stops what was started and rejects
 * @returns {Promise<{ editorUrl: string, login: {email: string, password: string},
 *   emulator: object, n8n: object, workflows: Array<{id: string, name: string, file: string}>,
 *   credential: {id: string, name: string}, exited: Promise<{code: number|null, signal: string|null}>,
 *   stop: () => Promise<void> }>}
 *   exited  resolves when n8n ends by itself (not through stop()); stop() is idempotent
 */
async function startDemoStack(options = {}) {
	const { n8nPort = 5678, emulatorPort = 18080, build = true, log = () => {}, onN8nOutput, signal } = options;
	/** Undo steps, newest last; stop() runs them newest first (and any added later on the next call). */
	const cleanups = [];
	const stop = async () => {
		while (cleanups.length > 0) {
			const cleanup = cleanups.pop();
			try {
				await cleanup();
			} catch (error) {
				log(`cleanup failed: ${error.message}`);
			}
		}
	};

	const checkAborted = () => {
		if (signal && signal.aborted) throw new Error('start-up aborted');
	};
	const onAbort = () => stop();
	if (signal) signal.addEventListener('abort', onAbort, { once: true });

	try {
		checkAborted();
		await assertPortFree(n8nPort, 'n8n', 'N8N_PORT');
		if (emulatorPort) await assertPortFree(emulatorPort, 'Chift emulator', 'CHIFT_EMULATOR_PORT');

		if (build) runBuild(log);
		checkAborted();
		const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chift-demo-pack-'));
		cleanups.push(() => fs.rmSync(packDir, { recursive: true, force: true }));
		const tarball = packPackage(REPO_DIR, { destination: packDir });
		log(`packed ${path.basename(tarball)}`);

		// Installs the pinned n8n on first use (minutes); createN8nInstance() then finds it at once.
		const installStarted = Date.now();
		ensureN8n();
		const n8nSeconds = (Date.now() - installStarted) / 1000;
		if (n8nSeconds > 2) log(`installed n8n in ${n8nSeconds.toFixed(0)} s`);

		checkAborted();
		const emulator = await startChiftEmulator({ port: emulatorPort });
		cleanups.push(() => emulator.close());
		checkAborted();
		log(`Chift emulator on ${emulator.url}`);

		const instance = await createN8nInstance({ packageTarball: tarball });
		cleanups.push(() => instance.cleanup());
		checkAborted();
		log(`n8n user folder ${instance.userFolder} with ${instance.installedPackage.name}@${instance.installedPackage.version}`);

		await instance.importCredentials([
			{
				id: CREDENTIAL_ID,
				name: CREDENTIAL_NAME,
				type: 'chiftApi',
				data: { authentication: 'apiKey', ...emulator.apiKey, baseUrl: emulator.url },
			},
			// For the agent example: the one thing the demo cannot fill in offline.
			{ id: OPENAI_CREDENTIAL_ID, name: 'OpenAI (fill in your API key)', type: 'openAiApi', data: { apiKey: '', url: 'https://api.openai.com/v1', header: false } },
		]);
		// One `n8n import:workflow` for all examples (a JSON array): ~2 s in all, not ~2 s per example.
		const examples = readExampleWorkflows();
		const workflows = examples.map(({ file, workflow }) => ({ id: workflow.id, name: workflow.name, file }));
		const missingId = workflows.find((workflow) => !workflow.id);
		if (missingId) throw new Error(`examples/${missingId.file} has no "id": the demo links to workflows by id`);
		const workflowsFile = path.join(instance.workDir, 'examples.json');
		fs.writeFileSync(workflowsFile, JSON.stringify(examples.map(({ workflow }) => ({ active: false, settings: {}, ...workflow }))));
		const imported = await instance.run(['import:workflow', `--input=${workflowsFile}`]);
		if (imported.exitCode !== 0) {
			throw new Error(`n8n import:workflow failed (exit ${imported.exitCode}):\n${imported.stdout}${imported.stderr}`);
		}
		checkAborted();
		log(`imported the credential "${CREDENTIAL_NAME}" and ${workflows.length} example workflow(s)`);

		const startedAt = Date.now();
		const n8n = await instance.start({ port: n8nPort, onOutput: onN8nOutput, readyTimeoutMs: options.readyTimeoutMs });
		let stoppedOnPurpose = false;
		cleanups.push(async () => {
			stoppedOnPurpose = true;
			await n8n.stop();
		});
		log(`n8n ${instance.n8nVersion} editor up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

		checkAborted();
		await setUpOwner(n8n.url);
		checkAborted();
		log(`owner account ${DEMO_LOGIN.email} set up`);

		if (signal) signal.removeEventListener('abort', onAbort);
		const exited = n8n.exited.then((info) => (stoppedOnPurpose ? new Promise(() => {}) : info));
		return {
			editorUrl: n8n.url,
			login: { email: DEMO_LOGIN.email, password: DEMO_LOGIN.password },
			emulator,
			n8n,
			instance,
			workflows,
			credential: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME },
			exited,
			stop,
		};
	} catch (error) {
		if (signal) signal.removeEventListener('abort', onAbort);
		await stop();
		throw error;
	}
}

module.exports = { startDemoStack, DEMO_LOGIN, CREDENTIAL_ID, CREDENTIAL_NAME };
