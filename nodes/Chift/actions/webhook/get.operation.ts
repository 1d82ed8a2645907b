import { defineOperation } from '../../../shared/operations/define';
import { webhook } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getWebhook = defineOperation({
	resource: 'webhook',
	operation: 'get',
	name: 'Get',
	action: 'Get a webhook',
	description: 'One webhook of your Chift account: its event, URL and status (never its signing secret)',
	method: 'GET',
	path: '/webhooks/{webhookid}',
	consumer: false,
	fields: [webhook('webhookid', 'The webhook to get')],
	options: readOptions,
});
