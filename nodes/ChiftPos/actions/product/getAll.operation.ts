import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { PRODUCT_SUMMARY } from '../../shared/summaries';

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
	simplify: PRODUCT_SUMMARY,
	options: readOptions,
});
