import { defineOperation } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { integration } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getIntegrationLogo = defineOperation({
	resource: 'integration',
	operation: 'getLogo',
	name: 'Get Logo',
	action: "Get an integration's logo",
	description: "An integration's logo or icon as an image file (to show next to a connection in your app)",
	method: 'GET',
	path: '/integrations/{integrationid}/{image_type}.json',
	consumer: false,
	fields: [
		integration('integrationid', 'The integration'),
		optionsField('imageType', 'Image', 'image_type', [
			{ name: 'Logo', value: 'logo' },
			{ name: 'Icon', value: 'icon' },
		], { required: true, default: 'logo', description: 'The full logo or the square icon' }),
	],
	binaryOutput: { content: 'data', fileName: (record) => `integration-${String(record.integrationid)}` },
	options: readOptions,
});
