import { defineOperation } from '../../../shared/operations/define';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyBankAccounts = defineOperation({
	resource: 'bankAccount',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many bank accounts',
	description: 'List the bank accounts of the accounting system, with their journals and ledger accounts',
	method: 'GET',
	path: '/accounting/bank-accounts',
	list: true,
	fields: [folder],
	options: readOptions,
});
