import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyCustomers = defineOperation({
	resource: 'customer',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many customers',
	description: 'List the customer accounts of the web shop',
	method: 'GET',
	path: '/commerce/customers',
	list: true,
	options: readOptions,
});
