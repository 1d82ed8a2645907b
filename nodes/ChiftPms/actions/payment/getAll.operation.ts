import { defineOperation } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const getManyPayments = defineOperation({
	resource: 'payment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payments',
	description: 'List the payments guests made in a period (card, cash, transfer...)',
	method: 'GET',
	path: '/pms/payments',
	list: true,
	fields: dateRange(true, 'period'),
	options: readOptions,
});
