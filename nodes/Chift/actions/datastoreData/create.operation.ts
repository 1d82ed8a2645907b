import { defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { datastore } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createDatastoreData = defineOperation({
	resource: 'datastoreData',
	operation: 'create',
	name: 'Create',
	action: 'Add a row to a datastore',
	description: "Add a row to the consumer's data of a datastore (one row per input item). Not deduplicated by Chift: each run adds the row again",
	method: 'POST',
	path: '/datastore/{datastoreid}/data',
	fields: [
		datastore('datastoreid', 'The datastore'),
		jsonField('data', 'Row', 'data', 'object', { required: true, placeholder: '{"external_id": "A-1", "amount": 12.5}', description: "The row's values by column name, as the datastore defines them" }),
	],
	shape: ({ data, ...rest }) => ({ ...rest, rows: [{ data }] }),
	bodyIs: 'rows',
	options: writeOptions,
});
