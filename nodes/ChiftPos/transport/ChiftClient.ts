import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { forgetRejectedToken, normalizeBaseUrl } from '../../../credentials/ChiftApi.credentials';
import type { ChiftPosRequest } from '../shared/types';
import { chiftError, networkFailure } from './errors';

export const CREDENTIAL_TYPE = 'chiftApi';

/** The largest page Chift serves to every account. */
const PAGE_SIZE = 100;

interface ChiftPage {
	items?: IDataObject[];
	total?: number;
	raw_data?: unknown;
}

type ChiftContext = IExecuteFunctions | ILoadOptionsFunctions;

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
}

/**
 * The one place where the node talks HTTP: base URL, authentication, Chift's headers, token
 * renewal and error mapping.
 *
 * Authentication goes through n8n's httpRequestWithAuthentication with the credential decrypted
 * once per execution: n8n fills the token in (preAuthentication) and persists it, and every
 * request of the execution reads the same object. Responses come back whatever their status, so
 * that errors are built from Chift's body and headers; a 401 renews the token here, once for all
 * requests that hit it together.
 */
export class ChiftClient {
	private renewal: Promise<unknown> | undefined;

	private constructor(
		private readonly context: ChiftContext,
		private readonly credentials: ICredentialsDecrypted,
		readonly baseUrl: string,
	) {}

	/** Reads the credential once for a whole execution. */
	static async create(context: ChiftContext): Promise<ChiftClient> {
		const data = await context.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_TYPE);
		const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
		return new ChiftClient(
			context,
			{ id: reference?.id ?? '', name: reference?.name ?? '', type: CREDENTIAL_TYPE, data },
			normalizeBaseUrl(data.baseUrl),
		);
	}

	async call<T = unknown>(call: ChiftCall): Promise<T> {
		const options: IHttpRequestOptions = {
			method: call.method,
			url: `${this.baseUrl}${call.path}`,
			qs: call.qs,
			body: call.body,
			headers: { Accept: 'application/json', ...call.headers },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};
		let { response, token } = await this.send(options, this.credentials, call.itemIndex);
		if (response.statusCode === 401) response = await this.renewAndResend(options, response, token, call.itemIndex);
		if (response.statusCode >= 400) {
			throw chiftError(this.context.getNode(), response, { itemIndex: call.itemIndex, action: call.action });
		}
		return response.body as T;
	}

	/** A call to one consumer's POS API: /consumers/{consumer_id}{request.path}. */
	async pos<T = unknown>(consumerId: string, request: ChiftPosRequest, itemIndex?: number): Promise<T> {
		return await this.call<T>({
			method: request.method,
			path: `/consumers/${encodeURIComponent(consumerId)}${request.path}`,
			qs: request.qs,
			body: request.body,
			headers: request.headers,
			itemIndex,
			action: request.action,
		});
	}

	/**
	 * The records of a paged list ({items, total, page, size}): pages of up to 100 until the
	 * limit, or until Chift has no more. With raw data on, each page's raw_data rides on the first
	 * record of that page.
	 */
	async posList(consumerId: string, request: ChiftPosRequest, itemIndex: number): Promise<IDataObject[]> {
		const { returnAll, limit } = request.paginate ?? { returnAll: true, limit: 0 };
		const size = returnAll ? PAGE_SIZE : Math.min(PAGE_SIZE, limit);
		const records: IDataObject[] = [];
		for (let page = 1; ; page++) {
			const body = await this.pos<ChiftPage>(consumerId, { ...request, qs: { ...request.qs, page, size } }, itemIndex);
			const items = Array.isArray(body?.items) ? body.items : [];
			if (body?.raw_data !== undefined && items.length) items[0] = { ...items[0], raw_data: body.raw_data };
			records.push(...items);
			if (!returnAll && records.length >= limit) return records.slice(0, limit);
			if (!items.length || page * size >= Number(body.total ?? 0)) return records;
		}
	}

	private async send(
		options: IHttpRequestOptions,
		credentials: ICredentialsDecrypted,
		itemIndex: number | undefined,
	): Promise<{ response: IN8nHttpFullResponse; token: unknown }> {
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
			if (!(error instanceof NodeApiError)) throw networkFailure(this.context.getNode(), undefined, this.baseUrl, itemIndex);
			// With ignoreHttpStatusErrors only two things throw: the network (n8n puts the error
			// code, e.g. ECONNREFUSED, in httpCode) and the credential failing to get a token.
			const code = String(error.httpCode ?? '');
			if (code && !/^\d+$/.test(code)) throw networkFailure(this.context.getNode(), code, this.baseUrl, itemIndex);
			// The credential's own message and description stay as they are (new NodeApiError
			// returns the given NodeApiError itself); only the item is added.
			const fromCredential = new NodeApiError(this.context.getNode(), error as unknown as JsonObject);
			fromCredential.context.itemIndex = itemIndex;
			throw fromCredential;
		}
	}

	/**
	 * After a 401: get a new token (unless another request of this execution already did, or is
	 * doing it) and send the request again, once. A pasted access token cannot be renewed.
	 */
	private async renewAndResend(
		options: IHttpRequestOptions,
		unauthorized: IN8nHttpFullResponse,
		rejected: unknown,
		itemIndex: number | undefined,
	): Promise<IN8nHttpFullResponse> {
		const data = this.credentials.data ?? {};
		if (data.authentication === 'accessToken') return unauthorized;
		if (this.renewal) {
			await this.renewal.catch(() => undefined);
		}
		if (data.sessionToken === rejected) {
			forgetRejectedToken(data);
			// An empty token makes n8n call the credential's preAuthentication, which fetches a new
			// token, stores it in the credential and returns it into this copy.
			const renewing: ICredentialsDecrypted = { ...this.credentials, data: { ...data, sessionToken: '' } };
			const attempt = this.send(options, renewing, itemIndex).then(({ response }) => {
				if (renewing.data?.sessionToken) data.sessionToken = renewing.data.sessionToken;
				return response;
			});
			this.renewal = attempt;
			try {
				return await attempt;
			} finally {
				if (this.renewal === attempt) this.renewal = undefined;
			}
		}
		return (await this.send(options, this.credentials, itemIndex)).response;
	}
}
