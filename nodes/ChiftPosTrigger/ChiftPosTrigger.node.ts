import { randomBytes } from 'crypto';
import type {
	IDataObject,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { consumerLocator } from '../shared/operations/descriptions';
import { connection } from '../ChiftPos/shared/options';
import { connectionHeader } from '../shared/operations/options';
import { textOf } from '../shared/operations/parameters';
import type { TransportSettings } from '../shared/transport/ChiftClient';
import { ChiftClient, DEFAULT_SETTINGS } from '../shared/transport/ChiftClient';
import type { SeenDeliveries } from './delivery';
import {
	DEFAULT_REPLAY_TOLERANCE_SECONDS,
	createdOf,
	deliveryIdOf,
	isSignedByChift,
	reasonToIgnore,
	rememberDelivery,
	staleness,
	toleranceOf,
} from './delivery';

const ORDER_COMPLETED = 'pos.order.completed';
/** Chift's name of the POS API in connections and integrations. */
const POS_API = 'Point of Sale';

interface Registration {
	webhookId?: string;
	signingSecret?: string;
	integrationId?: number;
	/**
	 * The deliveries that started the workflow within the replay tolerance, to ignore repeats. In
	 * the workflow's static data because n8n saves it after each webhook call (it survives
	 * restarts). Each call works on its own copy read from the database and saves it back whole:
	 * two deliveries handled at the same moment (queue mode's webhook processes, or one process)
	 * can both pass, and the later save drops the other's entry.
	 */
	deliveries?: SeenDeliveries;
}

interface ChiftWebhook {
	webhookid: string;
	event: string;
	url: string;
	status?: string;
	integrationid?: number | null;
}

/**
 * Fetching the order while Chift waits for the delivery's answer: short attempts, one short retry,
 * and 10 s for all of it, the connection lookup and a token renewal included.
 */
export const FETCH_SETTINGS: TransportSettings = { ...DEFAULT_SETTINGS, retries: 1, timeoutMs: 8_000, maxRetryDelayMs: 2_000, deadlineMs: 10_000 };

/**
 * The consumer's connection to the POS the webhook is registered for (All Consumers): a consumer
 * with several POS needs X-Chift-ConnectionId; none when there is no single match.
 */
async function connectionFor(client: ChiftClient, consumerId: string, integrationId: number | undefined) {
	let connections: IDataObject[];
	try {
		connections = await client.connectionsOf(consumerId, POS_API);
	} catch {
		return undefined; // without the header, a consumer with one POS is still read
	}
	const matching = connections.filter((item) => item.status === 'active' && Number(item.integrationid) === integrationId);
	return matching.length === 1 ? String(matching[0].connectionid) : undefined;
}

const registrationOf = (context: IHookFunctions | IWebhookFunctions) =>
	context.getWorkflowStaticData('node') as Registration;

/** The POS integration the webhook is registered for: the chosen consumer's, or the chosen one. */
async function integrationOf(context: IHookFunctions, client: ChiftClient): Promise<number> {
	if (context.getNodeParameter('consumers') === 'all') return Number(context.getNodeParameter('integrationId'));
	const consumerId = textOf(context.getNodeParameter('consumerId', undefined, { extractValue: true }));
	const wanted = textOf((context.getNodeParameter('options', {}) as IDataObject).connectionId);
	const pos = (await client.connectionsOf(consumerId, POS_API)).filter((item: IDataObject) =>
		wanted ? item.connectionid === wanted : item.status === 'active',
	);
	if (pos.length !== 1) {
		throw new NodeOperationError(
			context.getNode(),
			pos.length ? 'This consumer has several POS connections' : 'This consumer has no active POS connection',
			{
				description: pos.length
					? 'Pick the one to listen to in Options → Connection.'
					: 'Connect a POS to this consumer in the Chift platform first.',
			},
		);
	}
	return Number(pos[0].integrationid);
}

export class ChiftPosTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chift POS Trigger',
		name: 'chiftPosTrigger',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Chift reports a point-of-sale event, such as a completed order',
		defaults: { name: 'Chift POS Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiftApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Event Name or ID',
				name: 'event',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPosEvents' },
				default: ORDER_COMPLETED,
				required: true,
				description:
					'The POS event to listen to, from the events Chift offers your account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Consumers',
				name: 'consumers',
				type: 'options',
				options: [
					{ name: 'One Consumer', value: 'one', description: 'Only the events of one consumer' },
					{
						name: 'All Consumers',
						value: 'all',
						description: 'The events of every consumer of the account that uses a given POS',
					},
				],
				default: 'one',
			},
			{ ...consumerLocator('point of sale'), displayOptions: { show: { consumers: ['one'] } } },
			{
				displayName: 'POS Name or ID',
				name: 'integrationId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPosIntegrations' },
				default: '',
				required: true,
				description:
					'Chift registers webhooks per POS system: the events of every consumer using this POS start the workflow. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				displayOptions: { show: { consumers: ['all'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{ ...connection.property, displayOptions: { show: { '/consumers': ['one'] } } },
					{
						displayName: 'Fetch Full Order',
						name: 'fetchFullOrder',
						type: 'boolean',
						default: false,
						description:
							'Whether to get the order (items, payments, taxes) from the POS and output it, with the consumerid, instead of the bare event. For order events only. If the order cannot be read, the event is output with a fullOrderError field.',
					},
					{
						displayName: 'Replay Tolerance (Seconds)',
						name: 'replayToleranceSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: DEFAULT_REPLAY_TOLERANCE_SECONDS,
						description:
							'Deliveries whose signed created time is more than this many seconds before now (a replay), or after now (clock skew), or that have none, are refused with 401; a repeat of a delivery within this window is acknowledged and ignored. 0 turns both checks off.',
					},
				],
			},
		],
	};

	methods = {
		listSearch: { searchConsumers },
		loadOptions: {
			getConnections: connectionsLoader(POS_API),
			async getPosEvents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const client = await ChiftClient.create(this);
				const events = await client.call<IDataObject[]>({ method: 'GET', path: '/webhooks/list' });
				const pos = (Array.isArray(events) ? events : []).filter((item) => String(item.event).startsWith('pos.'));
				return pos.map((item) => ({ name: String(item.event), value: String(item.event) }));
			},
			async getPosIntegrations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const client = await ChiftClient.create(this);
				const integrations = await client.call<IDataObject[]>({ method: 'GET', path: '/integrations' });
				return (Array.isArray(integrations) ? integrations : [])
					.filter((item) => item.api === POS_API)
					.map((item) => ({ name: String(item.name), value: Number(item.integrationid) }))
					.sort((a, b) => a.name.localeCompare(b.name));
			},
		},
	};

	webhookMethods = {
		default: {
			/** A registration made earlier for this node and URL, with a secret we still hold. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const registration = registrationOf(this);
				const url = this.getNodeWebhookUrl('default');
				const client = await ChiftClient.create(this);
				const webhooks = await client.call<ChiftWebhook[]>({ method: 'GET', path: '/webhooks' });
				const ours = (Array.isArray(webhooks) ? webhooks : []).filter((webhook) => webhook.url === url);
				const known = ours.find(
					(webhook) =>
						webhook.webhookid === registration.webhookId &&
						webhook.event === this.getNodeParameter('event') &&
						webhook.status !== 'inactive' &&
						webhook.integrationid === registration.integrationId,
				);
				if (known && registration.signingSecret) return true;
				// Replace what cannot be used as it is: a registration whose signing secret is lost (its
				// deliveries cannot be verified), or one for another event, POS or that Chift disabled.
				for (const webhook of ours) {
					await client.call({ method: 'DELETE', path: `/webhooks/${encodeURIComponent(webhook.webhookid)}`, ignoreStatuses: [404] });
				}
				delete registration.webhookId;
				delete registration.signingSecret;
				delete registration.integrationId;
				return false;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const client = await ChiftClient.create(this);
				const signingSecret = randomBytes(32).toString('hex');
				const integrationId = await integrationOf(this, client);
				const { body: webhook, attempts } = await client.callCountingAttempts<ChiftWebhook>({
					method: 'POST',
					path: '/webhooks',
					body: {
						event: this.getNodeParameter('event') as string,
						url: this.getNodeWebhookUrl('default') as string,
						signingsecret: signingSecret,
						integrationid: integrationId,
					},
				});
				Object.assign(registrationOf(this), { webhookId: webhook.webhookid, signingSecret, integrationId });
				// A registration sent again after a lost answer may exist twice, and each would start
				// the workflow: keep only the one Chift answered with. Best effort: the registration
				// itself succeeded, and checkExists replaces unknown ones at the next activation.
				if (attempts > 1) {
					try {
						const webhooks = await client.call<ChiftWebhook[]>({ method: 'GET', path: '/webhooks' });
						const url = this.getNodeWebhookUrl('default');
						const twins = (Array.isArray(webhooks) ? webhooks : []).filter(
							(item) => item.url === url && item.webhookid !== webhook.webhookid,
						);
						for (const twin of twins) {
							await client.call({ method: 'DELETE', path: `/webhooks/${encodeURIComponent(twin.webhookid)}`, ignoreStatuses: [404] });
						}
					} catch (error) {
						this.logger.warn(
							`Chift POS Trigger: a duplicate webhook registration may remain (replaced at the next activation): ${(error as Error).message}`,
						);
					}
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const registration = registrationOf(this);
				if (registration.webhookId) {
					const client = await ChiftClient.create(this);
					await client.call({ method: 'DELETE', path: `/webhooks/${encodeURIComponent(registration.webhookId)}`, ignoreStatuses: [404] });
				}
				delete registration.webhookId;
				delete registration.signingSecret;
				delete registration.integrationId;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as unknown as { rawBody?: Buffer };
		const body = this.getBodyData();
		const { signingSecret } = registrationOf(this);
		if (!isSignedByChift(this.getHeaderData()['x-chift-signature'], signingSecret ?? '', request.rawBody, body)) {
			this.getResponseObject().status(401).json({ message: 'Invalid or missing X-Chift-Signature' });
			return { noWebhookResponse: true };
		}

		const options = this.getNodeParameter('options', {}) as IDataObject;
		// A signed delivery stays valid for ever: its signed `created` bounds how long it can be replayed.
		const tolerance = toleranceOf(options.replayToleranceSeconds);
		const now = Date.now() / 1000;
		const created = createdOf(body);
		const stale = staleness(created, now, tolerance);
		if (stale) {
			this.getResponseObject().status(401).json({ message: stale });
			return { noWebhookResponse: true };
		}

		const all = this.getNodeParameter('consumers') === 'all';
		const reason = reasonToIgnore(body, {
			event: this.getNodeParameter('event') as string,
			consumerId: all ? undefined : textOf(this.getNodeParameter('consumerId', undefined, { extractValue: true })),
		});
		if (reason) return { webhookResponse: { received: true, ignored: reason } };

		if (tolerance > 0 && created !== undefined) {
			const id = deliveryIdOf(body);
			const registration = registrationOf(this);
			const { duplicate, seen } = rememberDelivery(registration.deliveries, id, created, now, tolerance);
			// Assigned, not changed in place: n8n saves static data only when a property is set.
			registration.deliveries = seen;
			if (duplicate) return { webhookResponse: { received: true, ignored: `duplicate delivery ${id} (created ${created}), already received` } };
		}

		let output: IDataObject = body;
		if (options.fetchFullOrder === true && typeof body.order_id === 'string' && typeof body.consumerid === 'string') {
			try {
				// Chift waits for this answer: few retries, short attempts.
				const client = await ChiftClient.create(this, FETCH_SETTINGS);
				const connectionId = all
					? await connectionFor(client, body.consumerid, registrationOf(this).integrationId)
					: options.connectionId;
				const header = connectionHeader(connectionId);
				const order = await client.consumerCall<IDataObject>(body.consumerid, {
					method: 'GET',
					path: `/pos/orders/${encodeURIComponent(body.order_id)}`,
					action: 'Get the completed order',
					headers: header ? { [header[0]]: header[1] } : undefined,
				});
				// The order does not say whose it is; with all consumers the workflow needs to know.
				output = { ...order, consumerid: body.consumerid, event: body.event };
			} catch (error) {
				// The event is not lost when the order cannot be read: Chift's redelivery policy is
				// undocumented, so the workflow starts with the event and says why the order is missing.
				const { message, description } = error as { message?: string; description?: string };
				output = { ...body, fullOrderError: { message: message ?? String(error), ...(description ? { description } : {}) } };
			}
		}
		return { workflowData: [this.helpers.returnJsonArray([output])] };
	}
}
