'use strict';
/**
 * Consumers (create, update, delete; the reads are in chift-emulator.js), their connections
 * (create → activation link, update, delete) and the data layer of a connection. A link opens for
 * 30 minutes (Chift's documented validity); the emulator's control route
 * POST /_emulator/connect/{link} stands for the customer finishing it: the connection appears and
 * account.connection.created is delivered to the webhooks registered for it.
 */
const crypto = require('crypto');

const { createPosData } = require('../pos-data');
const { UNIFIED_APIS } = require('../apis');

const LINK_MINUTES = 30;

function routes({ root, at, data, state, consumerOf, checkBody, chiftError, notFound, createConnection, today }) {
	const publicConsumer = ({ connections, ...consumer }) => consumer;
	const connectionOf = (consumer, connectionId) => consumer.connections.find((item) => item.connectionid === connectionId) ?? (() => { throw notFound('Connection', connectionId); })();
	/** The link a customer opens, on the emulator's own address (assumed: Chift's link format is not documented). */
	const linkFor = (req, consumer, details) => {
		const id = crypto.randomBytes(12).toString('hex');
		state.links.set(id, { consumerId: consumer.consumerid, expires: Date.now() + LINK_MINUTES * 60_000, ...details });
		return { url: `http://${req.headers.host}/_emulator/connect/${id}` };
	};
	return [
		['POST', root('/consumers'), ({ req, body }) => {
			checkBody(req, body);
			const consumer = { consumerid: crypto.randomUUID(), name: body.name, email: body.email ?? null, internal_reference: body.internal_reference ?? null, redirect_url: body.redirect_url ?? null, connections: [] };
			data.consumers.push(consumer);
			// Its data in every API, empty until a connection exists (the routes refuse before reading it).
			// (The POS sample is seeded by the internal reference, or the ID without one.)
			data.pos[consumer.consumerid] = createPosData({ ...consumer, internal_reference: consumer.internal_reference ?? consumer.consumerid }, { today });
			for (const api of UNIFIED_APIS) data[api.storeKey][consumer.consumerid] = api.createData(consumer, { today });
			return publicConsumer(consumer);
		}],
		['PATCH', root('/consumers/{consumer_id}'), ({ req, body, params: [consumerId] }) => {
			const consumer = consumerOf(consumerId);
			checkBody(req, body);
			for (const field of ['name', 'email', 'internal_reference', 'redirect_url']) if (body[field] !== undefined) consumer[field] = body[field];
			return publicConsumer(consumer);
		}],
		['DELETE', root('/consumers/{consumer_id}'), ({ params: [consumerId] }) => {
			consumerOf(consumerId);
			data.consumers.splice(data.consumers.findIndex((item) => item.consumerid === consumerId), 1);
			return '';
		}],
		['POST', at('/connections'), ({ req, body, params: [consumerId] }) => {
			const consumer = consumerOf(consumerId);
			checkBody(req, body ?? undefined);
			return linkFor(req, consumer, { integrationid: body?.integrationid ?? null, name: body?.name ?? null, apis: body?.apis ?? null });
		}],
		['PATCH', at('/connections/{connectionid}'), ({ req, body, params: [consumerId, connectionId] }) => {
			const consumer = consumerOf(consumerId);
			const connection = connectionOf(consumer, connectionId);
			checkBody(req, body ?? undefined);
			if (body?.name) connection.name = body.name;
			return linkFor(req, consumer, { connectionid: connectionId });
		}],
		['DELETE', at('/connections/{connectionid}'), ({ params: [consumerId, connectionId] }) => {
			const consumer = consumerOf(consumerId);
			connectionOf(consumer, connectionId);
			consumer.connections = consumer.connections.filter((item) => item.connectionid !== connectionId);
			return '';
		}],
		['POST', at('/connections/{connection_id}/enable_datalayer'), ({ req, body, params: [consumerId, connectionId] }) => {
			const connection = connectionOf(consumerOf(consumerId), connectionId);
			checkBody(req, body ?? undefined);
			connection.dataLayer = 'enabled';
			return {};
		}],
		['POST', at('/connections/{connection_id}/disable_datalayer'), ({ params: [consumerId, connectionId] }) => {
			const connection = connectionOf(consumerOf(consumerId), connectionId);
			delete connection.dataLayer;
			return '';
		}],
		['POST', at('/connections/{connection_id}/refresh_datalayer'), ({ req, body, params: [consumerId, connectionId] }) => {
			const connection = connectionOf(consumerOf(consumerId), connectionId);
			checkBody(req, body ?? undefined);
			// assumed: Chift's answer for a connection without a data layer is not documented.
			if (!connection.dataLayer) throw chiftError(400, `The data layer is not enabled for connection ${connectionId}`, 'ERROR_DATALAYER_NOT_ENABLED');
			return { status: 'success', message: 'Data layer refresh started', data: { connectionid: connectionId, force_from_date: body?.force_from_date ?? null } };
		}],
		// Not Chift: the customer finishing an activation link (public, like the other control routes).
		['POST', /^\/_emulator\/connect\/([^/]+)$/, async ({ params: [linkId], body }) => {
			const link = state.links.get(linkId);
			if (!link) throw notFound('Link', linkId);
			if (link.expires < Date.now()) throw chiftError(410, 'This link has expired: links are valid 30 minutes', 'ERROR_LINK_EXPIRED');
			// The emulator's own new connection (and its account.connection.created delivery).
			const { connection, deliveries } = await createConnection(link.consumerId, { integrationid: body?.integrationid ?? link.integrationid ?? undefined });
			if (link.name) connection.name = link.name;
			state.links.delete(linkId);
			return { connection, deliveries: deliveries.map(({ url, status }) => ({ url, status })) };
		}, { public: true }],
	];
}

module.exports = { routes };
