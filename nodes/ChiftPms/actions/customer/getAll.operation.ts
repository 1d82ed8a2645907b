import { emailAddress } from '../../../shared/operations/checks';
import { defineOperation, filters } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { readOptions } from '../../shared/options';

export const getManyCustomers = defineOperation({
	resource: 'customer',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many customers',
	description: 'List or search the guests and company accounts of the PMS',
	method: 'GET',
	path: '/pms/customers',
	list: true,
	groups: [
		filters(
			textField('search', 'Search', 'search', { description: 'Text to look for in the names of guests and companies' }),
			textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: emailAddress, description: 'Only the customer with this email address' }),
			textField('phone', 'Phone', 'phone', { placeholder: 'e.g. +32475123456', description: 'Only the customer with this phone number' }),
		),
	],
	options: readOptions,
});
