import { defineOperation } from '../../../shared/operations/define';
import { payment } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getPayment = defineOperation({
	resource: 'payment',
	operation: 'get',
	name: 'Get',
	action: 'Get a payment',
	description: 'Get one payment received through the payment provider',
	method: 'GET',
	path: '/payment/payments/{payment_id}',
	fields: [payment(true, 'The payment to get')],
	options: readOptions,
});
