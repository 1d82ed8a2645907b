import { currencyCode } from '../../../shared/operations/checks';
import { defineOperation } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { analyticPlan, folder, multipleAnalyticPlans } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createAnalyticAccount = defineOperation({
	resource: 'analyticAccount',
	operation: 'create',
	name: 'Create',
	action: 'Create an analytic account',
	description: 'Create an analytic account (a cost or profit centre, such as a site or an activity) in the accounting system',
	method: 'POST',
	path: '/accounting/analytic-accounts',
	refetchPath: '/accounting/analytic-accounts/{entity_id}',
	variant: multipleAnalyticPlans('/accounting/analytic-accounts/multi-analytic-plans/{analytic_plan}', {
		refetchPath: '/accounting/analytic-accounts/{entity_id}/multi-analytic-plans/{analytic_plan}',
		fields: [analyticPlan('analytic_plan', 'The analytic plan to create the account in')],
	}),
	fields: [
		folder,
		textField('code', 'Code', 'code', { required: true, placeholder: 'e.g. NAMUR', description: 'Short code of the analytic account; some systems need it to be unique' }),
		textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. Restaurant Namur', description: 'Name of the analytic account' }),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', check: currencyCode, description: 'Currency of the analytic account (ISO 4217 code)' }),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [booleanField('active', 'Active', 'active', { default: true, description: 'Whether the analytic account can be used in entries' })],
		},
	],
	options: writeOptions,
});
