'use strict';
/**
 * Chift (the platform node) through n8n-core's execution engine against the emulator: for every
 * operation the request it sends (path from the API root or below the consumer, query, body) and
 * what it outputs; the Consumer only where an operation needs one; Return All / Limit on Chift's
 * plain lists and pages; validation before sending; writes never sent twice without an
 * idempotency key; the locators' lists. Every exchange is checked against Chift's OpenAPI document
 * in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS, REGISTRIES, NODE_CLASSES } = require('./support');
const { IDS } = require('./emulator/platform/state');

const handle = useStack();
const stack = () => handle.stack;
const run = (resource, operation, parameters = {}, items, options) => stack().runNode('chift', { resource, operation, ...parameters }, items, options);
/** The requests Chift got, but the token exchange. */
const sent = () => stack().emulator.requests.filter((request) => request.path !== '/token');
const last = () => sent()[sent().length - 1];
const bistro = `/consumers/${CONSUMERS.bistro}`;
const POS_CONNECTION = 'c0a80101-0000-4000-8000-000000000001';
const ACCOUNTING_CONNECTION = 'c0a80101-0000-4000-8000-000000000011';
const listSearch = (method, parameters = {}, filter) =>
	stack().harness.listSearch({ type: 'chift', method, filter, parameters: { consumerId: locator(CONSUMERS.bistro), ...parameters }, credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } } });

describe('the node', () => {
	const description = new NODE_CLASSES.Chift().description;

	test('offers every operation of the registry, and shows the Consumer only for the operations below /consumers/{consumer_id}', () => {
		const consumers = description.properties.filter((property) => property.name === 'consumerId');
		const shown = consumers.flatMap((property) => property.displayOptions.show.operation.map((operation) => `${property.displayOptions.show.resource[0]}.${operation}`));
		const expected = REGISTRIES.chift.resources.flatMap((resource) => resource.operations.filter((operation) => operation.consumer).map((operation) => `${resource.value}.${operation.operation}`));
		expect(shown.sort()).toEqual(expected.sort());
		expect(shown).toEqual(expect.arrayContaining(['consumer.get', 'connection.create', 'flow.enable', 'datastoreData.create', 'issue.getManyForConsumer']));
		expect(shown).not.toEqual(expect.arrayContaining(['consumer.create']));
		expect(shown.filter((name) => ['consumer.create', 'consumer.getAll', 'webhook.create', 'sync.getAll'].includes(name))).toEqual([]);
	});

	test('offers no idempotency key: Chift does not deduplicate the platform\'s writes, and the descriptions of creates say so', () => {
		const options = description.properties.filter((property) => property.name === 'options').flatMap((property) => property.options.map((option) => option.name));
		expect(options).not.toContain('idempotencyKey');
		for (const [resource, operation] of [['consumer', 'create'], ['sync', 'create'], ['webhook', 'create'], ['datastoreData', 'create']]) {
			const found = REGISTRIES.chift.resources.find((item) => item.value === resource).operations.find((item) => item.operation === operation);
			expect(found.description).toMatch(/Not deduplicated by Chift/);
			expect(found.toolDescription).toMatch(/does it again/);
		}
	});

	test('every delete says what it deletes', () => {
		const deletes = REGISTRIES.chift.resources.flatMap((resource) => resource.operations.filter((operation) => operation.operation === 'delete'));
		expect(deletes.length).toBe(4);
		for (const operation of deletes) expect(operation.description).toMatch(/^Delete .{20,}/);
	});
});

describe('Consumer', () => {
	let createdId;

	test('Create posts the consumer at the API root, without a Consumer, and outputs it', async () => {
		const result = await run('consumer', 'create', { name: 'Friterie Margot', additionalFields: { email: 'margot@friterie.example', internalReference: 'CUST-077' }, consumerId: locator('') });
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ name: 'Friterie Margot', email: 'margot@friterie.example', internal_reference: 'CUST-077' });
		expect(last()).toMatchObject({ method: 'POST', path: '/consumers', body: { name: 'Friterie Margot', email: 'margot@friterie.example', internal_reference: 'CUST-077' } });
		createdId = created.consumerid;
	});

	test('Get Many finds it by internal reference; Limit cuts Chift\'s plain list', async () => {
		const found = await run('consumer', 'getAll', { returnAll: true, filters: { internalReference: 'CUST-077' } });
		expect(jsonOf(found.main[0]).map((consumer) => consumer.consumerid)).toEqual([createdId]);
		expect(last().query).toEqual({ internal_reference: 'CUST-077' });
		const limited = await run('consumer', 'getAll', { limit: 2 });
		expect(jsonOf(limited.main[0])).toHaveLength(2);
		const all = await run('consumer', 'getAll', { returnAll: true });
		expect(jsonOf(all.main[0]).length).toBe(stack().emulator.data.consumers.length);
	});

	test('Get and Update use the Consumer picked', async () => {
		const got = await run('consumer', 'get', { consumerId: locator(createdId) });
		expect(jsonOf(got.main[0])).toEqual([expect.objectContaining({ consumerid: createdId, name: 'Friterie Margot' })]);
		expect(last().path).toBe(`/consumers/${createdId}`);
		const updated = await run('consumer', 'update', { consumerId: locator(createdId), updateFields: { redirectUrl: 'https://app.example.com/done' } });
		expect(jsonOf(updated.main[0])[0]).toMatchObject({ redirect_url: 'https://app.example.com/done', name: 'Friterie Margot' });
		expect(last()).toMatchObject({ method: 'PATCH', body: { redirect_url: 'https://app.example.com/done' } });
	});

	test('Delete outputs what it deleted; the consumer is gone', async () => {
		const result = await run('consumer', 'delete', { consumerId: locator(createdId) });
		expect(jsonOf(result.main[0])).toEqual([{ deleted: true, consumerid: createdId }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/consumers/${createdId}`, status: 204 });
		const again = await run('consumer', 'get', { consumerId: locator(createdId) });
		expect(again.error).toBeInstanceOf(NodeApiError);
		expect(again.error.httpCode).toBe('404');
	});

	test('an invalid email is refused before anything is sent', async () => {
		const result = await run('consumer', 'create', { name: 'X', additionalFields: { email: 'not-an-email' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Email/);
		expect(sent()).toEqual([]);
	});

	test('a create whose outcome is unknown (502) is not sent again: without an idempotency key it could exist twice', async () => {
		stack().emulator.inject({ method: 'POST', path: '/consumers', status: 502, body: { status: 'error', message: 'Bad gateway', error_code: 'ERROR_UNKNOWN', detail: '' } });
		const result = await run('consumer', 'create', { name: 'Once Only' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(stack().emulator.requestsTo('POST', '/consumers')).toHaveLength(1);
	});

	test('a create refused with 429 is sent again (Chift did nothing)', async () => {
		stack().emulator.inject({ method: 'POST', path: '/consumers', status: 429, headers: { 'retry-after': '0' }, body: { status: 'error', message: 'Too many requests', error_code: 'ERROR_RATE_LIMIT', detail: '' } });
		const result = await run('consumer', 'create', { name: 'Second Try' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ name: 'Second Try' });
		expect(stack().emulator.requestsTo('POST', '/consumers')).toHaveLength(2);
	});
});

describe('Connection', () => {
	test('Create answers the activation link; opening it creates the connection', async () => {
		const result = await run('connection', 'create', { consumerId: locator(CONSUMERS.bakery), additionalFields: { integrationId: locator('1001', 'list'), name: 'Lightspeed Ixelles', apis: ['Point of Sale'], country: 'BE' } });
		const [link] = jsonOf(result.main[0]);
		expect(link.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_emulator\/connect\/\w+$/);
		expect(last()).toMatchObject({ method: 'POST', path: `/consumers/${CONSUMERS.bakery}/connections`, body: { integrationid: 1001, name: 'Lightspeed Ixelles', apis: ['Point of Sale'], country: 'BE' } });
		const opened = await fetch(link.url, { method: 'POST' });
		expect(opened.status).toBe(200);
		const bakery = stack().emulator.data.consumers.find((consumer) => consumer.consumerid === CONSUMERS.bakery);
		expect(bakery.connections[bakery.connections.length - 1]).toMatchObject({ name: 'Lightspeed Ixelles', integrationid: 1001, api: 'Point of Sale', status: 'active' });
	});

	test('Get Many lists the consumer\'s connections', async () => {
		const result = await run('connection', 'getAll', { consumerId: locator(CONSUMERS.market), returnAll: true });
		expect(jsonOf(result.main[0]).map((connection) => connection.integration)).toEqual(['Lightspeed', 'Square']);
		expect(last().path).toBe(`/consumers/${CONSUMERS.market}/connections`);
	});

	test('Update renames a connection and answers a new link', async () => {
		const result = await run('connection', 'update', { connectionId: locator(ACCOUNTING_CONNECTION, 'list'), updateFields: { name: 'Exact (Bistro)' } });
		expect(jsonOf(result.main[0])[0].url).toMatch(/_emulator\/connect\//);
		expect(last()).toMatchObject({ method: 'PATCH', path: `${bistro}/connections/${ACCOUNTING_CONNECTION}`, body: { name: 'Exact (Bistro)' } });
	});

	test('a connection ID that is no UUID is refused before sending', async () => {
		const result = await run('connection', 'update', { connectionId: locator('exact') });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Connection "exact" is not a valid ID/);
		expect(sent()).toEqual([]);
	});

	test('Get Transaction looks a write up by its idempotency key', async () => {
		await stack().runNode('chiftPos', { resource: 'customer', operation: 'create', firstName: 'Lea', lastName: 'Martin', options: { idempotencyKey: 'crm-lea-1' } });
		const result = await run('connection', 'getTransaction', { connectionId: locator(POS_CONNECTION), clientRequestId: 'crm-lea-1' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ method: 'POST', status_code: 200, created_entity_id: expect.any(String) });
		expect(last()).toMatchObject({ path: `${bistro}/connections/${POS_CONNECTION}/transactions`, query: { client_request_id: 'crm-lea-1' } });
	});

	test('Delete removes the connection of the consumer and says so', async () => {
		const result = await run('connection', 'delete', { consumerId: locator(CONSUMERS.cafe), connectionId: locator('c0a80101-0000-4000-8000-000000000002') });
		expect(jsonOf(result.main[0])).toEqual([{ deleted: true, connectionid: 'c0a80101-0000-4000-8000-000000000002' }]);
		expect(stack().emulator.data.consumers.find((consumer) => consumer.consumerid === CONSUMERS.cafe).connections).toEqual([]);
	});

	test('the Connection list shows the consumer\'s connections with their API', async () => {
		const found = await listSearch('searchConnections', { resource: 'connection', operation: 'update' }, 'exact');
		expect(found.results).toEqual([{ name: expect.stringMatching(/^Exact .*\(Accounting\)$/), value: ACCOUNTING_CONNECTION }]);
	});
});

describe('Data Layer', () => {
	test('Enable, Refresh and Disable a connection\'s copy', async () => {
		const enabled = await run('dataLayer', 'enable', { connectionId: locator(POS_CONNECTION), additionalFields: { fiscalYearsBack: 2, fullHistory: false } });
		expect(jsonOf(enabled.main[0])).toEqual([{ enabled: true, connection_id: POS_CONNECTION }]);
		expect(last()).toMatchObject({ path: `${bistro}/connections/${POS_CONNECTION}/enable_datalayer`, body: { fiscal_years_back: 2, full_history: false } });
		const refreshed = await run('dataLayer', 'refresh', { connectionId: locator(POS_CONNECTION), additionalFields: { forceFromDate: '2026-01-01' } });
		expect(jsonOf(refreshed.main[0])[0]).toMatchObject({ status: 'success' });
		expect(last().body).toEqual({ force_from_date: '2026-01-01' });
		const disabled = await run('dataLayer', 'disable', { connectionId: locator(POS_CONNECTION) });
		expect(jsonOf(disabled.main[0])).toEqual([{ disabled: true, connection_id: POS_CONNECTION }]);
		const refused = await run('dataLayer', 'refresh', { connectionId: locator(POS_CONNECTION) });
		expect(refused.error.message).toMatch(/not enabled/);
	});
});

describe('Sync', () => {
	test('Get Many and Get read the account\'s syncs', async () => {
		const many = await run('sync', 'getAll', { returnAll: true });
		expect(jsonOf(many.main[0]).map((sync) => sync.name)).toEqual(['POS to accounting']);
		expect(last().path).toBe('/syncs');
		const one = await run('sync', 'get', { syncId: locator(IDS.sync, 'list') });
		expect(jsonOf(one.main[0])[0].flows).toHaveLength(2);
		expect(last().path).toBe(`/syncs/${IDS.sync}`);
	});

	test('Create posts the sync with its JSON parts; malformed JSON is refused before sending', async () => {
		const bad = await run('sync', 'create', { name: 'Shop to invoicing', connections: '[{"one_api": 2,' });
		expect(bad.error.message).toMatch(/Connections is not valid JSON/);
		expect(sent()).toEqual([]);
		const result = await run('sync', 'create', { name: 'Shop to invoicing', connections: [{ one_api: 2 }, { one_api: 4 }], additionalFields: { config: '{"presync": {}}' } });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ name: 'Shop to invoicing', syncid: expect.any(String) });
		expect(last().body).toEqual({ name: 'Shop to invoicing', connections: [{ one_api: 2 }, { one_api: 4 }], config: { presync: {} } });
	});

	test('Create Consumer Link, Get for Consumer and Update Mappings work below the consumer', async () => {
		const link = await run('sync', 'createConsumerLink', { syncId: locator(IDS.sync), additionalFields: { integrationIds: '1001, 2002' } });
		expect(jsonOf(link.main[0])[0].url).toMatch(/^http/);
		expect(last()).toMatchObject({ path: `${bistro}/syncs`, body: { syncid: IDS.sync, integrationids: ['1001', '2002'] } });
		const mappings = [{ name: 'journals', sub_mapping_name: 'sales_journal', values: [{ source_id: 'sales', target_id: 'OD' }] }];
		const updated = await run('sync', 'updateMappings', { syncId: locator(IDS.sync), mappings: '={{ $json.mappings }}' }, [{ json: { mappings } }]);
		expect(jsonOf(updated.main[0])).toEqual([{ updated: true, syncid: IDS.sync, mappings: 1 }]);
		expect(last()).toMatchObject({ method: 'PATCH', path: `${bistro}/syncs/${IDS.sync}`, body: [{ ...mappings[0], hidden_source_ids: [] }] });
		const got = await run('sync', 'getForConsumer', { syncId: locator(IDS.sync) });
		expect(jsonOf(got.main[0])[0]).toMatchObject({ sync_name: 'POS to accounting', link_mappings: [expect.objectContaining({ values: [{ source_id: 'sales', target_id: 'OD' }] })] });
	});

	test('a mapping without values is refused before sending', async () => {
		const result = await run('sync', 'updateMappings', { syncId: locator(IDS.sync), mappings: '[{"name": "journals", "sub_mapping_name": "x"}]' });
		expect(result.error.message).toMatch(/line 1 has no values/);
		expect(sent()).toEqual([]);
	});

	test('Get Executions reads Chift\'s pages of runs', async () => {
		const result = await run('sync', 'getExecutions', { syncId: locator(IDS.sync), limit: 2, filters: { dateFrom: '2020-01-01T00:00:00Z' } });
		expect(jsonOf(result.main[0])).toHaveLength(2);
		expect(last()).toMatchObject({ path: `/syncs/${IDS.sync}/executions`, query: { page: '1', size: '2', date_from: '2020-01-01T00:00:00Z' } });
	});

	test('the Sync list', async () => {
		expect((await listSearch('searchSyncs', {}, 'pos')).results).toEqual([{ name: 'POS to accounting', value: IDS.sync }]);
	});
});

describe('Flow', () => {
	const flow = { syncId: locator(IDS.sync), flowId: locator(IDS.flowClosures, 'list') };

	test('Enable, Update and Disable a flow for the consumer', async () => {
		const enabled = await run('flow', 'enable', { ...flow, additionalFields: { triggerId: 'trigger-1', data: { journal: 'OD' } } });
		expect(jsonOf(enabled.main[0])).toEqual([{ enabled: true, syncid: IDS.sync, flowid: IDS.flowClosures }]);
		expect(last()).toMatchObject({ path: `${bistro}/syncs/${IDS.sync}/flows/${IDS.flowClosures}/enable`, body: { triggerid: 'trigger-1', data: { journal: 'OD' } } });
		const updated = await run('flow', 'update', { ...flow, updateFields: { data: '{"journal": "VEN"}' } });
		expect(jsonOf(updated.main[0])).toEqual([{ updated: true, syncid: IDS.sync, flowid: IDS.flowClosures }]);
		expect(last()).toMatchObject({ method: 'PATCH', body: { data: { journal: 'VEN' } } });
		const disabled = await run('flow', 'disable', flow);
		expect(jsonOf(disabled.main[0])).toEqual([{ disabled: true, syncid: IDS.sync, flowid: IDS.flowClosures }]);
		expect(last()).toMatchObject({ method: 'POST', path: `${bistro}/syncs/${IDS.sync}/flows/${IDS.flowClosures}/disable` });
	});

	test('Send Custom Event starts the flow for the consumers given', async () => {
		const result = await run('flow', 'sendEvent', { ...flow, consumers: CONSUMERS.bistro, eventData: { startDate: '2026-03-01', endDate: '2026-03-31', importMode: 'IMPORT_ONLY_MISSING_DAYS' } });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ status: 'success', data: { executionids: [expect.any(String)] } });
		expect(last()).toMatchObject({ path: `/syncs/${IDS.sync}/flows/${IDS.flowClosures}/event`, body: { consumers: [CONSUMERS.bistro], data: { start_date: '2026-03-01', end_date: '2026-03-31', import_mode: 'IMPORT_ONLY_MISSING_DAYS' } } });
	});

	test('Get Executions (the consumer\'s) and Get Execution', async () => {
		const runs = await run('flow', 'getExecutions', { syncId: locator(IDS.sync), flowId: locator(IDS.flowSales), returnAll: true });
		const executions = jsonOf(runs.main[0]);
		expect(executions).toHaveLength(3);
		expect(last().path).toBe(`${bistro}/syncs/${IDS.sync}/flows/${IDS.flowSales}/executions`);
		const one = await run('flow', 'getExecution', { syncId: locator(IDS.sync), flowId: locator(IDS.flowSales), executionId: executions[0].id, filters: { consumerId: CONSUMERS.bistro } });
		expect(jsonOf(one.main[0])).toEqual([executions[0]]);
		expect(last()).toMatchObject({ path: `/syncs/${IDS.sync}/flows/${IDS.flowSales}/executions/${executions[0].id}`, query: { consumerid: CONSUMERS.bistro } });
	});

	test('the Flow list shows the flows of the sync picked', async () => {
		const found = await listSearch('searchFlows', { resource: 'flow', operation: 'enable', syncId: locator(IDS.sync) }, 'closures');
		expect(found.results).toEqual([{ name: 'Closures on demand', value: IDS.flowClosures }]);
	});
});

describe('Datastore and its data', () => {
	const store = { datastoreId: locator(IDS.datastore, 'list') };

	test('Get Many datastores, filtered by status', async () => {
		const result = await run('datastore', 'getAll', { returnAll: true, filters: { status: 'active' } });
		expect(jsonOf(result.main[0]).map((item) => item.name)).toEqual(['VAT mapping']);
		expect(last()).toMatchObject({ path: '/datastores', query: { status: 'active' } });
	});

	test('rows: Create one per item, Get Many, Update, Delete', async () => {
		const items = [{ json: { tax: 'tax-12', code: '12' } }, { json: { tax: 'tax-0', code: '0' } }];
		const created = await run('datastoreData', 'create', { ...store, data: '={{ { "pos_tax_id": $json.tax, "vat_code": $json.code } }}' }, items);
		const rows = jsonOf(created.main[0]);
		expect(rows.map((row) => row.data)).toEqual([{ pos_tax_id: 'tax-12', vat_code: '12' }, { pos_tax_id: 'tax-0', vat_code: '0' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `${bistro}/datastore/${IDS.datastore}/data`, body: [{ data: expect.any(Object) }] });
		const all = await run('datastoreData', 'getAll', { ...store, returnAll: true });
		expect(jsonOf(all.main[0])).toHaveLength(4);
		const updated = await run('datastoreData', 'update', { ...store, rowId: rows[0].id, data: { pos_tax_id: 'tax-12', vat_code: '12', rate: 12 } });
		expect(jsonOf(updated.main[0])[0].data.rate).toBe(12);
		expect(last()).toMatchObject({ method: 'PATCH', path: `${bistro}/datastore/${IDS.datastore}/data/${rows[0].id}` });
		const deleted = await run('datastoreData', 'delete', { ...store, rowId: rows[1].id });
		expect(jsonOf(deleted.main[0])).toEqual([{ deleted: true, datastoreid: IDS.datastore, id: rows[1].id }]);
		expect(stack().emulator.platform.rows.get(`${CONSUMERS.bistro} ${IDS.datastore}`)).toHaveLength(3);
	});

	test('a row that is no JSON object is refused before sending', async () => {
		const result = await run('datastoreData', 'create', { ...store, data: '[1, 2]' });
		expect(result.error.message).toMatch(/Row is not a JSON object/);
		expect(sent()).toEqual([]);
	});

	test('the Datastore list', async () => {
		expect((await listSearch('searchDatastores')).results).toEqual([{ name: 'VAT mapping', value: IDS.datastore }]);
	});
});

describe('Integration', () => {
	test('Get Many, with coverage asked', async () => {
		const result = await run('integration', 'getAll', { returnAll: true, filters: { includeCoverage: 'true' } });
		expect(jsonOf(result.main[0]).map((item) => item.name)).toEqual(expect.arrayContaining(['Lightspeed', 'Exact Online']));
		expect(last()).toMatchObject({ path: '/integrations', query: { include_coverage: 'true' } });
	});

	test('Get Logo outputs the image as n8n binary data', async () => {
		const result = await run('integration', 'getLogo', { integrationId: locator('1001', 'list'), imageType: 'icon' });
		const [item] = result.main[0];
		expect(item.json).toEqual({ integrationid: 1001 });
		expect(item.binary.data).toMatchObject({ mimeType: 'image/png', fileName: 'integration-1001' });
		expect(last().path).toBe('/integrations/1001/icon.json');
	});

	test('an integration that is no number is refused before sending; the list offers them by name and API', async () => {
		const result = await run('integration', 'getLogo', { integrationId: locator('lightspeed') });
		expect(result.error.message).toMatch(/not an integration number/);
		expect(sent()).toEqual([]);
		const found = await listSearch('searchIntegrations', {}, 'exact');
		expect(found.results).toEqual([{ name: 'Exact Online (Accounting)', value: '2002' }]);
	});
});

describe('Issue', () => {
	test('Get Many (all consumers), Get Many for Consumer, Get', async () => {
		const all = await run('issue', 'getAll', { returnAll: true, filters: { status: 'open', level: 'error' } });
		expect(jsonOf(all.main[0]).map((issue) => issue.integration_name)).toEqual(['Tiller']);
		expect(last()).toMatchObject({ path: '/issues', query: { status: 'open', level: 'error' } });
		const mine = await run('issue', 'getManyForConsumer', { returnAll: true });
		expect(jsonOf(mine.main[0]).map((issue) => issue.id)).toEqual(['iss-0002']);
		expect(last().path).toBe(`${bistro}/issues`);
		const one = await run('issue', 'get', { issueId: 'iss-0002', filters: { lastExecutionOnly: true } });
		expect(jsonOf(one.main[0])[0].events).toHaveLength(1);
		expect(last()).toMatchObject({ path: '/issues/iss-0002', query: { last_execution_only: 'true' } });
	});
});

describe('Webhook', () => {
	let webhookId;

	test('Get Event Types lists the events; Create registers one (its secret never comes back)', async () => {
		const types = await run('webhook', 'getEventTypes');
		expect(jsonOf(types.main[0]).map((type) => type.event)).toContain('account.connection.created');
		const options = await stack().harness.loadOptions({ type: 'chift', method: 'getWebhookEvents', credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } } });
		expect(options.map((option) => option.value)).toContain('account.connection.created');
		const created = await run('webhook', 'create', { event: 'account.connection.created', url: 'http://127.0.0.1:9/hooks/chift', additionalFields: { signingSecret: 's3cret-value' } });
		const [webhook] = jsonOf(created.main[0]);
		expect(webhook).toMatchObject({ event: 'account.connection.created', status: 'active' });
		expect(JSON.stringify(webhook)).not.toContain('s3cret-value');
		expect(last()).toMatchObject({ method: 'POST', path: '/webhooks', body: { event: 'account.connection.created', url: 'http://127.0.0.1:9/hooks/chift', signingsecret: 's3cret-value' } });
		webhookId = webhook.webhookid;
	});

	test('Get, Get Many, Update (pause)', async () => {
		const got = await run('webhook', 'get', { webhookId: locator(webhookId, 'list') });
		expect(jsonOf(got.main[0])[0].webhookid).toBe(webhookId);
		const paused = await run('webhook', 'update', { webhookId: locator(webhookId), updateFields: { status: 'inactive' } });
		expect(jsonOf(paused.main[0])[0].status).toBe('inactive');
		expect(last()).toMatchObject({ method: 'PATCH', path: `/webhooks/${webhookId}`, body: { status: 'inactive' } });
		const inactive = await run('webhook', 'getAll', { returnAll: true, filters: { status: 'inactive' } });
		expect(jsonOf(inactive.main[0]).map((item) => item.webhookid)).toEqual([webhookId]);
		const found = await listSearch('searchWebhooks');
		expect(found.results).toEqual([{ name: 'account.connection.created → http://127.0.0.1:9/hooks/chift (inactive)', value: webhookId }]);
	});

	test('Get Delivery Logs lists what Chift sent', async () => {
		await run('webhook', 'update', { webhookId: locator(webhookId), updateFields: { status: 'active', url: `${stack().emulator.url}/_emulator/nowhere` } });
		await stack().emulator.deliver({ event: 'account.connection.created', consumerId: CONSUMERS.bistro });
		const logs = await run('webhook', 'getLogs', { webhookId: locator(webhookId), returnAll: true });
		expect(jsonOf(logs.main[0])).toEqual([expect.objectContaining({ webhookid: webhookId, event: 'account.connection.created', httpstatus: 404 })]);
		expect(last().path).toBe(`/webhooks/${webhookId}/logs`);
	});

	test('Delete removes it and says which', async () => {
		const deleted = await run('webhook', 'delete', { webhookId: locator(webhookId) });
		expect(jsonOf(deleted.main[0])).toEqual([{ deleted: true, webhookid: webhookId }]);
		expect(stack().emulator.webhooks.has(webhookId)).toBe(false);
	});
});

describe('Datalab', () => {
	test('Get Schemas, Query and Query Groups (read-only posts)', async () => {
		const schemas = await run('datalab', 'getSchemas');
		expect(jsonOf(schemas.main[0]).map((cube) => cube.name)).toEqual(['pos_sales']);
		const query = { measures: ['pos_sales.total'], dimensions: ['pos_sales.consumer_id'], limit: 10 };
		const answered = await run('datalab', 'query', { query: JSON.stringify(query) });
		expect(jsonOf(answered.main[0])[0].results).toEqual([expect.objectContaining({ column: 'pos_sales.consumer_id', data: [CONSUMERS.bistro] }), expect.objectContaining({ column: 'pos_sales.total', data: [1234.5] })]);
		expect(last()).toMatchObject({ method: 'POST', path: '/datalab/query-db', body: query });
		const joined = await run('datalab', 'queryGroups', { queries: [query, query], align: '[["pos_sales.consumer_id", "pos_sales.consumer_id"]]' });
		expect(jsonOf(joined.main[0])[0].results).toHaveLength(4);
		expect(last().body).toEqual({ queries: [query, query], align: [['pos_sales.consumer_id', 'pos_sales.consumer_id']] });
	});
});
