import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getWebhookEventTypes = defineOperation({
	resource: 'webhook',
	operation: 'getEventTypes',
	name: 'Get Event Types',
	action: 'Get the webhook event types',
	description: 'The events your Chift account can send to a webhook, each with the API it belongs to',
	method: 'GET',
	path: '/webhooks/list',
	consumer: false,
	options: readOptions,
});
