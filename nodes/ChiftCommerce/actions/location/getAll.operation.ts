import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyLocations = defineOperation({
	resource: 'location',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many locations',
	description: 'List the stock locations (warehouses, shops) of the web shop',
	method: 'GET',
	path: '/commerce/locations',
	list: true,
	options: readOptions,
});
