import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const getManyPayments = defineOperation({
	resource: 'payment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payments',
	description: 'List the payments recorded in the invoicing system, with the invoices they pay',
	method: 'GET',
	path: '/invoicing/payments',
	list: true,
	groups: [filters(...dateRange(false, 'payments'))],
	options: readOptions,
});
