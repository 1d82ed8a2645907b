import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { jsonField, textListField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { flow, sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const enableFlow = defineOperation({
	resource: 'flow',
	operation: 'enable',
	name: 'Enable',
	action: 'Enable a flow for a consumer',
	description: "Turn on one flow of a sync for the consumer, with its trigger and settings. Enabling again replaces its settings",
	method: 'POST',
	path: '/syncs/{syncid}/flows/{flowid}/enable',
	fields: [sync('syncid', 'The sync of the flow'), flow('flowid', 'The flow to enable')],
	groups: [
		additionalFields(
			textListField('integrationIds', 'Integration IDs', 'integrationids', { placeholder: 'e.g. 1001, 2002', description: 'The integrations the flow runs for, separated by commas' }),
			textField('triggerId', 'Trigger ID', 'triggerid', { placeholder: 'e.g. trigger-1', description: 'Which of the flow\'s triggers starts it (Chift: trigger-1 unless set)' }),
			textField('cronSchedule', 'Cron Schedule', 'cronschedule', { placeholder: 'e.g. 0 6 * * *', description: 'When a scheduled trigger runs the flow, as a cron expression' }),
			jsonField('data', 'Settings', 'data', 'object', { description: 'The flow\'s own settings, as its configuration names them' }),
		),
	],
	noContent: ({ syncid, flowid }) => ({ enabled: true, syncid, flowid }),
	options: writeOptions,
});
