import { defineOperation } from '../../../shared/operations/define';
import { webhook } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const deleteWebhook = defineOperation({
	resource: 'webhook',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	description: 'Delete a webhook: Chift stops sending its event to its URL (a Chift Trigger using it stops receiving events)',
	method: 'DELETE',
	path: '/webhooks/{webhookid}',
	consumer: false,
	fields: [webhook('webhookid', 'The webhook to delete')],
	noContent: ({ webhookid }) => ({ deleted: true, webhookid }),
	options: writeOptions,
});
