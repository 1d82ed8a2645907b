import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyAccountingCategories = defineOperation({
	resource: 'accountingCategory',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many accounting categories',
	description: 'List the revenue categories of the PMS (accommodation, breakfast, city tax...) with their ledger accounts',
	method: 'GET',
	path: '/pms/accounting-categories',
	list: true,
	options: readOptions,
});
