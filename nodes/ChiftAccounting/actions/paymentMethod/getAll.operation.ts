import { defineOperation } from '../../../shared/operations/define';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPaymentMethods = defineOperation({
	resource: 'paymentMethod',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment methods',
	description: 'List the payment methods of the accounting system (bank, cash, card...), for recording payments',
	method: 'GET',
	path: '/accounting/payment-methods',
	list: true,
	fields: [folder],
	options: readOptions,
});
