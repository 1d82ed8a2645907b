'use strict';
/**
 * What `npm start` and `npm test` need on a fresh clone, installed by the commands themselves.
 * npm lifecycle scripts (prestart, pretest) are not used: the repository's .npmrc sets
 * ignore-scripts (eslint-plugin-n8n-nodes-base has a pnpm-only preinstall script), which skips
 * them too. Node built-ins only: this runs before node_modules exists.
 *
 *   ensureSetup({ browser: true, n8nVersions: ['2.8.4'] })
 *   node scripts/setup.js [--browser] [--queue] [--n8n 2.8.4,2.41.1]
 *
 * Each step checks first and does nothing when its part is in place, so a second run is silent:
 * - npm packages: `npm ci` when node_modules is missing or older than package-lock.json;
 * - Chromium (browser test): Debian's package through apt-get, as root; otherwise it says the command;
 * - n8n releases (e2e tests, demo): e2e/lib/install-n8n.js, one version after another, before any
 *   test worker starts, so no install ever runs inside a test's timeout;
 * - Redis and PostgreSQL (queue-mode suite, `npm run test:queue`): Debian's redis-server and
 *   postgresql through apt-get, as root, when their programs are missing (e2e/lib/queue-services.js
 *   finds them). Services are not started by the install (policy-rc.d): the suite runs its own.
 */
const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const log = (message) => process.stderr.write(`[setup] ${message}\n`);
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function run(command, args, env = process.env) {
	const started = Date.now();
	log(`${command} ${args.join(' ')}`);
	childProcess.execFileSync(command, args, { cwd: root, env, stdio: ['ignore', process.stderr, process.stderr] });
	log(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

function ensureNpmPackages() {
	const installed = path.join(root, 'node_modules', '.package-lock.json');
	if (mtime(installed) >= mtime(path.join(root, 'package-lock.json'))) return;
	run('npm', ['ci', '--no-audit', '--no-fund']);
}

function chromiumPath() {
	return CHROMIUM_PATHS.find((file) => fs.existsSync(file)) ?? null;
}

function ensureChromium() {
	if (chromiumPath()) return;
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
		// Not fatal here: the browser test fails by itself, with the same command.
		log('The browser test needs Debian\'s Chromium: sudo apt-get install -y --no-install-recommends chromium');
		return;
	}
	aptInstall(['chromium']);
	if (!chromiumPath()) throw new Error('apt-get installed chromium but no /usr/bin/chromium exists');
}

/** Runs apt-get install without letting the packages start their services (Debian's policy-rc.d). */
function aptInstall(packages) {
	const policy = '/usr/sbin/policy-rc.d';
	const ownPolicy = !fs.existsSync(policy);
	if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\n# n8n-nodes-chift setup: no service starts during this install\nexit 101\n', { mode: 0o755 });
	try {
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
	} finally {
		if (ownPolicy) fs.rmSync(policy, { force: true });
	}
}

function ensureQueueServices() {
	// Required here, not at the top: plain built-ins module too.
	const { findQueuePrograms } = require('../e2e/lib/queue-services');
	const missing = findQueuePrograms().missingPackages;
	if (missing.length === 0) return;
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
		throw new Error(`The queue-mode suite needs Redis and PostgreSQL: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
	}
	aptInstall(missing);
	const still = findQueuePrograms().missingPackages;
	if (still.length > 0) throw new Error(`apt-get installed ${missing.join(' ')} but ${still.join(', ')} is still missing`);
}

function ensureN8nVersions(versions) {
	// Required here, not at the top: install-n8n.js is a plain built-ins module too.
	const { ensureN8n } = require('../e2e/lib/install-n8n');
	for (const version of versions) ensureN8n(version);
}

/**
 * @param {{ npm?: boolean, browser?: boolean, queue?: boolean, n8nVersions?: string[] }} [wanted]
 */
function ensureSetup(wanted = {}) {
	const { npm = true, browser = false, queue = false, n8nVersions = [] } = wanted;
	if (npm) ensureNpmPackages();
	if (browser) ensureChromium();
	if (queue) ensureQueueServices();
	ensureN8nVersions(n8nVersions);
}

module.exports = { ensureSetup, chromiumPath };

if (require.main === module) {
	const args = process.argv.slice(2);
	const n8nAt = args.indexOf('--n8n');
	const n8nVersions = n8nAt >= 0 && args[n8nAt + 1] ? args[n8nAt + 1].split(',').filter(Boolean) : [];
	try {
		ensureSetup({ browser: args.includes('--browser'), queue: args.includes('--queue'), n8nVersions });
	} catch (error) {
		log(`FAILED: ${error.message}`);
		process.exit(1);
	}
}
