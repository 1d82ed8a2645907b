import { defineOperation } from '../../../shared/operations/define';
import { customer } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { CUSTOMER_SUMMARY } from '../../shared/summaries';

export const getCustomer = defineOperation({
	resource: 'customer',
	operation: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Get one customer of the point of sale',
	method: 'GET',
	path: '/pos/customers/{customer_id}',
	fields: [customer({ apiName: 'customer_id', description: 'The customer to get' })],
	simplify: CUSTOMER_SUMMARY,
	options: readOptions,
});
