import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { jsonField, textListField } from '../../../shared/operations/fields';
import { country, sync } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createSyncConsumerLink = defineOperation({
	resource: 'sync',
	operation: 'createConsumerLink',
	name: 'Create Consumer Link',
	action: 'Create a sync link for a consumer',
	description: 'Get the link (url) where the consumer activates a sync: connects its systems and fills the mappings. Each run makes a new link',
	method: 'POST',
	path: '/syncs',
	fields: [sync('syncid', 'The sync to offer the consumer')],
	groups: [
		additionalFields(
			textListField('integrationIds', 'Integration IDs', 'integrationids', { placeholder: 'e.g. 1001, 2002', description: 'Only the integrations offered to the consumer, separated by commas' }),
			country(),
			jsonField('linkMetadata', 'Link Metadata', 'link_metadata', 'object', { description: 'Your own data kept with the link' }),
		),
	],
	options: writeOptions,
});
