import { defineOperation, filters } from '../../../shared/operations/define';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyModifiers = defineOperation({
	resource: 'modifier',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many modifiers',
	description: 'List the modifier groups of the POS (extras, sizes...) with their options and prices',
	method: 'GET',
	path: '/pos/modifiers',
	list: true,
	groups: [filters(location())],
	options: readOptions,
});
