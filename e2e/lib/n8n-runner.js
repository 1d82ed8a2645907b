'use strict';

/**
 * Helpers for end-to-end tests against a real n8n (installed by ./install-n8n.js).
 *
 *   const { packPackage, createN8nInstance } = require('./n8n-runner');
 *   const tarball = packPackage(repoDir);                       // repo must be built
 *   const n8n = await createN8nInstance({ packageTarball: tarball });
 *   await n8n.importCredentials([{ id, name, type, data }]);
 *   const workflowId = await n8n.importWorkflow(workflowJson);
 *   const { exitCode, run, stdout, stderr } = await n8n.execute(workflowId);
 *   run.data.resultData.runData['<node name>'][0].data.main[0][0].json
 *   await n8n.cleanup();
 *
 * Each instance = one fresh temporary N8N_USER_FOLDER with the package installed into
 * <userFolder>/.n8n/nodes the way n8n's "Install community node" does, its own task-broker port
 * and a fixed encryption key. n8n is run through its CLI; every command of one instance runs after
 * the previous one finished (SQLite + broker port are per instance). `start()` runs `n8n start`
 * (HTTP server + editor) after the queued commands; while it runs, CLI commands are refused
 * (SQLite: one process at a time):
 *   const server = await n8n.start({ port });  // resolves once the editor serves
 *   server.url; await server.stop();
 * Queue mode (env with DB_TYPE=postgresdb, EXECUTIONS_MODE=queue, QUEUE_BULL_REDIS_*): `start()`
 * for the main process plus `startWorker()` for each worker, all beside one another and beside
 * CLI commands; `kill()` on either is a crash (SIGKILL to its process group).
 * Outbound-call features are switched off; tests should only talk to 127.0.0.1.
 *
 * Environment:
 *   N8N_E2E_KEEP=1   cleanup() keeps the temporary folder (path is printed on stderr)
 *   N8N_E2E_DEBUG=1  echo every n8n command and its duration on stderr
 */

const childProcess = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { ensureN8n, DEFAULT_VERSION } = require('./install-n8n');

const ENCRYPTION_KEY = 'n8n-nodes-chift-e2e-fixed-encryption-key';
const DEFAULT_TIMEOUT_MS = 120_000;

function debug(message) {
	if (process.env.N8N_E2E_DEBUG) process.stderr.write(`[n8n-runner] ${message}\n`);
}

/** Ask the OS for a free TCP port on 127.0.0.1. */
function getFreePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** n8n-style id: 16 alphanumeric characters. */
function randomId() {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.randomBytes(16);
	let id = '';
	for (const byte of bytes) id += alphabet[byte % alphabet.length];
	return id;
}

const removeAtExit = new Set();
/** Delete a temp folder when this process exits (unless N8N_E2E_KEEP is set). */
function removeOnExit(dir) {
	if (removeAtExit.size === 0) {
		process.once('exit', () => {
			if (process.env.N8N_E2E_KEEP) return;
			for (const d of removeAtExit) fs.rmSync(d, { recursive: true, force: true });
		});
	}
	removeAtExit.add(dir);
}

/**
 * `npm pack` a built package directory into a fresh temp folder (scripts are NOT run: build first).
 * Checks that every file listed in the package.json "n8n" section is inside the tarball.
 * Without `destination` the tarball goes to a fresh temp folder deleted when the process exits.
 * @param {string} repoDir
 * @param {{ destination?: string }} [options]
 * @returns {string} absolute path of the .tgz
 */
function packPackage(repoDir, options = {}) {
	let destination = options.destination;
	if (!destination) {
		destination = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pack-'));
		removeOnExit(destination);
	}
	fs.mkdirSync(destination, { recursive: true });
	const result = childProcess.spawnSync(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
		{ cwd: repoDir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } },
	);
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(`npm pack failed in ${repoDir} (exit ${result.status}):\n${result.stderr}${result.stdout}`);
	}
	const [info] = JSON.parse(result.stdout);
	const packed = new Set(info.files.map((file) => file.path));
	const manifest = JSON.parse(fs.readFileSync(path.join(repoDir, 'package.json'), 'utf8'));
	const n8nSection = manifest.n8n || {};
	const missing = [...(n8nSection.nodes || []), ...(n8nSection.credentials || [])].filter((file) => !packed.has(file));
	if (missing.length > 0) {
		throw new Error(`Tarball of ${repoDir} lacks ${missing.join(', ')} - run the build first`);
	}
	return path.join(destination, info.filename);
}

/**
 * Environment for every n8n CLI call: the caller's environment minus any n8n/DB settings and
 * NODE_ENV / JEST_WORKER_ID, plus
 * the test settings below, plus `extraEnv`.
 */
function buildEnv({ userFolder, brokerPort, extraEnv }) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|WEBHOOK_URL$|GENERIC_TIMEZONE$)/.test(key)) continue;
		// Under jest, NODE_ENV=test makes n8n silence its logger (no run JSON on stdout) and
		// change other behaviour (@n8n/backend-common `inTest`): n8n must not inherit it.
		if (key === 'NODE_ENV' || key === 'JEST_WORKER_ID') continue;
		env[key] = value;
	}
	const noProxy = ['127.0.0.1', 'localhost', '::1', env.NO_PROXY || env.no_proxy].filter(Boolean).join(',');
	Object.assign(env, {
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		// No outbound calls / quieter logs.
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		GENERIC_TIMEZONE: 'UTC',
		NO_PROXY: noProxy,
		no_proxy: noProxy,
		// Keep the default log level: below "info" n8n does not print the execution JSON.
	});
	return { ...env, ...extraEnv };
}

/**
 * Parse the execution JSON printed by `n8n execute --rawOutput`: it starts at the first line
 * that is exactly "{" (log lines come before it).
 * @returns {object|null}
 */
function parseExecutionOutput(stdout) {
	let start;
	if (stdout.startsWith('{\n') || stdout.startsWith('{\r\n')) start = 0;
	else {
		const match = /\r?\n\{\r?\n/.exec(stdout);
		if (!match) return null;
		start = match.index + match[0].indexOf('{');
	}
	const text = stdout.slice(start);
	try {
		return JSON.parse(text);
	} catch {
		// Something was printed after the JSON: cut at each line that is exactly "}" from the end.
		const ends = [...text.matchAll(/^\}\s*$/gm)].map((m) => m.index + 1).reverse();
		for (const end of ends) {
			try {
				return JSON.parse(text.slice(0, end));
			} catch {
				/* try the previous "}" */
			}
		}
		return null;
	}
}

/**
 * Install a package tarball into <userFolder>/.n8n/nodes the way n8n 2.8.4's
 * CommunityPackagesService.downloadPackage() does (source: n8n/dist/modules/community-packages/
 * community-packages.service.js), with the local tarball in place of `npm pack <name>@<version>`:
 *   1. nodes/package.json = { name: 'installed-nodes', private: true, dependencies: {} } if missing
 *   2. tar -xzf <tgz> -C nodes/node_modules/<name> --strip-components=1
 *   3. drop devDependencies, peerDependencies, optionalDependencies from the package's package.json
 *   4. in that folder: npm install --audit=false --fund=false --bin-links=false
 *      --install-strategy=shallow --ignore-scripts=true --package-lock=false
 *   5. nodes/package.json dependencies[<name>] = <version>
 * (n8n-workflow is thus NOT installed next to the package: n8n puts its own module paths on
 * NODE_PATH when loading community nodes.) The installed_packages DB row that the UI install also
 * writes is not needed for loading.
 * @returns {{ name: string, version: string, dir: string }}
 */
function installCommunityTarball(nodesDir, tarball, env) {
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifestPath = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifestPath)) {
		fs.writeFileSync(manifestPath, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2), 'utf8');
	}
	const staging = fs.mkdtempSync(path.join(nodesDir, '.extract-'));
	const tar = childProcess.spawnSync('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1'], { encoding: 'utf8' });
	if (tar.error) throw tar.error;
	if (tar.status !== 0) throw new Error(`tar -xzf ${tarball} failed (exit ${tar.status}): ${tar.stderr}`);

	const { devDependencies, peerDependencies, optionalDependencies, ...pkg } = JSON.parse(
		fs.readFileSync(path.join(staging, 'package.json'), 'utf8'),
	);
	fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify(pkg, null, 2), 'utf8');
	const dir = path.join(nodesDir, 'node_modules', pkg.name);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(dir), { recursive: true });
	fs.renameSync(staging, dir);

	const npm = childProcess.spawnSync(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
			'--loglevel=error',
		],
		{ cwd: dir, encoding: 'utf8', env },
	);
	if (npm.error) throw npm.error;
	if (npm.status !== 0) {
		throw new Error(`npm install in ${dir} failed (exit ${npm.status}):\n${npm.stderr}${npm.stdout}`);
	}

	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	manifest.dependencies = { ...manifest.dependencies, [pkg.name]: pkg.version };
	fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2), 'utf8');
	return { name: pkg.name, version: pkg.version, dir };
}

/**
 * Fresh n8n instance (temporary user folder) with the packed package installed as a community node.
 * @param {{ packageTarball?: string, n8nVersion?: string, env?: Record<string,string>,
 *           timeoutMs?: number, n8nBin?: string, nodeBinary?: string }} [options]
 *   packageTarball  .tgz from packPackage(); omitted = plain n8n
 *   n8nVersion      pinned version installed through ensureN8n() (default '2.8.4'), run with the
 *                   Node and environment its e2e/n8n-<version>/package.json "n8nE2e" asks for
 *   env             extra/overriding environment variables for every n8n call
 *   timeoutMs       per CLI call (default 120000); the process group is killed after it
 *   n8nBin          an n8n CLI installed elsewhere (skips ensureN8n), e.g. n8n 2.41 for Node 24
 *   nodeBinary      Node executable running n8n (default: the version's, else the current one)
 * @returns {Promise<N8nInstance>}
 */
async function createN8nInstance(options = {}) {
	const {
		packageTarball,
		n8nVersion = DEFAULT_VERSION,
		timeoutMs = DEFAULT_TIMEOUT_MS,
	} = options;
	// options.n8nBin: use an n8n installed elsewhere (e.g. another version on another Node) as is.
	const installed = options.n8nBin
		? { n8nBin: options.n8nBin, home: path.resolve(path.dirname(fs.realpathSync(options.n8nBin)), '..', '..', '..') }
		: ensureN8n(n8nVersion);
	const { n8nBin, home } = installed;
	// A version pinned with "n8nE2e" settings (e2e/n8n-<version>/package.json) brings its own Node
	// and environment (install-n8n.js); explicit options win.
	const nodeBinary = options.nodeBinary || installed.nodeBinary || process.execPath;
	const extraEnv = { ...installed.env, ...options.env };
	const n8nScript = fs.realpathSync(n8nBin);

	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	const userFolder = path.join(root, 'user');
	const workDir = path.join(root, 'work');
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(workDir, { recursive: true });
	fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });

	const brokerPort = await getFreePort();
	const env = buildEnv({ userFolder, brokerPort, extraEnv });

	let installedPackage = null;
	if (packageTarball) {
		const started = Date.now();
		installedPackage = installCommunityTarball(nodesDir, path.resolve(packageTarball), {
			...process.env,
			npm_config_update_notifier: 'false',
		});
		debug(`installed ${installedPackage.name}@${installedPackage.version} into ${nodesDir} in ${Date.now() - started} ms`);
	}

	const children = new Set();
	let queue = Promise.resolve();
	let fileCounter = 0;
	let cleanedUp = false;
	/** @type {null | object} the running `n8n start`, see start() */
	let server = null;
	/** @type {Set<object>} every running `n8n start` / `n8n worker` of this instance */
	const services = new Set();

	function spawnN8n(args, { timeoutMs: commandTimeout = timeoutMs } = {}) {
		return new Promise((resolve, reject) => {
			const started = Date.now();
			const child = childProcess.spawn(nodeBinary, [n8nScript, ...args], {
				cwd: workDir,
				env,
				detached: true, // own process group, so a timeout can kill n8n and its task runner
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			children.add(child);
			let stdout = '';
			let stderr = '';
			let timedOut = false;
			child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
			const timer = setTimeout(() => {
				timedOut = true;
				killGroup(child);
			}, commandTimeout);
			child.once('error', (error) => {
				clearTimeout(timer);
				children.delete(child);
				reject(error);
			});
			child.once('close', (code, signal) => {
				clearTimeout(timer);
				children.delete(child);
				const durationMs = Date.now() - started;
				debug(`n8n ${args.join(' ')} -> exit ${code}${signal ? ` (${signal})` : ''} in ${durationMs} ms`);
				if (timedOut) stderr += `\n[n8n-runner] killed after ${commandTimeout} ms timeout\n`;
				resolve({ exitCode: code === null ? -1 : code, signal, stdout, stderr, durationMs, timedOut });
			});
		});
	}

	/** Run n8n CLI commands one after another for this instance. */
	function run(args, runOptions) {
		if (cleanedUp) return Promise.reject(new Error('n8n instance already cleaned up'));
		// SQLite: one process at a time. A shared database (queue mode) lets CLI commands run beside.
		if (services.size > 0 && env.DB_TYPE === 'sqlite') {
			return Promise.reject(new Error('n8n start is running for this instance: stop() it before CLI commands'));
		}
		const next = queue.then(() => spawnN8n(args, runOptions));
		queue = next.catch(() => undefined);
		return next;
	}

	function writeWorkFile(prefix, data) {
		fileCounter += 1;
		const file = path.join(workDir, `${prefix}-${fileCounter}.json`);
		fs.writeFileSync(file, JSON.stringify(data, null, 2));
		return file;
	}

	async function runOrThrow(args) {
		const result = await run(args);
		if (result.exitCode !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} failed (exit ${result.exitCode}):\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
			);
		}
		return result;
	}

	/**
	 * A long-running n8n command (`start`, `worker`) in its own process group, after the queued CLI
	 * commands; resolves once `ready(output)` says so, rejects (and kills it) when it exits or
	 * `readyTimeoutMs` passes first.
	 */
	async function startService({ what, args, env: serviceEnv, ready, readyTimeoutMs = DEFAULT_TIMEOUT_MS, onOutput, extra }) {
		await queue; // no CLI command of this instance runs beside a starting process
		const child = childProcess.spawn(nodeBinary, [n8nScript, ...args], {
			cwd: workDir,
			env: { ...env, ...serviceEnv },
			detached: true, // own process group: n8n + its task runner are stopped together
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		children.add(child);
		let output = '';
		const append = (chunk) => {
			output = (output + chunk).slice(-200_000);
			if (onOutput) onOutput(chunk);
		};
		child.stdout.setEncoding('utf8').on('data', append);
		child.stderr.setEncoding('utf8').on('data', append);
		let exitInfo = null;
		const exited = new Promise((resolve) => {
			child.once('error', (error) => {
				exitInfo = { code: -1, signal: null, error };
				children.delete(child);
				resolve(exitInfo);
			});
			child.once('exit', (code, signal) => {
				exitInfo = { code, signal };
				children.delete(child);
				resolve(exitInfo);
			});
		});
		const started = Date.now();
		let stopping = null;
		const handle = {
			...extra,
			pid: child.pid,
			child,
			exited,
			output: () => output,
			/** @param {{ graceMs?: number }} [stopOptions] */
			stop(stopOptions = {}) {
				if (!stopping) {
					stopping = (async () => {
						if (exitInfo) return exitInfo;
						const graceMs = stopOptions.graceMs ?? 10_000;
						try {
							process.kill(-child.pid, 'SIGTERM');
						} catch {
							/* already gone */
						}
						const timer = setTimeout(() => killGroup(child), graceMs);
						const info = await exited;
						clearTimeout(timer);
						killGroup(child); // the task runner, if it outlived n8n
						return info;
					})();
				}
				return stopping;
			},
			/** SIGKILL to the whole process group at once, as a crash would; resolves when n8n is gone. */
			async kill() {
				stopping ??= (async () => {
					killGroup(child);
					return await exited;
				})();
				return await stopping;
			},
		};
		services.add(handle);
		exited.then(() => services.delete(handle));

		const deadline = started + readyTimeoutMs;
		for (;;) {
			if (exitInfo) {
				throw new Error(`${what} exited (code ${exitInfo.code}${exitInfo.signal ? `, ${exitInfo.signal}` : ''}) before it was ready:\n${output.slice(-8000)}`);
			}
			if (Date.now() > deadline) {
				await handle.stop({ graceMs: 2000 });
				throw new Error(`${what}: not ready after ${readyTimeoutMs} ms:\n${output.slice(-8000)}`);
			}
			if (await ready(output)) break;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		debug(`${what} (pid ${child.pid}) ready in ${Date.now() - started} ms`);
		return handle;
	}

	/** @typedef {{ exitCode: number, signal: string|null, stdout: string, stderr: string, durationMs: number, timedOut: boolean }} CommandResult */

	const instance = {
		userFolder,
		workDir,
		nodesDir,
		brokerPort,
		env,
		n8nBin,
		nodeBinary,
		n8nHome: home,
		n8nVersion: JSON.parse(fs.readFileSync(path.join(path.dirname(n8nScript), '..', 'package.json'), 'utf8')).version,
		installedPackage,

		/** Raw CLI access: `await n8n.run(['export:workflow', '--all', '--output', file])`. */
		run,

		/**
		 * `n8n import:credentials`. `data` objects are encrypted with the instance key on import.
		 * @param {Array<{id: string, name: string, type: string, data: object}>|object} credentials
		 * @returns {Promise<CommandResult>}
		 */
		async importCredentials(credentials) {
			const list = Array.isArray(credentials) ? credentials : [credentials];
			const file = writeWorkFile('credentials', list);
			return runOrThrow(['import:credentials', `--input=${file}`]);
		},

		/**
		 * `n8n import:workflow`. Adds an `id` (16 chars) when missing; imported workflows are inactive.
		 * @param {object} workflow n8n workflow JSON (`nodes`, `connections`, ...)
		 * @returns {Promise<string>} the workflow id
		 */
		async importWorkflow(workflow) {
			const wf = { name: 'e2e workflow', active: false, settings: {}, ...workflow };
			if (!wf.id) wf.id = randomId();
			const file = writeWorkFile('workflow', wf);
			await runOrThrow(['import:workflow', `--input=${file}`]);
			return wf.id;
		},

		/**
		 * `n8n execute --id <id> --rawOutput`. Never throws on a failed execution: check exitCode
		 * (0 success, 1 node error / unknown node type) and run (parsed execution JSON or null).
		 * @param {string} workflowId
		 * @param {{ timeoutMs?: number }} [executeOptions]
		 * @returns {Promise<{exitCode: number, run: object|null, stdout: string, stderr: string, durationMs: number}>}
		 */
		async execute(workflowId, executeOptions = {}) {
			const result = await run(['execute', `--id=${workflowId}`, '--rawOutput'], executeOptions);
			return {
				exitCode: result.exitCode,
				run: parseExecutionOutput(result.stdout),
				stdout: result.stdout,
				stderr: result.stderr,
				durationMs: result.durationMs,
			};
		},

		/**
		 * `n8n export:nodes`: descriptions of every loadable node type (~870 incl. community ones).
		 * @returns {Promise<Array<{name: string, displayName: string, version: number|number[]}>>}
		 */
		async exportNodes() {
			const file = path.join(workDir, `nodes-${++fileCounter}.json`);
			await runOrThrow(['export:nodes', `--output=${file}`]);
			return JSON.parse(fs.readFileSync(file, 'utf8'));
		},

		/**
		 * `n8n export:credentials --all --decrypted`: stored credentials with plaintext `data`
		 * (e.g. to check a refreshed token was persisted).
		 * @returns {Promise<Array<{id: string, name: string, type: string, data: object}>>}
		 */
		async exportCredentials() {
			const file = path.join(workDir, `credentials-export-${++fileCounter}.json`);
			await runOrThrow(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
			return JSON.parse(fs.readFileSync(file, 'utf8'));
		},

		/**
		 * `n8n start`: the HTTP server with the editor, on 127.0.0.1:<port>. Waits for the CLI commands
		 * queued before it (imports), then until the editor really serves: `GET /healthz/readiness`
		 * answers 200 seconds before the editor routes exist, so this waits for the log line
		 * "Editor is now accessible" and for `GET /signin` to return HTML.
		 * Rejects (and kills n8n) when n8n exits or `readyTimeoutMs` passes first.
		 * @param {{ port?: number, env?: Record<string,string>, readyTimeoutMs?: number,
		 *           onOutput?: (text: string) => void }} [startOptions]
		 *   port      default: a free port;  env: extra variables for this process only
		 *   onOutput  receives n8n's stdout/stderr as it comes (e.g. to echo it)
		 * @returns {Promise<N8nServer>} { url, port, pid, child, output(), exited, stop(), kill() }
		 *   exited    resolves with { code, signal } when the process ends (expected or not)
		 *   output()  n8n's last ~200 KB of stdout+stderr
		 *   stop()    SIGTERM to n8n's process group, SIGKILL after `graceMs` (default 10000)
		 *   kill()    SIGKILL to n8n's process group at once (a crash); resolves when it is gone
		 */
		async start(startOptions = {}) {
			if (cleanedUp) throw new Error('n8n instance already cleaned up');
			if (server) throw new Error('n8n start already running for this instance');
			const port = startOptions.port ?? (await getFreePort());
			const url = `http://127.0.0.1:${port}`;
			const handle = await startService({
				what: 'n8n start',
				args: ['start'],
				env: {
					N8N_PORT: String(port),
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					N8N_HOST: '127.0.0.1',
					N8N_PROTOCOL: 'http',
					N8N_EDITOR_BASE_URL: `${url}/`,
					N8N_SECURE_COOKIE: 'false',
					N8N_DYNAMIC_BANNERS_ENABLED: 'false', // else the editor asks api.n8n.io for banners
					...startOptions.env,
				},
				// Ready = the log line + the editor's HTML (the readiness probe is up before the editor routes).
				ready: async (output) => /Editor is now accessible/.test(output) && (await servesEditor(url)),
				readyTimeoutMs: startOptions.readyTimeoutMs,
				onOutput: startOptions.onOutput,
				extra: { url, port },
			});
			server = handle;
			handle.exited.then(() => {
				if (server === handle) server = null;
			});
			return handle;
		},

		/**
		 * `n8n worker` (queue mode: the instance's `env` must carry EXECUTIONS_MODE=queue, a shared
		 * database and Redis). Beside `n8n start` and other workers: each worker gets its own
		 * task-broker port and health port (`QUEUE_HEALTH_CHECK_*` on 127.0.0.1); it is ready when
		 * `GET /healthz/readiness` answers 200 (database and Redis connected).
		 * @param {{ concurrency?: number, env?: Record<string,string>, readyTimeoutMs?: number,
		 *           onOutput?: (text: string) => void }} [workerOptions]
		 * @returns {Promise<N8nServer>} as start(), with `healthUrl` in place of `url`
		 */
		async startWorker(workerOptions = {}) {
			if (cleanedUp) throw new Error('n8n instance already cleaned up');
			if (env.DB_TYPE === 'sqlite' && !workerOptions.env?.DB_TYPE) throw new Error('n8n worker needs a shared database (DB_TYPE=postgresdb) and EXECUTIONS_MODE=queue');
			const healthPort = await getFreePort();
			const healthUrl = `http://127.0.0.1:${healthPort}`;
			return await startService({
				what: 'n8n worker',
				args: ['worker', `--concurrency=${workerOptions.concurrency ?? 10}`],
				env: {
					N8N_RUNNERS_BROKER_PORT: String(await getFreePort()),
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					...workerOptions.env,
				},
				ready: async () => await answers200(`${healthUrl}/healthz/readiness`),
				readyTimeoutMs: workerOptions.readyTimeoutMs,
				onOutput: workerOptions.onOutput,
				extra: { healthUrl, healthPort },
			});
		},

		/** Kill running n8n processes of this instance and delete its temp folder (unless N8N_E2E_KEEP=1). */
		async cleanup() {
			if (cleanedUp) return;
			cleanedUp = true;
			await Promise.all([...services].map((service) => service.stop({ graceMs: 5000 })));
			for (const child of children) killGroup(child);
			if (process.env.N8N_E2E_KEEP) {
				process.stderr.write(`[n8n-runner] keeping ${root}\n`);
				return;
			}
			fs.rmSync(root, { recursive: true, force: true });
		},
	};
	return instance;
}

/** True when GET <url> answers 200. */
async function answers200(url) {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
		await response.arrayBuffer();
		return response.status === 200;
	} catch {
		return false;
	}
}

/** True when GET <url>/signin answers 200 with HTML (the editor's single-page app). */
async function servesEditor(url) {
	try {
		const response = await fetch(`${url}/signin`, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
		const body = await response.text();
		return response.status === 200 && /text\/html/.test(response.headers.get('content-type') || '') && /<html/i.test(body);
	} catch {
		return false;
	}
}

function killGroup(child) {
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		try {
			child.kill('SIGKILL');
		} catch {
			/* already gone */
		}
	}
}

module.exports = {
	createN8nInstance,
	packPackage,
	installCommunityTarball,
	parseExecutionOutput,
	getFreePort,
	ENCRYPTION_KEY,
};
