import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange, optionsField } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyOrders = defineOperation({
	resource: 'order',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many orders',
	description: 'List what guests consumed or were charged in a period (rooms, breakfasts, bar, extras), by stay',
	method: 'GET',
	path: '/pms/orders',
	list: true,
	fields: dateRange(true, 'period'),
	groups: [
		filters(
			location,
			optionsField(
				'state',
				'State',
				'state',
				[
					{ name: 'Consumed', value: 'consumed', description: 'What was consumed in the period, whether billed or not' },
					{ name: 'Closed', value: 'closed', description: 'Only what was billed (closed) in the period' },
				],
				{ default: 'consumed', description: 'Which orders of the period' },
			),
		),
	],
	options: readOptions,
});
