import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getConsumer = defineOperation({
	resource: 'consumer',
	operation: 'get',
	name: 'Get',
	action: 'Get a consumer',
	description: 'Get the consumer picked in Consumer: its name, email, internal reference and redirect URL',
	method: 'GET',
	path: '',
	options: readOptions,
});
