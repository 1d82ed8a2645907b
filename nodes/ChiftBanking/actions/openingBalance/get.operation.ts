import { defineOperation } from '../../../shared/operations/define';
import { dayField } from '../../../shared/operations/fields';
import { account } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getOpeningBalance = defineOperation({
	resource: 'openingBalance',
	operation: 'get',
	name: 'Get',
	action: 'Get an opening balance',
	description: 'Get the balance of a bank account at the start of a day, to reconcile from it',
	method: 'GET',
	path: '/banking/opening-balance',
	fields: [account('The bank account'), dayField('date', 'Date', 'date', true, 'The day whose opening balance to get')],
	options: readOptions,
});
