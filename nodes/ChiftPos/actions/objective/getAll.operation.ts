import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyObjectives = defineOperation({
	resource: 'objective',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many objectives',
	description: 'List the sales objectives (targets) of a period',
	method: 'GET',
	path: '/pos/objectives',
	fields: dateRange(true, 'period'),
	list: true,
	groups: [filters(location())],
	options: readOptions,
});
