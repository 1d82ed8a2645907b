import { defineOperation } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const getManyPayments = defineOperation({
	resource: 'payment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payments',
	description: 'List the payments of a period',
	method: 'GET',
	path: '/pos/payments',
	fields: dateRange(true, 'period'),
	list: true,
	options: readOptions,
});
