import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyTaxes = defineOperation({
	resource: 'tax',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many taxes',
	description: 'List the taxes (VAT rates) of the invoicing system, with their IDs for invoice lines',
	method: 'GET',
	path: '/invoicing/taxes',
	list: true,
	options: readOptions,
});
