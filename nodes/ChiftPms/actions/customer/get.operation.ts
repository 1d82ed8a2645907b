import { defineOperation } from '../../../shared/operations/define';
import { customer } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getCustomer = defineOperation({
	resource: 'customer',
	operation: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Get one guest or company account of the PMS with its addresses',
	method: 'GET',
	path: '/pms/customers/{customer_id}',
	fields: [customer],
	options: readOptions,
});
