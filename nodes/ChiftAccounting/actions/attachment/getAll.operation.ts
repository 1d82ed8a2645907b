import { base64Attachments } from '../../../shared/operations/attachments';
import { defineOperation } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyAttachments = defineOperation({
	resource: 'attachment',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many attachments',
	description: 'Get the files (PDFs) attached to an invoice or a journal entry, as binary data',
	method: 'GET',
	path: '/accounting/attachments',
	list: true,
	fields: [
		folder,
		optionsField(
			'documentType',
			'Document Type',
			'type',
			[
				{ name: 'Invoice', value: 'invoice' },
				{ name: 'Journal Entry', value: 'entry' },
			],
			{ required: true, default: 'invoice', description: 'What the files are attached to' },
		),
		textField('documentId', 'Document ID', 'document_id', { required: true, placeholder: 'e.g. INV-2026-0042', description: 'ID of the invoice or journal entry' }),
	],
	// Chift sends each file as base64 text with an ID: named after the ID; a PDF gets .pdf so that
	// n8n and the next nodes know its type.
	binaryOutput: base64Attachments,
	options: readOptions,
});
