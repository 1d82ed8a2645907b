import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPaymentMethods = defineOperation({
	resource: 'paymentMethod',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment methods',
	description: 'List the payment methods of the POS (cash, card...)',
	method: 'GET',
	path: '/pos/payment-methods',
	list: true,
	groups: [filters(location())],
	options: readOptions,
});
