import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { maxLength } from '../../../shared/operations/checks';
import { textField } from '../../../shared/operations/parameters';
import { integration } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createWebhook = defineOperation({
	resource: 'webhook',
	operation: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Have Chift send an event to a URL of yours. Not deduplicated by Chift: each run registers another webhook (the Chift Trigger node registers its own)',
	method: 'POST',
	path: '/webhooks',
	consumer: false,
	fields: [
		textField('event', 'Event Name or ID', 'event', {
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getWebhookEvents' },
			required: true,
			description: 'The event to send. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		textField('url', 'URL', 'url', { required: true, check: maxLength(500), placeholder: 'e.g. https://example.com/chift-events', description: 'Where Chift posts the events' }),
	],
	groups: [
		additionalFields(
			textField('signingSecret', 'Signing Secret', 'signingsecret', { typeOptions: { password: true }, check: maxLength(100), description: 'The secret Chift signs each event with (X-Chift-Signature), to check it came from Chift' }),
			integration('integrationid', "For an API's events (a POS order...): the integration whose events to send", false),
		),
	],
	options: writeOptions,
});
