import { defineOperation, filters } from '../../../shared/operations/define';
import { issueFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyIssues = defineOperation({
	resource: 'issue',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many issues',
	description: "The problems Chift met with your consumers' connections (a login that fails, a mapping missing...), all consumers together",
	method: 'GET',
	path: '/issues',
	consumer: false,
	list: 'whole',
	groups: [filters(...issueFilters())],
	options: readOptions,
});
