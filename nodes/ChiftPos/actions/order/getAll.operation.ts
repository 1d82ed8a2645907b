import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';
import { textField } from '../../../shared/operations/parameters';
import { ORDER_SUMMARY } from '../../shared/summaries';

export const getManyOrders = defineOperation({
	resource: 'order',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many orders',
	description: 'List the orders of a period, a location, a state or a closure',
	method: 'GET',
	path: '/pos/orders',
	list: true,
	groups: [
		filters(
			...dateRange(false, 'period (ignored with Closure ID)'),
			location(),
			textField('state', 'State', 'state', {
				type: 'options',
				default: 'all',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Closed', value: 'closed' },
					{ name: 'Open', value: 'open' },
				],
				description: 'Only open orders, only closed ones, or all',
			}),
			textField('closureId', 'Closure ID', 'closure_id', {
				placeholder: 'e.g. 2026-11-27-1',
				description: 'Every order of this closure (cash register closing); the dates are then ignored',
			}),
		),
	],
	simplify: ORDER_SUMMARY,
	options: readOptions,
});
