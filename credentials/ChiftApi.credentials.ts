import { createHash } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	IN8nHttpFullResponse,
	INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { backoff, RETRY_NETWORK_CODES, retryAfter } from '../nodes/shared/transport/retry';

/** Renew a little before Chift's 30 minutes run out, so a request never starts with a dying token. */
const EXPIRY_MARGIN_MS = 60_000;

interface CachedToken {
	token: string;
	/** Epoch ms; 0 when unknown (a token stored by version 0.1). */
	expiresAt: number;
}

/**
 * n8n calls preAuthentication once per request that finds the token field empty or gets a 401, so
 * many items started together (or all failing together when the token expires) would each ask Chift
 * for a token. These maps make every caller with the same key share one exchange.
 */
const issuedTokens = new Map<string, CachedToken>();
const pendingExchanges = new Map<string, Promise<CachedToken>>();

/**
 * Tokens Chift answered 401 to, per key, as this process saw them. Several n8n processes (queue
 * mode) share the credential but each has its own cache, so after a 401 the token at hand (cached
 * here or stored by another process) may be the refused one or older still: a renewal hands out
 * neither; only a token that expires after every refused one, i.e. was issued after them.
 */
interface Refusals {
	tokens: Set<string>;
	latestExpiry: number;
}
const refusals = new Map<string, Refusals>();
/** Refused tokens remembered per key: enough for the few a burst meets, bounded for a long-lived worker. */
const REFUSALS_KEPT = 32;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export const normalizeBaseUrl = (value: unknown) =>
	(trimmed(value) || 'https://api.chift.eu').replace(/\/+$/, '');

/**
 * An error whose message and description n8n shows as they are (no status code on it, or n8n
 * would swap the message for a generic one), with no secret in it.
 */
const authenticationError = (message: string, description: string) =>
	Object.assign(new Error(message), { description });

/** The token request body of an API key credential, trimmed; envId only when set. */
function tokenRequestBody(credentials: ICredentialDataDecryptedObject): IDataObject {
	const body: IDataObject = {
		accountId: trimmed(credentials.accountId),
		clientId: trimmed(credentials.clientId),
		clientSecret: trimmed(credentials.clientSecret),
	};
	const envId = trimmed(credentials.envId);
	if (envId) body.envId = envId;
	return body;
}

const tokenCacheKey = (baseUrl: string, body: IDataObject) =>
	createHash('sha256').update(JSON.stringify([baseUrl, body])).digest('hex');

/**
 * The stored token is "<fingerprint>:<expiresAt>.<token>", the fingerprint naming the base URL and
 * API key it was issued for, expiresAt its expiry (epoch ms) so that every process knows which of two
 * tokens is newer. n8n keeps the stored token when the user edits the credential; a fingerprint
 * that no longer matches makes the token count as missing, so it is never sent to another host or
 * used for another account, and the credential test really checks the new key. Version 0.1 stored
 * "<fingerprint>.<token>": still read, with an unknown expiry.
 */
const fingerprint = (credentials: ICredentialDataDecryptedObject) =>
	tokenCacheKey(normalizeBaseUrl(credentials.baseUrl), tokenRequestBody(credentials)).slice(0, 16);

const storedValue = (credentials: ICredentialDataDecryptedObject, issued: CachedToken) =>
	`${fingerprint(credentials)}:${issued.expiresAt}.${issued.token}`;

/** The token stored in the credential and its expiry, if it was issued for the credential as it is now. */
function storedToken(credentials: ICredentialDataDecryptedObject): CachedToken | undefined {
	const stored = trimmed(credentials.sessionToken);
	const match = /^([0-9a-f]{16})(?::(\d+))?\./.exec(stored);
	if (!match || match[1] !== fingerprint(credentials)) return undefined;
	const token = stored.slice(match[0].length);
	return token ? { token, expiresAt: Number(match[2] ?? 0) } : undefined;
}

/** The token stored in the credential, if it was issued for the credential as it is now. */
export function currentSessionToken(credentials: ICredentialDataDecryptedObject): string {
	return storedToken(credentials)?.token ?? '';
}

const cacheKeyOf = (credentials: ICredentialDataDecryptedObject) =>
	tokenCacheKey(normalizeBaseUrl(credentials.baseUrl), tokenRequestBody(credentials));

/** Whether a token may still be handed out: not refused, issued after every refused one, not about to expire. */
function usable(key: string, candidate: CachedToken, marginMs = EXPIRY_MARGIN_MS): boolean {
	const refused = refusals.get(key);
	if (refused?.tokens.has(candidate.token)) return false;
	if (candidate.expiresAt === 0) return !refused;
	return candidate.expiresAt > (refused?.latestExpiry ?? 0) && candidate.expiresAt > Date.now() + marginMs;
}

/**
 * Called by the node when Chift answered 401 to the credential's current token: that token, and
 * every token issued before it, are never handed out again by this process.
 */
export function refuseSessionToken(credentials: ICredentialDataDecryptedObject) {
	const stored = storedToken(credentials);
	if (!stored) return;
	const key = cacheKeyOf(credentials);
	const cached = issuedTokens.get(key);
	const expiresAt = stored.expiresAt || (cached?.token === stored.token ? cached.expiresAt : 0);
	const refused = refusals.get(key) ?? { tokens: new Set<string>(), latestExpiry: 0 };
	refused.tokens.add(stored.token);
	if (refused.tokens.size > REFUSALS_KEPT) refused.tokens.delete(refused.tokens.values().next().value as string);
	refused.latestExpiry = Math.max(refused.latestExpiry, expiresAt);
	refusals.set(key, refused);
	if (cached && !usable(key, cached, 0)) issuedTokens.delete(key);
}

/**
 * Whether the credential's stored token may be sent: issued for it as it is now, and neither
 * refused nor older than a refused token in this process. When it is newer than this process's own,
 * it becomes the one this process hands out.
 */
export function usableSessionToken(credentials: ICredentialDataDecryptedObject): boolean {
	const stored = storedToken(credentials);
	if (!stored) return false;
	const key = cacheKeyOf(credentials);
	if (!usable(key, stored, 0)) return false;
	// A token of unknown expiry (stored by version 0.1) is sent until refused, but not cached.
	const cached = issuedTokens.get(key);
	if (stored.expiresAt > (cached?.expiresAt ?? 0)) issuedTokens.set(key, stored);
	return true;
}

/**
 * The HTTP Request node's domain restriction, as n8n 2.x adds it to every credential that
 * authenticates requests (same names, values and default), declared here so that n8n leaves it
 * to us: n8n shows its Allowed Domains field for one value, and its public API turns that into a
 * rule that also applies when the restriction is left out, so POST /api/v1/credentials refused
 * the documented fields alone ("requires property allowedDomains"). Hidden for the other values
 * instead, the field is optional there.
 */
const DOMAIN_RESTRICTION: INodeProperties[] = [
	{
		displayName: 'Allowed HTTP Request Domains',
		name: 'allowedHttpRequestDomains',
		type: 'options',
		options: [
			{ name: 'All', value: 'all', description: 'The HTTP Request node may send this credential to any domain' },
			{ name: 'Specific Domains', value: 'domains', description: 'Only to the domains listed below' },
			{ name: 'None', value: 'none', description: 'The HTTP Request node may not use this credential' },
		],
		default: 'all',
		description: 'Where the HTTP Request node may send this credential. The Chift nodes are not affected.',
	},
	{
		displayName: 'Allowed Domains',
		name: 'allowedDomains',
		type: 'string',
		default: '',
		placeholder: 'e.g. api.chift.eu, *.example.com',
		description: 'Comma-separated domains the HTTP Request node may send this credential to (* matches subdomains)',
		displayOptions: { hide: { allowedHttpRequestDomains: ['all', 'none'] } },
	},
];

export class ChiftApi implements ICredentialType {
	name = 'chiftApi';

	displayName = 'Chift API';

	icon: Icon = { light: 'file:chift.svg', dark: 'file:chift.dark.svg' };

	documentationUrl = 'https://docs.chift.eu/developer-guides/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'API Key',
					value: 'apiKey',
					description: 'Account ID, client ID and client secret; the node gets and renews tokens itself',
				},
				{
					name: 'Access Token',
					value: 'accessToken',
					description: 'A bearer token you obtained yourself; it stops working after 30 minutes',
				},
			],
			default: 'apiKey',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 7f0b3c1e-52a4-4a8e-9d61-2c4f0e8b1a77',
			description: 'Shown on the API keys page of the Chift platform (chift.app → API keys)',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'Client ID of the API key, from the API keys page of the Chift platform',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Client secret of the API key; Chift shows it only once, when the key is created',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Environment ID',
			name: 'envId',
			type: 'string',
			default: '',
			description:
				'Only for accounts with several Chift environments: the ID of the environment to use. Leave empty otherwise.',
			// hide, not show: n8n's public API makes every field shown for a value required with it.
			displayOptions: { hide: { authentication: ['accessToken'] } },
		},
		{
			displayName: 'Access Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A Chift bearer token (from POST /token). It expires after 30 minutes.',
			displayOptions: { show: { authentication: ['accessToken'] } },
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.chift.eu',
			description:
				'Root of the Chift API. Keep the default for sandbox and production alike; change it only for a proxy or a test server.',
		},
		...DOMAIN_RESTRICTION,
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		if (credentials.authentication === 'accessToken') {
			return { sessionToken: trimmed(credentials.token) };
		}

		const baseUrl = normalizeBaseUrl(credentials.baseUrl);
		const body = tokenRequestBody(credentials);
		const missing = ['accountId', 'clientId', 'clientSecret'].filter((field) => !body[field]);
		if (missing.length) {
			throw authenticationError(
				`The Chift API credential has no ${missing.join(', ')}`,
				'Fill in Account ID, Client ID and Client Secret from the API keys page of the Chift platform.',
			);
		}

		const cacheKey = tokenCacheKey(baseUrl, body);
		// Called with a token: n8n found it expired. Never hand it out again.
		if (trimmed(credentials.sessionToken)) refuseSessionToken(credentials);
		// Reuse a token another request just obtained, unless it is refused or older than a refused one.
		const cached = issuedTokens.get(cacheKey);
		if (cached && usable(cacheKey, cached)) return { sessionToken: storedValue(credentials, cached) };

		let issued = await sharedExchange(this, cacheKey, baseUrl, body);
		// An exchange already under way may have started before a newer token was refused.
		if (!usable(cacheKey, issued, 0)) issued = await sharedExchange(this, cacheKey, baseUrl, body);
		issuedTokens.set(cacheKey, issued);
		return { sessionToken: storedValue(credentials, issued) };
	}

	/**
	 * A function rather than a generic expression: n8n would evaluate the expression on every
	 * request (about 0.4 ms each, measured in bench/), for a header that is a plain lookup.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const token =
			credentials.authentication === 'accessToken' ? trimmed(credentials.token) : currentSessionToken(credentials);
		return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ ($credentials.baseUrl || "https://api.chift.eu").trim().replace(/\\/+$/, "") }}',
			url: '/consumers',
			method: 'GET',
		},
	};
}

/** The exchange for this key under way, or a new one: one POST /token for every request waiting at once. */
async function sharedExchange(requester: IHttpRequestHelper, key: string, baseUrl: string, body: IDataObject): Promise<CachedToken> {
	let exchange = pendingExchanges.get(key);
	if (!exchange) {
		exchange = exchangeApiKey(requester, baseUrl, body).finally(() => pendingExchanges.delete(key));
		pendingExchanges.set(key, exchange);
	}
	return await exchange;
}

const TOKEN_TIMEOUT_MS = 30_000;
/**
 * Retries of POST /token after a passing failure. The exchange is shared by every request waiting
 * for this key, so one run of retries serves them all; it is not the node's Retries option, which
 * the credential cannot see.
 */
const TOKEN_RETRIES = 3;

/**
 * POST {baseUrl}/token, sent again after 429, 5xx and network faults that may pass, with the data
 * requests' backoff. Errors carry no request data: the body holds the client secret.
 */
async function exchangeApiKey(
	requester: IHttpRequestHelper,
	baseUrl: string,
	body: IDataObject,
): Promise<CachedToken> {
	for (let retry = 0; ; retry++) {
		const outcome = await sendTokenRequest(requester, baseUrl, body);
		const last = retry >= TOKEN_RETRIES;
		if ('networkCode' in outcome) {
			if (!last && RETRY_NETWORK_CODES.has(outcome.networkCode)) {
				await sleep(backoff(retry));
				continue;
			}
			throw tokenNetworkError(baseUrl, outcome.networkCode, retry);
		}
		const { response } = outcome;
		const statusCode = Number(response.statusCode);
		if (!last && (statusCode === 429 || statusCode >= 500)) {
			await sleep(retryAfter(response) ?? backoff(retry));
			continue;
		}
		return issuedToken(statusCode, (response.body ?? {}) as IDataObject, retry);
	}
}

type TokenOutcome = { response: IN8nHttpFullResponse } | { networkCode: string };

async function sendTokenRequest(requester: IHttpRequestHelper, baseUrl: string, body: IDataObject): Promise<TokenOutcome> {
	try {
		const response = (await requester.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/token`,
			body,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// Every request waiting for this key shares the exchange: a hung one must not hold them long.
			timeout: TOKEN_TIMEOUT_MS,
		})) as IN8nHttpFullResponse;
		return { response };
	} catch (error) {
		return { networkCode: String((error as { code?: unknown }).code ?? 'UNKNOWN') };
	}
}

const tries = (retries: number) => (retries ? ` (tried ${retries + 1} times)` : '');

/** A network failure of POST /token, with what to check: the Base URL when nothing answers there, else Chift or the network. */
function tokenNetworkError(baseUrl: string, code: string, retries: number) {
	const setting = code === 'ECONNREFUSED' || code === 'ENOTFOUND';
	// No error code in the message: n8n replaces messages that contain one with generic text.
	return authenticationError(
		`Could not reach Chift at ${baseUrl} to get an access token${tries(retries)}`,
		setting
			? `Network error ${code} on POST /token: nothing answers at this address. Check the Base URL of the Chift API credential and that this n8n can reach it.`
			: `Network error ${code} on POST /token: Chift or the network between this n8n and Chift failed. Try again later; if it persists, check this n8n's network (proxy, firewall).`,
	);
}

/** The token from Chift's answer to POST /token, or an error that says what to check for its status. */
function issuedToken(statusCode: number, data: IDataObject, retries: number): CachedToken {
	if (statusCode === 401 || statusCode === 403) {
		throw authenticationError(
			`Chift rejected the API key (HTTP ${statusCode}): the Account ID, Client ID or Client Secret is wrong`,
			'Copy the three values again from the API keys page of the Chift platform. A sandbox key does not work for production consumers, nor the reverse.',
		);
	}
	if (statusCode < 200 || statusCode >= 300 || typeof data.access_token !== 'string' || !data.access_token) {
		const chiftMessage = typeof data.message === 'string' ? `: ${data.message}` : '';
		throw authenticationError(
			`Chift did not issue an access token (HTTP ${statusCode}${chiftMessage})${tries(retries)}`,
			statusCode === 422
				? 'The Account ID must be a UUID. Copy it again from the API keys page of the Chift platform.'
				: statusCode === 429
					? 'Chift is limiting the requests of this account. Send fewer requests at once, or try again later.'
					: statusCode >= 500
						? 'Chift is failing or unavailable right now (the node asked again with a growing delay). Try again later.'
						: 'Nothing at this address hands out Chift tokens. Check the Base URL of the Chift API credential (the default is https://api.chift.eu).',
		);
	}

	// From expires_in, to the millisecond (expires_on is in whole seconds): the expiry also orders
	// tokens, and two processes often get theirs within the same second.
	const expiresIn = Number(data.expires_in) * 1000;
	const expiresOn = Number(data.expires_on) * 1000;
	const expiresAt = expiresIn > 0 ? Date.now() + expiresIn : expiresOn > 0 ? expiresOn : Date.now() + 1_800_000;
	return { token: data.access_token, expiresAt };
}
