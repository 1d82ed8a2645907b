import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getSales = defineOperation({
	resource: 'sale',
	operation: 'get',
	name: 'Get',
	action: 'Get sales totals',
	description: 'Get the sales totals (total, tax, taxes by rate) of a period',
	method: 'GET',
	path: '/pos/sales',
	fields: dateRange(true, 'period'),
	groups: [filters(location())],
	options: readOptions,
});
