import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyClients = defineOperation({
	resource: 'client',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many clients',
	description: 'List or search the clients of the accounting system',
	method: 'GET',
	path: '/accounting/clients',
	list: true,
	fields: [folder],
	groups: [
		filters(
			textField('search', 'Search', 'search', { description: 'Text to look for in the clients (name, reference...)' }),
			textField('updatedAfter', 'Updated After', 'updated_after', { type: 'dateTime', description: 'Only the clients changed since this moment' }),
		),
	],
	options: readOptions,
});
