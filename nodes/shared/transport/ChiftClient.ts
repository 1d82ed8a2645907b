import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { ChiftRequest } from '../operations/types';
import type { ChiftContext } from './authentication';
import { AuthenticatedSender } from './authentication';
import { alreadyProcessedError, changesData, chiftError, networkFailure, outOfTimeError, unexpectedAnswer } from './errors';
import type { ChiftPage } from './paging';
import { MAX_PAGES_WITHOUT_TOTAL, PAGE_SIZE, readPages } from './paging';
import { IDEMPOTENCY_HEADER, resultOfProcessedRequest } from './recovery';
import { backoff, MAX_RETRY_DELAY_MS, RETRY_NETWORK_CODES, RETRY_STATUSES, retryAfter } from './retry';
import { Slots } from './Slots';

export { CREDENTIAL_TYPE } from './authentication';
export { CONNECTION_HEADER, IDEMPOTENCY_HEADER } from './recovery';

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

export interface ChiftCall {
	method: IHttpRequestMethods;
	/** Path from the API root, e.g. /consumers. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	headers?: Record<string, string>;
	/** The input item the call is made for, so that its error names it. */
	itemIndex?: number;
	/** What the call does, in the user's words ("Create a customer"), for error messages. */
	action?: string;
	/** Statuses that are an acceptable answer here (e.g. 404 when deleting). */
	ignoreStatuses?: number[];
	/** What an already processed write produced; `resent`: this call had sent it before (the earlier attempt was its own). */
	alreadyProcessed?: (resent: boolean) => Promise<unknown>;
	/** The answer must be a page of records ({items: [...]}). */
	expectList?: boolean;
	/** A POST that only reads: its failures never leave a change that may have happened. */
	readOnly?: boolean;
	/**
	 * A write nothing recognises when repeated: sent again only when it surely did not happen (a
	 * 429, an unresolved host), never after a timeout or a 502. (A caller that recognises repeats
	 * itself, such as the trigger's registration, leaves it off.)
	 */
	noResend?: boolean;
}

const OUT_OF_TIME = Symbol('out of time');

/**
 * The one place where Chift nodes talk HTTP: base URL, authentication (./authentication.ts),
 * Chift's headers, bounded concurrency, retries (./retry.ts), a deadline, idempotent recovery
 * (./recovery.ts), paging (./paging.ts) and error mapping (./errors.ts). Responses come back
 * whatever their status, so that errors and retries can use Chift's body and headers.
 */
export class ChiftClient {
	private readonly slots: Slots;

	/** The consumer's one active connection per API, looked up once per execution (idempotent recovery). */
	private readonly activeConnections = new Map<string, Promise<string>>();

	/** When the deadline (TransportSettings.deadlineMs) runs out, as a time stamp. */
	private readonly deadline: number | undefined;

	private constructor(
		private readonly context: ChiftContext,
		private readonly sender: AuthenticatedSender,
		private readonly settings: TransportSettings,
	) {
		this.slots = new Slots(settings.concurrency);
		this.deadline = settings.deadlineMs === undefined ? undefined : Date.now() + settings.deadlineMs;
	}

	/** Reads the credential once for a whole execution. */
	static async create(context: ChiftContext, settings: TransportSettings = DEFAULT_SETTINGS): Promise<ChiftClient> {
		return new ChiftClient(context, await AuthenticatedSender.create(context), settings);
	}

	get baseUrl(): string {
		return this.sender.baseUrl;
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
		const unguarded = call.noResend === true;
		for (let attempts = 1; ; attempts++) {
			if (this.timeLeft() <= 0) throw outOfTime();
			const timeout = Math.min(options.timeout ?? REQUEST_TIMEOUT_MS, this.timeLeft());
			const attempt = await this.slots.run(async () => {
				const result = await this.withinDeadline(this.sender.sendAuthenticated({ ...options, timeout }, call.itemIndex));
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
				const resend = unguarded ? attempt.networkCode === 'EAI_AGAIN' : RETRY_NETWORK_CODES.has(attempt.networkCode);
				if (canRetry && resend && (await this.waited(Math.min(maxDelay, backoff(retries++))))) {
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
			const resendStatus = unguarded ? response.statusCode === 429 : RETRY_STATUSES.has(response.statusCode);
			if (canRetry && resendStatus && (await this.waited(Math.min(maxDelay, retryAfter(response) ?? backoff(retries++))))) {
				continue;
			}
			if (errorCode === 'REQUEST_ALREADY_PROCESSED' && call.alreadyProcessed) {
				return { body: (await call.alreadyProcessed(attempts > 1)) as T, attempts };
			}
			const ignored = call.ignoreStatuses?.includes(response.statusCode) === true;
			if (response.statusCode >= 400 && !ignored) {
				throw chiftError(this.context.getNode(), response, { itemIndex: call.itemIndex, action: call.action, path: call.path });
			}
			const unexpected = ignored
				? undefined
				: unexpectedAnswer(this.context.getNode(), response, {
						itemIndex: call.itemIndex,
						action: call.action,
						method: call.method,
						readOnly: call.readOnly,
						expectList: call.expectList,
						path: call.path,
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
	 * A call below /consumers/{consumer_id} (the path starts with the API: /pos/orders,
	 * /accounting/clients), or from the API root without a consumer (/webhooks). A write whose
	 * idempotency key Chift has already processed (an earlier attempt went through but its answer
	 * was lost) returns what that attempt created, looked up through Chift's transactions.
	 */
	async consumerCall<T = unknown>(consumerId: string | undefined, request: ChiftRequest, itemIndex?: number, expectList = false): Promise<T> {
		return await this.call<T>({
			expectList,
			method: request.method,
			path: consumerId === undefined ? request.path : `${consumerPath(consumerId)}${request.path}`,
			qs: request.qs,
			body: request.body,
			headers: request.headers,
			itemIndex,
			action: request.action,
			readOnly: request.readOnly,
			// A node's write without an idempotency key (the platform's own routes: Chift scopes keys to
			// a consumer's connection) could be carried out twice by a resend.
			noResend: changesData(request) && !request.headers?.[IDEMPOTENCY_HEADER],
			alreadyProcessed: consumerId !== undefined && (request.refetchPath || request.noContent)
				? async (resent: boolean) => await resultOfProcessedRequest(this.recoveryClient(), consumerId, request, itemIndex, resent)
				: undefined,
		});
	}

	/** Every record of a paged list below /consumers/{consumer_id} or the API root (or up to its limit), see ./paging.ts. */
	async consumerList(consumerId: string | undefined, request: ChiftRequest, itemIndex?: number): Promise<IDataObject[]> {
		const node = this.context.getNode();
		if (request.wholeList) {
			const records = await this.consumerCall<IDataObject[]>(consumerId, request, itemIndex);
			const { returnAll, limit } = request.paginate ?? { returnAll: true, limit: 0 };
			const all = Array.isArray(records) ? records : [records];
			return returnAll ? all : all.slice(0, limit);
		}
		const what = request.action ?? 'this list';
		return await readPages(
			async (page, size) => await this.consumerCall<ChiftPage>(consumerId, { ...request, qs: { ...request.qs, page, size } }, itemIndex, true),
			request.paginate ?? { returnAll: true, limit: 0 },
			{
				endless: () =>
					new NodeOperationError(node, `Chift was still sending full pages after ${MAX_PAGES_WITHOUT_TOTAL} pages (${MAX_PAGES_WITHOUT_TOTAL * PAGE_SIZE} records) and no total`, {
						description: `The node stops there rather than read "${what}" forever. Narrow it with the filters (for example a shorter date range), or turn off Return All and set a Limit.`,
						itemIndex,
					}),
				repeated: () =>
					new NodeOperationError(node, 'Chift sent the same page of records twice, so the list cannot be read completely', {
						description: `The server behind the Base URL seems to ignore the page parameter of "${what}". Check the Base URL of the Chift API credential (a proxy may drop query parameters), or turn off Return All and set a Limit of 100 or less.`,
						itemIndex,
					}),
			},
		);
	}

	/** The consumer's connections to one unified API ('Point of Sale', 'Accounting'...), active or not. */
	async connectionsOf(consumerId: string, api: string, itemIndex?: number): Promise<IDataObject[]> {
		const connections = await this.call<IDataObject[]>({ method: 'GET', path: `${consumerPath(consumerId)}/connections`, itemIndex });
		return (Array.isArray(connections) ? connections : []).filter((item) => item.api === api);
	}

	private recoveryClient() {
		return {
			node: this.context.getNode(),
			read: async (consumerId: string, path: string, qs: IDataObject | undefined, headers: Record<string, string>, itemIndex?: number) =>
				await this.consumerCall<IDataObject>(consumerId, { method: 'GET', path, qs, headers }, itemIndex),
			activeConnectionOf: async (consumerId: string, api: string, itemIndex?: number) => await this.activeConnectionOf(consumerId, api, itemIndex),
		};
	}

	/** The consumer's one active connection to an API (for the transactions lookup), once per execution. */
	private async activeConnectionOf(consumerId: string, api: string, itemIndex?: number): Promise<string> {
		const key = `${consumerId} ${api}`;
		let found = this.activeConnections.get(key);
		if (!found) {
			found = this.connectionsOf(consumerId, api, itemIndex).then((connections) => {
				const active = connections.filter((item) => item.status === 'active');
				if (active.length !== 1) {
					throw alreadyProcessedError(this.context.getNode(), { key: '', itemIndex, activeConnections: active.length });
				}
				return String(active[0].connectionid);
			});
			this.activeConnections.set(key, found);
		}
		return await found;
	}
}

const consumerPath = (consumerId: string) => `/consumers/${encodeURIComponent(consumerId)}`;
