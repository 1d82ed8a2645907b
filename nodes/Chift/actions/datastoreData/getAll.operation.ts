import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { datastore, momentRange } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyDatastoreData = defineOperation({
	resource: 'datastoreData',
	operation: 'getAll',
	name: 'Get Many',
	action: "Get a consumer's datastore rows",
	description: "The consumer's rows of a datastore",
	method: 'GET',
	path: '/datastore/{datastoreid}/data',
	list: 'whole',
	fields: [datastore('datastoreid', 'The datastore')],
	groups: [filters(...momentRange('rows written'), textField('executionId', 'Execution ID', 'executionid', { description: 'Only the rows a flow run wrote' }))],
	options: readOptions,
});
