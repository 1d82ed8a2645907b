import { defineOperation } from '../../../shared/operations/define';
import { connection } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const deleteConnection = defineOperation({
	resource: 'connection',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a connection',
	description: "Delete one of the consumer's connections: Chift stops reaching that system for the consumer (the system's own data stays)",
	method: 'DELETE',
	path: '/connections/{connectionid}',
	fields: [connection('connectionid', 'The connection to delete')],
	noContent: ({ connectionid }) => ({ deleted: true, connectionid }),
	options: writeOptions,
});
