import { defineOperation, filters } from '../../../shared/operations/define';
import { activeStatus } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyWebhooks = defineOperation({
	resource: 'webhook',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: 'The webhooks of your Chift account',
	method: 'GET',
	path: '/webhooks',
	consumer: false,
	list: 'whole',
	groups: [filters(activeStatus('webhooks'))],
	options: readOptions,
});
