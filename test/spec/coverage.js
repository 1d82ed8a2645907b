'use strict';
/**
 * Every operation of Chift's OpenAPI document that no node offers yet, or that the package leaves
 * out on purpose, with the reason. test/spec.test.js fails when an operation is neither offered by
 * a node nor listed here, and when an operation listed here is offered (then remove it here).
 */

/** Operations a planned node (names fixed in the package's public contract) will offer. */
const NOT_YET_OFFERED = [
	{
		node: 'chift',
		reason: 'Not yet offered: the Chift (platform) node is planned.',
		operationIds: [
			'consumers_get_consumers',
			'consumers_create_consumer',
			'consumers_get_consumer',
			'consumers_update_consumer',
			'consumers_delete_consumer',
			'syncs_get_consumer_executions',
			'syncs_create_synctoconsumer',
			'syncs_get_syncconsumer',
			'datastores_get_consumer_and_datastoredata',
			'datastores_create_consumer_datastoredata',
			'datastores_update_consumer_datastoredata',
			'datastores_delete_consumer_datastoredata',
			'connections_get_connections',
			'connections_create_connection',
			'connections_update_connection',
			'connections_delete_connection',
			'get_transaction_by_client_request_id_consumers__consumer_id__connections__connection_id__transactions_get',
			'integrations_get_integrations',
			'integrations_get_integration_logo_json',
			'webhooks_get_webhook_types',
			'webhooks_get_webhooks',
			'webhooks_create_webhook',
			'webhooks_get_webhook',
			'webhooks_update_webhook',
			'webhooks_delete_webhook',
			'webhooks_get_webhook_logs',
			'syncs_get_syncs',
			'syncs_post_sync',
			'syncs_get_sync',
			'syncs_send_custom_event',
			'syncs_get_sync_executions',
			'syncs_get_execution',
			'syncs_update_synctoconsumer',
			'syncs_enable_syncconsumer',
			'syncs_disable_syncconsumer',
			'syncs_update_flowtoconsumer',
			'datalayer_enable',
			'datalayer_refresh',
			'datalayer_disable',
			'datastores_get_datastores',
			'issues_get_issues',
			'issues_get_issues_by_consumer_id',
			'issues_get_issue',
			'datalab_get_cube_schemas',
			'datalab_query_db',
			'datalab_query_groups_join',
		],
	},
];

/** Operations no node will offer. */
const LEFT_OUT = [
	{ operationId: 'generate_access_token_token_post', reason: 'The token exchange is the Chift API credential\'s own work (it renews tokens by itself), not a step of a workflow.' },
	{ operationId: 'generate_mcp_token_mcp_token_post', reason: 'A token for Chift\'s MCP server, for AI clients that speak MCP; in n8n an agent uses the Chift nodes as tools instead.' },
	{ operationId: 'get_releases_local_agents_releases_get', reason: 'Downloads of Chift\'s on-premise connector agent, installed by hand next to a local accounting system: no workflow data.' },
];

module.exports = { NOT_YET_OFFERED, LEFT_OUT };
