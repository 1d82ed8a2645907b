import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { createClient } from './client/create.operation';
import { getClient } from './client/get.operation';
import { getManyClients } from './client/getAll.operation';
import { updateClient } from './client/update.operation';
import { getFolder } from './folder/get.operation';
import { getManyFolders } from './folder/getAll.operation';

/**
 * Every resource and operation of Chift Accounting. A new operation is one file and one line here.
 * Defaults are part of saved workflows: the default resource and each resource's first operation by
 * name never change once released.
 */
export const chiftAccounting: ChiftNodeDefinition = {
	system: 'accounting',
	defaultResource: 'client',
	resources: [
		{ name: 'Client', value: 'client', operations: [createClient, getClient, getManyClients, updateClient] },
		{ name: 'Folder', value: 'folder', operations: [getFolder, getManyFolders] },
	],
};
