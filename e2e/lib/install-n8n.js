#!/usr/bin/env node
'use strict';

/**
 * Installs a pinned, real n8n (from the npm registry) for the end-to-end tests, on first use,
 * into a cache directory OUTSIDE the repository:
 *
 *   <base>/n8n-nodes-chift/n8n-<version>-<short sha256 of e2e/n8n-<version>/package-lock.json>
 *   <base> = $N8N_E2E_CACHE, else $XDG_CACHE_HOME, else ~/.cache
 *
 * Steps (see the shared "real n8n" recipe): copy package.json + package-lock.json there,
 * `npm ci --ignore-scripts --no-audit --no-fund`, then `npm rebuild sqlite3` with
 * npm_config_nodedir pointing at Node headers (no prebuild download is possible offline, so
 * sqlite3 is compiled with node-gyp), check that sqlite3 loads, write a marker file.
 * Later calls see the marker and return at once. A mkdir-based lock keeps concurrent callers
 * (e.g. parallel jest workers) from installing twice; the losers wait for the winner.
 *
 * Node built-ins only. Progress goes to stderr.
 *
 *   const { ensureN8n } = require('./install-n8n');
 *   const { n8nBin, home } = ensureN8n();      // synchronous; minutes on a cold cache
 *
 *   node e2e/lib/install-n8n.js [version]        // pre-install (prints the JSON result on stdout)
 *
 * Per-version settings (optional) live in e2e/n8n-<version>/package.json under "n8nE2e":
 *   "node": "24.22.3"          run (and build) this n8n with that exact Node, installed from the npm
 *                              registry (package node-<platform>-<arch>) into <base>/n8n-nodes-chift/
 *                              node-<platform>-<arch>-<node version>; npm runs with that node first
 *                              on PATH and npm_config_nodedir = its headers. Absent: the Node
 *                              running this file.
 *   "rebuild": ["sqlite3", "isolated-vm"]   native modules to `npm rebuild` (default ["sqlite3"])
 *   "env": { "N8N_EXPRESSION_ENGINE": "legacy" }   variables every n8n command of this version needs
 *
 * Environment:
 *   N8N_E2E_CACHE        cache base directory (see above)
 *   N8N_E2E_REINSTALL=1  ignore an existing marker and install again
 *   N8N_E2E_LOCK_TIMEOUT_MS  how long to wait for another installer (default 30 min)
 *   npm_config_nodedir   used when the running Node's prefix has no include/node headers
 */

const childProcess = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_VERSION = '2.8.4';
const MARKER = '.n8n-e2e-installed.json';
const PACKAGE_NAME = 'n8n-nodes-chift';

function log(message) {
	process.stderr.write(`[install-n8n] ${message}\n`);
}

function sleepSync(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Directory holding the committed package.json + package-lock.json for a version. */
function specDir(version) {
	return path.join(__dirname, '..', `n8n-${version}`);
}

function cacheBase() {
	if (process.env.N8N_E2E_CACHE) return path.resolve(process.env.N8N_E2E_CACHE);
	const xdg = process.env.XDG_CACHE_HOME;
	// XDG spec: relative values are invalid and must be ignored.
	if (xdg && path.isAbsolute(xdg)) return xdg;
	return path.join(os.homedir(), '.cache');
}

function lockHash(version) {
	const lock = fs.readFileSync(path.join(specDir(version), 'package-lock.json'));
	return crypto.createHash('sha256').update(lock).digest('hex').slice(0, 12);
}

/** Where a version is (or will be) installed. Pure; installs nothing. */
function n8nHome(version = DEFAULT_VERSION) {
	return path.join(cacheBase(), PACKAGE_NAME, `n8n-${version}-${lockHash(version)}`);
}

/** The "n8nE2e" section of e2e/n8n-<version>/package.json (see the header). */
function specSettings(version) {
	const manifest = JSON.parse(fs.readFileSync(path.join(specDir(version), 'package.json'), 'utf8'));
	const settings = manifest.n8nE2e || {};
	return {
		node: settings.node || null,
		rebuild: settings.rebuild && settings.rebuild.length ? settings.rebuild : ['sqlite3'],
		env: settings.env || {},
	};
}

const runtimeTags = new Map();
/**
 * Native-module identity of a Node binary (default: the running one): sqlite3 must be rebuilt
 * when it changes.
 */
function runtimeTag(nodeBinary = process.execPath) {
	if (nodeBinary === process.execPath) return `${process.platform}-${process.arch}-abi${process.versions.modules}`;
	if (!runtimeTags.has(nodeBinary)) {
		const result = childProcess.spawnSync(
			nodeBinary,
			['-p', 'process.platform + "-" + process.arch + "-abi" + process.versions.modules'],
			{ encoding: 'utf8' },
		);
		if (result.status !== 0) throw new Error(`${nodeBinary} does not run: ${result.stderr || result.error}`);
		runtimeTags.set(nodeBinary, result.stdout.trim());
	}
	return runtimeTags.get(nodeBinary);
}

function nodeDir(nodeBinary = process.execPath) {
	const prefix = path.dirname(path.dirname(nodeBinary));
	if (nodeBinary !== process.execPath) {
		if (fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) return prefix;
		throw new Error(`No Node headers in ${prefix}/include/node for ${nodeBinary}`);
	}
	if (fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) return prefix;
	const fromEnv = process.env.npm_config_nodedir || process.env.NPM_CONFIG_NODEDIR;
	if (fromEnv && fs.existsSync(path.join(fromEnv, 'include', 'node', 'node.h'))) return fromEnv;
	throw new Error(
		`No Node headers: neither ${prefix}/include/node nor $npm_config_nodedir/include/node has node.h. ` +
			'sqlite3 must be compiled and node-gyp cannot download headers offline.',
	);
}

function readMarker(home) {
	try {
		return JSON.parse(fs.readFileSync(path.join(home, MARKER), 'utf8'));
	} catch {
		return null;
	}
}

function markerIsValid(home, version, nodeBinary) {
	const marker = readMarker(home);
	return Boolean(
		marker &&
			marker.version === version &&
			marker.lockHash === lockHash(version) &&
			marker.runtime === runtimeTag(nodeBinary) &&
			fs.existsSync(binPath(home)),
	);
}

function binPath(home) {
	return path.join(home, 'node_modules', '.bin', 'n8n');
}

function run(command, args, options) {
	const started = Date.now();
	log(`$ ${command} ${args.join(' ')}   (in ${options.cwd})`);
	const result = childProcess.spawnSync(command, args, {
		...options,
		// stdout of npm also goes to our stderr: stdout is reserved for the CLI's JSON result.
		stdio: ['ignore', process.stderr, process.stderr],
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}, signal ${result.signal}) after ${seconds}s`);
	}
	log(`  done in ${seconds}s`);
	return Number(seconds);
}

/**
 * The environment without what a parent `npm run` exports: under `npm test` npm passes its whole
 * configuration down as npm_config_* variables, the repository's ignore-scripts=true and its
 * local_prefix among them: `npm rebuild sqlite3` would then skip the build and leave n8n without
 * its database driver. Only the settings that say how to reach the registry are kept.
 */
const KEPT_NPM_SETTINGS = /^npm_config_(registry|cache|cafile|proxy|https_proxy|noproxy|strict_ssl|userconfig|globalconfig)$/i;
function cleanEnv() {
	return Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || KEPT_NPM_SETTINGS.test(name)),
	);
}

function npmEnv(nodedir, nodeBinary = process.execPath) {
	const env = cleanEnv();
	// Same Node for npm, node-gyp and install scripts as the one that will run n8n.
	env.PATH = `${path.dirname(nodeBinary)}${path.delimiter}${env.PATH || ''}`;
	env.npm_config_nodedir = nodedir;
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	return env;
}

// ---------------------------------------------------------------------------------------------
// Lock: a directory created with mkdir (atomic). owner.json names the holder so a lock left by
// a dead process on this host can be broken.

function lockOwnerAlive(lockDir) {
	let owner;
	try {
		owner = JSON.parse(fs.readFileSync(path.join(lockDir, 'owner.json'), 'utf8'));
	} catch {
		// Just created, owner not written yet, or garbage: consider it alive unless it is old.
		try {
			return Date.now() - fs.statSync(lockDir).mtimeMs < 60_000;
		} catch {
			return false;
		}
	}
	if (owner.host !== os.hostname()) return true; // cannot check another host's pid
	try {
		process.kill(owner.pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

function acquireLock(lockDir, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(
				path.join(lockDir, 'owner.json'),
				JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }),
			);
			return;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
		}
		if (!lockOwnerAlive(lockDir)) {
			log(`breaking stale lock ${lockDir}`);
			fs.rmSync(lockDir, { recursive: true, force: true });
			continue;
		}
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for lock ${lockDir}`);
		}
		if (!announced) {
			log(`another process is installing (lock ${lockDir}); waiting…`);
			announced = true;
		}
		sleepSync(1000);
	}
}

function releaseLock(lockDir) {
	fs.rmSync(lockDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

function install(home, version, nodeBinary, settings) {
	const spec = specDir(version);
	const nodedir = nodeDir(nodeBinary);
	const env = npmEnv(nodedir, nodeBinary);
	const tag = runtimeTag(nodeBinary);
	const marker = readMarker(home);
	const started = Date.now();
	const timings = {};

	fs.rmSync(path.join(home, MARKER), { force: true });

	const sameLock =
		marker && marker.lockHash === lockHash(version) && fs.existsSync(binPath(home)) && !process.env.N8N_E2E_REINSTALL;
	if (sameLock) {
		// Only the Node ABI changed: recompiling the native modules is enough.
		log(`n8n ${version} present in ${home}, built for ${marker.runtime}; rebuilding ${settings.rebuild.join(' ')} for ${tag}`);
	} else {
		log(`installing n8n ${version} into ${home} (cold: ~3-4 min, ~2.2 GB)`);
		fs.mkdirSync(home, { recursive: true });
		for (const file of ['package.json', 'package-lock.json']) {
			fs.copyFileSync(path.join(spec, file), path.join(home, file));
		}
		timings.npmCiSeconds = run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: home, env });
	}
	timings.rebuildSeconds = run('npm', ['rebuild', ...settings.rebuild], { cwd: home, env });

	// Sanity check: the native bindings load in the Node that will run n8n.
	const requires = [...settings.rebuild, 'n8n/package.json'].map((name) => `require(${JSON.stringify(name)});`).join(' ');
	run(nodeBinary, ['-e', requires], { cwd: home, env });
	if (!fs.existsSync(binPath(home))) throw new Error(`n8n binary missing after install: ${binPath(home)}`);

	const installedVersion = JSON.parse(
		fs.readFileSync(path.join(home, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	).version;
	if (installedVersion !== version) {
		throw new Error(`expected n8n ${version}, lockfile installed ${installedVersion}`);
	}

	const content = {
		version,
		lockHash: lockHash(version),
		runtime: tag,
		node: childProcess.spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' }).stdout.trim(),
		rebuilt: settings.rebuild,
		nodedir,
		installedAt: new Date().toISOString(),
		seconds: Math.round((Date.now() - started) / 1000),
		...timings,
	};
	const tmp = path.join(home, `${MARKER}.${process.pid}.tmp`);
	fs.writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`);
	fs.renameSync(tmp, path.join(home, MARKER));
	log(`n8n ${version} ready in ${content.seconds}s: ${binPath(home)}`);
}

// ---------------------------------------------------------------------------------------------
// A Node runtime from the npm registry (node-<platform>-<arch>@<exact version>: bin/node plus
// include/node headers, no npm), for n8n versions that need a newer Node than the running one.

function nodeRuntimeHome(nodeVersion) {
	return path.join(cacheBase(), PACKAGE_NAME, `node-${process.platform}-${process.arch}-${nodeVersion}`);
}

function nodeRuntimeBinary(home) {
	return path.join(home, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node');
}

function nodeRuntimeIsValid(home, nodeVersion) {
	const marker = readMarker(home);
	return Boolean(marker && marker.node === `v${nodeVersion}` && fs.existsSync(nodeRuntimeBinary(home)));
}

function installNodeRuntime(home, nodeVersion) {
	const started = Date.now();
	const packageName = `node-${process.platform}-${process.arch}`;
	log(`installing Node ${nodeVersion} (${packageName} from the npm registry) into ${home}`);
	fs.rmSync(home, { recursive: true, force: true });
	fs.mkdirSync(home, { recursive: true });
	fs.writeFileSync(
		path.join(home, 'package.json'),
		`${JSON.stringify({ private: true, dependencies: { [packageName]: nodeVersion } }, null, 2)}\n`,
	);
	const env = { ...cleanEnv(), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
	run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: home, env });
	const binary = nodeRuntimeBinary(home);
	if (fs.existsSync(binary)) fs.chmodSync(binary, 0o755);
	const reported = childProcess.spawnSync(binary, ['--version'], { encoding: 'utf8' });
	if (reported.status !== 0 || reported.stdout.trim() !== `v${nodeVersion}`) {
		throw new Error(`${binary} should be v${nodeVersion}, reports ${reported.stdout || reported.stderr || reported.error}`);
	}
	if (!fs.existsSync(path.join(path.dirname(path.dirname(binary)), 'include', 'node', 'node.h'))) {
		throw new Error(`${packageName}@${nodeVersion} has no include/node headers`);
	}
	const content = { node: `v${nodeVersion}`, installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
	fs.writeFileSync(path.join(home, MARKER), `${JSON.stringify(content, null, 2)}\n`);
}

/**
 * Make sure Node <exact version> from the npm registry is in the cache (synchronous).
 * @param {string} nodeVersion e.g. '24.22.3'
 * @returns {string} path of its `node` executable
 */
function ensureNodeRuntime(nodeVersion) {
	const home = nodeRuntimeHome(nodeVersion);
	if (!nodeRuntimeIsValid(home, nodeVersion)) {
		fs.mkdirSync(path.dirname(home), { recursive: true });
		const lockDir = `${home}.lock`;
		acquireLock(lockDir, Number(process.env.N8N_E2E_LOCK_TIMEOUT_MS) || 30 * 60_000);
		try {
			if (!nodeRuntimeIsValid(home, nodeVersion)) installNodeRuntime(home, nodeVersion);
		} finally {
			releaseLock(lockDir);
		}
	}
	return nodeRuntimeBinary(home);
}

// ---------------------------------------------------------------------------------------------

const memo = new Map();

/**
 * Make sure n8n <version> is installed in the cache; install it if needed (synchronous).
 * @param {string} [version='2.8.4'] needs e2e/n8n-<version>/{package.json,package-lock.json}
 * @returns {{ n8nBin: string, home: string, nodeBinary: string, env: Record<string,string> }}
 *   n8nBin = <home>/node_modules/.bin/n8n; nodeBinary = the Node to run it with (the current one
 *   unless the version's "n8nE2e.node" asks for another); env = the version's "n8nE2e.env"
 */
function ensureN8n(version = DEFAULT_VERSION) {
	if (memo.has(version)) return memo.get(version);
	if (!fs.existsSync(path.join(specDir(version), 'package-lock.json'))) {
		throw new Error(`No pinned n8n ${version}: ${specDir(version)}/package-lock.json is missing`);
	}
	const settings = specSettings(version);
	const nodeBinary = settings.node ? ensureNodeRuntime(settings.node) : process.execPath;
	const home = n8nHome(version);
	const reinstall = process.env.N8N_E2E_REINSTALL === '1' || process.env.N8N_E2E_REINSTALL === 'true';

	if (reinstall || !markerIsValid(home, version, nodeBinary)) {
		fs.mkdirSync(path.dirname(home), { recursive: true });
		const lockDir = `${home}.lock`;
		acquireLock(lockDir, Number(process.env.N8N_E2E_LOCK_TIMEOUT_MS) || 30 * 60_000);
		try {
			// Someone else may have finished while we waited for the lock.
			if (reinstall || !markerIsValid(home, version, nodeBinary)) install(home, version, nodeBinary, settings);
		} finally {
			releaseLock(lockDir);
		}
	}

	const result = { n8nBin: binPath(home), home, nodeBinary, env: { ...settings.env } };
	memo.set(version, result);
	return result;
}

module.exports = {
	ensureN8n,
	ensureNodeRuntime,
	n8nHome,
	cacheBase,
	DEFAULT_VERSION,
	_internals: { acquireLock, releaseLock, runtimeTag, lockHash, specSettings },
};

if (require.main === module) {
	try {
		const result = ensureN8n(process.argv[2] || DEFAULT_VERSION);
		process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	} catch (error) {
		log(`FAILED: ${error.stack || error.message}`);
		process.exit(1);
	}
}
