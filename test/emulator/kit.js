'use strict';
/**
 * What the emulator's API modules (test/emulator/<api>/*.js) build their routes with, so that a
 * route is a declaration: a path as Chift's document spells it, and a handler on the API's data.
 *
 *   at('/accounting/clients/{client_id}')  → the route's pattern, below /consumers/{consumer_id}
 *   checkBody(req, body)                    → Chift's 422 when the body breaks the document's schema
 */
const { requestBodyIssues, findOperation } = require('../spec/openapi');

/** A route's pattern below /consumers/{consumer_id}; each {name} captures one path segment. */
const at = (template) =>
	new RegExp(`^/consumers/([^/]+)${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)')}$`);

/** Today as YYYY-MM-DD, and a date-time without milliseconds, as Chift writes them. */
const dayText = (date) => date.toISOString().slice(0, 10);
const nowText = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** An amount rounded to the cent, as the emulator's records keep money. */
const round = (amount) => Math.round(amount * 100) / 100;

/** Chift's `source_ref` of a record: its ID in the connected system and that system's model. */
const ref = (id, model) => ({ id, model });

/** A day `days` before `today` (a Date), as YYYY-MM-DD. */
const daysBefore = (today, days) => dayText(new Date(today.getTime() - days * 24 * 3600 * 1000));

/** An answer with another 2xx status than 200 (a route the document declares with 201 Created). */
class Answer {
	constructor(status, body) {
		this.status = status;
		this.body = body;
	}
}
const created = (body) => new Answer(201, body);

/** A one-page PDF, as small as a valid one gets, as base64 (invoices' PDFs, attachments). */
function samplePdf(text) {
	const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
	return Buffer.from(
		[
			'%PDF-1.4',
			'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
			'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
			'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
			`4 0 obj << /Length ${stream.length} >> stream`,
			stream,
			'endstream endobj',
			'trailer << /Root 1 0 R >>',
			'%%EOF',
		].join('\n'),
	).toString('base64');
}

/**
 * @param {object} base the emulator's own helpers: { chiftError, validationError, HttpError }
 */
function createKit({ chiftError, HttpError }) {
	/**
	 * Throws Chift's 422 when `body` breaks the schema the document declares for this request, in
	 * the shape the document declares for the operation's 422 (HTTPValidationError with a detail
	 * list, or ChiftError with a detail text).
	 */
	function checkBody(req, body) {
		const path = new URL(req.url, 'http://emulator').pathname;
		const issues = requestBodyIssues(req.method, path, body);
		if (!issues.length) return;
		const declared = findOperation(req.method, path)?.operation.responses['422']?.content?.['application/json']?.schema?.$ref ?? '';
		const detail = issues.map(([loc, msg, type, input]) => ({ loc, msg, type, input }));
		if (declared.endsWith('/ChiftError')) {
			throw new HttpError(422, {
				status: 'error',
				message: 'Validation error',
				error_code: 'ERROR_INVALID_BODY',
				detail: detail.map((entry) => `${entry.loc.join('.')}: ${entry.msg}`).join('; '),
			});
		}
		throw new HttpError(422, { status: 'error', message: 'Validation error', error_code: 'ERROR_INVALID_BODY', detail });
	}

	/** Chift's 404 for a record of the API that does not exist (assumed: the code is not documented per resource). */
	const notFound = (what, id) => chiftError(404, `${what} ${id} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');

	/** The record of `list` whose `field` (default id) is `id`, or Chift's 404 naming it. */
	function find(list, id, what, field = 'id') {
		const record = list.find((candidate) => String(candidate[field]) === String(id));
		if (!record) throw notFound(what, id);
		return record;
	}

	return { at, checkBody, notFound, find, dayText, nowText, daysBefore, created, samplePdf };
}

module.exports = { createKit, at, dayText, nowText, daysBefore, round, ref, Answer, created, samplePdf };
