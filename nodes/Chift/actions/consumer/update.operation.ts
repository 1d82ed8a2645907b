import { defineOperation } from '../../../shared/operations/define';
import { consumerFields, consumerName } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updateConsumer = defineOperation({
	resource: 'consumer',
	operation: 'update',
	name: 'Update',
	action: 'Update a consumer',
	description: 'Change the name, email, internal reference or redirect URL of the consumer picked in Consumer',
	method: 'PATCH',
	path: '',
	groups: [{ name: 'updateFields', displayName: 'Update Fields', placeholder: 'Add Field', fields: [consumerName(false), ...consumerFields()] }],
	options: writeOptions,
});
