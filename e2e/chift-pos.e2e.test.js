'use strict';
/**
 * The Chift POS node in a real n8n 2.8.4 (the default pinned version, on the Node running jest):
 * the package is packed from dist/ (build first: `npm run build`), installed as a community node,
 * and driven through n8n's CLI against the Chift emulator. The scenarios are in ./lib/scenarios.js;
 * ./compat.e2e.test.js runs the same ones against other n8n versions.
 *
 *   npx jest --rootDir . --testMatch '<rootDir>/e2e/chift-pos.e2e.test.js'
 *
 * First run on a machine: installs n8n into the cache (~3 min, see e2e/README.md).
 */
const { DEFAULT_VERSION } = require('./lib/install-n8n');
const { describeChiftPosScenarios, TIMEOUTS } = require('./lib/scenarios');

jest.setTimeout(TIMEOUTS.test);

describeChiftPosScenarios(`n8n ${DEFAULT_VERSION}`, { n8nVersion: DEFAULT_VERSION });
