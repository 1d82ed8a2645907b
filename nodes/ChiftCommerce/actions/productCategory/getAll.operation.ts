import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const getManyProductCategories = defineOperation({
	resource: 'productCategory',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many product categories',
	description: 'List the categories the products of the web shop are sorted in',
	method: 'GET',
	path: '/commerce/product-categories',
	list: true,
	groups: [filters(booleanField('onlyParents', 'Only Top-Level Categories', 'only_parents', { description: 'Whether to leave out the sub-categories' }))],
	options: readOptions,
});
