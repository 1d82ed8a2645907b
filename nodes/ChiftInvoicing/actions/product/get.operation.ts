import { defineOperation } from '../../../shared/operations/define';
import { product } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getProduct = defineOperation({
	resource: 'product',
	operation: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get one product or service of the invoicing system, with its price and stock',
	method: 'GET',
	path: '/invoicing/products/{product_id}',
	fields: [product('product_id', 'The product to get')],
	options: readOptions,
});
