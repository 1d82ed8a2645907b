import { defineOperation } from '../../../shared/operations/define';
import { connection } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const disableDataLayer = defineOperation({
	resource: 'dataLayer',
	operation: 'disable',
	name: 'Disable',
	action: 'Disable the data layer of a connection',
	description: "Stop keeping Chift's copy of a connection's data; the copy is deleted and reads go to the live system again",
	method: 'POST',
	path: '/connections/{connection_id}/disable_datalayer',
	fields: [connection('connection_id', 'The connection whose copy to stop')],
	noContent: ({ connection_id }) => ({ disabled: true, connection_id }),
	options: writeOptions,
});
