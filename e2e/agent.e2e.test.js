'use strict';
/**
 * Chift POS as an AI Agent's tool in a real n8n 2.8.4 (the pinned release), with a scripted model
 * on 127.0.0.1: ./lib/agent-scenarios.js. ./compat.e2e.test.js runs the same in the newest 2.x.
 */
const { DEFAULT_VERSION } = require('./lib/install-n8n');
const { describeAgentScenarios, TIMEOUTS } = require('./lib/agent-scenarios');

jest.setTimeout(TIMEOUTS.test);

describeAgentScenarios(`AI Agent with Chift POS tools, n8n ${DEFAULT_VERSION}`, { n8nVersion: DEFAULT_VERSION });
