import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyProducts = defineOperation({
	resource: 'product',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the products and services of the invoicing system',
	method: 'GET',
	path: '/invoicing/products',
	list: true,
	options: readOptions,
});
