import { defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { flow, sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateFlow = defineOperation({
	resource: 'flow',
	operation: 'update',
	name: 'Update',
	action: "Update a consumer's flow settings",
	description: 'Change the trigger or the settings of a flow the consumer has enabled',
	method: 'PATCH',
	path: '/syncs/{syncid}/flows/{flowid}',
	fields: [sync('syncid', 'The sync of the flow'), flow('flowid', 'The flow to update')],
	groups: [
		{
			name: 'updateFields',
			displayName: 'Update Fields',
			placeholder: 'Add Field',
			fields: [
				textField('triggerId', 'Trigger ID', 'triggerid', { placeholder: 'e.g. trigger-1', description: 'Which of the flow\'s triggers starts it' }),
				jsonField('data', 'Settings', 'data', 'object', { description: 'The flow\'s own settings, as its configuration names them' }),
			],
		},
	],
	noContent: ({ syncid, flowid }) => ({ updated: true, syncid, flowid }),
	options: writeOptions,
});
