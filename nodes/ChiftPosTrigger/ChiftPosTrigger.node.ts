import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { consumerLocator } from '../shared/operations/descriptions';
import { connection } from '../ChiftPos/shared/options';
import { triggerDescription } from '../shared/webhooks/description';
import { eventsLoader, integrationsLoader } from '../shared/webhooks/lists';
import type { TriggerSettings } from '../shared/webhooks/trigger';
import { receiveDelivery, webhookMethodsOf } from '../shared/webhooks/trigger';

export { FETCH_SETTINGS } from '../shared/webhooks/trigger';

const ORDER_COMPLETED = 'pos.order.completed';
/** Chift's name of the POS API in connections and integrations. */
const POS_API = 'Point of Sale';

/** Every event of this node is a POS event, registered per POS integration. */
const POS_TRIGGER: TriggerSettings = {
	displayName: 'Chift POS Trigger',
	apiOf: async () => POS_API,
	systemOf: () => 'POS',
	fetch: { option: 'fetchFullOrder', errorField: 'fullOrderError' },
};

export class ChiftPosTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerDescription({
			displayName: 'Chift POS Trigger',
			name: 'chiftPosTrigger',
			description: 'Starts the workflow when Chift reports a point-of-sale event, such as a completed order',
			event: {
				method: 'getPosEvents',
				default: ORDER_COMPLETED,
				description: 'The POS event to listen to, from the events Chift offers your account.',
			},
			allConsumers: 'The events of every consumer of the account that uses a given POS',
			consumer: consumerLocator('point of sale'),
			integration: {
				displayName: 'POS Name or ID',
				method: 'getPosIntegrations',
				required: true,
				description: 'Chift registers webhooks per POS system: the events of every consumer using this POS start the workflow.',
			},
			connection: connection.property,
			fetch: {
				displayName: 'Fetch Full Order',
				name: 'fetchFullOrder',
				description:
					'Whether to get the order (items, payments, taxes) from the POS and output it, with the consumerid, instead of the bare event. For order events only. If the order cannot be read, the event is output with a fullOrderError field.',
			},
		}),
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["event"]}}',
	};

	methods = {
		listSearch: { searchConsumers },
		loadOptions: {
			getConnections: connectionsLoader(POS_API),
			getPosEvents: eventsLoader((event) => event.startsWith('pos.')),
			getPosIntegrations: integrationsLoader(async () => POS_API),
		},
	};

	webhookMethods = webhookMethodsOf(POS_TRIGGER);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery(this, POS_TRIGGER);
	}
}
