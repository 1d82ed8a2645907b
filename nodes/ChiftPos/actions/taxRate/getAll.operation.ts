import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyTaxRates = defineOperation({
	resource: 'taxRate',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many tax rates',
	description: 'List the tax rates of the POS',
	method: 'GET',
	path: '/pos/tax-rates',
	list: true,
	options: readOptions,
});
