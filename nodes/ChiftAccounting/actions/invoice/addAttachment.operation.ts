import { defineOperation } from '../../../shared/operations/define';
import { binaryFileField, booleanField } from '../../../shared/operations/fields';
import { folder } from '../../shared/fields';
import { invoiceId, pdfName } from '../../shared/invoices';
import { writeOptions } from '../../shared/options';

/**
 * The PDF of an input item (n8n binary data) attached to an invoice, sent as base64 in Chift's JSON
 * body (AttachmentItem). Chift answers with no content and keeps no record of it to read back.
 */
export const addInvoiceAttachment = defineOperation({
	resource: 'invoice',
	operation: 'addAttachment',
	name: 'Add Attachment',
	action: 'Add a PDF to an invoice',
	description: "Attach a PDF from the input item (the invoice document, a receipt) to an invoice of the accounting system",
	method: 'POST',
	path: '/accounting/invoices/pdf/{invoice_id}',
	fields: [folder, invoiceId('ID of the invoice to attach the PDF to')],
	file: binaryFileField({
		required: true,
		content: 'base64_string',
		fileName: 'name',
		pdf: true,
		description: "The input item's binary property holding the PDF (for example from an HTTP Request, an email or Read/Write Files from Disk node)",
	}),
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				{ ...pdfName('invoice'), apiName: 'name' },
				booleanField('overwriteExisting', 'Overwrite Existing', 'overwrite_existing', { in: 'query', description: 'Whether to replace a PDF the invoice already has' }),
			],
		},
	],
	noContent: ({ invoice_id, name, base64_string }) => ({
		attached: true,
		invoice_id,
		name: name ?? null,
		bytes: Math.floor((String(base64_string).length * 3) / 4) - (String(base64_string).match(/=+$/)?.[0].length ?? 0),
	}),
	options: writeOptions,
});
