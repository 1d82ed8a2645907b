import type { IDataObject, INode } from 'n8n-workflow';

import type { ChiftRequest } from '../operations/types';
import { alreadyProcessedError } from './errors';
import { differencesFromSent } from './recovered';

/** Chift's idempotency key; it is unique per connection. */
export const IDEMPOTENCY_HEADER = 'x-chift-client-requestid';
/** Which of a consumer's connections (to its POS, its accounting...) a request is for. */
export const CONNECTION_HEADER = 'X-Chift-ConnectionId';

/** Chift's name of each unified API in a connection's `api`, by the path segment after the consumer. */
const CONNECTION_APIS: Record<string, string> = {
	pos: 'Point of Sale',
	accounting: 'Accounting',
	invoicing: 'Invoicing',
	commerce: 'eCommerce',
	pms: 'Property Management System',
	payment: 'Payment',
	banking: 'Banking',
};

/** The unified API of a consumer-relative path (/pos/orders → Point of Sale). */
export const connectionApiOf = (path: string) => CONNECTION_APIS[path.split('/').filter(Boolean)[0] ?? ''];

/** What recovering a processed request needs of the client. */
export interface RecoveryClient {
	node: INode;
	/** GET below /consumers/{consumer_id}: the transaction, the record. */
	read(consumerId: string, path: string, qs: IDataObject | undefined, headers: Record<string, string>, itemIndex?: number): Promise<IDataObject>;
	/** The consumer's one active connection to the API of this path. */
	activeConnectionOf(consumerId: string, api: string, itemIndex?: number): Promise<string>;
}

/**
 * What a write that Chift had already processed produced (an earlier attempt went through, its
 * answer was lost): transaction → created entity → GET, unless the transaction or the record show
 * it was another request, which is an error and never this request's result.
 */
export async function resultOfProcessedRequest(client: RecoveryClient, consumerId: string, request: ChiftRequest, itemIndex?: number, resent = false) {
	const key = request.headers?.[IDEMPOTENCY_HEADER] ?? '';
	const connectionId = request.headers?.[CONNECTION_HEADER] ?? (await client.activeConnectionOf(consumerId, connectionApiOf(request.path), itemIndex));
	const transaction = await client.read(consumerId, `/connections/${encodeURIComponent(connectionId)}/transactions`, { client_request_id: key }, {}, itemIndex);
	const status = Number(transaction.status_code);
	const entityId = transaction.created_entity_id;
	const needsEntity = (request.refetchPath ?? '').includes('{entity_id}');
	const sameRequest =
		(!transaction.method || String(transaction.method).toUpperCase() === request.method) && sameRoute(transaction.route, request.path);
	if (!sameRequest) {
		const otherRequest = `${String(transaction.method ?? '').toUpperCase()} ${String(transaction.route ?? '')}`.trim();
		throw alreadyProcessedError(client.node, { key, itemIndex, otherRequest });
	}
	if (!(status >= 200 && status < 300) || (needsEntity && (typeof entityId !== 'string' || !entityId))) {
		throw alreadyProcessedError(client.node, { key, itemIndex, status });
	}
	// A write Chift answers with no content (a payment, a PDF): no record to read back. It passes
	// for this request's result only when it surely was this request: this run's own earlier
	// attempt, or a route that names the record (the invoice a PDF went to). A key reused from
	// another run for a route every record shares (payments) might be someone else's: an error.
	if (!request.refetchPath) {
		if (!resent && !request.namesRecord) throw alreadyProcessedError(client.node, { key, itemIndex, unverifiable: true });
		return { ...request.noContent, already_processed: true };
	}
	const connection: Record<string, string> = request.headers?.[CONNECTION_HEADER] ? { [CONNECTION_HEADER]: connectionId } : {};
	const path = (request.refetchPath ?? '').replace('{entity_id}', encodeURIComponent(String(entityId ?? '')));
	const read = await client.read(consumerId, path, request.refetchQuery, connection, itemIndex);
	// A list sent as the body (a sync's mappings) has no record to compare with.
	const sent = Array.isArray(request.body) ? {} : (request.body ?? {});
	const record = request.refetchRecord ? request.refetchRecord(read, sent) : read;
	// The same key with other data (keys built from an external ID, reused for another intent):
	// Chift did not carry this request out, and the earlier record must not pass for its result.
	const differences = differencesFromSent(sent, record, request.recordLists);
	if (differences.length) {
		const resource = path.split('/').filter(Boolean)[1] ?? 'record';
		const kind = resource.replace(/s$/, '').replace(/-/g, ' ');
		const id = String(record.id ?? entityId ?? '');
		throw alreadyProcessedError(client.node, { key, itemIndex, otherRecord: { kind, id, differences } });
	}
	return record;
}

/**
 * Whether a transaction's route can be the request's path (`/<api>/<resource>[/<record>]`). Chift
 * documents the field but not its format (full path, relative, a template such as {order_id}), so
 * only a route that names another resource of the API, or another record of it (any segment after
 * the resource: the invoice of /invoices/pdf/{invoice_id}), is refused: a key
 * reused for another order must not return that order as this request's result.
 */
function sameRoute(route: unknown, path: string): boolean {
	if (typeof route !== 'string' || !route.trim()) return true;
	const segments = (text: string) =>
		text
			.split('?')[0]
			.split('/')
			.filter(Boolean)
			.map((segment) => {
				try {
					return decodeURIComponent(segment).toLowerCase();
				} catch {
					return segment.toLowerCase();
				}
			});
	const placeholder = (segment: string | undefined) => segment === undefined || /^[{<:*]/.test(segment);
	const singular = (name: string) => name.replace(/s$/, '');
	const [api, resource, ...rest] = segments(path);
	const theirs = segments(route);
	const theirApi = theirs.lastIndexOf(api ?? '');
	if (!resource || theirApi < 0 || placeholder(theirs[theirApi + 1])) return true;
	if (singular(theirs[theirApi + 1]) !== singular(resource)) return false;
	// Every segment after the resource (the record, or the invoice of /invoices/pdf/{invoice_id}).
	return rest.every((segment, index) => placeholder(theirs[theirApi + 2 + index]) || theirs[theirApi + 2 + index] === segment);
}
