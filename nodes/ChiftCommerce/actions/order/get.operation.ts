import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { order } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { ORDER_SUMMARY } from '../../shared/summaries';

export const includeProductCategories = booleanField('includeProductCategories', 'Include Product Categories', 'include_product_categories', {
	description: "Whether to add each line's product categories",
});

export const getOrder = defineOperation({
	resource: 'order',
	operation: 'get',
	name: 'Get',
	action: 'Get an order',
	description: 'Get one order of the web shop with its lines, customer, addresses, payments and refunds',
	method: 'GET',
	path: '/commerce/orders/{order_id}',
	fields: [order],
	groups: [filters(includeProductCategories)],
	simplify: ORDER_SUMMARY,
	options: readOptions,
});
