import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManySyncs = defineOperation({
	resource: 'sync',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many syncs',
	description: 'List the syncs of your Chift account, with their flows and the consumers that use them',
	method: 'GET',
	path: '/syncs',
	consumer: false,
	list: 'whole',
	options: readOptions,
});
