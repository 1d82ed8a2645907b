import type { IDataObject, ILoadOptionsFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { consumerLocator } from '../shared/operations/descriptions';
import type { ChiftClient } from '../shared/transport/ChiftClient';
import { triggerDescription } from '../shared/webhooks/description';
import { apiOfListedEvent, eventsLoader, integrationsLoader, listedEvents } from '../shared/webhooks/lists';
import { apiOfEvent } from '../shared/webhooks/records';
import type { TriggerSettings } from '../shared/webhooks/trigger';
import { receiveDelivery, webhookMethodsOf } from '../shared/webhooks/trigger';

/** Any event Chift offers the account: platform events without an integration, an API's events per integration. */
const CHIFT_TRIGGER: TriggerSettings = {
	displayName: 'Chift Trigger',
	apiOf: apiOfListedEvent,
	systemOf: (api) => api,
	fetch: { option: 'fetchFullRecord', errorField: 'fullRecordError' },
};

/** The API of the event chosen in the node (for its lists), undefined for a platform event. */
async function apiOfChosenEvent(context: ILoadOptionsFunctions, client: ChiftClient) {
	const event = String(context.getCurrentNodeParameter('event') ?? '');
	if (!event) return undefined;
	const listed = (await listedEvents(client)).find((item: IDataObject) => item.event === event);
	return apiOfEvent(event, listed?.api);
}

export class ChiftTrigger implements INodeType {
	description: INodeTypeDescription = {
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["event"]}}',
		...triggerDescription({
			displayName: 'Chift Trigger',
			name: 'chiftTrigger',
			description: 'Starts the workflow when Chift reports an event: a new or changed connection, a flow run, an issue, an order...',
			event: {
				method: 'getEvents',
				default: 'account.connection.created',
				description: 'The event to listen to, from the events Chift offers your account: platform events (account.…) and the events of each API.',
			},
			fetch: {
				displayName: 'Fetch Full Record',
				name: 'fetchFullRecord',
				description:
					"Whether to get the record the event names (a POS order, an e-commerce order, an invoice) from the consumer's system and output it, with the consumerid and event, instead of the bare event. Other events are output as they are. If the record cannot be read, the event is output with a fullRecordError field.",
			},
			allConsumers: 'The events of every consumer of the account (for an API event: of those using the chosen integration)',
			consumer: { ...consumerLocator('events'), description: 'The Chift consumer (your customer) whose events start the workflow' },
			integration: {
				displayName: 'Integration Name or ID',
				method: 'getIntegrations',
				dependsOn: ['event'],
				description:
					'For an event of one API (such as pos.order.completed): Chift registers it per integration, and the events of every consumer using that integration start the workflow. Not used for platform events (account.…).',
			},
			connection: {
				displayName: 'Connection Name or ID',
				name: 'connectionId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getConnections', loadOptionsDependsOn: ['consumerId.value', 'event'] },
				default: '',
				description:
					'For an API event, only when the consumer has several connections to that API: the one to listen to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		}),
	};

	methods = {
		loadOptions: {
			getEvents: eventsLoader(),
			getIntegrations: integrationsLoader(apiOfChosenEvent),
			getConnections: connectionsLoader(apiOfChosenEvent),
		},
		listSearch: { searchConsumers },
	};

	webhookMethods = webhookMethodsOf(CHIFT_TRIGGER);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery(this, CHIFT_TRIGGER);
	}
}
