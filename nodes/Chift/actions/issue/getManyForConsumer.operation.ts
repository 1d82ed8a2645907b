import { defineOperation, filters } from '../../../shared/operations/define';
import { issueFilters } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyIssuesForConsumer = defineOperation({
	resource: 'issue',
	operation: 'getManyForConsumer',
	name: 'Get Many for Consumer',
	action: "Get a consumer's issues",
	description: "The problems Chift met with one consumer's connections",
	method: 'GET',
	path: '/issues',
	list: 'whole',
	groups: [filters(...issueFilters())],
	options: readOptions,
});
