import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftPos } from './actions/registry';
import { searchCustomers, searchLocations, searchOrders } from './methods/listSearch';

/**
 * Programmatic rather than declarative: one token for all items, a bounded number of requests in
 * flight, idempotency keys per item and validation of every item before the first request need
 * control over how items are sent (see README, Architecture).
 */
export class ChiftPos implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftPos),
		displayName: 'Chift POS',
		name: 'chiftPos',
		description: 'Read and write point-of-sale data through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift POS' },
	};

	methods = {
		listSearch: { searchConsumers, searchCustomers, searchLocations, searchOrders },
		loadOptions: { getConnections: connectionsLoader('Point of Sale') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftPos);
	}
}
