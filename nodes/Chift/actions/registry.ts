import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { createConnection } from './connection/create.operation';
import { deleteConnection } from './connection/delete.operation';
import { getManyConnections } from './connection/getAll.operation';
import { getConnectionTransaction } from './connection/getTransaction.operation';
import { updateConnection } from './connection/update.operation';
import { createConsumer } from './consumer/create.operation';
import { deleteConsumer } from './consumer/delete.operation';
import { getConsumer } from './consumer/get.operation';
import { getManyConsumers } from './consumer/getAll.operation';
import { updateConsumer } from './consumer/update.operation';
import { disableDataLayer } from './dataLayer/disable.operation';
import { enableDataLayer } from './dataLayer/enable.operation';
import { refreshDataLayer } from './dataLayer/refresh.operation';
import { getDatalabSchemas } from './datalab/getSchemas.operation';
import { queryDatalab } from './datalab/query.operation';
import { queryDatalabGroups } from './datalab/queryGroups.operation';
import { getManyDatastores } from './datastore/getAll.operation';
import { createDatastoreData } from './datastoreData/create.operation';
import { deleteDatastoreData } from './datastoreData/delete.operation';
import { getManyDatastoreData } from './datastoreData/getAll.operation';
import { updateDatastoreData } from './datastoreData/update.operation';
import { disableFlow } from './flow/disable.operation';
import { enableFlow } from './flow/enable.operation';
import { getFlowExecution } from './flow/getExecution.operation';
import { getFlowExecutions } from './flow/getExecutions.operation';
import { sendFlowEvent } from './flow/sendEvent.operation';
import { updateFlow } from './flow/update.operation';
import { getManyIntegrations } from './integration/getAll.operation';
import { getIntegrationLogo } from './integration/getLogo.operation';
import { getIssue } from './issue/get.operation';
import { getManyIssues } from './issue/getAll.operation';
import { getManyIssuesForConsumer } from './issue/getManyForConsumer.operation';
import { createSync } from './sync/create.operation';
import { createSyncConsumerLink } from './sync/createConsumerLink.operation';
import { getSync } from './sync/get.operation';
import { getManySyncs } from './sync/getAll.operation';
import { getSyncExecutions } from './sync/getExecutions.operation';
import { getSyncForConsumer } from './sync/getForConsumer.operation';
import { updateSyncMappings } from './sync/updateMappings.operation';
import { createWebhook } from './webhook/create.operation';
import { deleteWebhook } from './webhook/delete.operation';
import { getWebhook } from './webhook/get.operation';
import { getManyWebhooks } from './webhook/getAll.operation';
import { getWebhookEventTypes } from './webhook/getEventTypes.operation';
import { getWebhookLogs } from './webhook/getLogs.operation';
import { updateWebhook } from './webhook/update.operation';

/**
 * Every resource and operation of the Chift node: the platform's own routes (consumers, their
 * connections, syncs and flows, datastores, integrations, issues, the data layer, webhooks, the
 * Datalab). A new operation is one file and one line here. Defaults are part of saved workflows:
 * the default resource and each resource's default operation never change once released.
 */
export const chift: ChiftNodeDefinition = {
	system: 'connections and data',
	defaultResource: 'consumer',
	resources: [
		{ name: 'Consumer', value: 'consumer', operations: [createConsumer, deleteConsumer, getConsumer, getManyConsumers, updateConsumer], defaultOperation: 'create' },
		{ name: 'Connection', value: 'connection', operations: [createConnection, deleteConnection, getManyConnections, getConnectionTransaction, updateConnection] },
		{ name: 'Data Layer', value: 'dataLayer', operations: [disableDataLayer, enableDataLayer, refreshDataLayer] },
		{ name: 'Sync', value: 'sync', operations: [createSync, createSyncConsumerLink, getSync, getManySyncs, getSyncExecutions, getSyncForConsumer, updateSyncMappings] },
		{ name: 'Flow', value: 'flow', operations: [disableFlow, enableFlow, getFlowExecution, getFlowExecutions, sendFlowEvent, updateFlow] },
		{ name: 'Datastore', value: 'datastore', operations: [getManyDatastores] },
		{ name: 'Datastore Data', value: 'datastoreData', operations: [createDatastoreData, deleteDatastoreData, getManyDatastoreData, updateDatastoreData] },
		{ name: 'Integration', value: 'integration', operations: [getManyIntegrations, getIntegrationLogo] },
		{ name: 'Issue', value: 'issue', operations: [getIssue, getManyIssues, getManyIssuesForConsumer] },
		{ name: 'Webhook', value: 'webhook', operations: [createWebhook, deleteWebhook, getWebhook, getManyWebhooks, getWebhookEventTypes, getWebhookLogs, updateWebhook] },
		{ name: 'Datalab', value: 'datalab', operations: [getDatalabSchemas, queryDatalab, queryDatalabGroups] },
	],
};
