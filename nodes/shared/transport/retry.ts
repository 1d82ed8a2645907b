import type { IN8nHttpFullResponse } from 'n8n-workflow';

/**
 * When to send a request again, and how long to wait first: one policy for Chift's data requests
 * and for the token exchange (POST /token), so that a passing failure of either is handled alike.
 */

/** Statuses worth sending again: rate limits and failures of Chift or the POS on the way. */
export const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Network failures worth sending again. A refused connection or an unknown host is a setting (the
 * Base URL), and sending again would not change it.
 */
export const RETRY_NETWORK_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN']);

export const FIRST_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 30_000;

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s... (each between half and all of it), capped. */
export function backoff(retry: number): number {
	const ceiling = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** retry);
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Retry-After in seconds or as an HTTP date, capped; undefined when absent or unreadable. */
export function retryAfter(response: Pick<IN8nHttpFullResponse, 'headers'>): number | undefined {
	const header = response.headers?.['retry-after'];
	const value = Array.isArray(header) ? header[0] : header;
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	const delay = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(value)) - Date.now();
	return Number.isFinite(delay) ? Math.min(MAX_RETRY_DELAY_MS, Math.max(0, delay)) : undefined;
}
