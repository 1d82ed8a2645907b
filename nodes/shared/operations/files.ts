import type { IDataObject } from 'n8n-workflow';

import type { BinaryFileField } from './fields';
import type { ItemParameters } from './parameters';
import { textOf } from './parameters';

/** What Chift accepts as a file name: letters, digits, - _ and spaces, optionally ending in .pdf. */
export const CHIFT_FILE_NAME = /^[a-zA-Z0-9\-_ ]{1,196}(?:.pdf)?$/;

/** A file name Chift accepts, made from the binary data's ("Facture n°12.pdf" → "Facture n-12.pdf"). */
export function chiftFileName(fileName: string, pdf: boolean): string | undefined {
	const extension = pdf ? '.pdf' : '';
	const stem = (pdf ? fileName.replace(/\.pdf$/i, '') : fileName)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-zA-Z0-9\-_ ]+/g, '-')
		.replace(/^[\s-]+|[\s-]+$/g, '')
		.slice(0, 196);
	const name = `${stem}${extension}`;
	return stem && CHIFT_FILE_NAME.test(name) ? name : undefined;
}

/**
 * The body values of the item's file: its content as base64 and, unless the values already name
 * it, its file name. Nothing when the (optional) parameter is empty; an error naming the item and
 * the property when the file is missing or, for a PDF field, not a PDF.
 */
export async function fileValues(item: ItemParameters, file: BinaryFileField, values: IDataObject): Promise<IDataObject> {
	const label = file.property.displayName;
	const propertyName = textOf(item.raw(file.property.name, file.property.default));
	if (!propertyName) {
		if (file.property.required) throw item.invalid(`${label} is empty`, `Enter the name of the input item's binary property that holds the file, usually "data".`, label);
		return {};
	}
	const { data, fileName, mimeType } = await item.binaryFile(propertyName, label);
	if (!data.length) throw item.invalid(`The file in binary property "${propertyName}" is empty`, 'Check the node that produced the file: it has no content.', label);
	if (file.pdf && data.subarray(0, 5).toString('latin1') !== '%PDF-') {
		throw item.invalid(
			`The file in binary property "${propertyName}" (${fileName ?? 'no file name'}, ${mimeType}) is not a PDF`,
			'Chift takes PDF files only here. Convert the document to PDF first, or point the field at the binary property that holds the PDF.',
			label,
		);
	}
	const result: IDataObject = { [file.content]: data.toString('base64') };
	if (file.fileName && values[file.fileName] === undefined && fileName) {
		const name = chiftFileName(fileName, file.pdf === true);
		if (name) result[file.fileName] = name;
	}
	return result;
}
