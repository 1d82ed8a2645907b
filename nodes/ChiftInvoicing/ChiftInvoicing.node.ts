import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftInvoicing } from './actions/registry';
import {
	searchBankAccounts,
	searchContacts,
	searchInvoices,
	searchOpportunities,
	searchPaymentMethods,
	searchPayments,
	searchProducts,
	searchTaxes,
} from './methods/listSearch';

/** Chift's unified Invoicing API: a description, a registry and operation files on the shared core. */
export class ChiftInvoicing implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftInvoicing),
		displayName: 'Chift Invoicing',
		name: 'chiftInvoicing',
		description: 'Read and write invoicing data (invoices, contacts, products, payments...) through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift Invoicing' },
	};

	methods = {
		listSearch: {
			searchConsumers,
			searchContacts,
			searchProducts,
			searchTaxes,
			searchInvoices,
			searchOpportunities,
			searchPayments,
			searchPaymentMethods,
			searchBankAccounts,
		},
		loadOptions: { getConnections: connectionsLoader('Invoicing') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftInvoicing);
	}
}
