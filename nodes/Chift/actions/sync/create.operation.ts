import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { writeOptions } from '../../shared/options';

export const createSync = defineOperation({
	resource: 'sync',
	operation: 'create',
	name: 'Create',
	action: 'Create a sync',
	description: 'Create a sync (data moved between two APIs, such as POS to accounting) in your Chift account. Not deduplicated by Chift: each run creates one',
	method: 'POST',
	path: '/syncs',
	consumer: false,
	fields: [
		textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. POS to accounting', description: 'Name of the sync' }),
		jsonField('connections', 'Connections', 'connections', 'list', { required: true, description: 'The APIs the sync links, as Chift describes them: [{"api": "Point of Sale", ...}, {"api": "Accounting", ...}]' }),
	],
	groups: [
		additionalFields(
			jsonField('flows', 'Flows', 'flows', 'list', { description: 'The flows of the sync, as Chift describes them' }),
			jsonField('mappings', 'Mappings', 'mappings', 'list', { description: 'The mappings your customers fill when they activate the sync' }),
			jsonField('config', 'Config', 'config', 'object', { description: 'Settings of the sync: {"datalayer": ..., "presync": ...}' }),
		),
	],
	options: writeOptions,
});
