'use strict';
/**
 * Every operation of Chift's OpenAPI document that no node offers yet, or that the package leaves
 * out on purpose, with the reason. test/spec.test.js fails when an operation is neither offered by
 * a node nor listed here, and when an operation listed here is offered (then remove it here).
 */

/** Operations a planned node (names fixed in the package's public contract) will offer. */
const NOT_YET_OFFERED = [
	{
		node: 'chiftInvoicing',
		reason: 'Not yet offered: the Chift Invoicing node is planned.',
		operationIds: [
			'invoicing_get_contacts',
			'invoicing_post_contacts',
			'invoicing_get_contact',
			'invoicing_get_products',
			'invoicing_post_products',
			'invoicing_get_product',
			'invoicing_get_taxes',
			'invoicing_get_tax',
			'invoicing_get_invoices',
			'invoicing_post_invoices',
			'invoicing_get_invoice',
			'invoicing_upload_document',
			'invoicing_get_opportunities',
			'invoicing_get_opportunity',
			'invoicing_get_payments',
			'invoicing_create_payment',
			'invoicing_update_payment',
			'invoicing_get_payments_methods',
			'invoicing_get_bank_accounts',
			'invoicing_get_bank_transactions',
		],
	},
	{
		node: 'chiftBanking',
		reason: 'Not yet offered: the Chift Banking node is planned.',
		operationIds: [
			'banking_get_financial_institutions',
			'banking_get_accounts',
			'banking_get_account_transactions',
			'banking_get_account_counterparts',
			'banking_get_attachments',
			'banking_get_opening_balance',
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
