'use strict';
/**
 * The platform's sample records: a restaurant software vendor's Chift account that syncs its
 * customers' POS sales to their accounting every night, keeps each customer's VAT mapping in a
 * datastore, and meets the usual issues (a POS login that expired).
 */
const crypto = require('crypto');

const { CONSUMERS } = require('../sample-data');
const { daysBefore } = require('../kit');

const IDS = {
	sync: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
	flowSales: 'e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7',
	flowClosures: 'f3a4b5c6-d7e8-4f9a-8b12-c3d4e5f6a7b8',
	datastore: 'a4b5c6d7-e8f9-4a0b-9c23-d4e5f6a7b8c9',
};

function createState(data, today = new Date()) {
	const day = (days, time = '06:00:00') => `${daysBefore(today, days)}T${time}Z`;
	const flows = [
		{
			id: IDS.flowSales,
			name: 'Daily sales to journal entry',
			description: "Posts yesterday's POS sales as one journal entry",
			execution: { type: 'module', data: { name: 'pos_sales_to_accounting' } },
			triggers: [{ id: 'trigger-1', type: 'timer', cronschedules: ['0 6 * * *'] }],
		},
		{
			id: IDS.flowClosures,
			name: 'Closures on demand',
			description: 'Posts the closures of a period when asked (custom event)',
			execution: { type: 'module', data: { name: 'pos_closures_to_accounting' } },
			triggers: [{ id: 'trigger-1', type: 'event' }],
		},
	];
	const syncs = [
		{
			syncid: IDS.sync,
			name: 'POS to accounting',
			config: { datalayer: { enabled: false } },
			connections: [
				{ one_api: 1, connection_type: 1, display_order: 0, display_hidden: false },
				{ one_api: 3, connection_type: 1, display_order: 1, display_hidden: false },
			],
			mappings: [{ name: 'journals', description: 'Where the sales are posted', display_order: 0, sub_mappings: [] }],
			consumers: [CONSUMERS.bistro],
			flows,
		},
	];
	const mapping = (target) => ({
		name: 'journals',
		description: 'Where the sales are posted',
		display_order: 0,
		values: [{ source_id: 'sales', target_id: target }],
		hidden_source_ids: [],
		sub_mapping_name: 'sales_journal',
	});
	/** Per consumer and sync: the consumer's use of it (SyncConsumerItem without syncid/sync_name). */
	const consumerSyncs = new Map([
		[
			`${CONSUMERS.bistro} ${IDS.sync}`,
			{
				status: 'active',
				link_createdon: day(30, '09:12:00'),
				link_mappings: [mapping('VEN')],
				link_metadata: { crm_id: 'CUST-001' },
				enabled_flows: [{ id: IDS.flowSales, name: flows[0].name, values: {}, enabled_on: day(30, '09:15:00'), trigger: { id: 'trigger-1', type: 'timer', cronschedule: '0 6 * * *' } }],
			},
		],
	]);
	const executions = [1, 2, 3].map((days, index) => ({
		id: `7a1c0e2b-0000-4000-8000-00000000000${index + 1}`,
		parentexecutionid: null,
		start: day(days, '06:00:00'),
		end: day(days, '06:00:41'),
		status: index === 1 ? 'error' : 'success',
		consumer_id: CONSUMERS.bistro,
		flow_id: IDS.flowSales,
	}));
	const datastores = [
		{
			id: IDS.datastore,
			name: 'VAT mapping',
			status: 'active',
			definition: {
				columns: [
					{ name: 'pos_tax_id', title: 'POS tax', type: 'string' },
					{ name: 'vat_code', title: 'Accounting VAT code', type: 'string' },
					{ name: 'rate', title: 'Rate', type: 'number', optional: true },
				],
				search_column: 'pos_tax_id',
			},
		},
	];
	/** Rows by `${consumerId} ${datastoreId}`. */
	const rows = new Map([
		[
			`${CONSUMERS.bistro} ${IDS.datastore}`,
			[
				{ id: 'b0c1d2e3-0000-4000-8000-000000000001', data: { pos_tax_id: 'tax-21', vat_code: '21', rate: 21 }, created_on: day(30, '09:20:00'), modified_on: day(30, '09:20:00') },
				{ id: 'b0c1d2e3-0000-4000-8000-000000000002', data: { pos_tax_id: 'tax-6', vat_code: '6', rate: 6 }, created_on: day(30, '09:20:00'), modified_on: day(30, '09:20:00') },
			],
		],
	]);
	const issue = (id, consumer, connectionid, integration_id, integration_name, code, title, level, days) => ({
		id,
		consumer_id: consumer,
		connection_id: connectionid,
		integration_id,
		integration_name,
		created_on: day(days, '06:00:12'),
		updated_on: day(1, '06:00:12'),
		last_seen: day(1, '06:00:12'),
		error: { error_code: code, status: 'open', title, description: `${title} (${integration_name})` },
		occurrences: days,
		level,
	});
	const issues = [
		issue('iss-0001', CONSUMERS.pizzeria, 'c0a80101-0000-4000-8000-000000000004', 1004, 'Tiller', 'ERROR_CONNECTOR_AUTHENTICATION', 'The POS refused the login', 'error', 4),
		issue('iss-0002', CONSUMERS.bistro, 'c0a80101-0000-4000-8000-000000000011', 2002, 'Exact Online', 'ERROR_TECHNICAL_MAPPING', 'A POS tax has no VAT code in the mapping', 'warning', 2),
	];
	const issueEvents = new Map(issues.map((item) => [item.id, [{ id: `${item.id}-ev1`, execution_id: executions[1].id, created_on: item.last_seen, context: { flow: flows[0].name }, message: item.error.title }]]));
	const webhookLogs = new Map();
	/** A delivery's log line (WebhookLogItem), newest first. */
	const logDelivery = (webhook, httpstatus) => {
		const line = { webhooklogid: crypto.randomUUID(), webhookid: webhook.webhookid, event: webhook.event, url: webhook.url, accountid: webhook.accountid, createdon: new Date().toISOString(), httpstatus, integrationid: webhook.integrationid ?? null };
		webhookLogs.set(webhook.webhookid, [line, ...(webhookLogs.get(webhook.webhookid) ?? [])]);
	};
	return { IDS, syncs, consumerSyncs, executions, datastores, rows, issues, issueEvents, links: new Map(), webhookLogs, logDelivery };
}

module.exports = { createState, IDS };
