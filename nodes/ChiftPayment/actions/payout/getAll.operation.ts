import { defineOperation } from '../../../shared/operations/define';
import { periodFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyPayouts = defineOperation({
	resource: 'payout',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many payouts',
	description: "List the payouts: the transfers from the provider to the merchant's bank account, to reconcile with the bank",
	method: 'GET',
	path: '/payment/payouts',
	list: true,
	groups: [periodFilters('payouts were paid in')],
	options: readOptions,
});
