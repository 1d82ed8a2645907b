'use strict';
/**
 * The test commands. Each installs what it needs first (scripts/setup.js), builds, then runs jest
 * on its projects (jest.config.js); arguments after the suite name go to jest.
 *
 *   npm test               = node scripts/test.js        gates, engine, n8n 2.8.4 + the editor in Chromium
 *   npm run test:compat    = node scripts/test.js compat the n8n scenarios in the other pinned releases
 *   npm run test:engine    = node scripts/test.js engine the engine tests only
 *   npm run test:n8n       = node scripts/test.js n8n    the real-n8n tests only
 *   npm run test:queue     = node scripts/test.js queue  n8n 2.8.4 in queue mode: main + 2 workers, Redis, PostgreSQL
 *
 * Every n8n release a suite uses is installed here, one after another, before jest starts its
 * workers (and again checked by the projects' globalSetup, e2e/lib/global-setup.js, for direct jest
 * runs): an empty cache makes the first run slower, never red.
 */
const childProcess = require('node:child_process');
const path = require('node:path');

const { compatVersions } = require('../e2e/lib/compat-versions');
const { ensureSetup } = require('./setup');

const root = path.join(__dirname, '..');
const PINNED = '2.8.4';

const SUITES = {
	default: { projects: ['gates', 'engine', 'n8n'], browser: true, n8nVersions: [PINNED] },
	compat: { projects: ['compat'], browser: false, n8nVersions: compatVersions() },
	engine: { projects: ['engine'], browser: false, n8nVersions: [] },
	n8n: { projects: ['n8n'], browser: true, n8nVersions: [PINNED] },
	queue: { projects: ['queue'], browser: false, queue: true, n8nVersions: [PINNED] },
};

function run(command, args) {
	const result = childProcess.spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.error) throw result.error;
	return result.status ?? 1;
}

function main() {
	const [first, ...rest] = process.argv.slice(2);
	const named = first !== undefined && Object.hasOwn(SUITES, first);
	const suite = SUITES[named ? first : 'default'];
	const jestArgs = named ? rest : process.argv.slice(2);

	ensureSetup({ browser: suite.browser, queue: suite.queue, n8nVersions: suite.n8nVersions });
	const built = run('npm', ['run', '--silent', 'build']);
	if (built !== 0) return built;
	const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
	return run(process.execPath, [jest, '--selectProjects', ...suite.projects, ...jestArgs]);
}

try {
	process.exitCode = main();
} catch (error) {
	process.stderr.write(`[test] ${error.message}\n`);
	process.exitCode = 1;
}
