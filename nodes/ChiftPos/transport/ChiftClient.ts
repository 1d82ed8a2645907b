import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { normalizeBaseUrl } from '../../../credentials/ChiftApi.credentials';
import type { ChiftPosRequest } from '../shared/types';
import { chiftError, describeFailure } from './errors';

export const CREDENTIAL_TYPE = 'chiftApi';

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
}

/**
 * The one place where the node talks HTTP: base URL, authentication (n8n's credential helper,
 * which gets the token and renews it once on a 401), Chift's headers and error mapping.
 */
export class ChiftClient {
	private constructor(
		private readonly context: ChiftContext,
		readonly baseUrl: string,
	) {}

	/** Reads the credential once for a whole execution. */
	static async create(context: ChiftContext): Promise<ChiftClient> {
		const credentials = await context.getCredentials(CREDENTIAL_TYPE);
		return new ChiftClient(context, normalizeBaseUrl(credentials.baseUrl));
	}

	async call<T = unknown>(call: ChiftCall): Promise<T> {
		const options: IHttpRequestOptions = {
			method: call.method,
			url: `${this.baseUrl}${call.path}`,
			qs: call.qs,
			body: call.body,
			headers: { Accept: 'application/json', ...call.headers },
			json: true,
		};
		try {
			return (await this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_TYPE,
				options,
			)) as T;
		} catch (error) {
			throw chiftError(this.context.getNode(), describeFailure(error), {
				itemIndex: call.itemIndex,
				baseUrl: this.baseUrl,
			});
		}
	}

	/** A call to one consumer's POS API: /consumers/{consumer_id}{request.path}. */
	async pos<T = unknown>(consumerId: string, request: ChiftPosRequest, itemIndex: number): Promise<T> {
		const headers: Record<string, string> = {};
		if (request.idempotencyKey) headers['x-chift-client-requestid'] = request.idempotencyKey;
		return await this.call<T>({
			method: request.method,
			path: `/consumers/${encodeURIComponent(consumerId)}${request.path}`,
			qs: request.qs,
			body: request.body,
			headers,
			itemIndex,
		});
	}
}
