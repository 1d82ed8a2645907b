'use strict';
/**
 * Syncs and their flows (the account's, and each consumer's use of them), flow executions, custom
 * events, datastores and each consumer's rows.
 */
const crypto = require('crypto');

function routes({ root, at, state, consumerOf, checkBody, notFound, find, paged, nowText, validationError }) {
	const syncOf = (syncId) => find(state.syncs, syncId, 'Sync', 'syncid');
	const flowOf = (sync, flowId) => find(sync.flows, flowId, 'Flow');
	const datastoreOf = (datastoreId) => find(state.datastores, datastoreId, 'Datastore');
	const rowsOf = (consumerId, datastoreId) => {
		const key = `${consumerId} ${datastoreId}`;
		if (!state.rows.has(key)) state.rows.set(key, []);
		return state.rows.get(key);
	};
	/** A consumer's use of a sync, or Chift's 404 when the consumer has not activated it. */
	const consumerSyncOf = (consumerId, syncId) => {
		const link = state.consumerSyncs.get(`${consumerId} ${syncId}`);
		// assumed: the code Chift answers for a sync the consumer has not activated is not documented.
		if (!link) throw notFound('Sync of consumer', syncId);
		return link;
	};
	const inRange = (moment, query) => (!query.date_from || moment >= query.date_from) && (!query.date_to || moment <= query.date_to);
	const checkMoments = (query) => {
		for (const field of ['date_from', 'date_to']) {
			if (query[field] !== undefined && Number.isNaN(Date.parse(query[field]))) {
				throw validationError([[['query', field], 'Input should be a valid datetime', 'datetime_parsing', query[field]]]);
			}
		}
	};
	const executionsOf = (query, where) => {
		checkMoments(query);
		return state.executions.filter((execution) => where(execution) && inRange(execution.start, query)).sort((a, b) => b.start.localeCompare(a.start));
	};
	const chain = ({ consumer_id, flow_id, ...execution }) => execution;

	return [
		['GET', root('/syncs'), () => state.syncs],
		['POST', root('/syncs'), ({ req, body }) => {
			checkBody(req, body);
			const sync = { syncid: crypto.randomUUID(), name: body.name, config: body.config ?? null, connections: body.connections, mappings: body.mappings ?? [], consumers: [], flows: (body.flows ?? []).map((flow) => ({ id: crypto.randomUUID(), ...flow })) };
			state.syncs.push(sync);
			return sync;
		}],
		['GET', root('/syncs/{syncid}'), ({ params: [syncId] }) => syncOf(syncId)],
		['GET', root('/syncs/{syncid}/executions'), ({ params: [syncId], query }) => {
			const sync = syncOf(syncId);
			const flowIds = new Set(sync.flows.map((flow) => flow.id));
			return paged(executionsOf(query, (execution) => flowIds.has(execution.flow_id) && (!query.flowid || execution.flow_id === query.flowid)), query);
		}],
		['GET', root('/syncs/{syncid}/flows/{flowid}/executions/{executionid}'), ({ params: [syncId, flowId, executionId], query }) => {
			flowOf(syncOf(syncId), flowId);
			const execution = find(state.executions, executionId, 'Execution');
			if (execution.flow_id !== flowId || (query.consumerid && execution.consumer_id !== query.consumerid)) throw notFound('Execution', executionId);
			return chain(execution);
		}],
		['POST', root('/syncs/{syncid}/flows/{flowid}/event'), ({ req, body, params: [syncId, flowId] }) => {
			const sync = syncOf(syncId);
			flowOf(sync, flowId);
			checkBody(req, body);
			const consumers = body.consumers?.length ? body.consumers : sync.consumers;
			const started = consumers.map((consumerId) => {
				const execution = { id: crypto.randomUUID(), parentexecutionid: null, start: nowText(), end: null, status: 'running', consumer_id: consumerId, flow_id: flowId };
				state.executions.push(execution);
				return execution.id;
			});
			return { status: 'success', message: `Event sent to ${started.length} consumer(s)`, data: { executionids: started } };
		}],
		['POST', at('/syncs'), ({ req, body, params: [consumerId] }) => {
			consumerOf(consumerId);
			checkBody(req, body);
			syncOf(body.syncid);
			return { url: `http://${req.headers.host}/_emulator/sync/${crypto.randomBytes(12).toString('hex')}` };
		}],
		['GET', at('/syncs/{syncid}'), ({ params: [consumerId, syncId] }) => {
			consumerOf(consumerId);
			const sync = syncOf(syncId);
			return { syncid: sync.syncid, sync_name: sync.name, ...consumerSyncOf(consumerId, syncId) };
		}],
		['PATCH', at('/syncs/{syncid}'), ({ req, body, params: [consumerId, syncId] }) => {
			consumerOf(consumerId);
			syncOf(syncId);
			checkBody(req, body);
			consumerSyncOf(consumerId, syncId).link_mappings = body;
			return '';
		}],
		['POST', at('/syncs/{syncid}/flows/{flowid}/enable'), ({ req, body, params: [consumerId, syncId, flowId] }) => {
			consumerOf(consumerId);
			const flow = flowOf(syncOf(syncId), flowId);
			checkBody(req, body ?? undefined);
			const link = consumerSyncOf(consumerId, syncId);
			link.enabled_flows = (link.enabled_flows ?? []).filter((item) => item.id !== flowId);
			link.enabled_flows.push({ id: flow.id, name: flow.name, values: body?.data ?? {}, enabled_on: nowText(), trigger: { id: body?.triggerid ?? 'trigger-1', type: flow.triggers?.[0]?.type ?? 'timer', cronschedule: body?.cronschedule ?? null } });
			return {};
		}],
		['POST', at('/syncs/{syncid}/flows/{flowid}/disable'), ({ params: [consumerId, syncId, flowId] }) => {
			consumerOf(consumerId);
			flowOf(syncOf(syncId), flowId);
			const link = consumerSyncOf(consumerId, syncId);
			link.enabled_flows = (link.enabled_flows ?? []).filter((item) => item.id !== flowId);
			return '';
		}],
		['PATCH', at('/syncs/{syncid}/flows/{flowid}'), ({ req, body, params: [consumerId, syncId, flowId] }) => {
			consumerOf(consumerId);
			flowOf(syncOf(syncId), flowId);
			checkBody(req, body);
			const enabled = (consumerSyncOf(consumerId, syncId).enabled_flows ?? []).find((item) => item.id === flowId);
			if (!enabled) throw notFound('Enabled flow', flowId);
			if (body.data) enabled.values = body.data;
			if (body.triggerid) enabled.trigger.id = body.triggerid;
			return '';
		}],
		['GET', at('/syncs/{syncid}/flows/{flowid}/executions'), ({ params: [consumerId, syncId, flowId], query }) => {
			consumerOf(consumerId);
			flowOf(syncOf(syncId), flowId);
			return executionsOf(query, (execution) => execution.flow_id === flowId && execution.consumer_id === consumerId).map(chain);
		}],
		['GET', root('/datastores'), ({ query }) => state.datastores.filter((store) => !query.status || store.status === query.status)],
		['GET', at('/datastore/{datastoreid}/data'), ({ params: [consumerId, datastoreId], query }) => {
			consumerOf(consumerId);
			datastoreOf(datastoreId);
			checkMoments(query);
			return rowsOf(consumerId, datastoreId).filter((row) => inRange(row.modified_on, query));
		}],
		['POST', at('/datastore/{datastoreid}/data'), ({ req, body, params: [consumerId, datastoreId] }) => {
			consumerOf(consumerId);
			datastoreOf(datastoreId);
			checkBody(req, body);
			const rows = body.map(({ data }) => ({ id: crypto.randomUUID(), data, created_on: nowText(), modified_on: nowText() }));
			rowsOf(consumerId, datastoreId).push(...rows);
			return rows;
		}],
		['PATCH', at('/datastore/{datastoreid}/data/{datastoredataid}'), ({ req, body, params: [consumerId, datastoreId, rowId] }) => {
			consumerOf(consumerId);
			datastoreOf(datastoreId);
			checkBody(req, body);
			const row = find(rowsOf(consumerId, datastoreId), rowId, 'Datastore row');
			Object.assign(row, { data: body.data, modified_on: nowText() });
			return row;
		}],
		['DELETE', at('/datastore/{datastoreid}/data/{datastoredataid}'), ({ params: [consumerId, datastoreId, rowId] }) => {
			consumerOf(consumerId);
			datastoreOf(datastoreId);
			const rows = rowsOf(consumerId, datastoreId);
			find(rows, rowId, 'Datastore row');
			rows.splice(rows.findIndex((row) => row.id === rowId), 1);
			return {};
		}],
	];
}

module.exports = { routes };
