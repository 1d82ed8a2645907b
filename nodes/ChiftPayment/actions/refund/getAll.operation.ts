import { defineOperation } from '../../../shared/operations/define';
import { payment, periodFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyRefunds = defineOperation({
	resource: 'refund',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many refunds',
	description: 'List the refunds made to customers, or those of one payment',
	method: 'GET',
	path: '/payment/refunds',
	list: true,
	groups: [periodFilters('refunds were made in', payment(false, 'Only the refunds of this payment'))],
	options: readOptions,
});
