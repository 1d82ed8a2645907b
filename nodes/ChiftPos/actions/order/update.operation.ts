import { defineOperation } from '../../../shared/operations/define';
import { customer, order } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateOrder = defineOperation({
	resource: 'order',
	operation: 'update',
	name: 'Update',
	action: 'Update an order',
	description: 'Attach a customer to an order',
	method: 'PATCH',
	path: '/pos/orders/{order_id}',
	refetchPath: '/pos/orders/{order_id}',
	fields: [order, customer({ apiName: 'customer_id', description: 'The customer to attach to the order' })],
	options: writeOptions,
});
