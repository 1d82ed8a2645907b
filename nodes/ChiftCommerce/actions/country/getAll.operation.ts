import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyCountries = defineOperation({
	resource: 'country',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many countries',
	description: 'List the countries the web shop sells to',
	method: 'GET',
	path: '/commerce/countries',
	list: true,
	options: readOptions,
});
