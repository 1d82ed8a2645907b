import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyOpportunities = defineOperation({
	resource: 'opportunity',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many opportunities',
	description: 'List the sales opportunities of the invoicing system, with their amounts and stages',
	method: 'GET',
	path: '/invoicing/opportunities',
	list: true,
	options: readOptions,
});
