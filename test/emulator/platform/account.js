'use strict';
/**
 * The account's integrations (their logos), issues, webhooks (update and delivery logs; creating,
 * reading and deleting them is in chift-emulator.js, which the triggers use) and the Datalab.
 */
const { IDS } = require('./state');

/** A 1×1 PNG, as the base64 a logo comes as (assumed: Chift's LogoImage.data format is not documented beyond a string). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const CUBES = [
	{
		name: 'pos_sales',
		type: 'cube',
		title: 'POS sales',
		description: "Your consumers' POS sales, by day",
		measures: [{ name: 'pos_sales.total', title: 'Total', type: 'number', aggType: 'sum', monetary: true, currencyDimension: 'pos_sales.currency' }],
		dimensions: [
			{ name: 'pos_sales.consumer_id', title: 'Consumer', type: 'string' },
			{ name: 'pos_sales.day', title: 'Day', type: 'time' },
			{ name: 'pos_sales.currency', title: 'Currency', type: 'string' },
		],
		hierarchies: [],
		segments: [],
		relationships: [],
		queryGroup: 'pos',
	},
];

function routes({ root, state, data, webhooks, checkBody, find, chiftError, validationError }) {
	const webhookOf = (webhookId) => {
		const webhook = webhooks.get(webhookId);
		if (!webhook) throw chiftError(404, `Webhook ${webhookId} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');
		return webhook;
	};
	const checkDay = (query, field) => {
		if (query[field] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(query[field])) throw validationError([[['query', field], 'Input should be a valid date', 'date_parsing', query[field]]]);
	};
	const issuesOf = (query, consumerId) => {
		for (const field of ['created_on', 'last_seen_on']) checkDay(query, field);
		const status = query.status ?? 'all';
		return state.issues.filter(
			(issue) =>
				(!consumerId || issue.consumer_id === consumerId) &&
				(status === 'all' || issue.error.status === status) &&
				(!query.level || issue.level === query.level) &&
				(!query.error_code || issue.error.error_code === query.error_code) &&
				(!query.created_on || issue.created_on.startsWith(query.created_on)) &&
				(!query.last_seen_on || issue.last_seen.startsWith(query.last_seen_on)),
		);
	};
	/** The sample's Datalab answer to a query: POS totals per consumer of the first sync (assumed). */
	const answer = (query) => {
		const consumers = state.syncs[0].consumers;
		const columns = { 'pos_sales.consumer_id': ['string', consumers], 'pos_sales.total': ['number', consumers.map(() => 1234.5)], 'pos_sales.currency': ['string', consumers.map(() => 'EUR')] };
		const asked = [...(query.dimensions ?? []), ...(query.measures ?? [])].filter((name) => name in columns);
		return {
			// Chift answers by column (ExecutionResult): each asked member with its values.
			results: asked.map((column) => ({ column, title: column.split('.')[1], type: columns[column][0], data: columns[column][1] })),
			meta: { currency: ['EUR'], monetary_measures: ['pos_sales.total'] },
		};
	};

	return [
		['GET', root('/integrations/{integrationid}/{image_type}.json'), ({ params: [integrationId, imageType] }) => {
			if (!/^\d+$/.test(integrationId)) throw validationError([[['path', 'integrationid'], 'Input should be a valid integer', 'int_parsing', integrationId]]);
			if (!['icon', 'logo'].includes(imageType)) throw validationError([[['path', 'image_type'], "Input should be 'icon' or 'logo'", 'enum', imageType]]);
			const known = data.consumers.flatMap((consumer) => consumer.connections).some((item) => String(item.integrationid) === integrationId);
			if (!known) throw chiftError(404, `Integration ${integrationId} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');
			return { integrationid: Number(integrationId), data: PNG };
		}],
		['GET', root('/issues'), ({ query }) => issuesOf(query)],
		['GET', root('/consumers/{consumer_id}/issues'), ({ query, params: [consumerId] }) => issuesOf(query, consumerId)],
		['GET', root('/issues/{issue_id}'), ({ params: [issueId], query }) => {
			const issue = find(state.issues, issueId, 'Issue');
			const events = state.issueEvents.get(issueId) ?? [];
			return { ...issue, events: query.last_execution_only === 'true' ? events.slice(-1) : events };
		}],
		['PATCH', root('/webhooks/{webhookid}'), ({ req, body, params: [webhookId] }) => {
			const webhook = webhookOf(webhookId);
			checkBody(req, body);
			for (const field of ['status', 'url', 'signingsecret']) if (body[field] !== undefined && body[field] !== null) webhook[field] = body[field];
			const { signingsecret, logs, ...shown } = webhook;
			return shown;
		}],
		['GET', root('/webhooks/{webhookid}/logs'), ({ params: [webhookId] }) => {
			webhookOf(webhookId);
			return state.webhookLogs.get(webhookId) ?? [];
		}],
		['GET', root('/datalab/cube-schemas'), () => CUBES],
		['POST', root('/datalab/query-db'), ({ req, body }) => {
			checkBody(req, body);
			return answer(body);
		}],
		['POST', root('/datalab/query-groups-join'), ({ req, body }) => {
			checkBody(req, body);
			return { results: body.queries.flatMap((query) => answer(query).results), meta: { currency: ['EUR'], monetary_measures: ['pos_sales.total'] } };
		}],
	];
}

module.exports = { routes, IDS };
