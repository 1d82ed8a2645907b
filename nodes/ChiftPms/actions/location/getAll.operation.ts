import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyLocations = defineOperation({
	resource: 'location',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many locations',
	description: 'List the properties (hotels) the PMS connection covers',
	method: 'GET',
	path: '/pms/locations',
	list: true,
	options: readOptions,
});
