import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { BinaryFileField } from './fields';
import { fileValues } from './files';
import type { ChiftField, ItemParameters } from './parameters';
import { sortedProperties } from './parameters';
import { describeForTool } from './tool';
import type { ChiftOption, ChiftOperation, ChiftRequest } from './types';

/** A collection parameter ("Additional Fields", "Address", "Filters") and where its fields go. */
export interface FieldGroup {
	name: string;
	displayName: string;
	placeholder?: string;
	description?: string;
	fields: ChiftField[];
	/** Send the group as one nested object under this API name instead of top-level fields. */
	nestAs?: string;
	/** With nestAs: the API wants a list of such objects (addresses: [...]); one entry, or [] when empty. */
	asList?: boolean;
	/** Fields the API requires in the group as soon as any of its fields is set. */
	requiredTogether?: ChiftField[];
	/** With nestAs: the list of the returned record that holds the object sent (address → addresses). */
	recordList?: string;
	/** With nestAs: Chift requires the object (an order's customer and addresses): an empty group is refused before sending. */
	required?: boolean;
}

/** The "Filters" collection of a read: optional query parameters. */
export const filters = (...fields: ChiftField[]): FieldGroup => ({
	name: 'filters',
	displayName: 'Filters',
	placeholder: 'Add Filter',
	fields,
});

/** The "Additional Fields" collection of a write: optional body (or query) fields. */
export const additionalFields = (...fields: ChiftField[]): FieldGroup => ({
	name: 'additionalFields',
	displayName: 'Additional Fields',
	placeholder: 'Add Field',
	fields,
});

export interface OperationSpec {
	resource: string;
	operation: string;
	name: string;
	action: string;
	description: string;
	method: ChiftRequest['method'];
	/** Path after /consumers/{consumer_id} (or the API root, see consumer); {api_name} placeholders take the field of that API name. */
	path: string;
	/**
	 * false: a route of the account that starts at the API root (the platform's /webhooks, /syncs),
	 * which takes no Consumer (the node then shows the Consumer only for the operations that need one).
	 * Default true: below /consumers/{consumer_id}, whose consumer is the Consumer field.
	 */
	consumer?: boolean;
	/** Top-level parameters. */
	fields?: ChiftField[];
	/** Collections of optional parameters. */
	groups?: FieldGroup[];
	/** For writes: where the result of an already processed attempt is read ({entity_id}). */
	refetchPath?: string;
	/**
	 * A list: adds Return All and Limit, and outputs one item per record. true: Chift's pages
	 * ({items, total}); 'whole': Chift answers the whole list as a plain array, cut to the limit.
	 */
	list?: boolean | 'whole';
	/**
	 * Another route of the same operation, chosen by a boolean parameter (Chift's "multiple
	 * analytic plans" variants of accounting routes): its name, label and description, and the path
	 * (and refetch path) used when it is on. Its fields (a path parameter only that route has, such
	 * as the analytic plan) are shown and read only when it is on.
	 */
	variant?: { name: string; displayName: string; description: string; path: string; refetchPath?: string; fields?: ChiftField[] };
	/**
	 * A POST that only reads (Chift takes the filters of an account balance query in a body): no
	 * idempotency key (give it readOptions), and its failures never count as a change that may
	 * have been carried out.
	 */
	readOnly?: boolean;
	/**
	 * With refetchPath: the part of the record read back that is the write's answer, given the body
	 * sent (setting a variant's stock answers the stock of one location, a part of the variant).
	 */
	refetchRecord?: (record: IDataObject, body: IDataObject) => IDataObject;
	/** Checks across fields before sending (lines that must balance); throws item.invalid(). */
	check?: (values: IDataObject, item: ItemParameters) => void;
	/**
	 * For reads of large records: the fields people use most. Adds Simplify (on by default when the
	 * node is an AI agent's tool, where every byte goes to the model; off otherwise, as saved
	 * workflows had the whole records).
	 */
	simplify?: string[];
	options: ChiftOption[];
	/** A file of the input item (n8n binary data) sent in the body as base64 (an invoice's PDF). */
	file?: BinaryFileField;
	/**
	 * The body Chift wants, from the checked values, where it differs from one field per API name
	 * (a payment's invoice and amount go into its `items` list; totals added up from the lines).
	 */
	shape?: (values: IDataObject) => IDataObject;
	/** Chift takes this field's value (a list: a sync's mappings, datastore rows) as the whole body. */
	bodyIs?: string;
	/**
	 * For writes Chift answers with no content (204): the item to output instead, from the values
	 * sent (what was done, without a file's content). Also what an already processed attempt with
	 * the same idempotency key returns, as there is no record to read back.
	 */
	noContent?: (values: IDataObject, item: ItemParameters) => IDataObject;
	/**
	 * Records that carry a file as base64 text (attachments): adds Output as Binary (on by default)
	 * and the output binary field; on, each record's file becomes n8n binary data of its item.
	 */
	binaryOutput?: { content: string; fileName: (record: IDataObject) => string };
}

const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

const binaryOutputProperties: INodeProperties[] = [
	{
		displayName: 'Output as Binary',
		name: 'binaryOutput',
		type: 'boolean',
		default: true,
		description: 'Whether to output each file as n8n binary data (to save, email or upload it) instead of base64 text in the JSON',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyOutput',
		type: 'string',
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { binaryOutput: [true] } },
	},
];

/** Simplify, twice: on by default for the tool (`@tool`), off for the node, whose workflows had whole records. */
function simplifyProperties(fields: string[]): INodeProperties[] {
	const description = `Whether to return only the main fields (${fields.join(', ')}) instead of the whole record`;
	return [
		{ displayName: 'Simplify', name: 'simplify', type: 'boolean', default: true, description, displayOptions: { show: { '@tool': [true] } } },
		{ displayName: 'Simplify', name: 'simplify', type: 'boolean', default: false, description, displayOptions: { show: { '@tool': [false] } } },
	];
}

/**
 * An operation from its declaration: the parameters shown to the user, and the request built
 * from one item (fields checked, empty ones left out, path placeholders filled, the rest in the
 * query of a GET or the body of a write).
 */
export function defineOperation(spec: OperationSpec): ChiftOperation {
	const fields = spec.fields ?? [];
	const groups = spec.groups ?? [];
	const variant = spec.variant;
	const properties: INodeProperties[] = [
		...(variant
			? [
					{ displayName: variant.displayName, name: variant.name, type: 'boolean' as const, default: false, description: variant.description },
					...(variant.fields ?? []).map((field) => ({ ...field.property, displayOptions: { show: { [variant.name]: [true] } } })),
				]
			: []),
		...fields.map((field) => field.property),
		...(spec.file ? [spec.file.property] : []),
		...(spec.list ? returnAllAndLimit : []),
		...(spec.simplify ? simplifyProperties(spec.simplify) : []),
		...(spec.binaryOutput ? binaryOutputProperties : []),
		...groups.map(
			(group): INodeProperties => ({
				displayName: group.displayName,
				name: group.name,
				type: 'collection',
				placeholder: group.placeholder ?? 'Add Field',
				default: {},
				description: group.description,
				options: sortedProperties(group.fields),
			}),
		),
	];

	// What depends on the declaration only, made once for every item.
	const allFields = [...fields, ...groups.flatMap((group) => group.fields)];
	// Writes send their fields in the body, except those Chift reads from the query (folder_id).
	const inQuery = new Set(
		[...fields, ...groups.flatMap((group) => (group.nestAs ? [] : group.fields))]
			.filter((field) => field.in === 'query' || (field.in === undefined && spec.method === 'GET'))
			.map((field) => field.apiName),
	);
	const scopeFields = fields.filter((field) => field.scope);

	return {
		resource: spec.resource,
		operation: spec.operation,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		properties,
		options: spec.options,
		consumer: spec.consumer ?? true,
		endpoint: { method: spec.method, path: spec.path },
		endpoints: [{ method: spec.method, path: spec.path }, ...(variant ? [{ method: spec.method, path: variant.path }] : [])],
		toolDescription: describeForTool({ ...spec, fields, groups }),
		async prepare(item) {
			const useVariant = variant !== undefined && item.raw(variant.name, false) === true;
			let values = item.fields(useVariant ? [...fields, ...(variant.fields ?? [])] : fields);
			for (const group of groups) {
				const groupValues = item.fields(group.fields, item.collection(group.name));
				if (group.requiredTogether) item.requireTogether(group.displayName, groupValues, group.requiredTogether);
				const filled = Object.keys(groupValues).length > 0;
				if (group.required && !filled) {
					const needed = (group.requiredTogether ?? group.fields).map((field) => field.property.displayName).join(', ');
					throw item.invalid(`${group.displayName} is empty`, `Chift requires ${group.displayName}: add ${needed}.`, group.displayName);
				}
				if (!group.nestAs) Object.assign(values, groupValues);
				else if (group.asList) values[group.nestAs] = filled ? [groupValues] : [];
				else if (filled) values[group.nestAs] = groupValues;
			}
			checkDateRange(item, values, allFields);
			spec.check?.(values, item);
			if (spec.file) Object.assign(values, await fileValues(item, spec.file, values));
			if (spec.shape) values = spec.shape(values);
			const noContent = spec.noContent?.(values, item);

			const pathValues: IDataObject = {};
			const path = (useVariant ? variant.path : spec.path).replace(/\{(\w+)\}/g, (_, apiName: string) => {
				pathValues[apiName] = values[apiName];
				delete values[apiName];
				return encodeURIComponent(String(pathValues[apiName]));
			});
			// The refetch path may name the same path values (the order being updated); {entity_id}
			// stays for what Chift's transaction says was created.
			const refetchPath = (useVariant ? variant.refetchPath : spec.refetchPath)?.replace(/\{(\w+)\}/g, (placeholder, apiName: string) =>
				apiName in pathValues ? encodeURIComponent(String(pathValues[apiName])) : placeholder,
			);
			const request: ChiftRequest = { method: spec.method, path, action: spec.action, refetchPath };
			if (noContent) request.noContent = noContent;
			if (Object.keys(pathValues).length) request.namesRecord = true;
			if (spec.readOnly) request.readOnly = true;
			const lists = groups.filter((group) => group.nestAs && group.recordList && group.nestAs in values);
			if (refetchPath && lists.length) {
				request.recordLists = Object.fromEntries(lists.map((group) => [group.nestAs, group.recordList]));
			}
			const qs = Object.fromEntries(Object.entries(values).filter(([apiName]) => inQuery.has(apiName)));
			const body = Object.fromEntries(Object.entries(values).filter(([apiName]) => !inQuery.has(apiName)));
			if (Object.keys(qs).length) request.qs = qs;
			if (spec.method !== 'GET') request.body = spec.bodyIs ? (body[spec.bodyIs] as IDataObject[]) : body;
			const scope = scopeFields.filter((field) => values[field.apiName] !== undefined);
			if (refetchPath && scope.length) request.refetchQuery = Object.fromEntries(scope.map((field) => [field.apiName, values[field.apiName]]));
			if (refetchPath && spec.refetchRecord) request.refetchRecord = spec.refetchRecord;
			if (spec.list) {
				const returnAll = item.raw('returnAll', false) === true;
				const limit = Number(item.raw('limit', 50));
				if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
					throw item.invalid(`Limit ${String(limit)} is not a positive whole number`, 'Set Limit to 1 or more, or turn on Return All.');
				}
				request.paginate = { returnAll, limit };
				if (spec.list === 'whole') request.wholeList = true;
			}
			if (spec.simplify && item.raw('simplify', false) === true) request.simplify = spec.simplify;
			if (spec.binaryOutput && item.raw('binaryOutput', true) === true) {
				const property = String(item.raw('binaryPropertyOutput', 'data')).trim();
				if (!property) throw item.invalid('Put Output File in Field is empty', 'Enter the name of the binary field to put each file in, usually "data".', 'Put Output File in Field');
				request.binaryOutput = { ...spec.binaryOutput, property };
			}
			return request;
		},
	};
}

/** A range given as date_from/date_to must not end before it starts. */
function checkDateRange(item: ItemParameters, values: IDataObject, fields: ChiftField[]) {
	const from = values.date_from;
	const to = values.date_to;
	if (typeof from !== 'string' || typeof to !== 'string' || from <= to) return;
	const label = (apiName: string) => fields.find((field) => field.apiName === apiName)?.property.displayName ?? apiName;
	throw item.invalid(
		`${label('date_from')} (${from}) is after ${label('date_to')} (${to})`,
		`The range includes both days and must not end before it starts: swap the two dates.`,
	);
}
