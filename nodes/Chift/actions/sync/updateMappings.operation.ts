import { defineOperation } from '../../../shared/operations/define';
import { linesField } from '../../../shared/operations/fields';
import { sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateSyncMappings = defineOperation({
	resource: 'sync',
	operation: 'updateMappings',
	name: 'Update Mappings',
	action: "Update a consumer's sync mappings",
	description: "Set the consumer's answers to a sync's mappings (which account or journal each value goes to), as the activation page would",
	method: 'PATCH',
	path: '/syncs/{syncid}',
	fields: [
		sync('syncid', 'The sync'),
		linesField('mappings', 'Mappings', 'mappings', {
			required: ['name', 'sub_mapping_name', 'values'],
			example: '{"name": "journals", "sub_mapping_name": "sales", "values": [{"source_id": "card", "target_id": "VEN"}], "hidden_source_ids": []}',
			defaults: { hidden_source_ids: [] },
		}, { required: true, description: 'The mappings, as Get for Consumer shows them in link_mappings' }),
	],
	bodyIs: 'mappings',
	noContent: ({ syncid, mappings }) => ({ updated: true, syncid, mappings: (mappings as unknown[]).length }),
	options: writeOptions,
});
