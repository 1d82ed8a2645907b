import { getMany } from '../../shared/getMany';

export const getManyAnalyticPlans = getMany({
	resource: 'analyticPlan',
	what: 'analytic plans',
	description: 'List the analytic plans (axes such as sites or activities) of the accounting system',
	path: '/accounting/analytic-plans',
});
