import { defineOperation, filters } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { account } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyCounterparts = defineOperation({
	resource: 'counterpart',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many counterparts',
	description: 'List who the consumer paid or was paid by (names and account references), from the bank transactions',
	method: 'GET',
	path: '/banking/counterparts',
	list: true,
	groups: [filters(account('Only the counterparts of this bank account', false), ...dateRange(false, 'transactions to look at'))],
	options: readOptions,
});
