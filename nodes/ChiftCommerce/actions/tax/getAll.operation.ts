import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyTaxes = defineOperation({
	resource: 'tax',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many taxes',
	description: 'List the tax rates (VAT) the web shop applies',
	method: 'GET',
	path: '/commerce/taxes',
	list: true,
	options: readOptions,
});
