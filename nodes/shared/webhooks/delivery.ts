import { createHash, createHmac, timingSafeEqual } from 'crypto';
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

/** Replay Tolerance (Seconds) when the option is not set. */
export const DEFAULT_REPLAY_TOLERANCE_SECONDS = 300;
/** The most deliveries remembered for spotting repeats; the oldest are forgotten first. */
export const MAX_REMEMBERED_DELIVERIES = 1000;

/** The tolerance an option value stands for: a number of seconds ≥ 0, else the default. */
export function toleranceOf(value: unknown): number {
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_REPLAY_TOLERANCE_SECONDS;
}

/** A delivery's `created` (Unix seconds, which Chift signs into the body), or undefined when it has none that can be read. */
export function createdOf(body: IDataObject): number | undefined {
	const { created } = body;
	const seconds = typeof created === 'string' && /^\d+(\.\d+)?$/.test(created.trim()) ? Number(created) : created;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * Why a verified delivery is refused for its age, or undefined when it is fresh: its `created` is
 * missing or unreadable, more than `toleranceSeconds` before now (a replay of an old delivery) or
 * after now (clock skew). A tolerance of 0 turns the check off, as in Stripe's SDKs.
 */
export function staleness(created: number | undefined, nowSeconds: number, toleranceSeconds: number): string | undefined {
	if (toleranceSeconds <= 0) return undefined;
	if (created === undefined) {
		return 'Delivery has no readable created (Unix seconds), which Chift signs into every delivery: it cannot be checked for replay';
	}
	const age = Math.round(nowSeconds - created);
	if (age > toleranceSeconds) return `Delivery too old: created ${created} is ${age} s before now, more than the ${toleranceSeconds} s allowed`;
	if (-age > toleranceSeconds) {
		return `Delivery from the future: created ${created} is ${-age} s after now, more than the ${toleranceSeconds} s allowed (check the clocks)`;
	}
	return undefined;
}

/**
 * What identifies a delivery: the first 128 bits of the SHA-256 of its verified body, compact
 * (Chift signs the compact JSON; formatting of the raw bytes does not make another delivery).
 */
export function deliveryIdOf(body: unknown): string {
	return createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32);
}

/** Deliveries already seen: id → their `created`. */
export type SeenDeliveries = Record<string, number>;

/**
 * Whether the delivery `id` (created at `created`) was seen already, and the seen deliveries after
 * it, as a new object: without those created more than `toleranceSeconds` before now (a repeat of
 * those is refused as too old anyway) and without the oldest beyond `max`.
 */
export function rememberDelivery(
	seen: unknown,
	id: string,
	created: number,
	nowSeconds: number,
	toleranceSeconds: number,
	max = MAX_REMEMBERED_DELIVERIES,
): { duplicate: boolean; seen: SeenDeliveries } {
	const kept = Object.entries(seen && typeof seen === 'object' ? (seen as Record<string, unknown>) : {}).filter(
		(entry): entry is [string, number] =>
			typeof entry[1] === 'number' && Number.isFinite(entry[1]) && nowSeconds - entry[1] <= toleranceSeconds,
	);
	const duplicate = kept.some(([known]) => known === id);
	if (!duplicate) kept.push([id, created]);
	kept.sort((a, b) => b[1] - a[1]); // newest first: what the cap drops is the oldest
	return { duplicate, seen: Object.fromEntries(kept.slice(0, max)) };
}
