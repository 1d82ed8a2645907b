import type { IDataObject, IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset',
	ECONNABORTED: 'the request timed out',
	ETIMEDOUT: 'the request timed out',
	ESOCKETTIMEDOUT: 'the request timed out',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be resolved',
	EPIPE: 'the connection was closed',
};

/**
 * A connection that failed before Chift answered. The code stays out of the message: n8n would
 * replace any message that contains one with its own generic text.
 */
export function networkFailure(node: INode, code: string | undefined, baseUrl: string, itemIndex?: number) {
	const reason = (code && NETWORK_FAILURES[code]) ?? 'the connection failed';
	const error = new NodeApiError(node, { message: reason } as JsonObject, {
		message: `Could not reach Chift at ${baseUrl}: ${reason}`,
		description: `Network error${code ? ` ${code}` : ''} before Chift answered. ${
			code === 'ECONNREFUSED' || code === 'ENOTFOUND'
				? 'Nothing answers at this address: check the Base URL of the Chift API credential.'
				: 'Chift or the network between this n8n and Chift failed (the node already sent it again as often as Options → Retries allows). Try again later; if it persists, check the network.'
		}`,
		itemIndex,
	});
	// A refused connection or unknown host never reached Chift; a reset or timeout may have.
	if (code !== 'ECONNREFUSED' && code !== 'ENOTFOUND') error.context[OUTCOME_UNKNOWN] = true;
	return error;
}

interface ChiftErrorBody {
	message?: string;
	error_code?: string;
	detail?: unknown;
}

/**
 * What the user calls the system behind a route, for the hints: Chift's unified APIs sit below
 * /consumers/{id}/<api>/. Anything else (the platform's own routes) is Chift's.
 */
const SYSTEMS: Record<string, string> = {
	pos: 'POS',
	accounting: 'accounting system',
	invoicing: 'invoicing system',
	commerce: 'e-commerce platform',
	pms: 'PMS',
	payment: 'payment system',
	banking: 'bank connection',
};
export function systemOf(path: string | undefined): string {
	const api = /^\/consumers\/[^/]+\/([^/?]+)/.exec(path ?? '')?.[1];
	return (api && SYSTEMS[api]) ?? 'connected system';
}

/** Hints by status; {system} is what the route's API connects (the POS, the accounting system...). */
const STATUS_HINTS: Record<number, string> = {
	400: 'Chift or the {system} could not carry out the request. Check the connection of this consumer in the Chift platform.',
	401: 'Chift refused the token. A pasted access token lasts 30 minutes: paste a new one, or use an API key, which the credential renews by itself. With an API key the token was already renewed once: check that the key, its environment (sandbox or production) and the Base URL belong to the account of this consumer.',
	403: 'This API key may not access this consumer. Check the key restrictions in the Chift platform.',
	404: 'Nothing with this ID exists for this consumer. Check the consumer and the ID.',
	405: "Chift cannot do this with this {system}. Check which operations the connector supports in Chift's documentation, use another operation, or, if the consumer has several {system} connections, pick another one in Options → Connection.",
	409: 'Chift has already received a request with this idempotency key.',
	422: 'Chift rejected the data sent. Correct the fields listed above.',
	429: 'Too many requests. Lower the number of items sent at once, or try again later.',
	500: 'Chift had an internal error. Try again later.',
	502: 'The {system} behind this consumer failed or refused Chift. Try again later, or check the connection in the Chift platform.',
	503: 'Chift is unavailable. Try again later.',
	504: 'The {system} behind this consumer did not answer in time. Try again later.',
};

/** Hints for error codes whose meaning differs from their status's. */
const CODE_HINTS: Record<string, string> = {
	ERROR_CONNECTOR_AUTHENTICATION:
		"The {system} refused Chift's login for this consumer (its own credentials). Ask the consumer to reconnect the {system} in the Chift platform.",
	ERROR_NO_ACTIVE_CONNECTION: 'This consumer has no active {system} connection. Connect one to it in the Chift platform.',
	ERROR_CONFIGURATION_CONNECTION:
		'This consumer has several {system} connections: pick the one to use in Options → Connection.',
	ERROR_DATALAYER_SYNC_PENDING:
		"Chift's data layer has not been synchronised yet for this connection: read the {system} itself (Options → Data Source → Live) or choose Data Layer if Available.",
};

/** A 422's detail entries as "field: reason" lines. */
function validationIssues(detail: unknown): string[] {
	if (!Array.isArray(detail)) return [];
	return detail.map((entry: IDataObject) => {
		const location = Array.isArray(entry.loc)
			? entry.loc.filter((part) => part !== 'body').join('.')
			: String(entry.loc ?? '');
		return `${location || 'request'}: ${String(entry.msg ?? entry.type ?? 'invalid')}`;
	});
}

/**
 * The error a user sees for an answer of Chift with status >= 400: Chift's message as the message;
 * the field details, the error code and what to do as the description; the item it belongs to.
 * Built from the response only, never from the request, which carries the bearer token.
 */
export function chiftError(
	node: INode,
	response: IN8nHttpFullResponse,
	context: { itemIndex?: number; action?: string; path?: string },
): NodeApiError {
	const status = response.statusCode;
	const system = systemOf(context.path);
	const body: ChiftErrorBody =
		response.body && typeof response.body === 'object' ? (response.body as ChiftErrorBody) : {};
	const text = typeof response.body === 'string' ? response.body.trim() : '';
	const chiftMessage =
		typeof body.message === 'string' && body.message
			? body.message
			: text && text.length < 300
				? text
				: `Chift answered with HTTP ${status}`;
	const issues = validationIssues(body.detail);
	const lines = [
		...issues,
		typeof body.detail === 'string' && body.detail ? body.detail : '',
		body.error_code ? `Chift error code: ${body.error_code}.` : '',
		((body.error_code && CODE_HINTS[body.error_code]) ?? STATUS_HINTS[status] ?? '').replace(/{system}/g, system),
	].filter(Boolean);

	const errorBody: JsonObject = {
		message: chiftMessage,
		httpCode: String(status),
		...(body.error_code ? { errorCode: body.error_code } : {}),
		...(issues.length ? { issues } : {}),
	};
	let message = chiftMessage;
	if (issues.length && chiftMessage === 'Validation error') {
		message = `Chift rejected the request: ${issues.join('; ')}`;
	} else if (status === 405) {
		// "The resource POST - customers is not supported by Zelty": name the POS and the operation.
		const connector = /not supported by (.+?)\.?$/.exec(chiftMessage)?.[1] ?? `The ${system} of this consumer`;
		message = `${connector} does not support "${context.action ?? 'this operation'}" through Chift`;
		lines.unshift(`Chift: ${chiftMessage}.`);
	}
	const error = new NodeApiError(node, errorBody, {
		message,
		description: lines.join('\n'),
		httpCode: String(status),
		itemIndex: context.itemIndex,
	});
	if (status >= 500 || body.error_code === 'REQUEST_IN_PROCESS') error.context[OUTCOME_UNKNOWN] = true;
	return error;
}

/** The client's deadline (TransportSettings.deadlineMs) ran out before Chift's answer. */
export function outOfTimeError(node: INode, deadlineMs: number, call: { action?: string; itemIndex?: number; method: string; readOnly?: boolean }) {
	const seconds = Math.round(deadlineMs / 100) / 10;
	const error = new NodeApiError(node, { message: 'Out of time' } as JsonObject, {
		message: `Chift did not answer ${call.action ? `"${call.action}"` : 'the request'} within ${seconds} s, the time allowed for it`,
		description: 'Chift, the system behind it or the token exchange was slow. The node does not wait longer here because the answer is needed at once (Chift waits for the trigger).',
		itemIndex: call.itemIndex,
	});
	if (changesData(call)) error.context[OUTCOME_UNKNOWN] = true;
	return error;
}

/** The start of a body for a message: enough to recognise a proxy's page, never a page of it. */
function startOf(body: unknown): string {
	const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

const isJsonObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Why a 2xx answer is not one of Chift's (undefined when it is). Chift answers JSON: an object
 * or, for the few plain lists, an array; an empty body only with 204 or to a DELETE. A body with
 * `status: "error"` is an error whatever the status code, as Chift's own SDKs read it. Anything
 * else (a proxy's or captive portal's HTML page, a text) would pass for an empty or wrong result.
 */
export function unexpectedAnswer(
	node: INode,
	response: IN8nHttpFullResponse,
	context: { itemIndex?: number; action?: string; method: string; readOnly?: boolean; expectList?: boolean; path?: string },
): NodeApiError | undefined {
	const { body, statusCode } = response;
	const empty = body === undefined || body === null || body === '';
	if (empty && (statusCode === 204 || context.method === 'DELETE')) return undefined;
	if (isJsonObject(body) && body.status === 'error' && (typeof body.message === 'string' || typeof body.error_code === 'string')) {
		return chiftError(node, response, context);
	}
	const what = context.action ? `"${context.action}"` : 'the request';
	const header = response.headers?.['content-type'];
	const contentType = String((Array.isArray(header) ? header[0] : header) ?? 'none').split(';')[0];
	let problem: string | undefined;
	if (typeof body === 'string' || empty) {
		problem = `Chift answered ${what} with HTTP ${statusCode} but not with JSON (content type ${contentType})${empty ? ', an empty body' : `: ${startOf(body)}`}`;
	} else if (typeof body !== 'object') {
		problem = `Chift answered ${what} with HTTP ${statusCode} and a bare JSON value (${startOf(body)}) instead of an object`;
	} else if (context.expectList && !(isJsonObject(body) && Array.isArray(body.items))) {
		problem = `Chift answered ${what} with HTTP ${statusCode} but not with a page of records (no "items" list): ${startOf(body)}`;
	}
	if (!problem) return undefined;
	const error = new NodeApiError(node, { message: problem, httpCode: String(statusCode) } as JsonObject, {
		message: problem,
		description:
			'This is not an answer of Chift\'s API. The Base URL of the Chift API credential may point at a web page, a proxy or another service (the default is https://api.chift.eu); check it, then try again.',
		httpCode: String(statusCode),
		itemIndex: context.itemIndex,
	});
	// A write that got an answer nobody can read may have been carried out all the same.
	if (changesData(context)) error.context[OUTCOME_UNKNOWN] = true;
	return error;
}

/** Whether a request changes data: every method but GET, except a POST that only reads (Chift's balance query). */
export const changesData = (request: { method: string; readOnly?: boolean }): boolean => request.method !== 'GET' && request.readOnly !== true;

/** Set on errors after which a write may still have been carried out (the POS did not answer). */
const OUTCOME_UNKNOWN = 'chiftOutcomeUnknown';

/** Whether a failed write may have happened all the same: a network error, a 5xx, a request in process. */
export function outcomeUnknown(error: unknown): boolean {
	return error instanceof NodeApiError && error.context[OUTCOME_UNKNOWN] === true;
}

/**
 * Chift says an earlier request with this idempotency key was processed, and what it produced
 * cannot be given back (it failed, or the consumer's POS connection is ambiguous).
 */
export function alreadyProcessedError(
	node: INode,
	found: {
		key: string;
		itemIndex?: number;
		/** How the earlier request with this key ended. */
		status?: number;
		/** The earlier request, when it was not this one (method and route). */
		otherRequest?: string;
		/** Active POS connections, when the transaction could not be looked up for want of one. */
		activeConnections?: number;
		/** The record the earlier request produced, when it is not what this request sent. */
		otherRecord?: { kind: string; id: string; differences: string[] };
		/** Nothing shows what the earlier request carried (a write answered with no record, on a route every record shares). */
		unverifiable?: boolean;
	},
): NodeApiError {
	const { key, itemIndex, status, otherRequest, activeConnections, otherRecord, unverifiable } = found;
	let message = `Chift already processed a request with idempotency key "${key}" and it ended with status ${status ?? 'unknown'}`;
	let description = 'Chift carries out each idempotency key once. To send this request again, use another Idempotency Key (Options).';
	if (activeConnections !== undefined) {
		message = 'Chift already processed this request, and the node cannot look up its result';
		description = `Looking up the result needs the consumer's connection to this API, and it has ${activeConnections} active ones: pick it in Options → Connection.`;
	} else if (otherRecord) {
		message = `Idempotency key "${key}" was already used for another request: it produced ${otherRecord.kind} ${otherRecord.id}, which is not what this item sent`;
		description = [
			...otherRecord.differences.slice(0, 5),
			'Chift carries out each idempotency key once per connection, so this request was not carried out (the earlier one was). Use a key that is unique per intent in Options → Idempotency Key: for example the external ID of the record and the operation, such as "ext-42-create-customer" or "order-17-attach-customer-ext-42".',
		].join('\n');
	} else if (unverifiable) {
		message = `Chift already carried out a request with idempotency key "${key}", and nothing shows it was this one`;
		description =
			'Chift answers this kind of write with no record, and its transaction names the same route for every record of the kind, so the node cannot tell what the earlier request carried. If this item repeats a request that went through (the workflow run again), it is done and nothing more is needed. Otherwise use a key unique per intent (Options → Idempotency Key), such as the bank line\'s ID and the invoice.';
	} else if (otherRequest) {
		message = `Idempotency key "${key}" was already used for another request (${otherRequest})`;
		description = 'Chift carries out each idempotency key once per connection, so this request was not carried out. Use a key that is unique per request (Options → Idempotency Key).';
	}
	return new NodeApiError(node, { message: 'Request already processed', errorCode: 'REQUEST_ALREADY_PROCESSED' } as JsonObject, {
		message,
		description,
		httpCode: '409',
		itemIndex,
	});
}
