import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { ChiftApi, currentSessionToken, forgetRejectedToken, normalizeBaseUrl } from '../../../credentials/ChiftApi.credentials';
import { backoff, MAX_RETRY_DELAY_MS, RETRY_NETWORK_CODES, RETRY_STATUSES, retryAfter } from '../../shared/transport/retry';
import type { ChiftPosRequest } from '../shared/types';
import { alreadyProcessedError, chiftError, networkFailure, outOfTimeError, unexpectedAnswer } from './errors';
import { differencesFromSent } from './recovered';
import { Slots } from './Slots';

export const CREDENTIAL_TYPE = 'chiftApi';
/** Chift's idempotency key; it is unique per connection. */
export const IDEMPOTENCY_HEADER = 'x-chift-client-requestid';
/** Which of a consumer's POS connections a request is for. */
export const CONNECTION_HEADER = 'X-Chift-ConnectionId';

/** The largest page Chift serves to every account. */
const PAGE_SIZE = 100;
/** Without a total, the most pages one list may take (100,000 records): a bound for a server that never ends. */
const MAX_PAGES_WITHOUT_TOTAL = 1000;
const REQUEST_TIMEOUT_MS = 120_000;
/**
 * How long after the first REQUEST_IN_PROCESS the node keeps asking again with the same key (the
 * last ask may start just before and take up to one attempt's timeout). Not counted as retries:
 * Chift itself retries a rate-limited POS for up to 31 s, and giving up early would leave a write
 * that happens later unreported.
 */
const IN_PROCESS_WAIT_MS = 90_000;
const IN_PROCESS_POLL_MAX_MS = 5_000;

export interface TransportSettings {
	/** Requests in flight at once, whatever sends them. */
	concurrency: number;
	/** How often a request that failed for a passing reason is sent again (0: never). */
	retries: number;
	/** How long one attempt may take; default REQUEST_TIMEOUT_MS. */
	timeoutMs?: number;
	/** The longest wait before a retry, Retry-After included; default MAX_RETRY_DELAY_MS. */
	maxRetryDelayMs?: number;
	/**
	 * The time everything this client does must end in, counted from its creation: attempts, waits
	 * before retries and the token exchange included (the trigger fetching an order while Chift
	 * waits for the delivery's answer). None by default.
	 */
	deadlineMs?: number;
}

export const DEFAULT_SETTINGS: TransportSettings = { concurrency: 10, retries: 3 };

type ChiftContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

export interface ChiftCall {
	method: IHttpRequestMethods;
	/** Path from the API root, e.g. /consumers. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	headers?: Record<string, string>;
	/** The input item the call is made for, so that its error names it. */
	itemIndex?: number;
	/** What the call does, in the user's words ("Create a customer"), for error messages. */
	action?: string;
	/** Statuses that are an acceptable answer here (e.g. 404 when deleting). */
	ignoreStatuses?: number[];
	/** What an earlier attempt with the same idempotency key produced, when Chift says it was done. */
	alreadyProcessed?: () => Promise<unknown>;
	/** The answer must be a page of records ({items: [...]}). */
	expectList?: boolean;
}

interface ChiftPage {
	items?: IDataObject[];
	total?: number;
	raw_data?: unknown;
}

type Attempt = { response: IN8nHttpFullResponse } | { networkCode: string };

const OUT_OF_TIME = Symbol('out of time');

/**
 * The one place where the node talks HTTP: base URL, authentication, Chift's headers, bounded
 * concurrency, retries, token renewal, idempotent recovery, paging and error mapping.
 *
 * Authentication goes through n8n's httpRequestWithAuthentication with the credential decrypted
 * once per execution: n8n fills the token in (preAuthentication) and persists it, and every
 * request of the execution reads the same object. Responses come back whatever their status, so
 * that errors and retries can use Chift's body and headers; a 401 renews the token here, once for
 * all the requests that hit it together.
 */
export class ChiftClient {
	private renewal: Promise<unknown> | undefined;

	private readonly slots: Slots;

	private readonly posConnections = new Map<string, Promise<string>>();

	/** When the deadline (TransportSettings.deadlineMs) runs out, as a time stamp. */
	private readonly deadline: number | undefined;

	private constructor(
		private readonly context: ChiftContext,
		private readonly credentials: ICredentialsDecrypted,
		readonly baseUrl: string,
		private readonly settings: TransportSettings,
	) {
		this.slots = new Slots(settings.concurrency);
		this.deadline = settings.deadlineMs === undefined ? undefined : Date.now() + settings.deadlineMs;
	}

	/** Reads the credential once for a whole execution. */
	static async create(context: ChiftContext, settings: TransportSettings = DEFAULT_SETTINGS): Promise<ChiftClient> {
		const data = await context.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_TYPE);
		// A token issued before the credential was edited is not used: n8n gets a new one first.
		if (data.authentication !== 'accessToken' && data.sessionToken && !currentSessionToken(data)) data.sessionToken = '';
		const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
		return new ChiftClient(
			context,
			{ id: reference?.id ?? '', name: reference?.name ?? '', type: CREDENTIAL_TYPE, data },
			normalizeBaseUrl(data.baseUrl),
			settings,
		);
	}

	async call<T = unknown>(call: ChiftCall): Promise<T> {
		return (await this.callCountingAttempts<T>(call)).body;
	}

	/** A call, and how many times it was sent (a write sent more than once may exist twice). */
	async callCountingAttempts<T = unknown>(call: ChiftCall): Promise<{ body: T; attempts: number }> {
		const options: IHttpRequestOptions = {
			method: call.method,
			url: `${this.baseUrl}${call.path}`,
			qs: call.qs,
			body: call.body,
			headers: { Accept: 'application/json', ...call.headers },
			json: true,
			timeout: this.settings.timeoutMs ?? REQUEST_TIMEOUT_MS,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		const maxDelay = this.settings.maxRetryDelayMs ?? MAX_RETRY_DELAY_MS;
		/** Resends after a passing failure (bounded by the Retries setting). */
		let retries = 0;
		/** Resends while Chift reports the request in process (bounded by time, see IN_PROCESS_WAIT_MS). */
		let polls = 0;
		let pollingUntil: number | undefined;
		const outOfTime = () => outOfTimeError(this.context.getNode(), this.settings.deadlineMs ?? 0, call);
		for (let attempts = 1; ; attempts++) {
			if (this.timeLeft() <= 0) throw outOfTime();
			const timeout = Math.min(options.timeout ?? REQUEST_TIMEOUT_MS, this.timeLeft());
			const attempt = await this.slots.run(async () => {
				const result = await this.withinDeadline(this.sendAuthenticated({ ...options, timeout }, call.itemIndex));
				if (result === OUT_OF_TIME) throw outOfTime();
				// Told while the refused request still holds its slot, so the slots know the load.
				if ('response' in result && result.response.statusCode === 429) {
					this.slots.overloaded(Math.min(maxDelay, retryAfter(result.response) ?? backoff(retries)));
				}
				return result;
			}, attempts > 1);
			// While waiting for a request in process, passing failures are part of the wait.
			const polling = pollingUntil !== undefined && Date.now() < pollingUntil;
			const canRetry = retries < this.settings.retries || polling;
			if ('networkCode' in attempt) {
				if (canRetry && RETRY_NETWORK_CODES.has(attempt.networkCode) && (await this.waited(Math.min(maxDelay, backoff(retries++))))) {
					continue;
				}
				throw networkFailure(this.context.getNode(), attempt.networkCode, this.baseUrl, call.itemIndex);
			}
			const { response } = attempt;
			const errorCode = (response.body as IDataObject | undefined)?.error_code;
			if (response.statusCode < 400) this.slots.succeeded();
			if (errorCode === 'REQUEST_IN_PROCESS') {
				pollingUntil ??= Date.now() + IN_PROCESS_WAIT_MS;
				const left = pollingUntil - Date.now();
				if (left > 0 && (await this.waited(Math.min(IN_PROCESS_POLL_MAX_MS, left, backoff(polls++))))) {
					continue;
				}
			}
			if (canRetry && RETRY_STATUSES.has(response.statusCode) && (await this.waited(Math.min(maxDelay, retryAfter(response) ?? backoff(retries++))))) {
				continue;
			}
			if (errorCode === 'REQUEST_ALREADY_PROCESSED' && call.alreadyProcessed) {
				return { body: (await call.alreadyProcessed()) as T, attempts };
			}
			const ignored = call.ignoreStatuses?.includes(response.statusCode) === true;
			if (response.statusCode >= 400 && !ignored) {
				throw chiftError(this.context.getNode(), response, { itemIndex: call.itemIndex, action: call.action });
			}
			const unexpected = ignored
				? undefined
				: unexpectedAnswer(this.context.getNode(), response, {
						itemIndex: call.itemIndex,
						action: call.action,
						method: call.method,
						expectList: call.expectList,
					});
			if (unexpected) throw unexpected;
			return { body: response.body as T, attempts };
		}
	}

	/** Milliseconds left before the deadline (Infinity without one). */
	private timeLeft(): number {
		return this.deadline === undefined ? Infinity : this.deadline - Date.now();
	}

	/** Waits before a retry, unless the deadline would pass first: then the failure at hand is the answer. */
	private async waited(delayMs: number): Promise<boolean> {
		if (delayMs >= this.timeLeft()) return false;
		await sleep(delayMs);
		return true;
	}

	/**
	 * The work, or OUT_OF_TIME when the deadline passes first. A token exchange has its own timeout
	 * (the credential cannot know the deadline), so it is not waited for: it goes on in the
	 * background, and the token it gets is kept for the next request.
	 */
	private async withinDeadline<T>(work: Promise<T>): Promise<T | typeof OUT_OF_TIME> {
		if (this.deadline === undefined) return await work;
		return await Promise.race([work, sleep(Math.max(0, this.timeLeft())).then((): typeof OUT_OF_TIME => OUT_OF_TIME)]);
	}

	/**
	 * A call to one consumer's POS API: /consumers/{consumer_id}{request.path}. A write whose
	 * idempotency key Chift has already processed (an earlier attempt went through but its answer
	 * was lost) returns what that attempt created, looked up through Chift's transactions.
	 */
	async pos<T = unknown>(consumerId: string, request: ChiftPosRequest, itemIndex?: number, expectList = false): Promise<T> {
		return await this.call<T>({
			expectList,
			method: request.method,
			path: `${consumerPath(consumerId)}${request.path}`,
			qs: request.qs,
			body: request.body,
			headers: request.headers,
			itemIndex,
			action: request.action,
			alreadyProcessed: request.refetchPath
				? async () => await this.resultOfProcessedRequest(consumerId, request, itemIndex)
				: undefined,
		});
	}

	/**
	 * The records of a paged list ({items, total, page, size}): the first page, then every further
	 * page needed for the limit (or all of them) at once, within the concurrency bound, in record
	 * order. With raw data on, each page's raw_data rides on the first record of that page.
	 */
	async posList(consumerId: string, request: ChiftPosRequest, itemIndex?: number): Promise<IDataObject[]> {
		const { returnAll, limit } = request.paginate ?? { returnAll: true, limit: 0 };
		const size = returnAll ? PAGE_SIZE : Math.min(PAGE_SIZE, limit);
		const page = async (number: number) => {
			const qs = { ...request.qs, page: number, size };
			const body = await this.pos<ChiftPage>(consumerId, { ...request, qs }, itemIndex, true);
			const items = [...(body.items ?? [])];
			if (body.raw_data !== undefined && items.length) items[0] = { ...items[0], raw_data: body.raw_data };
			return { items, total: Number(body.total), signature: JSON.stringify(body.items) };
		};

		const first = await page(1);
		const records = [...first.items];
		if (!Number.isFinite(first.total) || first.total <= 0) {
			// No usable total: read on, one page after another, until a short page, or a page that
			// repeats the one before (a server that ignores `page`, or repeats its last page past the
			// end, would otherwise be read forever).
			let last = first;
			for (let number = 2; last.items.length === size; number++) {
				if (!returnAll && records.length >= limit) break;
				if (number > MAX_PAGES_WITHOUT_TOTAL) throw this.endlessList(request, itemIndex);
				const next = await page(number);
				if (next.signature === last.signature) break;
				records.push(...next.items);
				last = next;
			}
			return returnAll ? records : records.slice(0, limit);
		}
		const wanted = returnAll ? first.total : Math.min(limit, first.total);
		const lastPage = first.items.length ? Math.ceil(wanted / size) : 1;
		// All settled before failing, so that no page request outlives the node; the first failed
		// page (in page order) is the error.
		const rest = await Promise.allSettled(
			Array.from({ length: Math.max(0, lastPage - 1) }, async (_, index) => await page(index + 2)),
		);
		let previous = first;
		for (const result of rest) {
			if (result.status === 'rejected') throw result.reason;
			// With a total, a repeated full page is not the end: the server ignores `page`, and the
			// records of the pages it did not send would be replaced by copies.
			if (result.value.items.length && result.value.signature === previous.signature) throw this.repeatedPage(request, itemIndex);
			records.push(...result.value.items);
			previous = result.value;
		}
		return returnAll ? records : records.slice(0, limit);
	}

	private endlessList(request: ChiftPosRequest, itemIndex: number | undefined) {
		return new NodeOperationError(
			this.context.getNode(),
			`Chift was still sending full pages after ${MAX_PAGES_WITHOUT_TOTAL} pages (${MAX_PAGES_WITHOUT_TOTAL * PAGE_SIZE} records) and no total`,
			{
				description: `The node stops there rather than read "${request.action ?? 'this list'}" forever. Narrow it with the filters (for example a shorter date range), or turn off Return All and set a Limit.`,
				itemIndex,
			},
		);
	}

	private repeatedPage(request: ChiftPosRequest, itemIndex: number | undefined) {
		return new NodeOperationError(this.context.getNode(), 'Chift sent the same page of records twice, so the list cannot be read completely', {
			description: `The server behind the Base URL seems to ignore the page parameter of "${request.action ?? 'this list'}". Check the Base URL of the Chift API credential (a proxy may drop query parameters), or turn off Return All and set a Limit of 100 or less.`,
			itemIndex,
		});
	}

	/** What a request already processed by Chift produced: transaction → created entity → GET. */
	private async resultOfProcessedRequest(consumerId: string, request: ChiftPosRequest, itemIndex?: number) {
		const key = request.headers?.[IDEMPOTENCY_HEADER] ?? '';
		const connectionId = request.headers?.[CONNECTION_HEADER] ?? (await this.posConnectionOf(consumerId, itemIndex));
		const transaction = await this.call<IDataObject>({
			method: 'GET',
			path: `${consumerPath(consumerId)}/connections/${encodeURIComponent(connectionId)}/transactions`,
			qs: { client_request_id: key },
			itemIndex,
		});
		const status = Number(transaction.status_code);
		const entityId = transaction.created_entity_id;
		const needsEntity = (request.refetchPath ?? '').includes('{entity_id}');
		const sameRequest =
			(!transaction.method || String(transaction.method).toUpperCase() === request.method) && sameRoute(transaction.route, request.path);
		if (!sameRequest) {
			const otherRequest = `${String(transaction.method ?? '').toUpperCase()} ${String(transaction.route ?? '')}`.trim();
			throw alreadyProcessedError(this.context.getNode(), { key, itemIndex, otherRequest });
		}
		if (!(status >= 200 && status < 300) || (needsEntity && (typeof entityId !== 'string' || !entityId))) {
			throw alreadyProcessedError(this.context.getNode(), { key, itemIndex, status });
		}
		const connection: Record<string, string> = request.headers?.[CONNECTION_HEADER]
			? { [CONNECTION_HEADER]: connectionId }
			: {};
		const path = (request.refetchPath ?? '').replace('{entity_id}', encodeURIComponent(String(entityId ?? '')));
		const record = await this.pos<IDataObject>(consumerId, { method: 'GET', path, headers: connection }, itemIndex);
		// The same key with other data (keys built from an external ID, reused for another intent):
		// Chift did not carry this request out, and the earlier record must not pass for its result.
		const differences = differencesFromSent(request.body ?? {}, record, request.recordLists);
		if (differences.length) {
			const kind = /\/pos\/([^/]+)/.exec(path)?.[1].replace(/s$/, '').replace(/-/g, ' ') ?? 'record';
			const id = String(record.id ?? entityId ?? '');
			throw alreadyProcessedError(this.context.getNode(), { key, itemIndex, otherRecord: { kind, id, differences } });
		}
		return record;
	}

	/** The consumer's point-of-sale connections, active or not (GET /consumers/{id}/connections). */
	async posConnectionsOf(consumerId: string, itemIndex?: number): Promise<IDataObject[]> {
		const connections = await this.call<IDataObject[]>({ method: 'GET', path: `${consumerPath(consumerId)}/connections`, itemIndex });
		return (Array.isArray(connections) ? connections : []).filter((item) => item.api === 'Point of Sale');
	}

	/** The consumer's one active POS connection (for the transactions lookup), once per execution. */
	private async posConnectionOf(consumerId: string, itemIndex?: number): Promise<string> {
		let found = this.posConnections.get(consumerId);
		if (!found) {
			found = this.posConnectionsOf(consumerId, itemIndex).then((connections) => {
				const active = connections.filter((item) => item.status === 'active');
				if (active.length !== 1) {
					throw alreadyProcessedError(this.context.getNode(), { key: '', itemIndex, activeConnections: active.length });
				}
				return String(active[0].connectionid);
			});
			this.posConnections.set(consumerId, found);
		}
		return await found;
	}

	/** One HTTP exchange, authenticated; after a 401, a new token and one more try. */
	private async sendAuthenticated(options: IHttpRequestOptions, itemIndex: number | undefined): Promise<Attempt> {
		const first = await this.send(options, this.credentials, itemIndex);
		if ('networkCode' in first || first.response.statusCode !== 401) return first;
		// A 401 about the POS's own login (not Chift's token) is not cured by a new token.
		if ((first.response.body as IDataObject | undefined)?.error_code === 'ERROR_CONNECTOR_AUTHENTICATION') return first;
		return await this.renewAndResend(options, first, itemIndex);
	}

	private async send(
		options: IHttpRequestOptions,
		credentials: ICredentialsDecrypted,
		itemIndex: number | undefined,
	): Promise<Attempt & { token?: unknown }> {
		const data = credentials.data ?? {};
		const tokenBefore = data.sessionToken;
		try {
			const response = (await this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_TYPE,
				{ ...options },
				{ credentialsDecrypted: credentials },
			)) as IN8nHttpFullResponse;
			// The token the request went out with: n8n fills an empty one in before sending.
			return { response, token: tokenBefore || data.sessionToken };
		} catch (error) {
			// With ignoreHttpStatusErrors only two things throw: the network (n8n puts the error
			// code, e.g. ECONNRESET, in httpCode) and the credential failing to get a token.
			const code = error instanceof NodeApiError ? String(error.httpCode ?? '') : 'UNKNOWN';
			if (code && !/^\d+$/.test(code)) return { networkCode: code };
			throw this.credentialFailure(error, itemIndex);
		}
	}

	/**
	 * After a 401: get a new token (unless another request of this execution already did, or is
	 * doing it) and send the request again, once. A pasted access token cannot be renewed.
	 */
	private async renewAndResend(
		options: IHttpRequestOptions,
		unauthorized: Attempt & { token?: unknown },
		itemIndex: number | undefined,
	): Promise<Attempt> {
		const data = this.credentials.data ?? {};
		if (data.authentication === 'accessToken') return unauthorized;
		if (this.renewal) await this.renewal.catch(() => undefined);
		if (data.sessionToken !== unauthorized.token) return await this.send(options, this.credentials, itemIndex);

		const renewal = this.renewAndSend(options, data, itemIndex);
		this.renewal = renewal;
		try {
			return await renewal;
		} finally {
			if (this.renewal === renewal) this.renewal = undefined;
		}
	}

	/**
	 * A new token into this execution's copy of the credential, and the request sent with it. n8n
	 * stores what the credential's preAuthentication returns by writing back the whole copy it was
	 * given (n8n 1.x and 2.8: Object.assign(credentials, output)), so renewing from the copy read
	 * at the start of the execution would undo an edit made since. The stored credential is read
	 * again first:
	 * - same Base URL and mode: the renewal starts from what is stored now (an edited key is used
	 *   from here on), and n8n stores that with the new token: nothing edited is lost;
	 * - another Base URL or mode: the run keeps the host and key it started with, and the token is
	 *   fetched outside n8n's write-back, kept in this execution and the process cache only.
	 */
	private async renewAndSend(
		options: IHttpRequestOptions,
		data: ICredentialDataDecryptedObject,
		itemIndex: number | undefined,
	): Promise<Attempt> {
		forgetRejectedToken(data);
		const stored = await this.storedCredential();
		const sameHost =
			stored !== undefined &&
			stored.authentication === data.authentication &&
			normalizeBaseUrl(stored.baseUrl) === normalizeBaseUrl(data.baseUrl);
		if (!sameHost) {
			try {
				const issued = await new ChiftApi().preAuthentication.call({ helpers: this.context.helpers }, { ...data, sessionToken: '' });
				data.sessionToken = String(issued.sessionToken ?? '');
			} catch (error) {
				// The credential's errors are plain ones, made to be shown as they are.
				const { message, description } = error as { message: string; description?: string };
				throw new NodeApiError(this.context.getNode(), { message } as JsonObject, { message, description, itemIndex });
			}
			return await this.send(options, this.credentials, itemIndex);
		}
		// An empty token makes n8n call preAuthentication, which fetches a new token, stores it in
		// the credential and returns it into this copy.
		const renewing: ICredentialsDecrypted = { ...this.credentials, data: { ...stored, sessionToken: '' } };
		const result = await this.send(options, renewing, itemIndex);
		if (renewing.data?.sessionToken) Object.assign(data, renewing.data);
		return result;
	}

	/** The credential's own message and description, as they are (new NodeApiError returns a given NodeApiError itself), with the item. */
	private credentialFailure(error: unknown, itemIndex: number | undefined): NodeApiError {
		const fromCredential = new NodeApiError(this.context.getNode(), error as JsonObject);
		fromCredential.context.itemIndex = itemIndex;
		return fromCredential;
	}

	/** The credential as stored now, or undefined when it cannot be read. */
	private async storedCredential(): Promise<ICredentialDataDecryptedObject | undefined> {
		try {
			return await this.context.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_TYPE);
		} catch {
			return undefined;
		}
	}
}

/**
 * Whether a transaction's route can be the request's path (`/pos/<resource>[/<record>]`). Chift
 * documents the field but not its format (full path, relative, a template such as {order_id}), so
 * only a route that names another POS resource, or another record of it, after `pos` is refused:
 * a key reused for another order must not return that order as this request's result.
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
	const ours = segments(path);
	const theirs = segments(route);
	const [resource, record] = [ours[ours.indexOf('pos') + 1], ours[ours.indexOf('pos') + 2]];
	const theirPos = theirs.lastIndexOf('pos');
	if (!resource || theirPos < 0 || placeholder(theirs[theirPos + 1])) return true;
	if (singular(theirs[theirPos + 1]) !== singular(resource)) return false;
	return record === undefined || placeholder(theirs[theirPos + 2]) || theirs[theirPos + 2] === record;
}

const consumerPath = (consumerId: string) => `/consumers/${encodeURIComponent(consumerId)}`;
