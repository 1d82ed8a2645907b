import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { connection } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getConnectionTransaction = defineOperation({
	resource: 'connection',
	operation: 'getTransaction',
	name: 'Get Transaction',
	action: 'Get a transaction by request ID',
	description: 'What Chift did with the write sent with this idempotency key on this connection: its route, status and the ID of what it created',
	method: 'GET',
	path: '/connections/{connection_id}/transactions',
	fields: [
		connection('connection_id', 'The connection the write was sent to'),
		textField('clientRequestId', 'Idempotency Key', 'client_request_id', { required: true, description: 'The key the write was sent with (x-chift-client-requestid)' }),
	],
	options: readOptions,
});
