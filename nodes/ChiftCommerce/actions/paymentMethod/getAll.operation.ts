import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyPaymentMethods = defineOperation({
	resource: 'paymentMethod',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment methods',
	description: 'List the ways customers can pay in the web shop (card, bank transfer...)',
	method: 'GET',
	path: '/commerce/payment-methods',
	list: true,
	options: readOptions,
});
