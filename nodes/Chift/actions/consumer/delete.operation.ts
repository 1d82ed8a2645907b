import { defineOperation } from '../../../shared/operations/define';
import { writeOptions } from '../../shared/options';

export const deleteConsumer = defineOperation({
	resource: 'consumer',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a consumer',
	description: 'Delete the consumer picked in Consumer, with its connections, sync settings and datastore data in Chift (the data in its own systems stays)',
	method: 'DELETE',
	path: '',
	// Chift answers nothing: the item says which consumer is gone.
	noContent: (values, item) => ({ deleted: true, consumerid: item.uuidLocator('consumerId', 'Consumer') }),
	options: writeOptions,
});
