import { currencyCode } from '../../../shared/operations/checks';
import { defineOperation } from '../../../shared/operations/define';
import { booleanField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { analyticAccount, analyticPlan, folder, multipleAnalyticPlans } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

const path = '/accounting/analytic-accounts/{analytic_account_id}';
const planPath = '/accounting/analytic-accounts/{analytic_account_id}/multi-analytic-plans/{analytic_plan}';

export const updateAnalyticAccount = defineOperation({
	resource: 'analyticAccount',
	operation: 'update',
	name: 'Update',
	action: 'Update an analytic account',
	description: 'Change fields of an analytic account; the fields left out stay as they are',
	method: 'PATCH',
	path,
	refetchPath: path,
	variant: multipleAnalyticPlans(planPath, {
		refetchPath: planPath,
		fields: [analyticPlan('analytic_plan', 'The analytic plan the account belongs to')],
	}),
	fields: [folder, analyticAccount('analytic_account_id', 'The analytic account to update')],
	groups: [
		{
			name: 'updateFields',
			displayName: 'Update Fields',
			placeholder: 'Add Field',
			fields: [
				textField('code', 'Code', 'code', { description: 'Short code of the analytic account' }),
				textField('name', 'Name', 'name', { description: 'Name of the analytic account' }),
				textField('currency', 'Currency', 'currency', { placeholder: 'e.g. EUR', check: currencyCode, description: 'Currency of the analytic account (ISO 4217 code)' }),
				booleanField('active', 'Active', 'active', { description: 'Whether the analytic account can be used in entries' }),
			],
		},
	],
	options: writeOptions,
});
