import { getMany } from '../../shared/getMany';

export const getManyEmployees = getMany({
	resource: 'employee',
	what: 'employees',
	description: 'List the employees known to the accounting system (for expense claims and their ledger accounts)',
	path: '/accounting/employees',
});
