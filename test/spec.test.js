'use strict';
/**
 * Chift's OpenAPI document as the source of truth: which of its operations the package offers, and
 * the checker every engine test runs on its exchanges with the emulator (test/spec/openapi.js,
 * called by stop() in test/support.js).
 */

const { checkExchange, operations, spec } = require('./spec/openapi');
const { NOT_YET_OFFERED, LEFT_OUT } = require('./spec/coverage');
const { CONSUMERS } = require('./emulator/sample-data');

const { REGISTRIES: NODES } = require('./support');

const route = (template) => template.replace(/\{[^}]+\}/g, '{}');
const key = (method, template) => `${method.toUpperCase()} ${route(template)}`;

/** Every node's operations (each route it may call), as the document's "METHOD /route" keys. */
const OFFERED = Object.fromEntries(
	Object.entries(NODES).map(([name, node]) => [
		name,
		node.resources.flatMap((resource) =>
			resource.operations.flatMap((operation) => operation.endpoints.map((endpoint) => key(endpoint.method, `${operation.consumer ? '/consumers/{consumer_id}' : ''}${endpoint.path}`))),
		),
	]),
);

describe('coverage of the document', () => {
	const byKey = new Map(operations.map((operation) => [key(operation.method, operation.route), operation]));
	const offeredIds = new Map(
		Object.entries(OFFERED).flatMap(([node, keys]) =>
			keys.map((operationKey) => {
				const operation = byKey.get(operationKey);
				if (!operation) throw new Error(`${node} calls ${operationKey}, which is no operation of the document`);
				return [operation.operationId, node];
			}),
		),
	);
	const listed = new Map([
		...NOT_YET_OFFERED.flatMap((group) => group.operationIds.map((id) => [id, group.reason])),
		...LEFT_OUT.map((entry) => [entry.operationId, entry.reason]),
	]);

	test('the document has the 182 operations the package is planned around', () => {
		expect(operations).toHaveLength(182);
		expect(spec['x-derived-from'].operations).toBe(182);
	});

	test('every operation is offered by a node, or listed with the reason it is not', () => {
		const unaccounted = operations.map((operation) => operation.operationId).filter((id) => !offeredIds.has(id) && !listed.has(id));
		expect(unaccounted).toEqual([]);
		for (const reason of listed.values()) expect(reason).toMatch(/\w{4,}.*\.$/);
	});

	test('no operation is both offered and listed as not offered, or listed twice', () => {
		expect([...offeredIds.keys()].filter((id) => listed.has(id))).toEqual([]);
		const all = [...NOT_YET_OFFERED.flatMap((group) => group.operationIds), ...LEFT_OUT.map((entry) => entry.operationId)];
		expect(all.length).toBe(new Set(all).size);
		const known = new Set(operations.map((operation) => operation.operationId));
		expect(all.filter((id) => !known.has(id))).toEqual([]);
	});

	test('Chift POS offers every Point of Sale operation', () => {
		const pos = operations.filter((operation) => operation.tags[0] === 'Point of Sale').map((operation) => operation.operationId);
		expect(pos).toHaveLength(18);
		expect(pos.filter((id) => offeredIds.get(id) !== 'chiftPos')).toEqual([]);
	});
});

describe('the checker', () => {
	const orders = `/consumers/${CONSUMERS.bistro}/pos/orders`;
	const order = {
		id: 'ord-1',
		creation_date: '2026-12-01T10:00:00Z',
		closing_date: null,
		service_date: '2026-12-01T10:00:00Z',
		device_id: null,
		total: 10,
		tax_amount: 1,
		total_discount: 0,
		total_refunded: 0,
		total_tip: 0,
		delivery_fee: 0,
		currency: 'EUR',
		country: null,
		loyalty: null,
		customer_id: null,
		location_id: null,
		taxes: [],
		guests: null,
		items: [],
		payments: [],
		status: 'open',
	};
	const answer = (body, status = 200) => ({ status, contentType: 'application/json', responseText: JSON.stringify(body) });

	test('derives what it checks from the document, without Chift\'s prose', () => {
		expect(spec.components.securitySchemes.mcp_auth).toEqual({ type: 'http', scheme: 'bearer' });
		const prose = JSON.stringify(spec.paths).match(/"(summary|example|examples)":/g);
		expect(prose).toBeNull();
	});

	test('accepts what the document allows', () => {
		expect(checkExchange({ method: 'GET', path: orders, query: { page: '1', size: '100', date_from: '2026-12-01', state: 'closed' } })).toEqual([]);
		expect(checkExchange({ method: 'GET', path: `${orders}/ord-1`, query: {}, ...answer(order) })).toEqual([]);
	});

	test('finds what breaks it: a query parameter, a body, an answer', () => {
		expect(checkExchange({ method: 'GET', path: orders, query: { size: '500', colour: 'red' } })).toEqual([
			expect.stringMatching(/pos_get_orders .*query parameter size="500": .*must be <= 100/),
			expect.stringMatching(/query parameter colour is not declared/),
		]);
		expect(checkExchange({ method: 'POST', path: `/consumers/${CONSUMERS.bistro}/pos/customers`, body: { first_name: 'Ann' } })).toEqual([
			expect.stringMatching(/pos_create_pos_customer .*request body: .*last_name/),
		]);
		expect(checkExchange({ method: 'GET', path: `${orders}/ord-1`, ...answer({ ...order, service_date: '2026-12-01' }) })).toEqual([
			expect.stringMatching(/pos_get_order .*response 200: \/service_date must match format "date-time"/),
		]);
		expect(checkExchange({ method: 'GET', path: '/consumers/x/pos/teleport' })).toEqual([
			expect.stringMatching(/is no operation of Chift's API/),
		]);
	});

	test('checks declared error answers too, and lets undeclared ones pass', () => {
		expect(checkExchange({ method: 'GET', path: `${orders}/ord-1`, ...answer({ detail: 'x' }, 404) })).toEqual([
			expect.stringMatching(/response 404: /),
		]);
		expect(checkExchange({ method: 'GET', path: `${orders}/ord-1`, ...answer({ anything: true }, 429) })).toEqual([]);
	});
});
