import { defineOperation } from '../../../shared/operations/define';
import { analyticAccount, analyticPlan, folder, multipleAnalyticPlans } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getAnalyticAccount = defineOperation({
	resource: 'analyticAccount',
	operation: 'get',
	name: 'Get',
	action: 'Get an analytic account',
	description: 'Get one analytic account of the accounting system, with its balance',
	method: 'GET',
	path: '/accounting/analytic-accounts/{analytic_account_id}',
	variant: multipleAnalyticPlans('/accounting/analytic-accounts/{analytic_account_id}/multi-analytic-plans/{analytic_plan}', {
		fields: [analyticPlan('analytic_plan', 'The analytic plan the account belongs to')],
	}),
	fields: [folder, analyticAccount('analytic_account_id', 'The analytic account to get')],
	options: readOptions,
});
