import type { IDataObject, IHookFunctions, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ChiftClient } from '../transport/ChiftClient';
import { apiOfEvent } from './records';

/** The events Chift offers the account (GET /webhooks/list): [{ event, api }]. */
export async function listedEvents(client: ChiftClient): Promise<IDataObject[]> {
	const events = await client.call<IDataObject[]>({ method: 'GET', path: '/webhooks/list' });
	return (Array.isArray(events) ? events : []).filter((item) => typeof item.event === 'string' && item.event !== '');
}

/** The Event list of a trigger: the offered events that `keep` accepts, with their API as description. */
export function eventsLoader(keep: (event: string) => boolean = () => true) {
	return async function getEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const events = await listedEvents(await ChiftClient.create(this));
		return events
			.filter((item) => keep(String(item.event)))
			.map((item) => {
				const api = apiOfEvent(String(item.event), item.api);
				return {
					name: String(item.event),
					value: String(item.event),
					description: api ? `${api} event, registered per integration` : 'Chift platform event',
				};
			});
	};
}

/**
 * The unified API of an event as the account's event list names it, undefined for a platform
 * event; an event the list does not offer is refused before anything is registered.
 */
export async function apiOfListedEvent(context: IHookFunctions, client: ChiftClient, event: string): Promise<string | undefined> {
	const listed = (await listedEvents(client)).find((item) => item.event === event);
	if (!listed) {
		throw new NodeOperationError(context.getNode(), `Chift does not offer the event "${event}" to this account`, {
			description: 'Pick an event from the list: it shows the events Chift offers your account.',
		});
	}
	return apiOfEvent(event, listed.api);
}

/** The integrations of one API for the Integration list (a loadOptions method); `apiOf` says which API. */
export function integrationsLoader(apiOf: (context: ILoadOptionsFunctions, client: ChiftClient) => Promise<string | undefined>) {
	return async function getIntegrations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const client = await ChiftClient.create(this);
		const api = await apiOf(this, client);
		if (api === undefined) return [];
		const integrations = await client.call<IDataObject[]>({ method: 'GET', path: '/integrations' });
		return (Array.isArray(integrations) ? integrations : [])
			.filter((item) => item.api === api)
			.map((item) => ({ name: String(item.name), value: Number(item.integrationid) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
