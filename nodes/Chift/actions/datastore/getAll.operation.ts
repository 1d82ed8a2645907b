import { defineOperation, filters } from '../../../shared/operations/define';
import { activeStatus } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyDatastores = defineOperation({
	resource: 'datastore',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many datastores',
	description: 'List the datastores of your Chift account (tables you define, kept per consumer) with their columns',
	method: 'GET',
	path: '/datastores',
	consumer: false,
	list: 'whole',
	groups: [filters(activeStatus('datastores'))],
	options: readOptions,
});
