import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ChiftClient } from '../transport/ChiftClient';

/** Consumers of the account for the Consumer list, searched by name, internal reference or ID. */
export async function searchConsumers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const client = await ChiftClient.create(this);
	const wanted = (filter ?? '').trim();
	const consumers = await client.call<IDataObject[]>({
		method: 'GET',
		path: '/consumers',
		qs: wanted ? { search: wanted } : undefined,
	});
	const needle = wanted.toLowerCase();
	const matches = (consumer: IDataObject) =>
		!needle ||
		[consumer.name, consumer.internal_reference, consumer.consumerid].some((value) =>
			String(value ?? '')
				.toLowerCase()
				.includes(needle),
		);
	return {
		results: (Array.isArray(consumers) ? consumers : [])
			.filter(matches)
			.map((consumer) => ({
				name: consumer.internal_reference
					? `${String(consumer.name)} (${String(consumer.internal_reference)})`
					: String(consumer.name),
				value: String(consumer.consumerid),
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}
