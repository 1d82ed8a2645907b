'use strict';
/**
 * The platform's own routes (consumers, connections, syncs and flows, datastores, integrations,
 * issues, the data layer, webhooks, the Datalab), beside the unified APIs of ../apis.js. Routes that
 * predate this list (the consumer and connection reads, the webhooks the triggers register) stay in
 * chift-emulator.js; these modules add the rest. Each exports routes(kit): [method, pattern, handler].
 *
 * kit: the unified APIs' kit (../kit.js, once, paged, chiftError, validationError) plus
 *   root(template)   a route's pattern from the API root ('/webhooks/{webhookid}/logs')
 *   data             the emulator's data (consumers and their connections)
 *   state            the platform's records (createState below), also emulator.platform
 *   consumerOf(id)   the consumer, or Chift's 404
 *   webhooks         the emulator's webhooks (Map by webhookid)
 *   createConnection(consumerId, { integrationid })   a finished connection and its account.connection.created
 */
const { createState } = require('./state');

const MODULES = [require('./consumers'), require('./syncs'), require('./account')];

/** A route's pattern from the API root; each {name} captures one path segment. */
const root = (template) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')}$`);

function platformRoutes(kit) {
	const platform = { ...kit, root, state: createState(kit.data, kit.today) };
	return { state: platform.state, routes: MODULES.flatMap((module) => module.routes(platform)) };
}

module.exports = { platformRoutes, root };
