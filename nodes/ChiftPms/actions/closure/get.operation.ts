import { defineOperation, filters } from '../../../shared/operations/define';
import { dayField } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getClosure = defineOperation({
	resource: 'closure',
	operation: 'get',
	name: 'Get',
	action: 'Get a closure',
	description: "Get whether a day is closed in the PMS (night audit) and that day's totals and payments",
	method: 'GET',
	path: '/pms/closures/{date}',
	fields: [dayField('date', 'Date', 'date', true, 'The day to check')],
	groups: [filters(location)],
	options: readOptions,
});
