import { defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const queryDatalabGroups = defineOperation({
	resource: 'datalab',
	operation: 'queryGroups',
	name: 'Query Groups',
	action: 'Query several Datalab groups joined',
	description: 'Several Datalab queries (on cubes of different groups) answered as one table, their rows aligned on shared dimensions',
	method: 'POST',
	path: '/datalab/query-groups-join',
	consumer: false,
	readOnly: true,
	fields: [
		jsonField('queries', 'Queries', 'queries', 'list', { required: true, description: 'The queries, each as in Query' }),
		jsonField('align', 'Align', 'align', 'list', { description: 'How the rows of the queries line up (the shared dimensions)' }),
	],
	options: readOptions,
});
