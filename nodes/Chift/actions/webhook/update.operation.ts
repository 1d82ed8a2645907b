import { defineOperation } from '../../../shared/operations/define';
import { maxLength } from '../../../shared/operations/checks';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { webhook } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateWebhook = defineOperation({
	resource: 'webhook',
	operation: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: 'Pause or resume a webhook, or change its URL or signing secret',
	method: 'PATCH',
	path: '/webhooks/{webhookid}',
	consumer: false,
	fields: [webhook('webhookid', 'The webhook to update')],
	groups: [
		{
			name: 'updateFields',
			displayName: 'Update Fields',
			placeholder: 'Add Field',
			fields: [
				optionsField('status', 'Status', 'status', [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive' },
				], { description: 'Inactive: Chift stops sending the events until it is active again' }),
				textField('url', 'URL', 'url', { check: maxLength(500), placeholder: 'e.g. https://example.com/chift-events', description: 'Where Chift posts the events' }),
				textField('signingSecret', 'Signing Secret', 'signingsecret', { typeOptions: { password: true }, check: maxLength(100), description: 'The secret Chift signs each event with' }),
			],
		},
	],
	options: writeOptions,
});
