import { defineOperation } from '../../../shared/operations/define';
import { connection, connectionName, credentials, redirect } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateConnection = defineOperation({
	resource: 'connection',
	operation: 'update',
	name: 'Update',
	action: 'Update a connection',
	description: 'Rename a connection or change its login; answers a new link (url, valid 30 minutes) where your customer can update it themselves',
	method: 'PATCH',
	path: '/connections/{connectionid}',
	fields: [connection('connectionid', 'The connection to update')],
	groups: [{ name: 'updateFields', displayName: 'Update Fields', placeholder: 'Add Field', fields: [connectionName(), redirect(), credentials()] }],
	options: writeOptions,
});
