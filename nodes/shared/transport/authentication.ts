import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ChiftApi, normalizeBaseUrl, refuseSessionToken, usableSessionToken } from '../../../credentials/ChiftApi.credentials';

export const CREDENTIAL_TYPE = 'chiftApi';

export type ChiftContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

/** What one send gave: Chift's answer whatever its status, or the code of a network failure. */
export type Attempt = { response: IN8nHttpFullResponse } | { networkCode: string };

/**
 * Renewals after 401s for one request. The first may take a token another process stored, issued
 * after the refused one yet refused too (Chift revoked both); the second then starts from a token
 * newer than every one seen, and fetches.
 */
const RENEWALS = 2;

/**
 * Sends requests with the Chift API credential, decrypted once per execution: n8n fills the token
 * in (the credential's preAuthentication) and persists it, and every request of the execution
 * reads the same copy. A 401 renews the token here, once for all the requests that hit it together.
 */
export class AuthenticatedSender {
	private renewal: Promise<unknown> | undefined;

	private constructor(
		private readonly context: ChiftContext,
		private readonly credentials: ICredentialsDecrypted,
	) {}

	/** Reads the credential once for a whole execution. */
	static async create(context: ChiftContext): Promise<AuthenticatedSender> {
		const data = await context.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_TYPE);
		// A token issued before the credential was edited, or one this process saw refused (or older
		// than one it saw refused, or expired) is not used: n8n gets a token first.
		if (data.authentication !== 'accessToken' && data.sessionToken && !usableSessionToken(data)) data.sessionToken = '';
		const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
		return new AuthenticatedSender(context, { id: reference?.id ?? '', name: reference?.name ?? '', type: CREDENTIAL_TYPE, data });
	}

	get baseUrl(): string {
		return normalizeBaseUrl((this.credentials.data as IDataObject | undefined)?.baseUrl);
	}

	/** One HTTP exchange, authenticated; after a 401, a new token and one more try (twice at most). */
	async sendAuthenticated(options: IHttpRequestOptions, itemIndex: number | undefined): Promise<Attempt> {
		let attempt = await this.send(options, this.credentials, itemIndex);
		for (let renewal = 0; renewal < RENEWALS && this.cured(attempt); renewal++) {
			attempt = await this.renewAndResend(options, attempt, itemIndex);
		}
		return attempt;
	}

	/** Whether a new token may cure this answer: a 401 about Chift's token, of a token the node can renew. */
	private cured(attempt: Attempt): boolean {
		if ('networkCode' in attempt || attempt.response.statusCode !== 401) return false;
		// A 401 about the POS's own login (not Chift's token) is not cured by a new token.
		if ((attempt.response.body as IDataObject | undefined)?.error_code === 'ERROR_CONNECTOR_AUTHENTICATION') return false;
		// A pasted access token cannot be renewed.
		return this.credentials.data?.authentication !== 'accessToken';
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
	 * doing it) and send the request again.
	 */
	private async renewAndResend(
		options: IHttpRequestOptions,
		unauthorized: Attempt & { token?: unknown },
		itemIndex: number | undefined,
	): Promise<Attempt & { token?: unknown }> {
		const data = this.credentials.data ?? {};
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
	 * With several n8n processes (queue mode) another one may have stored a newer token already: it
	 * is used as it is, without a token request, unless it is no newer than the refused one.
	 */
	private async renewAndSend(
		options: IHttpRequestOptions,
		data: ICredentialDataDecryptedObject,
		itemIndex: number | undefined,
	): Promise<Attempt & { token?: unknown }> {
		refuseSessionToken(data);
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
		if (stored.sessionToken && usableSessionToken(stored)) {
			Object.assign(data, stored);
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
