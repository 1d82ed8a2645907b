import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyTaxes = defineOperation({
	resource: 'tax',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many taxes',
	description: 'List the tax rates of the PMS (VAT rates and city taxes)',
	method: 'GET',
	path: '/pms/taxes',
	list: true,
	options: readOptions,
});
