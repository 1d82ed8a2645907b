import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operations/define';
import { jsonField } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';

export const queryDatalab = defineOperation({
	resource: 'datalab',
	operation: 'query',
	name: 'Query',
	action: 'Query the Datalab',
	description: "Ask the Datalab for figures across your consumers' synchronised data (measures by dimensions, filtered), as one query",
	method: 'POST',
	path: '/datalab/query-db',
	consumer: false,
	readOnly: true,
	fields: [
		jsonField('query', 'Query', 'query', 'object', {
			required: true,
			placeholder: '{"measures": ["sales.total"], "dimensions": ["sales.consumer_id"], "limit": 100}',
			description: 'The query: measures, dimensions, filters, time dimensions, order, limit, as Get Schemas names them',
		}),
	],
	shape: ({ query }) => query as IDataObject,
	options: readOptions,
});
