import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyAccountingCategories = defineOperation({
	resource: 'accountingCategory',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many accounting categories',
	description: 'List the accounting categories (ledger accounts) of the POS; POS systems without them give their product categories',
	method: 'GET',
	path: '/pos/accounting-categories',
	list: true,
	groups: [filters(location())],
	options: readOptions,
});
