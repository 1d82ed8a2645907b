import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftBanking } from './actions/registry';
import { searchAccounts } from './methods/listSearch';

/** Chift's unified Banking API: a description, a registry and operation files on the shared core. */
export class ChiftBanking implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftBanking),
		displayName: 'Chift Banking',
		name: 'chiftBanking',
		description: 'Read bank accounts, transactions, balances and attachments through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift Banking' },
	};

	methods = {
		listSearch: { searchConsumers, searchAccounts },
		loadOptions: { getConnections: connectionsLoader('Banking') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftBanking);
	}
}
