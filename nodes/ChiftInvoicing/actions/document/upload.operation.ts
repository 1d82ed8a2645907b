import { defineOperation } from '../../../shared/operations/define';
import { binaryFileField, optionsField } from '../../../shared/operations/fields';
import { writeOptions } from '../../shared/options';

export const uploadDocument = defineOperation({
	resource: 'document',
	operation: 'upload',
	name: 'Upload',
	action: 'Upload a document',
	description: 'Send a PDF (a received invoice, a receipt) to the invoicing system, which reads it into a document to process',
	method: 'POST',
	path: '/invoicing/upload-document',
	// No refetchPath: Chift does not say which route reads the document created from the upload.
	// The idempotency key still keeps a repeat from uploading it twice.
	fields: [
		optionsField(
			'documentType',
			'Document Type',
			'document_type',
			[
				{ name: 'Customer Document', value: 'customer_document', description: 'A document of a sale (an invoice sent to a customer)' },
				{ name: 'Supplier Document', value: 'supplier_document', description: 'A document of a purchase (an invoice received from a supplier)' },
				{ name: 'Employee Expense', value: 'employee_expense', description: 'A receipt of an expense an employee paid' },
			],
			{ required: true, default: 'supplier_document', description: 'What the document is' },
		),
	],
	file: binaryFileField({ required: true, content: 'base64_string', pdf: true, description: "The input item's binary property holding the PDF to upload" }),
	options: writeOptions,
});
