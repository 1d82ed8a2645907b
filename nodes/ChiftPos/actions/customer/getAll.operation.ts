import { defineOperation, filters } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';
import { textField } from '../../../shared/operations/parameters';
import { CUSTOMER_SUMMARY } from '../../shared/summaries';

export const getManyCustomers = defineOperation({
	resource: 'customer',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many customers',
	description: 'List or search the customers of the point of sale',
	method: 'GET',
	path: '/pos/customers',
	list: true,
	groups: [
		filters(
			textField('search', 'Search', 'search', {
				placeholder: 'e.g. Dubois',
				description: 'Text to look for in the first and last names (not in email or phone)',
			}),
			textField('email', 'Email', 'email', { placeholder: 'name@email.com', description: 'Only the customers with this email address' }),
			textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +32475123456', description: 'Only the customers with this phone number' }),
		),
	],
	simplify: CUSTOMER_SUMMARY,
	options: readOptions,
});
