import { randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { connectionHeader } from '../operations/options';
import { textOf } from '../operations/parameters';
import type { TransportSettings } from '../transport/ChiftClient';
import { ChiftClient, DEFAULT_SETTINGS } from '../transport/ChiftClient';
import type { SeenDeliveries } from './delivery';
import { createdOf, deliveryIdOf, isSignedByChift, reasonToIgnore, rememberDelivery, staleness, toleranceOf } from './delivery';
import { recordOf } from './records';

/**
 * What a Chift trigger keeps in the node's static data: its registration with Chift and the
 * deliveries seen within the replay tolerance. Both triggers use the same parameter names: event,
 * consumers ('one' | 'all'), consumerId, integrationId, options.connectionId and
 * options.replayToleranceSeconds.
 */
interface Registration {
	webhookId?: string;
	signingSecret?: string;
	/** The integration the webhook is registered for; none for a platform event. */
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
 * Fetching a record while Chift waits for the delivery's answer: short attempts, one short retry,
 * and 10 s for all of it, the connection lookup and a token renewal included.
 */
export const FETCH_SETTINGS: TransportSettings = { ...DEFAULT_SETTINGS, retries: 1, timeoutMs: 8_000, maxRetryDelayMs: 2_000, deadlineMs: 10_000 };

/** How a trigger node differs from the others; everything else is shared. */
export interface TriggerSettings {
	/** The node's display name, for log lines. */
	displayName: string;
	/** The unified API the event belongs to (as Chift names it), undefined for a platform event. */
	apiOf(context: IHookFunctions, client: ChiftClient, event: string): Promise<string | undefined>;
	/** What a consumer's system of that API is called in messages ('POS'). */
	systemOf(api: string): string;
	/** The option asking for the record the event names, and the output field saying why it could not be read. */
	fetch: { option: string; errorField: string };
}

const registrationOf = (context: IHookFunctions | IWebhookFunctions) => context.getWorkflowStaticData('node') as Registration;
const eventOf = (context: IHookFunctions | IWebhookFunctions) => String(context.getNodeParameter('event'));
const optionsOf = (context: IHookFunctions | IWebhookFunctions) => context.getNodeParameter('options', {}) as IDataObject;
const forAllConsumers = (context: IHookFunctions | IWebhookFunctions) => context.getNodeParameter('consumers') === 'all';
const chosenConsumer = (context: IHookFunctions | IWebhookFunctions) =>
	textOf(context.getNodeParameter('consumerId', undefined, { extractValue: true }));

async function removeWebhook(client: ChiftClient, webhookId: string) {
	await client.call({ method: 'DELETE', path: `/webhooks/${encodeURIComponent(webhookId)}`, ignoreStatuses: [404] });
}

async function webhooksAt(client: ChiftClient, url: string | undefined) {
	const webhooks = await client.call<ChiftWebhook[]>({ method: 'GET', path: '/webhooks' });
	return (Array.isArray(webhooks) ? webhooks : []).filter((webhook) => webhook.url === url);
}

function forget(registration: Registration) {
	delete registration.webhookId;
	delete registration.signingSecret;
	delete registration.integrationId;
}

/**
 * The integration the webhook is registered for: none for a platform event; for an API's event the
 * chosen one (All Consumers), or the one of the chosen consumer's connection to that API.
 */
async function integrationOf(context: IHookFunctions, client: ChiftClient, settings: TriggerSettings): Promise<number | undefined> {
	const api = await settings.apiOf(context, client, eventOf(context));
	if (api === undefined) return undefined;
	const system = settings.systemOf(api);
	if (forAllConsumers(context)) {
		const integrationId = Number(context.getNodeParameter('integrationId'));
		if (!Number.isInteger(integrationId) || integrationId <= 0) {
			throw new NodeOperationError(context.getNode(), `Choose the ${system} integration to listen to`, {
				description: `Chift registers the events of an API per integration: pick one in ${system === 'POS' ? 'POS' : 'Integration'}.`,
			});
		}
		return integrationId;
	}
	const wanted = textOf(optionsOf(context).connectionId);
	const connections = (await client.connectionsOf(chosenConsumer(context), api)).filter((item: IDataObject) =>
		wanted ? item.connectionid === wanted : item.status === 'active',
	);
	if (connections.length !== 1) {
		throw new NodeOperationError(
			context.getNode(),
			connections.length ? `This consumer has several ${system} connections` : `This consumer has no active ${system} connection`,
			{
				description: connections.length
					? 'Pick the one to listen to in Options → Connection.'
					: `Connect a ${system} to this consumer in the Chift platform first.`,
			},
		);
	}
	return Number(connections[0].integrationid);
}

/** The webhook methods of a Chift trigger: one registration per node and URL, with a secret only it knows. */
export function webhookMethodsOf(settings: TriggerSettings) {
	return {
		default: {
			/** A registration made earlier for this node and URL, with a secret we still hold. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const registration = registrationOf(this);
				const client = await ChiftClient.create(this);
				const ours = await webhooksAt(client, this.getNodeWebhookUrl('default'));
				const known = ours.find(
					(webhook) =>
						webhook.webhookid === registration.webhookId &&
						webhook.event === eventOf(this) &&
						webhook.status !== 'inactive' &&
						(webhook.integrationid ?? undefined) === registration.integrationId,
				);
				if (known && registration.signingSecret) return true;
				// Replace what cannot be used as it is: a registration whose signing secret is lost (its
				// deliveries cannot be verified), or one for another event, integration or that Chift disabled.
				for (const webhook of ours) await removeWebhook(client, webhook.webhookid);
				forget(registration);
				return false;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const client = await ChiftClient.create(this);
				const signingSecret = randomBytes(32).toString('hex');
				const integrationId = await integrationOf(this, client, settings);
				const url = this.getNodeWebhookUrl('default') as string;
				const { body: webhook, attempts } = await client.callCountingAttempts<ChiftWebhook>({
					method: 'POST',
					path: '/webhooks',
					body: {
						event: eventOf(this),
						url,
						signingsecret: signingSecret,
						...(integrationId === undefined ? {} : { integrationid: integrationId }),
					},
				});
				Object.assign(registrationOf(this), { webhookId: webhook.webhookid, signingSecret, integrationId });
				// A registration sent again after a lost answer may exist twice, and each would start
				// the workflow: keep only the one Chift answered with. Best effort: the registration
				// itself succeeded, and checkExists replaces unknown ones at the next activation.
				if (attempts > 1) {
					try {
						for (const twin of await webhooksAt(client, url)) {
							if (twin.webhookid !== webhook.webhookid) await removeWebhook(client, twin.webhookid);
						}
					} catch (error) {
						this.logger.warn(
							`${settings.displayName}: a duplicate webhook registration may remain (replaced at the next activation): ${(error as Error).message}`,
						);
					}
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const registration = registrationOf(this);
				if (registration.webhookId) await removeWebhook(await ChiftClient.create(this), registration.webhookId);
				forget(registration);
				return true;
			},
		},
	};
}

/**
 * The consumer's connection to the API the webhook is registered for (All Consumers): a consumer
 * with several systems of that API needs X-Chift-ConnectionId; none when there is no single match.
 */
async function connectionFor(client: ChiftClient, consumerId: string, api: string, integrationId: number | undefined) {
	let connections: IDataObject[];
	try {
		connections = await client.connectionsOf(consumerId, api);
	} catch {
		return undefined; // without the header, a consumer with one system of that API is still read
	}
	const matching = connections.filter((item) => item.status === 'active' && Number(item.integrationid) === integrationId);
	return matching.length === 1 ? String(matching[0].connectionid) : undefined;
}

/** The record the delivery names, with whose it is; or the delivery with why the record could not be read. */
async function withRecord(context: IWebhookFunctions, body: IDataObject, errorField: string): Promise<IDataObject> {
	const record = recordOf(String(body.event));
	const id = record && body[record.idField];
	if (!record || typeof id !== 'string' || typeof body.consumerid !== 'string') return body;
	try {
		// Chift waits for this answer: few retries, short attempts.
		const client = await ChiftClient.create(context, FETCH_SETTINGS);
		const connectionId = forAllConsumers(context)
			? await connectionFor(client, body.consumerid, record.api, registrationOf(context).integrationId)
			: optionsOf(context).connectionId;
		const header = connectionHeader(connectionId);
		const found = await client.consumerCall<IDataObject>(body.consumerid, {
			method: 'GET',
			path: `${record.path}${encodeURIComponent(id)}`,
			action: record.action,
			headers: header ? { [header[0]]: header[1] } : undefined,
		});
		// The record does not say whose it is; with all consumers the workflow needs to know.
		return { ...found, consumerid: body.consumerid, event: body.event };
	} catch (error) {
		// The event is not lost when the record cannot be read: Chift's redelivery policy is
		// undocumented, so the workflow starts with the event and says why the record is missing.
		const { message, description } = error as { message?: string; description?: string };
		return { ...body, [errorField]: { message: message ?? String(error), ...(description ? { description } : {}) } };
	}
}

const refuse = (context: IWebhookFunctions, message: string): IWebhookResponseData => {
	context.getResponseObject().status(401).json({ message });
	return { noWebhookResponse: true };
};

/**
 * A delivery: refused with 401 when not signed with our secret, too old or from the future;
 * acknowledged without an execution when it is another event, another consumer's or a repeat;
 * else one execution with the event, or the record it names when asked.
 */
export async function receiveDelivery(context: IWebhookFunctions, settings: TriggerSettings): Promise<IWebhookResponseData> {
	const request = context.getRequestObject() as unknown as { rawBody?: Buffer };
	const body = context.getBodyData();
	const registration = registrationOf(context);
	if (!isSignedByChift(context.getHeaderData()['x-chift-signature'], registration.signingSecret ?? '', request.rawBody, body)) {
		return refuse(context, 'Invalid or missing X-Chift-Signature');
	}

	const options = optionsOf(context);
	// A signed delivery stays valid for ever: its signed `created` bounds how long it can be replayed.
	const tolerance = toleranceOf(options.replayToleranceSeconds);
	const now = Date.now() / 1000;
	const created = createdOf(body);
	const stale = staleness(created, now, tolerance);
	if (stale) return refuse(context, stale);

	const reason = reasonToIgnore(body, {
		event: eventOf(context),
		consumerId: forAllConsumers(context) ? undefined : chosenConsumer(context),
	});
	if (reason) return { webhookResponse: { received: true, ignored: reason } };

	if (tolerance > 0 && created !== undefined) {
		const id = deliveryIdOf(body);
		const { duplicate, seen } = rememberDelivery(registration.deliveries, id, created, now, tolerance);
		// Assigned, not changed in place: n8n saves static data only when a property is set.
		registration.deliveries = seen;
		if (duplicate) return { webhookResponse: { received: true, ignored: `duplicate delivery ${id} (created ${created}), already received` } };
	}

	const output = options[settings.fetch.option] === true ? await withRecord(context, body, settings.fetch.errorField) : body;
	return { workflowData: [context.helpers.returnJsonArray([output])] };
}
