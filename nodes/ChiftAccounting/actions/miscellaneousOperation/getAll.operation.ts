import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyMiscellaneousOperations = defineOperation({
	resource: 'miscellaneousOperation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many miscellaneous operations',
	description: 'List the miscellaneous operations, of a period or of some journals',
	method: 'GET',
	path: '/accounting/miscellaneous-operation',
	list: true,
	fields: [folder],
	groups: [
		filters(
			...dateRange(false, 'period (by accounting date)'),
			textField('journalIds', 'Journal IDs', 'journal_ids', { placeholder: 'e.g. OD,OD2', description: 'Only the operations of these journals (IDs separated by commas)' }),
		),
	],
	options: readOptions,
});
