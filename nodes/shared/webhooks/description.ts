import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { DEFAULT_REPLAY_TOLERANCE_SECONDS } from './delivery';

const FROM_LIST =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.';

/** What a Chift trigger's description says of its own; the rest is the same for every trigger. */
export interface TriggerDescription {
	displayName: string;
	name: string;
	description: string;
	/** The Event list: its loadOptions method, default and what it offers (before "Choose from the list..."). */
	event: { method: string; default: string; description: string };
	/** What All Consumers listens to. */
	allConsumers: string;
	/** The Consumer locator, shown for One Consumer. */
	consumer: INodeProperties;
	/** The integrationId list, shown for All Consumers (its description ends with "Choose from the list..."). */
	integration: Omit<INodeProperties, 'name' | 'type' | 'default'> & { method: string; dependsOn?: string[] };
	/** The options before Replay Tolerance: the connection (shown for One Consumer) and the fetch option (a boolean, off by default). */
	connection: INodeProperties;
	fetch: Pick<INodeProperties, 'displayName' | 'name' | 'description'>;
}

/** Options → Replay Tolerance (Seconds), the same in every trigger. */
const replayToleranceOption: INodeProperties = {
	displayName: 'Replay Tolerance (Seconds)',
	name: 'replayToleranceSeconds',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: DEFAULT_REPLAY_TOLERANCE_SECONDS,
	description:
		'Deliveries whose signed created time is more than this many seconds before now (a replay), or after now (clock skew), or that have none, are refused with 401; a repeat of a delivery within this window is acknowledged and ignored. 0 turns both checks off.',
};

/**
 * A Chift trigger node's description but its icon and subtitle (which n8n's linter reads from the
 * node's file): one POST webhook, Event, Consumers, Consumer or Integration, Options.
 */
export function triggerDescription(node: TriggerDescription): Omit<INodeTypeDescription, 'icon' | 'subtitle'> {
	const { method, dependsOn, description, ...integration } = node.integration;
	const event: INodeProperties = {
		displayName: 'Event Name or ID',
		name: 'event',
		type: 'options',
		typeOptions: { loadOptionsMethod: node.event.method },
		default: '',
		required: true,
		description: `${node.event.description} ${FROM_LIST}`,
	};
	const fetch: INodeProperties = { ...node.fetch, type: 'boolean', default: false };
	return {
		displayName: node.displayName,
		name: node.name,
		description: node.description,
		defaults: { name: node.displayName },
		group: ['trigger'],
		version: 1,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiftApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{ ...event, default: node.event.default },
			{
				displayName: 'Consumers',
				name: 'consumers',
				type: 'options',
				options: [
					{ name: 'One Consumer', value: 'one', description: 'Only the events of one consumer' },
					{ name: 'All Consumers', value: 'all', description: node.allConsumers },
				],
				default: 'one',
			},
			{ ...node.consumer, displayOptions: { show: { consumers: ['one'] } } },
			{
				...integration,
				name: 'integrationId',
				type: 'options',
				typeOptions: { loadOptionsMethod: method, ...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}) },
				default: '',
				description: `${String(description)} ${FROM_LIST}`,
				displayOptions: { show: { consumers: ['all'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [{ ...node.connection, displayOptions: { show: { '/consumers': ['one'] } } }, fetch, replayToleranceOption],
			},
		],
	};
}
