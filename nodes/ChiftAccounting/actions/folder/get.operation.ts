import { defineOperation } from '../../../shared/operations/define';
import { accountingLocator } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getFolder = defineOperation({
	resource: 'folder',
	operation: 'get',
	name: 'Get',
	action: 'Get a folder',
	description: 'Get one folder (company) of the accounting system, with its VAT number, currency and addresses',
	method: 'GET',
	path: '/accounting/folders/{folder_id}',
	fields: [
		accountingLocator({ name: 'folderId', displayName: 'Folder', apiName: 'folder_id', searchListMethod: 'searchFolders', idPlaceholder: 'e.g. 12', description: 'The folder to get' }),
	],
	options: readOptions,
});
