import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { searchConsumers } from '../shared/methods/listSearch';
import { executeOperation } from '../shared/operations/execute';
import { unifiedApiDescription } from '../shared/operations/node';
import { chift } from './actions/registry';
import {
	getWebhookEvents,
	searchConnections,
	searchDatastores,
	searchFlows,
	searchIntegrations,
	searchSyncs,
	searchWebhooks,
} from './methods/listSearch';

/** The Chift platform itself: consumers, connections, syncs, webhooks... on the shared core, like the unified APIs' nodes. */
export class Chift implements INodeType {
	description: INodeTypeDescription = {
		...unifiedApiDescription(chift),
		displayName: 'Chift',
		name: 'chift',
		description: 'Run your Chift account: onboard consumers, send connection links, manage syncs, flows, datastores and webhooks',
		icon: { light: 'file:chift.svg', dark: 'file:chift.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		usableAsTool: true,
		defaults: { name: 'Chift' },
	};

	methods = {
		listSearch: {
			searchConsumers,
			searchConnections,
			searchSyncs,
			searchFlows,
			searchDatastores,
			searchWebhooks,
			searchIntegrations,
		},
		loadOptions: { getWebhookEvents },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chift);
	}
}
