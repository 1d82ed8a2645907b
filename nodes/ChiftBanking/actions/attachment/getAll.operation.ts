import { defineOperation } from '../../../shared/operations/define';
import { base64Attachments } from '../../../shared/operations/attachments';
import { textField } from '../../../shared/operations/parameters';
import { readOptions } from '../../shared/options';

export const getManyAttachments = defineOperation({
	resource: 'attachment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many attachments',
	description: 'Get the files (receipts, invoices) attached to a bank transaction, as binary data',
	method: 'GET',
	path: '/banking/attachments',
	list: true,
	fields: [
		textField('transactionId', 'Transaction ID', 'transaction_id', {
			required: true,
			placeholder: 'e.g. {{ $json.id }}',
			description: 'ID of the bank transaction (from Transaction → Get Many, whose attachments_info says whether it has files)',
		}),
	],
	binaryOutput: base64Attachments,
	options: readOptions,
});
