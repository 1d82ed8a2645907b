import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyPaymentMethods = defineOperation({
	resource: 'paymentMethod',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment methods',
	description: 'List the payment methods of the invoicing system (bank transfer, card, cash...)',
	method: 'GET',
	path: '/invoicing/payment-methods',
	list: true,
	options: readOptions,
});
