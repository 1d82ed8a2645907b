import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { connectionsLoader, searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chiftPayment } from './actions/registry';
import { searchBalances, searchLocations, searchPayments, searchPayouts } from './methods/listSearch';

/** Chift's unified Payment API (payment providers): a description, a registry and operation files on the shared core. */
export class ChiftPayment implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chiftPayment),
		displayName: 'Chift Payment',
		name: 'chiftPayment',
		description: 'Read payment provider data (payments, refunds, payouts, balances, transactions) through the Chift unified API',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift Payment' },
	};

	methods = {
		listSearch: { searchConsumers, searchBalances, searchLocations, searchPayments, searchPayouts },
		loadOptions: { getConnections: connectionsLoader('Payment') },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiftPayment);
	}
}
