import { defineOperation, filters } from '../../shared/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyProducts = defineOperation({
	resource: 'product',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the products of the POS with their prices',
	method: 'GET',
	path: '/pos/products',
	list: true,
	groups: [filters(location())],
	options: readOptions,
});
