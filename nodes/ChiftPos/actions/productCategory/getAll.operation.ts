import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { textField } from '../../../shared/operations/parameters';

export const getManyProductCategories = defineOperation({
	resource: 'productCategory',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many product categories',
	description: 'List the product categories of the POS',
	method: 'GET',
	path: '/pos/product-categories',
	list: true,
	groups: [
		filters(
			location(),
			textField('onlyParents', 'Only Parents', 'only_parents', {
				type: 'boolean',
				default: false,
				description: 'Whether to return only the top-level categories',
				toText: (value) => (value === true ? 'true' : ''),
			}),
		),
	],
	options: readOptions,
});
