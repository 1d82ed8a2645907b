import { defineOperation } from '../../../shared/operations/define';
import { client, folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getClient = defineOperation({
	resource: 'client',
	operation: 'get',
	name: 'Get',
	action: 'Get a client',
	description: 'Get one client of the accounting system, with its addresses and bank accounts',
	method: 'GET',
	path: '/accounting/clients/{client_id}',
	fields: [folder, client('client_id', 'The client to get')],
	options: readOptions,
});
