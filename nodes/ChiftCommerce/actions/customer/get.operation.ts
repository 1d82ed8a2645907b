import { defineOperation } from '../../../shared/operations/define';
import { customer } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getCustomer = defineOperation({
	resource: 'customer',
	operation: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Get one customer of the web shop, with their addresses',
	method: 'GET',
	path: '/commerce/customers/{customer_id}',
	fields: [customer],
	options: readOptions,
});
