import type { INodeProperties } from 'n8n-workflow';

import { maxLength } from './checks';
import { textOf } from './parameters';
import { CONNECTION_HEADER, IDEMPOTENCY_HEADER } from '../transport/ChiftClient';
import type { ChiftOption } from './types';

/** x-chift-client-requestid: the user's key, or one made of the instance, workflow, execution, node and item. */
export const idempotencyKey: ChiftOption = {
	property: {
		displayName: 'Idempotency Key',
		name: 'idempotencyKey',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.externalId }}',
		description:
			'Sent as x-chift-client-requestid: Chift carries out a request whose key it has already seen only once. Empty: a key made of the n8n instance, the workflow, the execution, the node and the item, so retries never act twice. Set your own (for example an external ID) to be safe across executions too.',
	},
	header(item, value) {
		const own = textOf(value);
		if (own) {
			const checked = maxLength(255)(own);
			if ('problem' in checked) throw item.invalid(`Idempotency Key ${checked.problem}`, checked.fix);
			return [IDEMPOTENCY_HEADER, own];
		}
		const { context, itemIndex } = item;
		const runIndex = context.getWorkflowDataProxy(itemIndex).$runIndex;
		// Chift keeps keys for 6 months per connection: the instance and the workflow keep another
		// n8n (or a reset database counting executions from 1 again) from reusing one.
		const key = ['n8n', context.getInstanceId(), context.getWorkflow().id ?? '', context.getExecutionId(), context.getNode().id, runIndex, itemIndex];
		return [IDEMPOTENCY_HEADER, key.join(':')];
	},
};

/** X-Chift-ConnectionId, for consumers with more than one POS; none when no connection is picked. */
export function connectionHeader(value: unknown): [string, string] | undefined {
	const id = textOf(value);
	return id ? [CONNECTION_HEADER, id] : undefined;
}

/**
 * The options that name the consumer's system ("POS", "accounting system"): which connection to
 * use, its own answers, Chift's data layer. Names and values are the same for every node.
 */
function systemOptions(system: string) {
	const connection: ChiftOption = {
		property: {
			displayName: 'Connection Name or ID',
			name: 'connectionId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getConnections', loadOptionsDependsOn: ['consumerId.value'] },
			default: '',
			description: `Only for consumers with several ${system} systems: the connection to use. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		},
		header: (_item, value) => connectionHeader(value),
	};

	/** x-chift-raw-data: the connector's own answers beside Chift's model. */
	const rawData: ChiftOption = {
		property: {
			displayName: 'Include Raw Data',
			name: 'rawData',
			type: 'boolean',
			default: false,
			description: `Whether to add the ${system}'s own answers under raw_data. In Get Many results they come with the first record of each page.`,
		},
		header: (_item, value) => (value === true ? ['x-chift-raw-data', 'true'] : undefined),
	};

	/** x-chift-datalayer: read Chift's synchronised copy instead of the live system. */
	const sources = [
		{ name: `Live ${system}`, value: 'live', description: `Ask the ${system} itself` },
		{ name: 'Chift Data Layer', value: 'true', description: "Read Chift's synchronised copy (must be enabled for the account)" },
		{ name: 'Data Layer if Available', value: 'if_available', description: `Read Chift's copy, or the ${system} when there is none` },
	];
	const dataLayer: ChiftOption = {
		property: {
			displayName: 'Data Source',
			name: 'dataLayer',
			type: 'options',
			default: 'live',
			options: sources,
			description: 'Where Chift reads the data from',
		},
		header(_item, value) {
			const source = textOf(value);
			return source && source !== 'live' ? ['x-chift-datalayer', source] : undefined;
		},
	};
	return { connection, rawData, dataLayer };
}

/** Requests in flight at once for the whole run of the node. */
export const concurrency: ChiftOption = {
	property: {
		displayName: 'Max Concurrent Requests',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 50 },
		default: 10,
		description:
			'How many requests to Chift may be under way at once for all items together. Lower it if the system behind Chift limits its request rate.',
	},
};

/** Retries of requests that failed for a passing reason. */
export const retries: ChiftOption = {
	property: {
		displayName: 'Retries',
		name: 'retries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10 },
		default: 3,
		description:
			'How often to send a request again after a passing failure (429, 502, 503, 504, connection reset or timeout), waiting 0.5 s, 1 s, 2 s... or as long as Chift asks. 0 turns retrying off. Writes are never done twice.',
	},
};

/** The options of one node's operations, its system named in their texts ("POS"). */
export function optionSet(system: string) {
	const { connection, rawData, dataLayer } = systemOptions(system);
	return {
		connection,
		/** The options of every read. */
		readOptions: [connection, dataLayer, rawData, concurrency, retries],
		/** The options of every write. */
		writeOptions: [connection, idempotencyKey, concurrency, retries],
	};
}

export const optionProperties = (options: ChiftOption[]): INodeProperties[] =>
	options.map((option) => option.property).sort((a, b) => a.displayName.localeCompare(b.displayName));
