import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyBalances = defineOperation({
	resource: 'balance',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many balances',
	description: 'List the balances of the payment account (the money held by the provider, per currency)',
	method: 'GET',
	path: '/payment/balances',
	list: true,
	options: readOptions,
});
