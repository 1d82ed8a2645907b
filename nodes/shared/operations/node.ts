import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { describeOperations } from './registry';
import type { ChiftNodeDefinition } from './types';

/**
 * What the description of every Chift node on a consumer's data shares: one input and one output,
 * the Chift API credential and the parameters made from the node's registry. The node adds its
 * names and texts, and the icon, subtitle and usableAsTool, which n8n's linter reads from the
 * node's own literal.
 */
export function unifiedApiDescription(definition: ChiftNodeDefinition) {
	return {
		group: ['transform'],
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiftApi', required: true }],
		properties: describeOperations(definition),
	} satisfies Partial<INodeTypeDescription>;
}
