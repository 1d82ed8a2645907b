import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getMiscellaneousOperation = defineOperation({
	resource: 'miscellaneousOperation',
	operation: 'get',
	name: 'Get',
	action: 'Get a miscellaneous operation',
	description: 'Get one miscellaneous operation with its lines',
	method: 'GET',
	path: '/accounting/miscellaneous-operation/{operation_id}',
	fields: [folder, textField('operationId', 'Operation ID', 'operation_id', { required: true, placeholder: 'e.g. OD-1001-0002', description: 'The ID of the miscellaneous operation to get' })],
	options: readOptions,
});
