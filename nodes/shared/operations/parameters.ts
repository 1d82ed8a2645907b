import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { FIELD, PROBLEM } from './tool';

/**
 * A check run on a non-empty, trimmed value before anything is sent: the value to send, or what
 * is wrong with it and how to fix it.
 */
export type FieldCheck = (value: string) => { value: string } | { problem: string; fix: string };

/** An n8n parameter and where its value goes in the Chift request. */
export interface ChiftField {
	property: INodeProperties;
	apiName: string;
	/** The parameter value as the text Chift expects; '' when unset. Default: textOf. */
	toText?: (value: unknown) => string;
	check?: FieldCheck;
	/**
	 * For values that are not text (numbers, booleans, lists of lines): the value to send from the
	 * parameter's, undefined when unset; throws item.invalid() for a wrong one. Replaces toText/check.
	 */
	parse?: (value: unknown, item: ItemParameters, label: string) => unknown;
	/** Where the value goes: the query, even for a write (Chift's folder_id), or the body. Default: by method. */
	in?: 'query' | 'body';
	/**
	 * A query value that says where records live (the accounting folder): sent with every call of
	 * the item, the read-back of a write whose answer was lost included.
	 */
	scope?: boolean;
	/** What an AI agent must know to fill the field (the shape of a list of lines), in its tool description. */
	toolHint?: string;
}

export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const uuid = new RegExp(UUID_PATTERN);

/** Everything an operation may read of one input item, with validation errors that name it. */
export class ItemParameters {
	constructor(
		readonly context: IExecuteFunctions,
		readonly itemIndex: number,
	) {}

	/**
	 * A validation error that names the item and the field, and says how to fix it. The problem
	 * and the field are also kept apart, for the result a model gets when the node is its tool.
	 */
	invalid(problem: string, fix: string, field?: string): NodeOperationError {
		const error = new NodeOperationError(this.context.getNode(), `${problem} [item ${this.itemIndex}]`, {
			itemIndex: this.itemIndex,
			description: fix,
		});
		error.context[PROBLEM] = problem;
		if (field) error.context[FIELD] = field;
		return error;
	}

	raw(name: string, fallback?: unknown): unknown {
		return this.context.getNodeParameter(name, this.itemIndex, fallback);
	}

	collection(name: string): IDataObject {
		const value = this.raw(name, {});
		return value && typeof value === 'object' ? (value as IDataObject) : {};
	}

	/** The value of a resource locator parameter (From List / By ID / expression). */
	locator(name: string): string {
		const value = this.context.getNodeParameter(name, this.itemIndex, '', { extractValue: true });
		return textOf(value);
	}

	/** A resource locator that must hold a UUID, such as the consumer. */
	uuidLocator(name: string, label: string): string {
		const value = this.locator(name);
		if (!value) {
			throw this.invalid(`${label} is empty`, `Pick a ${label.toLowerCase()} from the list or enter its ID.`, label);
		}
		if (!uuid.test(value)) {
			throw this.invalid(
				`${label} "${value}" is not a valid ID`,
				`A ${label.toLowerCase()} ID is a UUID such as 7f0b3c1e-52a4-4a8e-9d61-2c4f0e8b1a77. Pick it from the list, or copy it from the Chift platform.`,
				label,
			);
		}
		return value;
	}

	/**
	 * The API object for a group of fields: only the fields the user set (no empty strings or
	 * nulls), each checked, under its API name. Without `collection` the fields are top-level
	 * parameters.
	 */
	fields(fields: ChiftField[], collection?: IDataObject): IDataObject {
		const body: IDataObject = {};
		for (const field of fields) {
			const { name, displayName: label, type, required } = field.property;
			const raw = collection
				? collection[name]
				: type === 'resourceLocator'
					? this.locator(name)
					: this.raw(name, '');
			// A resource locator inside a collection comes as { __rl, mode, value }.
			const plain = raw && typeof raw === 'object' && '__rl' in raw ? (raw as IDataObject).value : raw;
			if (field.parse) {
				const parsed = field.parse(plain, this, label);
				if (parsed === undefined || parsed === '') {
					if (required) throw this.invalid(`${label} is empty`, `Enter a ${label}: Chift requires it.`, label);
					continue;
				}
				body[field.apiName] = parsed as IDataObject[keyof IDataObject];
				continue;
			}
			const value = (field.toText ?? textOf)(plain);
			if (!value) {
				if (required) throw this.invalid(`${label} is empty`, `Enter a ${label}: Chift requires it.`, label);
				continue;
			}
			const checked = field.check ? field.check(value) : { value };
			if ('problem' in checked) throw this.invalid(`${label} ${checked.problem}`, checked.fix, label);
			body[field.apiName] = checked.value;
		}
		return body;
	}

	/**
	 * A file of this input item (n8n binary data, as n8n's own nodes read it): its bytes, name and
	 * type. A missing property is an error that names the item, the property and the ones it has.
	 */
	async binaryFile(propertyName: string, label: string): Promise<{ data: Buffer; fileName?: string; mimeType: string }> {
		const binary = this.context.getInputData()[this.itemIndex]?.binary ?? {};
		const present = Object.keys(binary);
		if (!binary[propertyName]) {
			throw this.invalid(
				`Item ${this.itemIndex} has no binary property "${propertyName}"`,
				present.length
					? `Its binary properties are ${present.map((name) => `"${name}"`).join(', ')}: set ${label} to the one that holds the file.`
					: `It carries no file at all. Put a node that outputs the file before this one (Read/Write Files from Disk, HTTP Request with the response as a file, an email attachment...), or set ${label} to the binary property that holds it.`,
				label,
			);
		}
		this.context.helpers.assertBinaryData(this.itemIndex, propertyName);
		const data = await this.context.helpers.getBinaryDataBuffer(this.itemIndex, propertyName);
		return { data, fileName: binary[propertyName].fileName, mimeType: binary[propertyName].mimeType };
	}

	/** Fields that become required as soon as any field of their group is set. */
	requireTogether(group: string, body: IDataObject, fields: ChiftField[]) {
		if (!Object.keys(body).length) return;
		const missing = fields.filter((field) => body[field.apiName] === undefined);
		if (missing.length) {
			const labels = missing.map((field) => field.property.displayName).join(', ');
			throw this.invalid(
				`${group} is missing ${labels}`,
				`Chift needs ${fields.map((field) => field.property.displayName).join(', ')} in every ${group.toLowerCase()}: add ${labels}, or remove the ${group.toLowerCase()}.`,
				`${group} → ${missing[0].property.displayName}`,
			);
		}
	}
}

/** Parameter values as trimmed text; numbers from expressions count as text, objects do not. */
export function textOf(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	return '';
}

type FieldOptions = Partial<INodeProperties> & Pick<ChiftField, 'check' | 'toText' | 'parse' | 'in' | 'scope' | 'toolHint'>;

/** A parameter that maps to one API field; a string unless `extra.type` says otherwise. */
export function textField(name: string, displayName: string, apiName: string, extra: FieldOptions = {}): ChiftField {
	const { check, toText, parse, in: where, scope, toolHint, ...property } = extra;
	return {
		apiName,
		check,
		toText,
		parse,
		in: where,
		scope,
		toolHint,
		property: { displayName, name, type: 'string', default: '', ...property } as INodeProperties,
	};
}

/** The parameters of some fields, in the alphabetical order n8n lists collection options in. */
export const sortedProperties = (fields: ChiftField[]): INodeProperties[] =>
	fields.map((field) => field.property).sort((a, b) => a.displayName.localeCompare(b.displayName));
