import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyAccounts = defineOperation({
	resource: 'account',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List the bank accounts of the consumer, with their balances',
	method: 'GET',
	path: '/banking/accounts',
	list: true,
	options: readOptions,
});
