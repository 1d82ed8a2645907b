import { defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { datastore } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateDatastoreData = defineOperation({
	resource: 'datastoreData',
	operation: 'update',
	name: 'Update',
	action: 'Update a datastore row',
	description: "Replace the values of one of the consumer's rows of a datastore",
	method: 'PATCH',
	path: '/datastore/{datastoreid}/data/{datastoredataid}',
	fields: [
		datastore('datastoreid', 'The datastore'),
		textField('rowId', 'Row ID', 'datastoredataid', { required: true, description: 'The row, as Get Many lists it (id)' }),
		jsonField('data', 'Row', 'data', 'object', { required: true, placeholder: '{"external_id": "A-1", "amount": 12.5}', description: "The row's values by column name" }),
	],
	options: writeOptions,
});
