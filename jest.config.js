/**
 * Projects (scripts/test.js picks them; `npm test` runs gates, engine and n8n):
 * - gates: n8n's verification gates on this package: `n8n-node lint` (strict), our eslint, the
 *   scanner's analysis of the packed tarball, the publishing steps up to `npm publish --dry-run`.
 * - engine: the node in n8n-core's execution engine against the Chift emulator (seconds).
 * - n8n: the packed package in the pinned real n8n 2.8.4 from the registry, and the editor in Chromium.
 * - compat: the same scenarios in other n8n releases (`npm run test:compat`).
 * - queue: n8n 2.8.4 in queue mode (main + 2 workers, Redis, PostgreSQL; `npm run test:queue`).
 *   Not part of `npm test`: it installs Redis and PostgreSQL and takes minutes; .ci/run runs it.
 * @type {import('jest').Config}
 */
// Not modules: the pinned n8n manifests in e2e/ (same package names: haste warnings). Jest reads
// this option per project, not at the top level, so every project carries it.
const modulePathIgnorePatterns = ['<rootDir>/e2e/n8n-[^/]+/'];
const project = (displayName, testMatch, extra = {}) => ({
	displayName,
	testEnvironment: 'node',
	testMatch,
	modulePathIgnorePatterns,
	...extra,
});

module.exports = {
	testTimeout: 30000,
	projects: [
		project('gates', ['<rootDir>/test/gates/*.test.js']),
		project('engine', ['<rootDir>/test/*.test.js']),
		project('n8n', ['<rootDir>/e2e/*.test.js'], {
			testPathIgnorePatterns: ['/e2e/compat\\.e2e\\.test\\.js$'],
			globalSetup: '<rootDir>/e2e/lib/global-setup.js',
		}),
		project('compat', ['<rootDir>/e2e/compat.e2e.test.js'], { globalSetup: '<rootDir>/e2e/lib/global-setup.js' }),
		project('queue', ['<rootDir>/e2e/queue/*.test.js'], { globalSetup: '<rootDir>/e2e/lib/global-setup.js' }),
	],
};
