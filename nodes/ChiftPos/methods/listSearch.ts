import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chiftDay } from '../shared/dates';
import { connectionHeader } from '../shared/options';
import { textOf } from '../shared/parameters';
import type { ChiftPosRequest } from '../shared/types';
import { ChiftClient } from '../transport/ChiftClient';

const contains = (needle: string, ...values: unknown[]) =>
	!needle || values.some((value) => String(value ?? '').toLowerCase().includes(needle));

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
async function posContext(context: ILoadOptionsFunctions) {
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

/** One page of a POS list as list-search results, the next page number as pagination token. */
async function searchPage(
	context: ILoadOptionsFunctions,
	request: ChiftPosRequest,
	paginationToken: string | undefined,
	toResult: (record: IDataObject) => INodeListSearchItems,
	keep: (record: IDataObject) => boolean = () => true,
): Promise<INodeListSearchResult> {
	const { consumerId, headers, client } = await posContext(context);
	const page = Number(paginationToken ?? 1) || 1;
	const size = 50;
	const body = await client.pos<IDataObject>(consumerId, {
		...request,
		headers,
		qs: { ...request.qs, page, size },
	});
	const items = (Array.isArray(body?.items) ? body.items : []) as IDataObject[];
	return {
		results: items.filter(keep).map(toResult),
		paginationToken: page * size < Number(body?.total ?? 0) ? String(page + 1) : undefined,
	};
}

export async function searchLocations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const needle = (filter ?? '').trim().toLowerCase();
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/locations' },
		paginationToken,
		(location) => ({ name: String(location.name ?? location.id), value: String(location.id) }),
		(location) => contains(needle, location.name, location.id),
	);
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const search = (filter ?? '').trim();
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/customers', qs: search ? { search } : undefined },
		paginationToken,
		(customer) => ({
			name: customer.email ? `${String(customer.name)} (${String(customer.email)})` : String(customer.name ?? customer.id),
			value: String(customer.id),
		}),
	);
}

/** The orders of the last 7 days, newest pages first as Chift serves them. */
export async function searchOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const needle = (filter ?? '').trim().toLowerCase();
	const today = new Date();
	const weekAgo = new Date(today.getTime() - 7 * 24 * 3600 * 1000);
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/orders', qs: { date_from: chiftDay(weekAgo), date_to: chiftDay(today) } },
		paginationToken,
		(order) => ({
			name: [`#${String(order.order_number ?? order.id)}`, String(order.creation_date ?? '').replace('T', ' ').slice(0, 16), `${String(order.total ?? '')} ${String(order.currency ?? '')}`.trim()]
				.filter(Boolean)
				.join(' · '),
			value: String(order.id),
		}),
		(order) => contains(needle, order.order_number, order.id),
	);
}

/** The consumer's POS connections, for the Connection option. */
export async function getConnections(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { consumerId, client } = await posContext(this);
	return (await client.posConnectionsOf(consumerId)).map((item) => ({
		name: `${String(item.name ?? item.integration)}${item.status === 'active' ? '' : ` (${String(item.status)})`}`,
		value: String(item.connectionid),
		description: `${String(item.integration ?? '')} connection ${String(item.connectionid)}`,
	}));
}
