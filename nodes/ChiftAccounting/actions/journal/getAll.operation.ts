import { defineOperation } from '../../../shared/operations/define';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyJournals = defineOperation({
	resource: 'journal',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many journals',
	description: 'List the journals of the accounting system (sales, purchases, bank, cash, miscellaneous)',
	method: 'GET',
	path: '/accounting/journals',
	list: true,
	fields: [folder],
	options: readOptions,
});
