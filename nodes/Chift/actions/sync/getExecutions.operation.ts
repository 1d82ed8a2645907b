import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { momentRange, sync } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getSyncExecutions = defineOperation({
	resource: 'sync',
	operation: 'getExecutions',
	name: 'Get Executions',
	action: 'Get the executions of a sync',
	description: "The runs of a sync's flows for all consumers, newest first, with their status",
	method: 'GET',
	path: '/syncs/{syncid}/executions',
	consumer: false,
	list: true,
	fields: [sync('syncid', 'The sync')],
	groups: [filters(textField('flowId', 'Flow ID', 'flowid', { description: 'Only the runs of this flow' }), ...momentRange('runs'))],
	options: readOptions,
});
