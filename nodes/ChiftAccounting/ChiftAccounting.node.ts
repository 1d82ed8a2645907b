import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { describeOperations } from '../shared/operations/registry';
import { chiftAccounting } from './actions/registry';
import {
	searchClients,
	searchFolders,
	searchInvoicePartners,
	searchJournals,
	searchLedgerAccounts,
	searchPaymentMethods,
	searchPaymentTerms,
	searchSuppliers,
	searchVatCodes,
} from './methods/listSearch';

/** Chift's unified Accounting API: a description, a registry and operation files on the shared core. */
export class ChiftAccounting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chift Accounting',
		name: 'chiftAccounting',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write accounting data (clients, invoices, journal entries...) through the Chift unified API',
		defaults: { name: 'Chift Accounting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiftApi', required: true }],
		properties: describeOperations(chiftAccounting),
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
			searchInvoicePartners,
			searchPaymentMethods,
			searchPaymentTerms,
		},
		loadOptions: { getConnections: connectionsLoader('Accounting') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftAccounting);
	}
}
