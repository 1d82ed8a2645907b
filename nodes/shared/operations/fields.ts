import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { calendarDay, calendarMonth, chiftDay, chiftMoment, chiftMonth, moment } from './dates';
import type { ChiftField } from './parameters';
import { textField } from './parameters';

/** A resource locator: pick from a searchable list, or give the ID. */
export function locatorField(spec: {
	name: string;
	displayName: string;
	apiName: string;
	searchListMethod: string;
	description: string;
	required?: boolean;
	/** An example of the POS's IDs for this record (IDs differ by POS: each field shows its own). */
	idPlaceholder: string;
}): ChiftField {
	const property: INodeProperties = {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? false,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${spec.displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
			},
		],
	};
	return { property, apiName: spec.apiName };
}

/** A day, sent as YYYY-MM-DD. */
export const dayField = (name: string, displayName: string, apiName: string, required: boolean, description: string) =>
	textField(name, displayName, apiName, {
		type: 'dateTime',
		required,
		description,
		toText: chiftDay,
		check: calendarDay,
	});

/** A moment (updated after...), sent as UTC date-time text. */
export const momentField = (name: string, displayName: string, apiName: string, required: boolean, description: string) =>
	textField(name, displayName, apiName, { type: 'dateTime', required, description, toText: chiftMoment, check: moment });

/** A month, sent as YYYYMM (Chift's balance periods); a day or a date in it counts as the month. */
export const monthField = (name: string, displayName: string, apiName: string, required: boolean, description: string) =>
	textField(name, displayName, apiName, {
		required,
		placeholder: 'e.g. 2026-02',
		description,
		toText: chiftMonth,
		check: calendarMonth,
	});

/** date_from and date_to, both days included. */
export const dateRange = (required: boolean, what: string): ChiftField[] => [
	dayField('dateFrom', 'Date From', 'date_from', required, `First day of the ${what}, included`),
	dayField('dateTo', 'Date To', 'date_to', required, `Last day of the ${what}, included`),
];

type Extra = Parameters<typeof textField>[3];

/** A number (an amount, a quantity, a rate): sent as a JSON number; text from an expression is read as one. */
export const numberField = (name: string, displayName: string, apiName: string, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'number',
		default: 0,
		parse(value, item, label) {
			// Text of spaces only is empty too: Number(' ') would be 0.
			if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return undefined;
			const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
			if (!Number.isFinite(number)) throw item.invalid(`${label} "${String(value)}" is not a number`, `Enter a number such as 12.50 for ${label}.`, label);
			return number;
		},
		...extra,
	});

/** A yes/no value: sent as a JSON boolean. */
export const booleanField = (name: string, displayName: string, apiName: string, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'boolean',
		default: false,
		parse(value, item, label) {
			if (typeof value === 'boolean') return value;
			if (value === '' || value === null || value === undefined) return undefined;
			const text = String(value).trim().toLowerCase();
			if (text === 'true' || text === 'false') return text === 'true';
			throw item.invalid(`${label} "${String(value)}" is not true or false`, `Set ${label} to true or false.`, label);
		},
		...extra,
	});

/** One of Chift's values (an enum of the document): the list shows ours, the value is Chift's. */
export const optionsField = (
	name: string,
	displayName: string,
	apiName: string,
	options: Array<{ name: string; value: string; description?: string }>,
	extra: Extra = {},
): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'options',
		options,
		default: '',
		check: (value) =>
			options.some((option) => option.value === value)
				? { value }
				: { problem: `"${value}" is not one of ${options.map((option) => option.value).join(', ')}`, fix: `Pick one of the values of ${displayName}.` },
		...extra,
	});

/** What each line of a linesField needs. */
export interface LineRules {
	/** Keys every line must have (non-empty). */
	required: string[];
	/** Keys that must be numbers (numeric text is read as a number); `a.b` is key b of the object a line has under a. */
	numbers?: string[];
	/** Keys sent as text (account numbers, tax codes): a number from an expression, 700000, is sent as "700000". */
	texts?: string[];
	/** An example line for the hint, e.g. {"account_number": "700000", "credit": 100}. */
	example: string;
	/** Values for keys a line leaves out (a journal item without credit has credit 0). */
	defaults?: IDataObject;
	/** Keys whose value must be one of Chift's values (an enum of the document). */
	enums?: Record<string, string[]>;
	/** The fewest lines the API takes (a journal entry has at least 2). */
	min?: number;
	/** A rule across a line's keys, on the checked line: what is wrong with it, or undefined. */
	check?: (line: IDataObject) => string | undefined;
}

/** A line's amount as a number (numeric text is read as one); undefined when it is not one. */
function lineAmount(value: unknown): number | undefined {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.trim()) : NaN;
	return Number.isFinite(number) ? number : undefined;
}

/**
 * A list of lines (invoice lines, journal entry items), given as JSON or, the common case, by an
 * expression that maps an earlier node's items ({{ $json.lines }}, or built with .map()). Each line
 * is checked before sending: an object, with the required keys, numbers where amounts go.
 */
export const linesField = (name: string, displayName: string, apiName: string, rules: LineRules, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'json',
		default: '[]',
		typeOptions: { rows: 6 },
		toolHint: `a JSON list of objects, each with ${rules.required.filter((key) => !(key in (rules.defaults ?? {}))).join(', ')}, such as [${rules.example}]`,
		parse(value, item, label) {
			let lines: unknown = value;
			if (typeof value === 'string') {
				const text = value.trim();
				if (!text || text === '[]') return undefined;
				try {
					lines = JSON.parse(text);
				} catch {
					throw item.invalid(`${label} is not valid JSON`, `Give a JSON list of lines such as [${rules.example}], or an expression that returns one.`, label);
				}
			}
			if (lines === undefined || lines === null) return undefined;
			if (!Array.isArray(lines)) throw item.invalid(`${label} is not a list`, `Give a list of lines such as [${rules.example}].`, label);
			if (!lines.length) return undefined;
			if (rules.min && lines.length < rules.min) {
				throw item.invalid(`${label} has ${lines.length} line${lines.length > 1 ? 's' : ''}, Chift needs at least ${rules.min}`, `Give at least ${rules.min} lines such as ${rules.example}.`, label);
			}
			return lines.map((line: unknown, index) => {
				const where = `${label}, line ${index + 1}`;
				if (!line || typeof line !== 'object' || Array.isArray(line)) throw item.invalid(`${where} is not an object`, `Each line is an object such as ${rules.example}.`, label);
				const checked = { ...(line as IDataObject) };
				for (const [key, value] of Object.entries(rules.defaults ?? {})) {
					if (checked[key] === undefined || checked[key] === null || checked[key] === '') checked[key] = value;
				}
				const missing = rules.required.filter((key) => checked[key] === undefined || checked[key] === null || checked[key] === '');
				if (missing.length) throw item.invalid(`${where} has no ${missing.join(', ')}`, `Each line needs ${rules.required.join(', ')}, for example ${rules.example}.`, label);
				for (const [key, values] of Object.entries(rules.enums ?? {})) {
					if (checked[key] !== undefined && !values.includes(String(checked[key]))) {
						throw item.invalid(`${where}: ${key} "${String(checked[key])}" is not one of ${values.join(', ')}`, `Set ${key} to one of ${values.join(', ')}.`, label);
					}
				}
				for (const path of rules.numbers ?? []) {
					const [outer, inner] = path.split('.');
					let holder = checked;
					if (inner !== undefined) {
						const nested = checked[outer];
						if (!nested || typeof nested !== 'object' || Array.isArray(nested)) continue;
						// The nested object is the input item's: copied before its number is written.
						holder = checked[outer] = { ...(nested as IDataObject) };
					}
					const key = inner ?? outer;
					if (holder[key] === undefined || holder[key] === null) continue;
					const number = lineAmount(holder[key]);
					if (number === undefined) throw item.invalid(`${where}: ${path} "${String(holder[key])}" is not a number`, `Give ${path} as a number such as 100.00.`, label);
					holder[key] = number;
				}
				const problem = rules.check?.(checked);
				if (problem) throw item.invalid(`${where} ${problem}`, `For example ${rules.example}.`, label);
				for (const key of rules.texts ?? []) {
					if (typeof checked[key] === 'number') checked[key] = String(checked[key]);
				}
				return checked;
			});
		},
		...extra,
	});

/**
 * Several IDs (entries to match...): a list from an expression, a JSON list, or text separated by
 * commas; sent as a list of strings, with at least `min` of them when given.
 */
export const idListField = (name: string, displayName: string, apiName: string, min: number, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		parse(value, item, label) {
			let ids: unknown = value;
			if (typeof value === 'string') {
				const text = value.trim();
				if (text.startsWith('[')) {
					try {
						ids = JSON.parse(text);
					} catch {
						throw item.invalid(`${label} is not valid JSON`, 'Give the IDs separated by commas, or a JSON list such as ["E-1", "E-2"].', label);
					}
				} else ids = text.split(',').filter((id) => id.trim());
			}
			if (ids === undefined || ids === null) return undefined;
			if (!Array.isArray(ids)) ids = [ids];
			const list = (ids as unknown[]).map((id) => (typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '')).filter(Boolean);
			if (list.length !== (ids as unknown[]).length && list.length) {
				throw item.invalid(`${label} holds a value that is not an ID`, 'Give IDs as text or numbers, separated by commas or in a list.', label);
			}
			if (!list.length) return undefined;
			if (list.length < min) throw item.invalid(`${label} has ${list.length} ID, Chift needs at least ${min}`, `Give at least ${min} IDs separated by commas.`, label);
			return list;
		},
		...extra,
	});

/**
 * A file of the input item sent in the body as base64 text (Chift's PDFs: an invoice's, an
 * expense's, an attachment): the "Input Binary Field" parameter naming the item's binary property
 * (n8n's name and default for it), and the API names of the content and of the file name.
 */
export interface BinaryFileField {
	property: INodeProperties;
	/** API name of the base64 content. */
	content: string;
	/** API name of the file name, filled from the binary data's file name unless set otherwise. */
	fileName?: string;
	/** Only PDF files (checked by their first bytes, "%PDF-"). */
	pdf?: boolean;
}

export function binaryFileField(spec: { required: boolean; content: string; fileName?: string; pdf?: boolean; description: string; displayName?: string }): BinaryFileField {
	const property: INodeProperties = {
		displayName: spec.displayName ?? 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: spec.required,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field containing the file to be sent',
		description: spec.description,
	};
	// An optional file is off until named.
	if (!spec.required) property.default = '';
	return { content: spec.content, fileName: spec.fileName, pdf: spec.pdf, property };
}

/**
 * A list of short texts (account numbers, codes), sent as a JSON list of strings: typed separated
 * by commas ("601, 7"), or a list from an expression ({{ $json.accounts }}).
 */
export const textListField = (name: string, displayName: string, apiName: string, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		parse(value, item, label) {
			if (value === undefined || value === null || value === '') return undefined;
			const entries: unknown[] | undefined = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(',') : undefined;
			if (!entries) throw item.invalid(`${label} is not a list`, `Give ${label} separated by commas, or an expression that returns a list.`, label);
			const texts = entries.map((entry) => {
				if (typeof entry !== 'string' && typeof entry !== 'number') {
					throw item.invalid(`${label} holds ${JSON.stringify(entry)}, which is not a text`, `Give ${label} as texts or numbers, such as 601, 7.`, label);
				}
				return String(entry).trim();
			});
			const filled = texts.filter((text) => text !== '');
			return filled.length ? filled : undefined;
		},
		...extra,
	});

/**
 * A free-form JSON value Chift takes as is (a sync's configuration, a datastore row, a query):
 * JSON text or an object/list from an expression, checked to be an object (or a list) before sending.
 */
export const jsonField = (name: string, displayName: string, apiName: string, kind: 'object' | 'list', extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'json',
		default: kind === 'object' ? '{}' : '[]',
		parse(value, item, label) {
			let parsed: unknown = value;
			if (typeof value === 'string') {
				const text = value.trim();
				if (!text) return undefined;
				try {
					parsed = JSON.parse(text);
				} catch {
					throw item.invalid(`${label} is not valid JSON`, `Give ${kind === 'object' ? 'a JSON object such as {"key": "value"}' : 'a JSON list such as [{"key": "value"}]'}, or an expression that returns one.`, label);
				}
			}
			if (parsed === undefined || parsed === null) return undefined;
			const isList = Array.isArray(parsed);
			if ((kind === 'list') !== isList || typeof parsed !== 'object') {
				throw item.invalid(`${label} is not a JSON ${kind}`, `Give ${kind === 'object' ? 'an object, in { }' : 'a list, in [ ]'}.`, label);
			}
			return Object.keys(parsed).length || extra.required ? parsed : undefined;
		},
		...extra,
	});

/** Several of Chift's values (an enum list of the document), sent as a JSON list. */
export const multiOptionsField = (name: string, displayName: string, apiName: string, options: Array<{ name: string; value: string }>, extra: Extra = {}): ChiftField =>
	textField(name, displayName, apiName, {
		type: 'multiOptions',
		options,
		default: [],
		parse(value, item, label) {
			const list = Array.isArray(value) ? value : typeof value === 'string' && value.trim() ? value.split(',').map((entry) => entry.trim()) : [];
			const unknown = list.filter((entry) => !options.some((option) => option.value === entry));
			if (unknown.length) throw item.invalid(`${label} "${String(unknown[0])}" is not one of ${options.map((option) => option.value).join(', ')}`, `Pick the values of ${label} from its list.`, label);
			return list.length ? list : undefined;
		},
		...extra,
	});
