/**
 * The record a webhook event names, and the route that reads it: an event `<api>.<resource>.<what>`
 * whose delivery carries the record's ID. Only routes of Chift's OpenAPI document are listed (a test
 * checks each one against it); an event without an entry here has nothing to fetch.
 */
export interface EventRecord {
	/** Events whose name starts with this. */
	prefix: string;
	/** The unified API as Chift names it in connections and integrations. */
	api: string;
	/** The delivery field that holds the record's ID. */
	idField: string;
	/** The read route below /consumers/{consumer_id}, the ID appended. */
	path: string;
	/** What the request does, for error messages. */
	action: string;
}

export const EVENT_RECORDS: EventRecord[] = [
	{ prefix: 'pos.order.', api: 'Point of Sale', idField: 'order_id', path: '/pos/orders/', action: 'Get the completed order' },
	{ prefix: 'commerce.order.', api: 'eCommerce', idField: 'order_id', path: '/commerce/orders/', action: 'Get the e-commerce order' },
	{ prefix: 'invoicing.invoice.', api: 'Invoicing', idField: 'invoice_id', path: '/invoicing/invoices/', action: 'Get the invoice' },
];

/** The record an event names, or undefined when it names none that can be read. */
export const recordOf = (event: string) => EVENT_RECORDS.find((record) => event.startsWith(record.prefix));

/**
 * The unified API an event belongs to, as Chift names it, or undefined for a platform event
 * (account.*: connections, flows, issues, data layer), which is registered without an integration.
 * `listed` is the event's `api` in GET /webhooks/list, when known.
 */
export function apiOfEvent(event: string, listed?: unknown): string | undefined {
	if (event.startsWith('account.')) return undefined;
	const api = typeof listed === 'string' ? listed.trim() : '';
	if (api && api !== 'Account') return api;
	return recordOf(event)?.api ?? (event.startsWith('pos.') ? 'Point of Sale' : undefined);
}
