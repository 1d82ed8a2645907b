import { defineOperation } from '../../../shared/operations/define';
import { product } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getProduct = defineOperation({
	resource: 'product',
	operation: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get one product of the web shop with its variants, prices and stock',
	method: 'GET',
	path: '/commerce/products/{product_id}',
	fields: [product],
	options: readOptions,
});
