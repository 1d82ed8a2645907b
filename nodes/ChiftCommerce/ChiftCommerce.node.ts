import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftCommerce } from './actions/registry';
import { searchCustomers, searchLocations, searchOrders, searchPaymentMethods, searchProducts, searchVariants } from './methods/listSearch';

/** Chift's unified eCommerce API (web shops): a description, a registry and operation files on the shared core. */
export class ChiftCommerce implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftCommerce),
		displayName: 'Chift eCommerce',
		name: 'chiftCommerce',
		description: 'Read and write web shop data (orders, customers, products, stock...) through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift eCommerce' },
	};

	methods = {
		listSearch: { searchConsumers, searchCustomers, searchLocations, searchOrders, searchPaymentMethods, searchProducts, searchVariants },
		loadOptions: { getConnections: connectionsLoader('eCommerce') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftCommerce);
	}
}
