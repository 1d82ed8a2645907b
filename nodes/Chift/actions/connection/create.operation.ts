import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { multiOptionsField } from '../../../shared/operations/fields';
import { API_NAMES, connectionName, country, credentials, integration, redirect } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createConnection = defineOperation({
	resource: 'connection',
	operation: 'create',
	name: 'Create',
	action: 'Create a connection',
	description:
		'Get the activation link where your customer connects a system (POS, accounting...) to Chift. The link (url) is valid 30 minutes: send it right away. Each run makes a new link',
	method: 'POST',
	path: '/connections',
	groups: [
		additionalFields(
			integration('integrationid', 'Only to skip the choice of system: the integration your customer connects', false),
			connectionName(),
			country(),
			redirect(),
			credentials(),
			multiOptionsField('apis', 'APIs', 'apis', API_NAMES.map((name) => ({ name, value: name })), { description: 'Only the systems of these APIs are offered to your customer' }),
		),
	],
	options: writeOptions,
});
