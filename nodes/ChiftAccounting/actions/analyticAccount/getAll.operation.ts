import { getMany } from '../../shared/getMany';
import { multipleAnalyticPlans } from '../../shared/fields';

export const getManyAnalyticAccounts = getMany({
	resource: 'analyticAccount',
	what: 'analytic accounts',
	description: 'List the analytic accounts (cost and profit centres) of the accounting system, with their balances',
	path: '/accounting/analytic-accounts',
	// With several plans, Chift lists the accounts of every plan, each naming its plan.
	variant: multipleAnalyticPlans('/accounting/analytic-accounts/multi-analytic-plans'),
});
