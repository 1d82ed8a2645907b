import { defineOperation } from '../../../shared/operations/define';
import { flow, sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const disableFlow = defineOperation({
	resource: 'flow',
	operation: 'disable',
	name: 'Disable',
	action: 'Disable a flow for a consumer',
	description: 'Turn off one flow of a sync for the consumer: it stops running for them (its past executions stay)',
	method: 'POST',
	path: '/syncs/{syncid}/flows/{flowid}/disable',
	fields: [sync('syncid', 'The sync of the flow'), flow('flowid', 'The flow to disable')],
	noContent: ({ syncid, flowid }) => ({ disabled: true, syncid, flowid }),
	options: writeOptions,
});
