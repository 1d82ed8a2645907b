'use strict';
/**
 * Every operation of Chift's OpenAPI document that no node offers yet, or that the package leaves
 * out on purpose, with the reason. test/spec.test.js fails when an operation is neither offered by
 * a node nor listed here, and when an operation listed here is offered (then remove it here).
 */

/** Operations a planned node (names fixed in the package's public contract) will offer. */
const NOT_YET_OFFERED = [];

/** Operations no node will offer. */
const LEFT_OUT = [
	{ operationId: 'generate_access_token_token_post', reason: 'The token exchange is the Chift API credential\'s own work (it renews tokens by itself), not a step of a workflow.' },
	{ operationId: 'generate_mcp_token_mcp_token_post', reason: 'A token for Chift\'s MCP server, for AI clients that speak MCP; in n8n an agent uses the Chift nodes as tools instead.' },
	{ operationId: 'get_releases_local_agents_releases_get', reason: 'Downloads of Chift\'s on-premise connector agent, installed by hand next to a local accounting system: no workflow data.' },
];

module.exports = { NOT_YET_OFFERED, LEFT_OUT };
