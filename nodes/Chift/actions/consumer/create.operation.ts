import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { consumerFields, consumerName } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createConsumer = defineOperation({
	resource: 'consumer',
	operation: 'create',
	name: 'Create',
	action: 'Create a consumer',
	description: 'Create a consumer (one of your customers) in your Chift account. Not deduplicated by Chift: run it once per customer (look the customer up by Internal Reference first)',
	method: 'POST',
	path: '/consumers',
	consumer: false,
	fields: [consumerName(true)],
	groups: [additionalFields(...consumerFields())],
	options: writeOptions,
});
