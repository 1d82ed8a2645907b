'use strict';
/**
 * Redis and PostgreSQL for the queue-mode suite (e2e/queue/): each started as a child process of the
 * test on a free 127.0.0.1 port with a throw-away data folder, and stopped (with its folder removed)
 * by stop(). Nothing is installed here: scripts/setup.js installs Debian's packages when
 * findQueuePrograms() says they are missing.
 *
 *   const redis = await startRedis();        // { host, port, stop() }
 *   const postgres = await startPostgres();  // { host, port, user, password, database, stop() }
 *
 * PostgreSQL refuses to run as root: when the test runs as root, initdb and postgres run as the
 * `postgres` user (Debian's package creates it; made here with useradd when missing). Settings for
 * tests: trust authentication on 127.0.0.1 only, no Unix socket, fsync off.
 *
 * Node built-ins only (scripts/setup.js requires this file before node_modules may exist).
 */
const childProcess = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { getFreePort: freePort } = require('./n8n-runner'); // built-ins only too

const SEARCH_PATH = () => [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/usr/local/bin'].filter(Boolean);

function onPath(name) {
	for (const dir of SEARCH_PATH()) {
		const file = path.join(dir, name);
		try {
			fs.accessSync(file, fs.constants.X_OK);
			return file;
		} catch {
			/* not here */
		}
	}
	return null;
}

/** Debian keeps PostgreSQL's programs in /usr/lib/postgresql/<major>/bin: the newest major wins. */
function postgresBinDir() {
	const fromPath = onPath('initdb') && onPath('postgres');
	if (fromPath) return path.dirname(fs.realpathSync(fromPath));
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return null;
	const majors = fs
		.readdirSync(base)
		.filter((major) => fs.existsSync(path.join(base, major, 'bin', 'initdb')) && fs.existsSync(path.join(base, major, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(base, majors[0], 'bin') : null;
}

/** Where redis-server and PostgreSQL's initdb/postgres are, and the Debian packages missing. */
function findQueuePrograms() {
	const redisServer = onPath('redis-server');
	const pgBin = postgresBinDir();
	const missingPackages = [];
	if (!redisServer) missingPackages.push('redis-server');
	if (!pgBin) missingPackages.push('postgresql');
	return { redisServer, pgBin, missingPackages };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A long-running child in its own process group, with its output kept, and stop() = `stopSignal`,
 * then SIGKILL after graceMs. Should this process exit without stop(), the child is killed and
 * `folder` removed on its way out. Returns { child, output(), exited, hasExited(), stop() }.
 */
function spawnDaemon(command, args, { uid, gid, cwd, stopSignal = 'SIGTERM', folder } = {}) {
	const child = childProcess.spawn(command, args, { cwd, uid, gid, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const append = (chunk) => (output = (output + chunk).slice(-100_000));
	child.stdout.setEncoding('utf8').on('data', append);
	child.stderr.setEncoding('utf8').on('data', append);
	let exitInfo = null;
	const exited = new Promise((resolve) => {
		child.once('error', (error) => resolve((exitInfo = { code: -1, signal: null, error })));
		child.once('exit', (code, signal) => resolve((exitInfo = { code, signal })));
	});
	const kill = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			/* gone */
		}
	};
	// Last resort when the test process ends without stop() (a forced exit): no daemon outlives it.
	const onExit = () => {
		kill('SIGKILL');
		if (folder) fs.rmSync(folder, { recursive: true, force: true });
	};
	process.once('exit', onExit);
	let stopping = null;
	return {
		child,
		output: () => output,
		exited,
		hasExited: () => exitInfo !== null,
		stop(graceMs = 10_000) {
			stopping ??= (async () => {
				if (exitInfo) return exitInfo;
				kill(stopSignal);
				const timer = setTimeout(() => kill('SIGKILL'), graceMs);
				const info = await exited;
				clearTimeout(timer);
				process.removeListener('exit', onExit);
				return info;
			})();
			return stopping;
		},
	};
}

/** Resolves once `check()` says yes; rejects when the daemon exits or `timeoutMs` passes first. */
async function waitFor(daemon, what, check, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (daemon.hasExited()) throw new Error(`${what} exited before it was ready:\n${daemon.output().slice(-4000)}`);
		if (await check()) return;
		if (Date.now() > deadline) {
			await daemon.stop(2000);
			throw new Error(`${what} not ready after ${timeoutMs} ms:\n${daemon.output().slice(-4000)}`);
		}
		await sleep(100);
	}
}

/** Sends `command` (RESP inline) and resolves with the first reply line, or null. */
function redisCommand(port, command) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let reply = '';
		const done = (value) => {
			socket.destroy();
			resolve(value);
		};
		socket.setTimeout(2000, () => done(null));
		socket.once('error', () => done(null));
		socket.on('data', (chunk) => {
			reply += chunk;
			if (reply.includes('\r\n')) done(reply.slice(0, reply.indexOf('\r\n')));
		});
		socket.once('connect', () => socket.write(`${command}\r\n`));
	});
}

/**
 * redis-server on a free port of 127.0.0.1, no persistence, data folder removed on stop().
 * @returns {Promise<{ host: string, port: number, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
async function startRedis({ timeoutMs = 30_000 } = {}) {
	const { redisServer } = findQueuePrograms();
	if (!redisServer) throw new Error('redis-server not found: run `node scripts/setup.js --queue` (installs Debian\'s redis-server)');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-redis-'));
	const port = await freePort();
	const daemon = spawnDaemon(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'], { cwd: dir, folder: dir });
	try {
		await waitFor(daemon, `redis-server on port ${port}`, async () => (await redisCommand(port, 'PING')) === '+PONG', timeoutMs);
	} catch (error) {
		fs.rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	return {
		host: '127.0.0.1',
		port,
		pid: daemon.child.pid,
		output: daemon.output,
		async stop() {
			await daemon.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** uid/gid of the account PostgreSQL runs as when we are root (created when missing). */
function postgresAccount() {
	if (process.getuid?.() !== 0) return {};
	const lookup = () => childProcess.spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	let id = lookup();
	if (id.status !== 0) {
		childProcess.execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
		id = lookup();
	}
	const uid = Number(id.stdout.trim());
	const gid = Number(childProcess.execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
	return { uid, gid };
}

/**
 * A PostgreSQL cluster of its own (initdb into a temp folder) on a free port of 127.0.0.1, run as
 * `postgres` when we are root. Database `postgres`, user `postgres`, trust authentication.
 * @returns {Promise<{ host: string, port: number, user: string, password: string, database: string,
 *   pid: number, output: () => string, stop: () => Promise<void> }>}
 */
async function startPostgres({ timeoutMs = 60_000 } = {}) {
	const { pgBin } = findQueuePrograms();
	if (!pgBin) throw new Error('PostgreSQL not found: run `node scripts/setup.js --queue` (installs Debian\'s postgresql)');
	const { uid, gid } = postgresAccount();
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-postgres-'));
	const dataDir = path.join(root, 'data');
	fs.mkdirSync(dataDir, { mode: 0o700 });
	if (uid !== undefined) {
		fs.chownSync(root, uid, gid);
		fs.chownSync(dataDir, uid, gid);
	}
	const removeRoot = () => fs.rmSync(root, { recursive: true, force: true });
	const initdb = childProcess.spawnSync(
		path.join(pgBin, 'initdb'),
		['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C'],
		{ uid, gid, cwd: root, encoding: 'utf8' },
	);
	if (initdb.error || initdb.status !== 0) {
		removeRoot();
		throw new Error(`initdb failed (exit ${initdb.status}): ${initdb.error?.message ?? ''}${initdb.stderr}${initdb.stdout}`);
	}
	const port = await freePort();
	const daemon = spawnDaemon(
		path.join(pgBin, 'postgres'),
		[
			'-D', dataDir,
			'-p', String(port),
			'-c', 'listen_addresses=127.0.0.1',
			'-c', 'unix_socket_directories=',
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
			'-c', 'max_connections=100',
		],
		{ uid, gid, cwd: root, stopSignal: 'SIGINT', folder: root }, // SIGINT = PostgreSQL's "fast" shutdown
	);
	try {
		await waitFor(daemon, `postgres on port ${port}`, async () => /database system is ready to accept connections/.test(daemon.output()), timeoutMs);
	} catch (error) {
		removeRoot();
		throw error;
	}
	return {
		host: '127.0.0.1',
		port,
		user: 'postgres',
		password: 'postgres',
		database: 'postgres',
		pid: daemon.child.pid,
		output: daemon.output,
		async stop() {
			await daemon.stop();
			removeRoot();
		},
	};
}

module.exports = { findQueuePrograms, startRedis, startPostgres };
