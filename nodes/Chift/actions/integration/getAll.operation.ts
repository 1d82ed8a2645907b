import { defineOperation, filters } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { activeStatus } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyIntegrations = defineOperation({
	resource: 'integration',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many integrations',
	description: 'The systems (connectors) your customers can connect through Chift, by API, with what each needs to connect',
	method: 'GET',
	path: '/integrations',
	consumer: false,
	list: 'whole',
	groups: [
		filters(
			activeStatus('integrations'),
			optionsField('includeCoverage', 'Include Coverage', 'include_coverage', [
				{ name: 'Yes', value: 'true' },
				{ name: 'No', value: 'false' },
			], { description: 'Whether to add which operations each integration supports' }),
		),
	],
	options: readOptions,
});
