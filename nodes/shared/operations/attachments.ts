import type { IDataObject } from 'n8n-workflow';

/**
 * Chift's attachment records (AttachmentItemOut: an ID and the file as base64_string, the same in
 * the Accounting and Banking APIs) as n8n binary data (OperationSpec.binaryOutput). Chift gives no
 * file name or type: the file is named after its ID, and a PDF (base64 of "%PDF-") gets .pdf so that
 * n8n and the next nodes know its type.
 */
export const base64Attachments = {
	content: 'base64_string',
	fileName: (record: IDataObject) => `attachment-${String(record.id)}${String(record.base64_string ?? '').startsWith('JVBERi0') ? '.pdf' : ''}`,
};
