import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { flow, sync } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getFlowExecution = defineOperation({
	resource: 'flow',
	operation: 'getExecution',
	name: 'Get Execution',
	action: 'Get a flow execution',
	description: 'One run of a flow: when it started and ended, and its status',
	method: 'GET',
	path: '/syncs/{syncid}/flows/{flowid}/executions/{executionid}',
	consumer: false,
	fields: [
		sync('syncid', 'The sync of the flow'),
		flow('flowid', 'The flow'),
		textField('executionId', 'Execution ID', 'executionid', { required: true, description: 'The run, as Get Executions lists it (id)' }),
	],
	groups: [filters(textField('consumerId', 'Consumer ID', 'consumerid', { description: 'The consumer the run was for' }))],
	options: readOptions,
});
