import { defineOperation, filters } from '../../../shared/operations/define';
import { flow, momentRange, sync } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getFlowExecutions = defineOperation({
	resource: 'flow',
	operation: 'getExecutions',
	name: 'Get Executions',
	action: "Get a consumer's flow executions",
	description: 'The runs of one flow for the consumer, with their status',
	method: 'GET',
	path: '/syncs/{syncid}/flows/{flowid}/executions',
	list: 'whole',
	fields: [sync('syncid', 'The sync of the flow'), flow('flowid', 'The flow')],
	groups: [filters(...momentRange('runs'))],
	options: readOptions,
});
