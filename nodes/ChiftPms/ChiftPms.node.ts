import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftPms } from './actions/registry';
import { searchCustomers, searchLocations } from './methods/listSearch';

/** Chift's unified Property Management System API (hotels): a description, a registry and operation files on the shared core. */
export class ChiftPms implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftPms),
		displayName: 'Chift PMS',
		name: 'chiftPms',
		description: 'Read hotel data (stays, invoices, guests, payments, closures...) from a property management system through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift PMS' },
	};

	methods = {
		listSearch: { searchConsumers, searchCustomers, searchLocations },
		loadOptions: { getConnections: connectionsLoader('Property Management System') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftPms);
	}
}
