import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { consumerContext, listResults } from '../../shared/methods/listSearch';
import { textOf } from '../../shared/operations/parameters';
import { listedEvents } from '../../shared/webhooks/lists';
import { ChiftClient } from '../../shared/transport/ChiftClient';

/** A list of the account (below the API root): every record of `path`. */
const accountSearch = (path: string, label: (record: IDataObject) => string, id: string) =>
	async function search(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const client = await ChiftClient.create(this);
		return listResults(await client.call({ method: 'GET', path }), label, id, filter);
	};

export const searchSyncs = accountSearch('/syncs', (sync) => String(sync.name ?? sync.syncid), 'syncid');
export const searchDatastores = accountSearch('/datastores', (store) => String(store.name ?? store.id), 'id');
export const searchWebhooks = accountSearch('/webhooks', (hook) => `${String(hook.event)} → ${String(hook.url)}${hook.status === 'inactive' ? ' (inactive)' : ''}`, 'webhookid');
export const searchIntegrations = accountSearch('/integrations', (integration) => `${String(integration.name)} (${String(integration.api)})`, 'integrationid');

/** The consumer's connections (active or not), for the Connection field. */
export async function searchConnections(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { consumerId, client } = await consumerContext(this);
	const connections = await client.consumerCall(consumerId, { method: 'GET', path: '/connections' });
	return listResults(connections, (item) => `${String(item.name ?? item.integration)} (${String(item.api)}${item.status === 'active' ? '' : `, ${String(item.status)}`})`, 'connectionid', filter);
}

/** The flows of the sync picked in the Sync field. */
export async function searchFlows(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const syncId = textOf(this.getCurrentNodeParameter('syncId', { extractValue: true }));
	if (!syncId) {
		throw new NodeOperationError(this.getNode(), 'Pick a sync first', { description: 'This list shows the flows of the sync selected above.' });
	}
	const client = await ChiftClient.create(this);
	const sync = await client.call<IDataObject>({ method: 'GET', path: `/syncs/${encodeURIComponent(syncId)}` });
	return listResults(sync?.flows, (flow) => String(flow.name ?? flow.id), 'id', filter);
}

/** The events the account can send to a webhook (Create Webhook's Event). */
export async function getWebhookEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const events = await listedEvents(await ChiftClient.create(this));
	return events
		.map((item) => ({ name: String(item.event), value: String(item.event), description: item.api ? `An event of ${String(item.api)}` : undefined }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
