import { defineOperation } from '../../../shared/operations/define';
import { booleanField, dayField, optionsField, textListField } from '../../../shared/operations/fields';
import { flow, sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const sendFlowEvent = defineOperation({
	resource: 'flow',
	operation: 'sendEvent',
	name: 'Send Custom Event',
	action: 'Send a custom event to a flow',
	description: 'Start a flow that has a custom-event trigger now, for some consumers or all that enabled it. Each run starts it again',
	method: 'POST',
	path: '/syncs/{syncid}/flows/{flowid}/event',
	consumer: false,
	fields: [
		sync('syncid', 'The sync of the flow'),
		flow('flowid', 'The flow to start'),
		textListField('consumers', 'Consumer IDs', 'consumers', { placeholder: 'e.g. 3f1c2a7e-8b4d-4c6a-9e2f-1a2b3c4d5e60', description: 'Only for these consumers, separated by commas. Empty: every consumer that enabled the flow.' }),
	],
	groups: [
		{
			name: 'eventData',
			displayName: 'Event Data',
			placeholder: 'Add Field',
			nestAs: 'data',
			fields: [
				booleanField('isPreview', 'Is Preview', 'is_preview', { description: 'Whether to run as a preview, without writing to the target system' }),
				booleanField('forceRestart', 'Force Restart', 'force_restart', { description: 'Whether to start again even if a run is under way' }),
				dayField('startDate', 'Start Date', 'start_date', false, 'First day of the data to move'),
				dayField('endDate', 'End Date', 'end_date', false, 'Last day of the data to move'),
				dayField('forceFromDate', 'Force From Date', 'force_from_date', false, 'Move the data again from this day on, even what was moved before'),
				optionsField('importMode', 'Import Mode', 'import_mode', [
					{ name: 'Only Missing Days', value: 'IMPORT_ONLY_MISSING_DAYS', description: 'Move only the days not moved yet' },
					{ name: 'Whole Period Again', value: 'REIMPORT_ENTIRE_PERIOD', description: 'Move every day of the period again' },
				], { description: 'For a period that was partly moved already' }),
			],
		},
	],
	options: writeOptions,
});
