import { defineOperation } from '../../../shared/operations/define';
import { sync } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getSync = defineOperation({
	resource: 'sync',
	operation: 'get',
	name: 'Get',
	action: 'Get a sync',
	description: 'Get one sync of your Chift account: its connections, mappings, flows and consumers',
	method: 'GET',
	path: '/syncs/{syncid}',
	consumer: false,
	fields: [sync('syncid', 'The sync to get')],
	options: readOptions,
});
