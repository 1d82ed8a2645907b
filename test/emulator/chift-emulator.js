'use strict';
/**
 * An offline emulator of the Chift API (the parts n8n-nodes-chift uses), as a real HTTP server on
 * 127.0.0.1. It follows Chift's API reference and OpenAPI document: JSON token exchange, bearer auth,
 * plain-array consumers, POS routes under /consumers/{id}/pos, Chift's error shapes (ChiftError and
 * the 422 HTTPValidationError with message/status beside detail), idempotency with
 * x-chift-client-requestid, paging with page/size. Every request is recorded for assertions.
 *
 * Behaviour Chift does not document is marked "assumed" below.
 *
 *   const emulator = await startChiftEmulator();     // port 0: a free port
 *   emulator.url, emulator.apiKey, emulator.requests, emulator.inject({...}), await emulator.close()
 *
 * Standalone: node test/emulator/chift-emulator.js [--port 18080]
 */
const http = require('http');
const crypto = require('crypto');

const { createSampleData } = require('./sample-data');
const { dayOf, round, serviceDayOf } = require('./pos-data');
const { createKit, Answer } = require('./kit');
const { UNIFIED_APIS } = require('./apis');
const { platformRoutes } = require('./platform');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const DEFAULT_API_KEY = Object.freeze({
	accountId: '0b9a6f2e-3c1d-4e5f-8a7b-6c5d4e3f2a1b',
	clientId: 'emulator-client-id',
	clientSecret: 'emulator-client-secret-5f1e9c',
});

/** Ends the request by destroying its socket: the client sees a reset connection. */
class DroppedConnection extends Error {}

const delay = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/** A small deterministic pseudo-random sequence, so fault runs are reproducible. */
function seededRandom(seed) {
	let state = seed >>> 0 || 1;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 0x100000000;
	};
}

class HttpError extends Error {
	constructor(status, body, headers = {}) {
		super(body.message);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

const chiftError = (status, message, errorCode, detail) =>
	new HttpError(status, {
		status: 'error',
		message,
		...(errorCode ? { error_code: errorCode } : {}),
		detail: detail ?? '',
	});

/** FastAPI/pydantic style 422 as Chift sends it: message and status beside detail. */
const VALIDATION_CODES = { body: 'ERROR_INVALID_BODY', query: 'ERROR_INVALID_QUERY_PARAMETER', path: 'ERROR_INVALID_PATH_PARAMETER' };
const validationError = (issues) =>
	new HttpError(422, {
		status: 'error',
		message: 'Validation error',
		error_code: VALIDATION_CODES[issues[0][0][0]] ?? 'ERROR_INVALID_BODY',
		detail: issues.map(([loc, msg, type, input]) => ({ loc, msg, type, input })),
	});

function requireString(issues, object, field, loc, { required }) {
	const value = object[field];
	if (value === undefined || value === null) {
		if (required) issues.push([[...loc, field], 'Field required', 'missing', object]);
		return;
	}
	if (typeof value !== 'string') {
		issues.push([[...loc, field], 'Input should be a valid string', 'string_type', value]);
	} else if (required && value.length < 1) {
		issues.push([[...loc, field], 'String should have at least 1 character', 'string_too_short', value]);
	}
}

/** POSCreateCustomerItem / PostAddressItem, as in the OpenAPI spec. */
function validateCustomer(body) {
	const issues = [];
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw validationError([[['body'], 'Input should be a valid dictionary', 'dict_type', body]]);
	}
	requireString(issues, body, 'first_name', ['body'], { required: true });
	requireString(issues, body, 'last_name', ['body'], { required: true });
	requireString(issues, body, 'phone', ['body'], { required: false });
	requireString(issues, body, 'email', ['body'], { required: false });
	if (body.address !== undefined && body.address !== null) {
		const address = body.address;
		if (typeof address !== 'object' || Array.isArray(address)) {
			issues.push([['body', 'address'], 'Input should be a valid dictionary', 'dict_type', address]);
		} else {
			for (const field of ['name', 'city', 'postal_code']) {
				requireString(issues, address, field, ['body', 'address'], { required: true });
			}
			for (const field of ['street', 'number', 'box', 'country']) {
				requireString(issues, address, field, ['body', 'address'], { required: false });
			}
		}
	}
	if (issues.length) throw validationError(issues);
}

async function readBody(req) {
	const chunks = [];
	for await (const chunk of req) chunks.push(chunk);
	const raw = Buffer.concat(chunks).toString('utf8');
	if (!raw) return { raw, json: undefined };
	try {
		return { raw, json: JSON.parse(raw) };
	} catch {
		throw validationError([[['body'], 'JSON decode error', 'json_invalid', raw.slice(0, 100)]]);
	}
}

function paged(items, query) {
	const page = query.page === undefined ? 1 : Number(query.page);
	const size = query.size === undefined ? 50 : Number(query.size);
	const issues = [];
	if (!Number.isInteger(page) || page < 1) issues.push([['query', 'page'], 'Input should be greater than or equal to 1', 'greater_than_equal', query.page]);
	if (!Number.isInteger(size) || size < 1 || size > 100) issues.push([['query', 'size'], 'Input should be less than or equal to 100', 'less_than_equal', query.size]);
	if (issues.length) throw validationError(issues);
	return { items: items.slice((page - 1) * size, page * size), total: items.length, page, size };
}

/** The orders' taxes added up per tax (TotalTaxItem). */
function sumTaxes(orders) {
	const taxes = new Map();
	for (const tax of orders.flatMap((order) => order.taxes)) {
		const sum = taxes.get(tax.tax_id) ?? { tax_rate: tax.tax_rate, tax_id: tax.tax_id, tax_amount: 0, total: 0 };
		sum.tax_amount = round(sum.tax_amount + tax.tax_amount);
		sum.total = round(sum.total + tax.total);
		taxes.set(tax.tax_id, sum);
	}
	return [...taxes.values()];
}

/** Two of the e-reporting categories of Chift's ReportCategory. */
const REPORT_CATEGORIES = {
	goods: 'Supply of goods subject to value-added tax.',
	services: 'Services subject to value-added tax.',
};

/** A response body already serialised as JSON. */
class JsonText {
	constructor(text) {
		this.text = text;
	}
}

/**
 * @param {object} [options]
 * @param {number} [options.port] 0 (default) picks a free port
 * @param {{accountId:string, clientId:string, clientSecret:string}} [options.apiKey]
 * @param {number} [options.tokenTtlSeconds] lifetime of issued tokens (Chift: 1800)
 * @param {Date} [options.today] the day the sample orders end on (default: now)
 * @param {number} [options.extraOrders] more orders per consumer, in 2026-01-01..10 (paging)
 * @param {object} [options.faults] see emulator.faults
 * @param {number} [options.seed] seed of the fault dice
 */
async function startChiftEmulator(options = {}) {
	const apiKey = { ...DEFAULT_API_KEY, ...options.apiKey };
	const tokenTtlSeconds = options.tokenTtlSeconds ?? 1800;
	const data = createSampleData({ today: options.today, extraOrders: options.extraOrders });
	/** token -> expiry (ms) */
	const tokens = new Map();
	/** `${connectionId}:${clientRequestId}` -> transaction */
	const transactions = new Map();
	const requests = [];
	const injections = [];
	let customerSequence = 0;
	const random = seededRandom(options.seed ?? 42);
	const chance = (rate) => rate > 0 && random() < rate;

	/** The consumer's active connection to one unified API (apiName as Chift names it), or the one X-Chift-ConnectionId picks. */
	const connectionOf = (consumer, req, apiName = 'Point of Sale') => {
		const apiConnections = consumer.connections.filter((c) => c.api === apiName && c.status === 'active');
		const wanted = req.headers['x-chift-connectionid'];
		if (wanted) {
			const chosen = apiConnections.find((c) => c.connectionid === wanted);
			if (!chosen) throw chiftError(400, `No active connection ${wanted} for this consumer`, 'ERROR_CONFIGURATION_CONNECTION');
			return chosen;
		}
		if (!apiConnections.length) {
			throw chiftError(400, `No active connection found for the API ${apiName}`, 'ERROR_NO_ACTIVE_CONNECTION');
		}
		if (apiConnections.length > 1) {
			throw chiftError(400, `Several active connections for the API ${apiName}: choose one with X-Chift-ConnectionId`, 'ERROR_CONFIGURATION_CONNECTION');
		}
		return apiConnections[0];
	};

	const consumerOf = (consumerId) => {
		const consumer = data.consumers.find((c) => c.consumerid === consumerId);
		// assumed: Chift's status and code for an unknown consumer are not documented.
		if (!consumer) throw chiftError(404, `Consumer ${consumerId} not found`, 'ERROR_CONSUMER_NOT_FOUND');
		return consumer;
	};

	/** A unified API's route: the consumer, its connection to the API (checked) and the API's data of that consumer. */
	const apiFor = (apiName, storeKey) => (consumerId, req, method, resource) => {
		const consumer = consumerOf(consumerId);
		const connection = connectionOf(consumer, req, apiName);
		if (connection.failure === 'connector_auth') {
			throw chiftError(502, `Error while trying to authenticate to ${connection.integration}`, 'ERROR_CONNECTOR_AUTHENTICATION');
		}
		if ((connection.unsupported ?? []).includes(`${method} ${resource}`)) {
			throw chiftError(405, `The resource ${method} - ${resource} is not supported by ${connection.integration}`, 'ERROR_RESOURCE_NOT_SUPPORTED');
		}
		return { consumer, connection, store: data[storeKey][consumerId] };
	};
	const posFor = apiFor('Point of Sale', 'pos');

	/**
	 * Runs a write once per x-chift-client-requestid and connection (idempotency, §9), recording its
	 * transaction ({created_on, method, route, status_code, created_entity_id}). The POS
	 * takes faults.latencyMs; meanwhile a repeat gets REQUEST_IN_PROCESS. Faults after the commit:
	 * a 502 or a dropped connection, so the client never learns that the write happened.
	 */
	const once = async (connection, req, create) => {
		// assumed: Chift documents `route` but not its format; here it is the request's path.
		const route = new URL(req.url, 'http://emulator').pathname;
		const key = req.headers['x-chift-client-requestid'];
		const id = key ? `${connection.connectionid}:${key}` : undefined;
		const seen = id && transactions.get(id);
		if (seen) {
			if (seen.status_code === undefined) throw chiftError(409, 'Request in process', 'REQUEST_IN_PROCESS');
			throw chiftError(409, `Request already processed: ${seen.status_code}`, 'REQUEST_ALREADY_PROCESSED');
		}
		const transaction = { created_on: new Date().toISOString(), method: req.method, route, status_code: undefined, created_entity_id: null };
		if (id) transactions.set(id, transaction);
		let entity;
		try {
			await delay(emulator.faults.latencyMs);
			const created = create();
			entity = created.entity;
			Object.assign(transaction, { status_code: created.status ?? 200, created_entity_id: created.entityId });
		} catch (error) {
			if (id) transactions.delete(id);
			throw error;
		}
		if (chance(emulator.faults.dropAfterCommitRate)) throw new DroppedConnection();
		if (chance(emulator.faults.commitThen502Rate)) {
			emulator.faultsInjected.commitThen502++;
			throw chiftError(502, `Error while trying to reach ${connection.integration}: timeout`, 'ERROR_CONNECTOR_TIMEOUT');
		}
		return entity;
	};

	/**
	 * A route of a unified API (apiName as Chift names it, storeKey its data in `data`): consumer and
	 * connection checked, raw data and data layer applied. The handler gets { store, connection,
	 * consumer, params, req, body, query }.
	 */
	const unified = (apiName, storeKey) => {
		const find = apiFor(apiName, storeKey);
		return (resource, handler, method = 'GET') => async ({ params, req, ...rest }) => {
			const { store, connection, consumer } = find(params[0], req, method, resource);
			const dataLayer = req.headers['x-chift-datalayer'];
			if (dataLayer === 'true' && connection.dataLayer === 'pending') {
				throw chiftError(409, 'The data layer has not been synchronised yet for this connection', 'ERROR_DATALAYER_SYNC_PENDING');
			}
			let result = await handler({ store, connection, consumer, params, req, ...rest });
			if (req.headers['x-chift-raw-data'] === 'true' && result && typeof result === 'object' && !Array.isArray(result)) {
				if (result instanceof JsonText) result = JSON.parse(result.text);
				return { ...result, raw_data: [{ connector: connection.integration, route: resource, native: { ok: true } }] };
			}
			return result;
		};
	};
	const pos = unified('Point of Sale', 'pos');

	const checkRange = (query, required) => {
		const issues = [];
		for (const field of ['date_from', 'date_to']) {
			if (query[field] === undefined) {
				if (required) issues.push([['query', field], 'Field required', 'missing', null]);
			} else if (!/^\d{4}-\d{2}-\d{2}$/.test(query[field])) {
				issues.push([['query', field], 'Input should be a valid date', 'date_parsing', query[field]]);
			}
		}
		if (issues.length) throw validationError(issues);
	};

	const orderOf = (store, orderId) => {
		const order = store.orders.find((candidate) => candidate.id === orderId);
		if (!order) throw chiftError(404, `Order ${orderId} not found`, 'ERROR_ORDER_NOT_FOUND');
		return order;
	};

	const publicOrder = ({ closure_id, ...order }) => order;
	/**
	 * Filtered order lists of GET /pos/orders, by filter; emptied whenever a request may change the
	 * data. A test that changes `emulator.data` orders directly calls `emulator.reset()` after.
	 */
	const orderLists = new Map();

	const routes = [
		['POST', /^\/token$/, async ({ body }) => {
			const issues = [];
			for (const field of ['clientId', 'clientSecret', 'accountId']) {
				if (typeof body?.[field] !== 'string') issues.push([['body', field], 'Field required', 'missing', body]);
			}
			if (!issues.length && !UUID.test(body.accountId)) {
				issues.push([['body', 'accountId'], 'Input should be a valid UUID', 'uuid_parsing', body.accountId]);
			}
			if (issues.length) throw validationError(issues);
			const known = [apiKey, ...emulator.otherApiKeys].some(
				(key) => body.accountId === key.accountId && body.clientId === key.clientId && body.clientSecret === key.clientSecret,
			);
			if (!known) {
				throw chiftError(401, 'Authentication failed: invalid client credentials', 'ERROR_CHIFT_AUTHENTICATION_ERROR');
			}
			await delay(emulator.faults.tokenDelayMs);
			const token = `emu_${crypto.randomBytes(18).toString('hex')}`;
			const expiresAt = Date.now() + tokenTtlSeconds * 1000;
			tokens.set(token, expiresAt);
			emulator.tokensIssued++;
			return { access_token: token, token_type: 'bearer', expires_in: tokenTtlSeconds, expires_on: Math.floor(expiresAt / 1000) };
		}, { public: true }],

		['GET', /^\/consumers$/, ({ query }) => {
			const search = (query.search ?? '').toLowerCase();
			return data.consumers
				.filter((c) => !search || c.name.toLowerCase().includes(search))
				.filter((c) => !query.internal_reference || c.internal_reference === query.internal_reference)
				.map(({ connections, ...consumer }) => consumer);
		}],

		['GET', /^\/consumers\/([^/]+)$/, ({ params: [consumerId] }) => {
			const { connections, ...consumer } = consumerOf(consumerId);
			return consumer;
		}],

		['GET', /^\/consumers\/([^/]+)\/connections$/, ({ params: [consumerId] }) =>
			consumerOf(consumerId).connections.map(({ failure, unsupported, folders, ...connection }) => connection)],

		['GET', /^\/consumers\/([^/]+)\/connections\/([^/]+)\/transactions$/, ({ params: [consumerId, connectionId], query }) => {
			consumerOf(consumerId);
			if (!query.client_request_id) throw validationError([[['query', 'client_request_id'], 'Field required', 'missing', null]]);
			const transaction = transactions.get(`${connectionId}:${query.client_request_id}`);
			if (!transaction) throw chiftError(404, 'Transaction not found', 'ERROR_API_RESOURCE_NOT_FOUND');
			return transaction;
		}],

		['POST', /^\/consumers\/([^/]+)\/pos\/customers$/, ({ params: [consumerId], body, req }) => {
			const { connection, store } = posFor(consumerId, req, 'POST', 'customers');
			validateCustomer(body);
			return once(connection, req, () => {
				customerSequence++;
				const customer = {
					id: crypto.randomUUID(),
					first_name: body.first_name,
					last_name: body.last_name,
					name: `${body.first_name} ${body.last_name}`,
					phone: body.phone ?? null,
					email: body.email ?? null,
					created_on: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
					addresses: body.address ? [{ address_type: null, ...body.address }] : [],
					loyalty: 0,
					birthdate: null,
				};
				store.customers.push(customer);
				return { entity: customer, entityId: customer.id };
			});
		}],

		['GET', /^\/consumers\/([^/]+)\/pos\/customers$/, ({ params: [consumerId], query, req }) => {
			const { store } = posFor(consumerId, req, 'GET', 'customers');
			const search = (query.search ?? '').toLowerCase();
			return paged(
				store.customers.filter(
					(c) =>
						(!search || `${c.first_name} ${c.last_name}`.toLowerCase().includes(search)) &&
						(!query.email || c.email === query.email) &&
						(!query.phone || c.phone === query.phone),
				),
				query,
			);
		}],

		['GET', /^\/consumers\/([^/]+)\/pos\/customers\/([^/]+)$/, ({ params: [consumerId, customerId], req }) => {
			const { store } = posFor(consumerId, req, 'GET', 'customers');
			const customer = store.customers.find((c) => c.id === customerId);
			if (!customer) throw chiftError(404, `Customer ${customerId} not found`, 'ERROR_CUSTOMER_NOT_FOUND');
			return customer;
		}],
	];


	routes.push(
		['GET', /^\/consumers\/([^/]+)\/pos\/locations$/, pos('locations', ({ store, query }) => paged(store.locations, query))],
		['GET', /^\/consumers\/([^/]+)\/pos\/orders$/, pos('orders', ({ store, query, params: [consumerId] }) => {
			checkRange(query, false);
			if (query.state && !['open', 'closed', 'all'].includes(query.state)) {
				throw validationError([[['query', 'state'], "Input should be 'open', 'closed' or 'all'", 'enum', query.state]]);
			}
			// The filtered list is kept until the data changes and only the page's orders are copied:
			// the benchmark reads 10,000 orders page by page, and the emulator's own CPU time per page
			// must not be what it measures (a real Chift does not run on this machine).
			const filter = [consumerId, query.closure_id, query.date_from, query.date_to, query.location_id, query.state].join('\u0000');
			let list = orderLists.get(filter);
			if (!list) {
				const orders = store.orders.filter((order) =>
					(query.closure_id
						? order.closure_id === query.closure_id
						: (!query.date_from || serviceDayOf(order) >= query.date_from) && (!query.date_to || serviceDayOf(order) <= query.date_to)) &&
					(!query.location_id || order.location_id === query.location_id) &&
					(!query.state || query.state === 'all' || (query.state === 'open') === (order.closing_date === null)),
				);
				list = { orders, pages: new Map() };
				orderLists.set(filter, list);
			}
			const key = `${query.page}/${query.size}`;
			let text = list.pages.get(key);
			if (text === undefined) {
				const page = paged(list.orders, query);
				text = JSON.stringify({ ...page, items: page.items.map(publicOrder) });
				list.pages.set(key, text);
			}
			return new JsonText(text);
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/orders\/([^/]+)$/, pos('orders', ({ store, params: [, orderId] }) => publicOrder(orderOf(store, orderId)))],
		['PATCH', /^\/consumers\/([^/]+)\/pos\/orders\/([^/]+)$/, pos('orders', ({ store, params: [, orderId], body, req, connection }) => {
			if (!body || typeof body !== 'object' || !('customer_id' in body)) {
				throw validationError([[['body', 'customer_id'], 'Field required', 'missing', body]]);
			}
			if (body.customer_id !== null && typeof body.customer_id !== 'string') {
				throw validationError([[['body', 'customer_id'], 'Input should be a valid string', 'string_type', body.customer_id]]);
			}
			const order = orderOf(store, orderId);
			return once(connection, req, () => {
				order.customer_id = body.customer_id;
				return { entity: publicOrder(order), entityId: order.id };
			});
		}, 'PATCH')],
		['GET', /^\/consumers\/([^/]+)\/pos\/payments$/, pos('payments', ({ store, query }) => {
			checkRange(query, true);
			const payments = store.orders
				.filter((order) => serviceDayOf(order) >= query.date_from && serviceDayOf(order) <= query.date_to)
				.flatMap((order) => order.payments);
			return paged(payments, query);
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/payment-methods$/, pos('payment-methods', ({ store, query }) => paged(store.paymentMethods, query))],
		['GET', /^\/consumers\/([^/]+)\/pos\/sales$/, pos('sales', ({ store, query }) => {
			checkRange(query, true);
			const orders = store.orders.filter(
				(order) => serviceDayOf(order) >= query.date_from && serviceDayOf(order) <= query.date_to && (!query.location_id || order.location_id === query.location_id),
			);
			return {
				total: round(orders.reduce((sum, order) => sum + order.total, 0)),
				tax_amount: round(orders.reduce((sum, order) => sum + order.tax_amount, 0)),
				taxes: sumTaxes(orders),
			};
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/product-categories$/, pos('product-categories', ({ store, query }) => {
			if (query.only_parents !== undefined && !['true', 'false'].includes(query.only_parents)) {
				throw validationError([[['query', 'only_parents'], "Input should be 'true' or 'false'", 'enum', query.only_parents]]);
			}
			const categories = store.productCategories.filter((category) => query.only_parents !== 'true' || !category.id_parent);
			return paged(categories, query);
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/products$/, pos('products', ({ store, query }) => paged(store.products, query))],
		['GET', /^\/consumers\/([^/]+)\/pos\/accounting-categories$/, pos('accounting-categories', ({ store, query }) => paged(store.accountingCategories, query))],
		['GET', /^\/consumers\/([^/]+)\/pos\/closures\/([^/]+)$/, pos('closures', ({ store, params: [, date], query }) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw validationError([[['path', 'date'], 'Input should be a valid date', 'date_parsing', date]]);
			const closed = store.orders.filter(
				(order) => serviceDayOf(order) === date && order.closure_id && (!query.location_id || order.location_id === query.location_id),
			);
			const byClosure = new Map();
			for (const order of closed) {
				const closure = byClosure.get(order.closure_id) ?? { id: order.closure_id, total: 0, tax_amount: 0, payments: [], taxes: [] };
				closure.total = round(closure.total + order.total);
				closure.tax_amount = round(closure.tax_amount + order.tax_amount);
				byClosure.set(order.closure_id, closure);
			}
			const isToday = date >= dayOf(emulator.today);
			return { date, status: isToday || !byClosure.size ? 'open' : 'closed', closures: [...byClosure.values()] };
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/objectives$/, pos('objectives', ({ store, query }) => {
			checkRange(query, true);
			const days = [...new Set(store.orders.map(serviceDayOf))].filter((day) => day >= query.date_from && day <= query.date_to);
			return paged(days.map((date) => ({ date, total: 500, tax_amount: 50 })), query);
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/report$/, pos('report', ({ store, query }) => {
			if (!query.date) throw validationError([[['query', 'date'], 'Field required', 'missing', null]]);
			const locationId = query.location_id ?? store.locations[0].id;
			const orders = store.orders.filter((order) => serviceDayOf(order) === query.date && order.location_id === locationId);
			// One ReportOrders per e-reporting category: meals served on site are services, take-away
			// a supply of goods (assumed: how Chift categorises a POS's orders is not documented).
			const byCategory = new Map();
			for (const order of orders) {
				const category = order.mode === 'TAKEAWAY' ? REPORT_CATEGORIES.goods : REPORT_CATEGORIES.services;
				byCategory.set(category, [...(byCategory.get(category) ?? []), order]);
			}
			return {
				date: query.date,
				location_id: locationId,
				orders: [...byCategory].map(([category, group]) => ({
					currency: 'EUR',
					total: round(group.reduce((sum, order) => sum + order.total, 0)),
					tax_amount: round(group.reduce((sum, order) => sum + order.tax_amount, 0)),
					tax_duedatetypecode: null,
					category,
					total_orders: group.length,
					taxes: sumTaxes(group),
				})),
				payments: [],
			};
		})],
		['GET', /^\/consumers\/([^/]+)\/pos\/tax-rates$/, pos('tax-rates', ({ store, query }) => paged(store.taxRates, query))],
		['GET', /^\/consumers\/([^/]+)\/pos\/modifiers$/, pos('modifiers', ({ store, query }) => paged(store.modifiers, query))],
	);

	// Webhooks (account level) and the integrations they are registered for (§12).
	const webhooks = new Map();
	/**
	 * The events GET /webhooks/list offers, as Chift's webhook guide lists them, with the fields each
	 * delivery adds to accountid, event, consumerid and created (`fields(consumer)`, the defaults of
	 * deliver()). Platform events have the api 'Account' (assumed: the document only says the api may
	 * be null). Chift documents no invoicing, e-commerce or accounting event: none is offered here.
	 */
	const connectionIdOf = (consumer) => consumer?.connections[0]?.connectionid ?? null;
	const flowFields = () => ({ flowid: 'f10a0000-0000-4000-8000-000000000001', syncid: '5c0a0000-0000-4000-8000-000000000001' });
	const EVENTS = [
		{ event: 'pos.order.completed', api: 'Point of Sale', fields: () => ({}) },
		{ event: 'account.connection.created', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer) }) },
		{ event: 'account.connection.updated', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer), status: 'active' }) },
		{ event: 'account.connection.deleted', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer) }) },
		{ event: 'account.connection.up', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer) }) },
		{ event: 'account.connection.down', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer) }) },
		{ event: 'account.flow.enabled', api: 'Account', fields: flowFields },
		{ event: 'account.flow.disabled', api: 'Account', fields: flowFields },
		{
			event: 'account.flow.executed',
			api: 'Account',
			fields: () => ({ ...flowFields(), status: 'success', executionid: crypto.randomUUID(), parentexecutionid: crypto.randomUUID() }),
		},
		{
			event: 'account.issue.created',
			api: 'Account',
			// assumed: the guide's list of issue fields is cut after issue_status; its values are not documented.
			fields: (consumer) => ({ issue_id: crypto.randomUUID(), connectionid: connectionIdOf(consumer), error_code: 'ERROR_CONNECTOR_AUTHENTICATION', issue_status: 'new' }),
		},
		// assumed: the guide names the event without its fields; the connection refreshed is the likely one.
		{ event: 'account.datalayer.refresh_executed', api: 'Account', fields: (consumer) => ({ connectionid: connectionIdOf(consumer) }) },
	];
	/** The unified API an event belongs to (it is registered per integration of it), undefined for a platform event. */
	const apiOfEvent = (event) => {
		const api = EVENTS.find((e) => e.event === event)?.api;
		return api && api !== 'Account' ? api : undefined;
	};
	const integrations = () => {
		const seen = new Map();
		for (const connection of data.consumers.flatMap((consumer) => consumer.connections)) {
			// assumed: the logo and icon addresses follow the route of their JSON (integrations_get_integration_logo_json).
			const images = (type) => `https://api.chift.eu/integrations/${connection.integrationid}/${type}.json`;
			seen.set(connection.integrationid, { integrationid: connection.integrationid, name: connection.integration, api: connection.api, status: 'active', logo_url: images('logo'), icon_url: images('icon') });
		}
		return [...seen.values()];
	};
	const webhookOf = (webhookId) => {
		const webhook = webhooks.get(webhookId);
		if (!webhook) throw chiftError(404, `Webhook ${webhookId} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');
		return webhook;
	};
	const publicWebhook = ({ signingsecret, ...webhook }) => webhook;
	routes.push(
		['GET', /^\/integrations$/, () => integrations()],
		['GET', /^\/webhooks\/list$/, () => EVENTS.map(({ event, api }) => ({ event, api }))],
		['GET', /^\/webhooks$/, ({ query }) => [...webhooks.values()].filter((w) => !query.status || w.status === query.status).map(publicWebhook)],
		['POST', /^\/webhooks$/, ({ body }) => {
			const issues = [];
			if (typeof body?.event !== 'string' || !body.event) issues.push([['body', 'event'], 'Field required', 'missing', body]);
			if (typeof body?.url !== 'string' || !body.url) issues.push([['body', 'url'], 'Field required', 'missing', body]);
			if (issues.length) throw validationError(issues);
			if (!EVENTS.some((e) => e.event === body.event)) throw chiftError(400, `Unknown event ${body.event}`, 'ERROR_DATA_VALIDATION');
			if (apiOfEvent(body.event) && !Number.isInteger(body.integrationid)) {
				throw chiftError(400, 'integrationid is required for unified API events', 'ERROR_DATA_VALIDATION');
			}
			const webhook = {
				webhookid: crypto.randomUUID(),
				accountid: apiKey.accountId,
				createdby: null, // a user UUID or null in the document; a webhook made with an API key has no user (assumed)
				createdon: new Date().toISOString(),
				event: body.event,
				url: body.url,
				status: 'active',
				integrationid: body.integrationid ?? null,
				signingsecret: body.signingsecret ?? null,
			};
			webhooks.set(webhook.webhookid, webhook);
			return publicWebhook(webhook);
		}],
		['GET', /^\/webhooks\/([^/]+)$/, ({ params: [webhookId] }) => publicWebhook(webhookOf(webhookId))],
		['DELETE', /^\/webhooks\/([^/]+)$/, ({ params: [webhookId] }) => {
			webhookOf(webhookId);
			webhooks.delete(webhookId);
			return '';
		}],
	);

	/**
	 * Sends an event to every active webhook registered for it (for an API's event: for one of the
	 * consumer's integrations of that API), with the event's fields (overridden by `fields`), signed
	 * with the webhook's secret unless `signature` says otherwise: 'none' (no header) or 'wrong'.
	 * Resolves to the deliveries with their HTTP answers.
	 */
	async function deliver({ event = 'pos.order.completed', consumerId, fields = {}, signature = 'valid' }) {
		const consumer = data.consumers.find((c) => c.consumerid === consumerId);
		const api = apiOfEvent(event);
		const integrationIds = new Set((consumer?.connections ?? []).filter((c) => c.api === api).map((c) => c.integrationid));
		const targets = [...webhooks.values()].filter((w) => w.status === 'active' && w.event === event && (!api || integrationIds.has(w.integrationid)));
		const defaults = EVENTS.find((e) => e.event === event)?.fields(consumer) ?? {};
		const body = JSON.stringify({ accountid: apiKey.accountId, event, consumerid: consumerId, created: Math.floor(Date.now() / 1000), ...defaults, ...fields });
		const deliveries = [];
		for (const webhook of targets) {
			const headers = { 'content-type': 'application/json' };
			if (signature === 'valid') headers['X-Chift-Signature'] = crypto.createHmac('sha256', webhook.signingsecret ?? '').update(body).digest('hex');
			if (signature === 'wrong') headers['X-Chift-Signature'] = crypto.createHmac('sha256', 'not-the-secret').update(body).digest('hex');
			const response = await fetch(webhook.url, { method: 'POST', headers, body });
			deliveries.push({ webhookid: webhook.webhookid, url: webhook.url, status: response.status, body: await response.text() });
			platform.state.logDelivery(webhook, response.status);
		}
		return deliveries;
	}

	/** A new order at the consumer's first location, then its pos.order.completed delivery. */
	async function completeOrder(consumerId, options = {}) {
		const store = data.pos[consumerId];
		const template = store.orders[store.orders.length - 1];
		const order = { ...template, id: `ord-live-${crypto.randomUUID().slice(0, 8)}`, order_number: String(9000 + store.orders.length), creation_date: new Date().toISOString() };
		store.orders.push(order);
		orderLists.clear();
		const deliveries = await deliver({ consumerId, fields: { order_id: order.id, device_id: order.device_id }, signature: options.signature });
		return { order, deliveries };
	}

	// The other unified APIs, each declared in its own folder (test/emulator/<api>/, listed in ./apis.js).
	const kit = { ...createKit({ chiftError, HttpError }), once, paged, chiftError, validationError };
	for (const api of UNIFIED_APIS) routes.push(...api.routes({ ...kit, api: unified(api.apiName, api.storeKey) }));
	// The platform's own routes (test/emulator/platform/).
	const platform = platformRoutes({ ...kit, data, webhooks, consumerOf, createConnection: (...args) => createConnection(...args), today: options.today ?? new Date() });
	routes.push(...platform.routes);

	// Not Chift: a control route of the emulator, so a person (or the demo) can make a POS order
	// complete and see the trigger fire. Public, like the token route.
	routes.push([
		'POST',
		/^\/_emulator\/complete-order\/([^/]+)$/,
		async ({ params: [consumerId] }) => {
			consumerOf(consumerId);
			const { order, deliveries } = await completeOrder(consumerId);
			return { order_id: order.id, deliveries: deliveries.map(({ url, status }) => ({ url, status })) };
		},
		{ public: true },
	]);

	/**
	 * The consumer finished a connection (as after following its activation link): a new active
	 * connection to `integrationid` (default: the first integration of an API the consumer has no
	 * connection to), then its account.connection.created delivery.
	 */
	async function createConnection(consumerId, { integrationid, signature } = {}) {
		const consumer = consumerOf(consumerId);
		const known = integrations();
		const integration =
			integrationid === undefined
				? known.find((candidate) => !consumer.connections.some((c) => c.api === candidate.api))
				: known.find((candidate) => candidate.integrationid === integrationid);
		if (!integration) throw chiftError(400, 'No integration to connect this consumer to', 'ERROR_DATA_VALIDATION');
		const connection = {
			connectionid: crypto.randomUUID(),
			name: integration.name,
			integration: integration.name,
			integrationid: integration.integrationid,
			api: integration.api,
			status: 'active',
		};
		consumer.connections.push(connection);
		const deliveries = await deliver({ event: 'account.connection.created', consumerId, fields: { connectionid: connection.connectionid }, signature });
		return { connection, deliveries };
	}

	// Not Chift: the same for a new connection, so the demo can fire account.connection.created.
	routes.push([
		'POST',
		/^\/_emulator\/connection-created\/([^/]+)$/,
		async ({ params: [consumerId], body }) => {
			const { connection, deliveries } = await createConnection(consumerId, { integrationid: body?.integrationid });
			return { connectionid: connection.connectionid, integration: connection.integration, deliveries: deliveries.map(({ url, status }) => ({ url, status })) };
		},
		{ public: true },
	]);

	const emulator = {
		url: '',
		apiKey,
		data,
		requests,
		tokensIssued: 0,
		today: options.today ?? new Date(),
		/**
		 * Faults, all off by default: latencyMs (every POS/consumer call), capacity (requests in
		 * flight beyond it get 429 + Retry-After: retryAfterSeconds), commitThen502Rate and
		 * dropAfterCommitRate (writes), dropRate (any call, before handling), tokenDelayMs.
		 */
		faults: { latencyMs: 0, capacity: Infinity, retryAfterSeconds: 1, commitThen502Rate: 0, dropAfterCommitRate: 0, dropRate: 0, tokenDelayMs: 0, ...options.faults },
		faultsInjected: { rateLimited: 0, commitThen502: 0, dropped: 0 },
		inFlight: 0,
		maxInFlight: 0,
		/** Valid tokens now; expire them all to make the next call answer 401 (token expiry). */
		expireTokens() {
			tokens.clear();
		},
		/**
		 * Answer the next `times` requests matching method and path with status and body instead
		 * of the real route (a scripted fault); with `afterRoute`, the route runs first (a write
		 * that happened, whose answer is lost). `body` may be a function of the request record (to
		 * answer by its query). Returns the injection, whose `used` counts hits.
		 */
		inject({ method, path, status, body, headers, times = 1, afterRoute = false }) {
			const injection = { method, path, status, body, headers, times, afterRoute, used: 0 };
			injections.push(injection);
			return injection;
		},
		customersOf(consumerId) {
			return data.pos[consumerId]?.customers ?? [];
		},
		requestsTo(method, pathPattern) {
			return requests.filter((r) => r.method === method && (pathPattern instanceof RegExp ? pathPattern.test(r.path) : r.path === pathPattern));
		},
		webhooks,
		/** The platform's records: syncs, datastores, issues, links... (test/emulator/platform/state.js). */
		platform: platform.state,
		deliver,
		completeOrder,
		createConnection,
		/** More API keys the token exchange accepts beside apiKey (a second key of the account, as after a rotation). */
		otherApiKeys: [],
		/**
		 * Called with each request's record as it arrives, before its body is read (a test acting at a
		 * given moment of a run); a promise it returns holds the request until it settles.
		 */
		onRequest: undefined,
		/** Expire every token when this many more POS/consumer requests have arrived. */
		expireTokensAfter: undefined,
		reset() {
			orderLists.clear();
			requests.length = 0;
			injections.length = 0;
			emulator.maxInFlight = 0;
			emulator.faultsInjected = { rateLimited: 0, commitThen502: 0, dropped: 0 };
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};

	const server = http.createServer(async (req, res) => {
		const url = new URL(req.url, 'http://emulator');
		const record = {
			method: req.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: { ...req.headers },
			body: undefined,
			status: 0,
			at: Date.now(),
		};
		requests.push(record);
		await emulator.onRequest?.(record);
		if (req.method !== 'GET') orderLists.clear();
		let counted = false;
		let status = 200;
		let payload;
		let headers = {};
		try {
			const { json } = await readBody(req);
			record.body = json;
			const injection = injections.find(
				(i) => i.used < i.times && (!i.method || i.method === req.method) && (i.path instanceof RegExp ? i.path.test(url.pathname) : i.path === url.pathname),
			);
			const route = routes.find(([method, pattern]) => method === req.method && pattern.test(url.pathname));
			if (!route && (!injection || injection.afterRoute)) throw chiftError(404, `Route ${req.method} ${url.pathname} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');
			if (!route?.[3]?.public) {
				const auth = req.headers.authorization ?? '';
				const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
				const expiry = tokens.get(token);
				if (!expiry || expiry < Date.now()) {
					throw chiftError(401, 'Invalid or expired token', 'ERROR_CHIFT_AUTHENTICATION_ERROR');
				}
			}
			if (injection && !injection.afterRoute) {
				injection.used++;
				record.injected = true;
				const body = typeof injection.body === 'function' ? injection.body(record) : injection.body;
				throw new HttpError(injection.status, body ?? {}, injection.headers);
			}
			if (!route[3]?.public) {
				if (emulator.expireTokensAfter !== undefined && --emulator.expireTokensAfter === 0) tokens.clear();
				counted = true;
				emulator.inFlight++;
				emulator.maxInFlight = Math.max(emulator.maxInFlight, emulator.inFlight);
				if (emulator.inFlight > emulator.faults.capacity) {
					emulator.faultsInjected.rateLimited++;
					throw new HttpError(
						429,
						{ status: 'error', message: 'Too many requests', error_code: 'ERROR_RATE_LIMIT', detail: '' }, // assumed: undocumented
						{ 'retry-after': String(emulator.faults.retryAfterSeconds) },
					);
				}
				if (chance(emulator.faults.dropRate)) throw new DroppedConnection();
				if (req.method === 'GET') await delay(emulator.faults.latencyMs);
			}
			const match = route[1].exec(url.pathname);
			payload = await route[2]({ req, body: json, query: record.query, params: match.slice(1).map(decodeURIComponent) });
			if (payload instanceof Answer) ({ status, body: payload } = payload);
			if (injection?.afterRoute) {
				injection.used++;
				record.injected = true;
				throw new HttpError(injection.status, injection.body ?? {}, injection.headers);
			}
		} catch (error) {
			if (error instanceof DroppedConnection) {
				if (counted) emulator.inFlight--;
				if (req.method !== 'GET') orderLists.clear();
				emulator.faultsInjected.dropped++;
				record.status = 'dropped';
				req.socket.destroy();
				return;
			}
			if (!(error instanceof HttpError)) {
				status = 500;
				payload = { status: 'error', message: `Emulator failure: ${error.message}`, error_code: 'ERROR_UNKNOWN', detail: '' };
			} else {
				status = error.status;
				payload = error.body;
				headers = error.headers ?? {};
			}
		}
		if (counted) emulator.inFlight--;
		// Again after the write: a list read while the write waited for the POS is stale now.
		if (req.method !== 'GET') orderLists.clear();
		if (payload === '' && status === 200) status = 204;
		record.status = status;
		const text = typeof payload === 'string' ? payload : payload instanceof JsonText ? payload.text : JSON.stringify(payload);
		// Kept for the check against Chift's OpenAPI document (test/spec/openapi.js).
		record.contentType = typeof payload === 'string' ? 'text/plain' : 'application/json';
		record.responseText = status === 204 ? '' : text;
		if (status === 204) {
			res.writeHead(204, headers);
			res.end();
			return;
		}
		res.writeHead(status, { 'content-type': record.contentType, ...headers });
		res.end(text);
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', resolve);
	});
	emulator.url = `http://127.0.0.1:${server.address().port}`;
	emulator.server = server;
	return emulator;
}

module.exports = { startChiftEmulator, DEFAULT_API_KEY };

if (require.main === module) {
	const portArgument = process.argv.indexOf('--port');
	const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : 18080;
	startChiftEmulator({ port }).then((emulator) => {
		const consumers = emulator.data.consumers.map((c) => `  ${c.consumerid}  ${c.name}`).join('\n');
		process.stdout.write(
			`Chift emulator on ${emulator.url}\nAPI key: account ${emulator.apiKey.accountId}, client ${emulator.apiKey.clientId}, secret ${emulator.apiKey.clientSecret}\nConsumers:\n${consumers}\n`,
		);
		const stop = () => emulator.close().then(() => process.exit(0));
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}
