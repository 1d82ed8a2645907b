import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { readOptions } from '../../shared/options';

export const getManyConsumers = defineOperation({
	resource: 'consumer',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many consumers',
	description: 'List or search the consumers of your Chift account',
	method: 'GET',
	path: '/consumers',
	consumer: false,
	list: 'whole',
	groups: [
		filters(
			textField('search', 'Search', 'search', { description: 'Text to look for in the consumers\' names' }),
			textField('internalReference', 'Internal Reference', 'internal_reference', { placeholder: 'e.g. CUST-042', description: 'Only the consumer with this internal reference (your own ID of the customer)' }),
		),
	],
	options: readOptions,
});
