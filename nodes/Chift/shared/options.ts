import { concurrency, retries } from '../../shared/operations/options';

/**
 * The options of the platform's operations. No connection, raw data or data layer: these routes
 * are Chift's own, not a consumer's system. No idempotency key either: Chift scopes its keys to a
 * consumer's connection (and looks them up there), so the platform's writes are not deduplicated;
 * the client never resends one whose outcome is unknown (see ChiftClient).
 */
export const readOptions = [concurrency, retries];
export const writeOptions = [concurrency, retries];
