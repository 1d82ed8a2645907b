import { defineOperation } from '../../../shared/operations/define';
import { periodFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPayments = defineOperation({
	resource: 'payment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payments',
	description: 'List the payments customers made through the payment provider',
	method: 'GET',
	path: '/payment/payments',
	list: true,
	groups: [periodFilters('payments were made in')],
	options: readOptions,
});
