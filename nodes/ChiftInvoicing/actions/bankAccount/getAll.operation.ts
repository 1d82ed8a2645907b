import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyBankAccounts = defineOperation({
	resource: 'bankAccount',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many bank accounts',
	description: 'List the bank accounts known to the invoicing system, with their IBANs and balances',
	method: 'GET',
	path: '/invoicing/bank-accounts',
	list: true,
	options: readOptions,
});
