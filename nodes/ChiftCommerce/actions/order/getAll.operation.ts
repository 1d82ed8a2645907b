import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField, dateRange, momentField } from '../../../shared/operations/fields';
import { readOptions } from '../../shared/options';
import { ORDER_SUMMARY } from '../../shared/summaries';
import { includeProductCategories } from './get.operation';

export const getManyOrders = defineOperation({
	resource: 'order',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many orders',
	description: 'List the orders of the web shop placed in a period or changed since a moment',
	method: 'GET',
	path: '/commerce/orders',
	list: true,
	groups: [
		filters(
			...dateRange(false, 'period the orders were placed in'),
			momentField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the orders changed since this moment'),
			booleanField('includeDetailedRefunds', 'Include Detailed Refunds', 'include_detailed_refunds', { description: 'Whether to add the refunds of each order line by line' }),
			includeProductCategories,
			booleanField('includeCustomerDetails', 'Include Customer Details', 'include_customer_details', {
				default: true,
				description: "Whether to add the customer's name, email and phone to each order (Chift does unless told not to)",
			}),
		),
	],
	simplify: ORDER_SUMMARY,
	options: readOptions,
});
