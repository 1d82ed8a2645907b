import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { readOptions } from '../../shared/options';

export const getIssue = defineOperation({
	resource: 'issue',
	operation: 'get',
	name: 'Get',
	action: 'Get an issue',
	description: 'One issue with the events that raised it',
	method: 'GET',
	path: '/issues/{issue_id}',
	consumer: false,
	fields: [textField('issueId', 'Issue ID', 'issue_id', { required: true, description: 'The issue, as Get Many lists it (id) or an issue event names it' })],
	groups: [filters(booleanField('lastExecutionOnly', 'Last Execution Only', 'last_execution_only', { description: 'Whether to give only the events of the last run' }))],
	options: readOptions,
});
