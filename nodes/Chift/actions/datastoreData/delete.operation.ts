import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { datastore } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const deleteDatastoreData = defineOperation({
	resource: 'datastoreData',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a datastore row',
	description: "Delete one of the consumer's rows of a datastore (the datastore and its other rows stay)",
	method: 'DELETE',
	path: '/datastore/{datastoreid}/data/{datastoredataid}',
	fields: [datastore('datastoreid', 'The datastore'), textField('rowId', 'Row ID', 'datastoredataid', { required: true, description: 'The row to delete, as Get Many lists it (id)' })],
	noContent: ({ datastoreid, datastoredataid }) => ({ deleted: true, datastoreid, id: datastoredataid }),
	options: writeOptions,
});
