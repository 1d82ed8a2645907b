import { defineOperation } from '../../../shared/operations/define';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPaymentTerms = defineOperation({
	resource: 'paymentTerm',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payment terms',
	description: 'List the payment terms of the accounting system (immediate, 30 days...), for invoices',
	method: 'GET',
	path: '/accounting/payment-terms',
	list: true,
	fields: [folder],
	options: readOptions,
});
