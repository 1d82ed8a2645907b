import { defineOperation, filters } from '../../../shared/operations/define';
import { momentField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { readOptions } from '../../shared/options';

export const getManyProducts = defineOperation({
	resource: 'product',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many products',
	description: 'List the products of the web shop with their variants, or find one by SKU',
	method: 'GET',
	path: '/commerce/products',
	list: true,
	groups: [
		filters(
			momentField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the products changed since this moment'),
			textField('sku', 'SKU', 'sku', { placeholder: 'e.g. BISC-BEURRE-250', description: 'Only the product with this stock keeping unit' }),
		),
	],
	options: readOptions,
});
