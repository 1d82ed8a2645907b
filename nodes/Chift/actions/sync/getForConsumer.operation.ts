import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { sync } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getSyncForConsumer = defineOperation({
	resource: 'sync',
	operation: 'getForConsumer',
	name: 'Get for Consumer',
	action: "Get a consumer's sync",
	description: "How the consumer uses a sync: its status, mappings and enabled flows",
	method: 'GET',
	path: '/syncs/{syncid}',
	fields: [sync('syncid', 'The sync')],
	groups: [filters(textField('previewExecutionId', 'Preview Execution ID', 'preview_executionid', { description: 'The mappings as a preview execution saw them' }))],
	options: readOptions,
});
