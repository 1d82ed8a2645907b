import type { INodeProperties } from 'n8n-workflow';

import type { ItemParameters } from './parameters';
import { maxLength } from './checks';
import { textOf } from './parameters';

export const idempotencyKeyOption: INodeProperties = {
	displayName: 'Idempotency Key',
	name: 'idempotencyKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $json.externalId }}',
	description:
		'Sent as x-chift-client-requestid: Chift carries out a request whose key it has already seen only once. Empty: a key made of the execution, the node and the item, so retries never create twice. Set your own (for example an external ID) to be safe across executions too.',
};

/**
 * The x-chift-client-requestid of an item: the user's key, or one that is the same for every
 * attempt of this item in this run of the node and different for any other item or run.
 */
export function idempotencyKeyOf(item: ItemParameters): string {
	const options = item.collection('options');
	const own = textOf(options.idempotencyKey);
	if (own) {
		const checked = maxLength(255)(own);
		if ('problem' in checked) throw item.invalid(`Idempotency Key ${checked.problem}`, checked.fix);
		return own;
	}
	const { context, itemIndex } = item;
	const runIndex = context.getWorkflowDataProxy(itemIndex).$runIndex;
	return ['n8n', context.getExecutionId(), context.getNode().id, runIndex, itemIndex].join(':');
}
