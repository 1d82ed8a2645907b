import { defineOperation } from '../../../shared/operations/define';
import { webhook } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getWebhookLogs = defineOperation({
	resource: 'webhook',
	operation: 'getLogs',
	name: 'Get Delivery Logs',
	action: "Get a webhook's delivery logs",
	description: 'The deliveries of a webhook: when Chift sent which event and the HTTP status your URL answered',
	method: 'GET',
	path: '/webhooks/{webhookid}/logs',
	consumer: false,
	list: 'whole',
	fields: [webhook('webhookid', 'The webhook')],
	options: readOptions,
});
