/**
 * engine: the node in n8n-core's execution engine against the Chift emulator (seconds).
 * n8n: the packed package in a real n8n installed from the registry (minutes on first install).
 * @type {import('jest').Config}
 */
module.exports = {
	testTimeout: 30000,
	// Not modules: the copy tsc puts in dist/ and the pinned n8n releases (same names, noisy warnings).
	modulePathIgnorePatterns: ['<rootDir>/dist/package.json', '<rootDir>/e2e/n8n-[^/]+/'],
	projects: [
		{ displayName: 'engine', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.js'] },
		{ displayName: 'n8n', testEnvironment: 'node', testMatch: ['<rootDir>/e2e/**/*.test.js'] },
	],
};
