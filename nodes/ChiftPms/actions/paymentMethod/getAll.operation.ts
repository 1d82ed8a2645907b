import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPaymentMethods = defineOperation({
	resource: 'paymentMethod',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment methods',
	description: 'List the payment methods of the PMS with their ledger accounts',
	method: 'GET',
	path: '/pms/payment-methods',
	list: true,
	groups: [filters(location)],
	options: readOptions,
});
