import { defineOperation } from '../../../shared/operations/define';
import { order } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { ORDER_SUMMARY } from '../../shared/summaries';

export const getOrder = defineOperation({
	resource: 'order',
	operation: 'get',
	name: 'Get',
	action: 'Get an order',
	description: 'Get one order with its items, payments and taxes',
	method: 'GET',
	path: '/pos/orders/{order_id}',
	fields: [order],
	simplify: ORDER_SUMMARY,
	options: readOptions,
});
