import { defineOperation, filters } from '../../../shared/operations/define';
import { dayField } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getReport = defineOperation({
	resource: 'report',
	operation: 'get',
	name: 'Get',
	action: 'Get a report',
	description: 'Get the day report for French e-reporting: orders and payments by VAT category',
	method: 'GET',
	path: '/pos/report',
	fields: [dayField('date', 'Date', 'date', true, 'The business day of the report')],
	groups: [
		{
			...filters(location()),
			description: 'Without a location Chift uses the location the end user selected, and fails if there is none',
		},
	],
	options: readOptions,
});
