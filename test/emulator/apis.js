'use strict';
/**
 * The unified APIs the emulator serves beside POS (which predates this list and lives in
 * chift-emulator.js and pos-data.js). Each is a folder of its own whose index exports:
 *   apiName     the API as Chift names it in a connection ('Accounting', 'Invoicing'...)
 *   storeKey    where its data of each consumer lives in emulator.data
 *   createData(consumer, { today })   the consumer's records (for consumers without a connection
 *               to the API too: the route answers ERROR_NO_ACTIVE_CONNECTION before reading them)
 *   routes(kit) its routes, [method, kit.at('/<api>/...'), kit.api('resource', handler, METHOD)]
 * A new API is a folder and one line here.
 */
const UNIFIED_APIS = [require('./accounting'), require('./invoicing'), require('./commerce'), require('./pms'), require('./payment'), require('./banking')];

module.exports = { UNIFIED_APIS };
