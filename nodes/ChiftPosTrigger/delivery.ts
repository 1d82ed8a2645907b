import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

const hmacHex = (secret: string, payload: Buffer | string) => createHmac('sha256', secret).update(payload).digest('hex');

function sameHex(expected: string, given: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(given, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether X-Chift-Signature is the hex HMAC-SHA256 of the delivery with our signing secret.
 * Chift's documentation hashes the body re-serialised compactly; the raw bytes are accepted too,
 * so that either reading of it verifies.
 */
export function isSignedByChift(
	signature: unknown,
	secret: string,
	rawBody: Buffer | string | undefined,
	body: unknown,
): boolean {
	const given = typeof signature === 'string' ? signature.trim().toLowerCase().replace(/^sha256=/, '') : '';
	if (!given || !secret) return false;
	const candidates: Array<Buffer | string> = [];
	if (rawBody !== undefined && rawBody.length) candidates.push(rawBody);
	if (body !== undefined) candidates.push(JSON.stringify(body));
	return candidates.some((payload) => sameHex(hmacHex(secret, payload), given));
}

export interface DeliveryFilter {
	event: string;
	/** The consumer to listen to; undefined for every consumer of the account. */
	consumerId?: string;
}

/** Why a verified delivery starts no execution, or undefined when it should start one. */
export function reasonToIgnore(body: IDataObject, filter: DeliveryFilter): string | undefined {
	if (body.event !== filter.event) return `event ${String(body.event)} is not ${filter.event}`;
	if (filter.consumerId && body.consumerid !== filter.consumerId) return `consumer ${String(body.consumerid)} is not the one selected`;
	return undefined;
}
