import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { location } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyInvoices = defineOperation({
	resource: 'invoice',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many invoices',
	description: 'List the invoices (guest bills) of a period with their lines and payments',
	method: 'GET',
	path: '/pms/invoices',
	list: true,
	fields: dateRange(true, 'period'),
	groups: [filters(location)],
	options: readOptions,
});
