import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyConnections = defineOperation({
	resource: 'connection',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many connections',
	description: "List the consumer's connections, active or not, with their integration and API",
	method: 'GET',
	path: '/connections',
	list: 'whole',
	options: readOptions,
});
