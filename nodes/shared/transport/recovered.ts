import type { IDataObject } from 'n8n-workflow';

/**
 * How the record an earlier request with the same idempotency key produced differs from what this
 * request sent, as "field: sent …, the record has …" lines (none: it can be this request's result).
 *
 * Only what the record shows is compared: a field it leaves null or out, or an empty list, is
 * not a difference, since many POS keep or return only some fields (Chift's docs show a customer
 * created with an address coming back with `addresses: []`), and a false alarm would turn an
 * exactly-once recovery into an error. Text is compared without case, spaces and - . ( ) /, so
 * that a POS that formats a phone number or capitalises a name does not count as another request.
 */
export function differencesFromSent(sent: IDataObject, record: IDataObject, lists: Record<string, string> = {}): string[] {
	const differences: string[] = [];
	for (const [field, value] of Object.entries(sent)) {
		if (value === undefined) continue;
		if (Array.isArray(value) || (isObject(value) && lists[field])) {
			// A list sent (addresses, lines), or one entry of the record's list of that name (an
			// address): each entry must be found in the record's list, when the record shows one.
			const entries = record[lists[field] ?? field];
			if (!Array.isArray(entries) || !entries.length) continue;
			const missing = (Array.isArray(value) ? value : [value]).filter(
				(sentEntry) => isObject(sentEntry) && !entries.some((entry) => isObject(entry) && !objectDifferences(sentEntry, entry).length),
			);
			if (missing.length) differences.push(`${field}: sent ${quote(missing[0])}, the record's ${lists[field] ?? field} have no such entry`);
			continue;
		}
		if (isObject(value)) {
			const found = record[field];
			if (isObject(found)) differences.push(...objectDifferences(value, found, `${field}.`));
			continue;
		}
		const found = record[field];
		if (found === undefined || found === null) continue;
		if (normal(found) !== normal(value)) differences.push(`${field}: sent ${quote(value)}, the record has ${quote(found)}`);
	}
	return differences;
}

function objectDifferences(sent: IDataObject, found: IDataObject, prefix = ''): string[] {
	return Object.entries(sent)
		.filter(([field, value]) => value !== undefined && found[field] !== undefined && found[field] !== null)
		.filter(([field, value]) => normal(found[field]) !== normal(value))
		.map(([field, value]) => `${prefix}${field}: sent ${quote(value)}, the record has ${quote(found[field])}`);
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const normal = (value: unknown) =>
	typeof value === 'string' ? value.normalize('NFKC').toLowerCase().replace(/[\s\-.()/]+/g, '') : JSON.stringify(value);

/** A value for a message, bounded: the record is the user's own data, but a message is no place for a page of it. */
function quote(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
