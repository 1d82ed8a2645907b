import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftAccounting } from './actions/registry';
import {
	searchAnalyticAccounts,
	searchAnalyticPlans,
	searchClients,
	searchFolders,
	searchInvoicePartners,
	searchJournals,
	searchLedgerAccounts,
	searchPartners,
	searchPaymentMethods,
	searchPaymentTerms,
	searchSuppliers,
	searchVatCodes,
} from './methods/listSearch';

/** Chift's unified Accounting API: a description, a registry and operation files on the shared core. */
export class ChiftAccounting implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftAccounting),
		displayName: 'Chift Accounting',
		name: 'chiftAccounting',
		description: 'Read and write accounting data (clients, invoices, journal entries...) through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift Accounting' },
	};

	methods = {
		listSearch: {
			searchConsumers,
			searchFolders,
			searchClients,
			searchSuppliers,
			searchJournals,
			searchLedgerAccounts,
			searchVatCodes,
			searchAnalyticAccounts,
			searchAnalyticPlans,
			searchInvoicePartners,
			searchPartners,
			searchPaymentMethods,
			searchPaymentTerms,
		},
		loadOptions: { getConnections: connectionsLoader('Accounting') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftAccounting);
	}
}
