import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyLocations = defineOperation({
	resource: 'location',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many locations',
	description: 'List the locations (shops, websites) of the payment account',
	method: 'GET',
	path: '/payment/locations',
	list: true,
	options: readOptions,
});
