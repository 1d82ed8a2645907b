import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { connectionHeader } from '../operations/options';
import { textOf } from '../operations/parameters';
import type { ChiftRequest } from '../operations/types';
import { ChiftClient } from '../transport/ChiftClient';

export const contains = (needle: string, ...values: unknown[]) =>
	!needle || values.some((value) => String(value ?? '').toLowerCase().includes(needle));

/** A plain list (Chift answers it whole, not paged) as list-search results, filtered by the search text on name and ID. */
export function listResults(records: unknown, label: (record: IDataObject) => string, id: string, filter?: string): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: (Array.isArray(records) ? (records as IDataObject[]) : [])
			.filter((record) => contains(needle, label(record), record[id]))
			.map((record) => ({ name: label(record), value: String(record[id]) })),
	};
}

/** Consumers of the account for the Consumer list, searched by name, internal reference or ID. */
export async function searchConsumers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const client = await ChiftClient.create(this);
	const wanted = (filter ?? '').trim();
	const consumers = await client.call<IDataObject[]>({
		method: 'GET',
		path: '/consumers',
		qs: wanted ? { search: wanted } : undefined,
	});
	const needle = wanted.toLowerCase();
	return {
		results: (Array.isArray(consumers) ? consumers : [])
			.filter((consumer) => contains(needle, consumer.name, consumer.internal_reference, consumer.consumerid))
			.map((consumer) => ({
				name: consumer.internal_reference
					? `${String(consumer.name)} (${String(consumer.internal_reference)})`
					: String(consumer.name),
				value: String(consumer.consumerid),
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

/** The consumer picked in the node, and the connection picked in its options, for the other lists. */
export async function consumerContext(context: ILoadOptionsFunctions) {
	const consumerId = textOf(context.getCurrentNodeParameter('consumerId', { extractValue: true }));
	if (!consumerId) {
		throw new NodeOperationError(context.getNode(), 'Pick a consumer first', {
			description: 'This list shows the data of the consumer selected above.',
		});
	}
	const options = (context.getCurrentNodeParameter('options') ?? {}) as IDataObject;
	const header = connectionHeader(options.connectionId);
	return {
		consumerId,
		headers: header ? { [header[0]]: header[1] } : undefined,
		client: await ChiftClient.create(context),
	};
}

/** One page of a consumer's list (POS, accounting...) as list-search results, the next page number as pagination token. */
export async function searchPage(
	context: ILoadOptionsFunctions,
	request: ChiftRequest,
	paginationToken: string | undefined,
	/** A record's entry, or its entries (a product's variants). */
	toResult: (record: IDataObject) => INodeListSearchItems | INodeListSearchItems[],
	keep: (record: IDataObject) => boolean = () => true,
): Promise<INodeListSearchResult> {
	const { consumerId, headers, client } = await consumerContext(context);
	const page = Number(paginationToken ?? 1) || 1;
	const size = 50;
	const body = await client.consumerCall<IDataObject>(consumerId, {
		...request,
		headers,
		qs: { ...request.qs, page, size },
	});
	const items = (Array.isArray(body?.items) ? body.items : []) as IDataObject[];
	return {
		results: items.filter(keep).flatMap(toResult),
		paginationToken: page * size < Number(body?.total ?? 0) ? String(page + 1) : undefined,
	};
}

/**
 * The consumer's connections to one API, for the Connection option (a loadOptions method). `api`
 * may depend on the node's parameters (a trigger's event); none when it is undefined.
 */
export function connectionsLoader(api: string | ((context: ILoadOptionsFunctions, client: ChiftClient) => Promise<string | undefined>)) {
	return async function getConnections(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const { consumerId, client } = await consumerContext(this);
		const name = typeof api === 'string' ? api : await api(this, client);
		if (name === undefined) return [];
		return (await client.connectionsOf(consumerId, name)).map((item) => ({
			name: `${String(item.name ?? item.integration)}${item.status === 'active' ? '' : ` (${String(item.status)})`}`,
			value: String(item.connectionid),
			description: `${String(item.integration ?? '')} connection ${String(item.connectionid)}`,
		}));
	};
}

/**
 * A list search over one paged list of the consumer (locations, customers, payments...): each
 * record named by `label`, its `idField` as the value. The search text is matched on name and ID
 * on this page or, with `serverSearch`, sent to Chift as `search` for the lists that take it.
 * `qs` adds query values of the node's parameters (the folder picked, a date range).
 */
export function recordSearch(
	path: string,
	label: (record: IDataObject) => string,
	idField = 'id',
	qs?: (context: ILoadOptionsFunctions) => IDataObject | undefined,
	serverSearch = false,
) {
	return async function search(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const text = (filter ?? '').trim();
		return await searchPage(
			this,
			{ method: 'GET', path, qs: { ...qs?.(this), ...(serverSearch && text ? { search: text } : {}) } },
			paginationToken,
			(record) => ({ name: label(record), value: String(record[idField]) }),
			(record) => serverSearch || contains(text.toLowerCase(), label(record), record[idField]),
		);
	};
}
