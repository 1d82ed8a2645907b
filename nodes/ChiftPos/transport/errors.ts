import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What the transport keeps of a failed call: never the request, which holds the bearer token. */
export interface FailedCall {
	status?: number;
	body?: unknown;
	headers?: Record<string, unknown>;
	/** Network error code (ECONNRESET, ETIMEDOUT...) when no response came back. */
	networkCode?: string;
	/** Set when the credential could not get a token (credentials/ChiftApi.credentials.ts). */
	authentication?: { message: string; description?: string; httpCode?: string };
}

/** Pulls status, body and network code out of what httpRequestWithAuthentication threw. */
export function describeFailure(error: unknown): FailedCall {
	const chain: IDataObject[] = [];
	for (let link = error as IDataObject | undefined; link && chain.length < 4; link = link.cause as IDataObject) {
		chain.push(link);
	}
	const withResponse = chain.find((link) => link.response && typeof link.response === 'object');
	if (withResponse) {
		const response = withResponse.response as IDataObject;
		return {
			status: Number(response.status),
			body: response.data,
			headers: (response.headers ?? {}) as Record<string, unknown>,
		};
	}
	const fromCredential = chain.find((link) => link.errorCode === 'ERROR_CHIFT_AUTHENTICATION_ERROR');
	if (fromCredential) {
		return {
			authentication: {
				message: String(fromCredential.message),
				description: fromCredential.description as string | undefined,
				httpCode: fromCredential.httpCode as string | undefined,
			},
		};
	}
	const withCode = chain.find((link) => typeof link.code === 'string');
	return { networkCode: (withCode?.code as string | undefined) ?? 'UNKNOWN' };
}

interface ChiftErrorBody {
	message?: string;
	error_code?: string;
	detail?: unknown;
}

const STATUS_HINTS: Record<number, string> = {
	400: 'Chift or the POS could not carry out the request. Check the connection of this consumer in the Chift platform.',
	401: 'Chift refused the credentials. Check the Chift API credential (a sandbox key does not work for production consumers, nor the reverse).',
	403: 'This API key may not access this consumer. Check the key restrictions in the Chift platform.',
	404: 'Nothing with this ID exists for this consumer. Check the consumer and the ID.',
	405: "The POS connected to this consumer does not support this operation. Check the connector's coverage in the Chift documentation, or use another operation.",
	409: 'Chift has already received a request with this idempotency key.',
	422: 'Chift rejected the data sent. Correct the fields listed above.',
	429: 'Too many requests. Lower the number of items sent at once, or try again later.',
	500: 'Chift had an internal error. Try again later.',
	502: 'The POS behind this consumer failed or refused Chift. Try again later, or check the connection in the Chift platform.',
	503: 'Chift is unavailable. Try again later.',
	504: 'The POS behind this consumer did not answer in time. Try again later.',
};

/** A 422's detail entries as "field: reason" lines. */
function validationIssues(detail: unknown): string[] {
	if (!Array.isArray(detail)) return [];
	return detail.map((entry: IDataObject) => {
		const location = Array.isArray(entry.loc)
			? entry.loc.filter((part) => part !== 'body').join('.')
			: String(entry.loc ?? '');
		return `${location || 'request'}: ${String(entry.msg ?? entry.type ?? 'invalid')}`;
	});
}

/**
 * The error a user sees for a failed Chift call: Chift's message as the message; the error code,
 * field details and what to do as the description; the item it belongs to.
 */
export function chiftError(
	node: INode,
	failure: FailedCall,
	context: { itemIndex?: number; baseUrl: string; operation?: string },
): NodeApiError | NodeOperationError {
	const { itemIndex } = context;
	if (failure.authentication) {
		const { message, description, httpCode } = failure.authentication;
		return new NodeApiError(node, { message, description: description ?? '' } as JsonObject, {
			message,
			description,
			httpCode,
			itemIndex,
		});
	}
	if (failure.status === undefined || Number.isNaN(failure.status)) {
		return new NodeApiError(node, { message: failure.networkCode ?? 'network error' } as JsonObject, {
			message: `Could not reach Chift at ${context.baseUrl} (${failure.networkCode})`,
			description: 'The connection failed before Chift answered. Check the Base URL of the Chift API credential and the network, then try again.',
			itemIndex,
		});
	}

	const status = failure.status;
	const body: ChiftErrorBody =
		failure.body && typeof failure.body === 'object' ? (failure.body as ChiftErrorBody) : {};
	const chiftMessage =
		typeof body.message === 'string' && body.message
			? body.message
			: typeof failure.body === 'string' && failure.body && failure.body.length < 300
				? failure.body
				: `Chift answered with HTTP ${status}`;
	const issues = validationIssues(body.detail);
	const lines = [
		...issues,
		typeof body.detail === 'string' && body.detail ? body.detail : '',
		body.error_code ? `Chift error code: ${body.error_code}.` : '',
		STATUS_HINTS[status] ?? '',
	].filter(Boolean);

	const errorBody: JsonObject = {
		message: chiftMessage,
		httpCode: String(status),
		...(body.error_code ? { errorCode: body.error_code } : {}),
		...(issues.length ? { issues } : {}),
	};
	const message =
		issues.length && chiftMessage === 'Validation error'
			? `Chift rejected the request: ${issues.join('; ')}`
			: chiftMessage;
	return new NodeApiError(node, errorBody, {
		message,
		description: lines.join('\n'),
		httpCode: String(status),
		itemIndex,
	});
}
