import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyFolders = defineOperation({
	resource: 'folder',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many folders',
	description: 'List the folders (companies) of the accounting system; most systems have one',
	method: 'GET',
	path: '/accounting/folders',
	options: readOptions,
});
