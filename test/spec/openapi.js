'use strict';
/**
 * Checks HTTP exchanges against Chift's OpenAPI document (spec/chift-openapi.json, derived by
 * scripts/refresh-openapi.js): which operation a request is, whether its path and query
 * parameters and its JSON body are what the operation declares, and whether the answer's body
 * matches the schema declared for its status. JSON Schema 2020-12 (OpenAPI 3.1) with ajv.
 *
 *   const { checkExchange, assertFollowsSpec } = require('./spec/openapi');
 *   checkExchange({ method, path, query, body, status, contentType, responseText }) → ['violation', …]
 *   assertFollowsSpec(emulator.requests)   // throws, naming the violations
 *
 * What the document cannot tell is not checked: Chift's headers (it declares none), and answers
 * with a status the operation does not declare (401, 429, 5xx other than 502), which the document
 * gives no schema for.
 */
const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const SPEC_FILE = path.join(__dirname, '..', '..', 'spec', 'chift-openapi.json');
const SPEC_ID = 'chift-openapi.json';
const spec = JSON.parse(fs.readFileSync(SPEC_FILE, 'utf8'));

// strict: false because the document carries OpenAPI keywords (discriminator, openapi, paths…)
// that are not JSON Schema; they are ignored, not errors.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, verbose: true });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

const pointer = (...segments) =>
	`${SPEC_ID}#/${segments.map((segment) => encodeURIComponent(String(segment).replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

const validators = new Map();
function validatorAt(...segments) {
	const ref = pointer(...segments);
	if (!validators.has(ref)) {
		const validate = ajv.getSchema(ref);
		if (!validate) throw new Error(`No schema at ${ref}`);
		validators.set(ref, validate);
	}
	return validators.get(ref);
}

/** Every operation of the document: { method, route, operationId, tags, pattern, literalSegments }. */
const operations = Object.entries(spec.paths).flatMap(([route, byMethod]) =>
	Object.entries(byMethod).map(([method, operation]) => {
		const segments = route.split('/');
		return {
			method: method.toUpperCase(),
			route,
			operationId: operation.operationId,
			tags: operation.tags ?? [],
			operation,
			// A placeholder may be part of a segment ({image_type}.json of the integration logos).
			pattern: new RegExp(`^${segments.map((segment) => segment.split(/(\{[^}]+\})/).map((part) => (/^\{.+\}$/.test(part) ? '([^/]+?)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('')).join('/')}$`),
			literalSegments: segments.filter((segment) => !/^\{.+\}$/.test(segment)).length,
		};
	}),
);

/** The operation a request is (the most literal route wins: /orders/{id} never shadows /orders/x). */
function findOperation(method, requestPath) {
	const candidates = operations.filter((candidate) => candidate.method === method && candidate.pattern.test(requestPath));
	candidates.sort((a, b) => b.literalSegments - a.literalSegments);
	return candidates[0] ?? null;
}

const describeErrors = (errors) =>
	(errors ?? [])
		.slice(0, 5)
		.map((error) => `${error.instancePath || '(root)'} ${error.message}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''}`)
		.join('; ');

/** A query or path value as sent (text) or as the JSON value it spells (numbers, booleans). */
function parameterMatches(validate, raw) {
	if (validate(raw)) return true;
	try {
		return validate(JSON.parse(raw));
	} catch {
		return false;
	}
}

function checkRequest(found, { path: requestPath, query = {}, body }) {
	const violations = [];
	const { operation } = found;
	const params = found.pattern.exec(requestPath).slice(1).map(decodeURIComponent);
	const pathNames = [...found.route.matchAll(/\{(.+?)\}/g)].map((match) => match[1]);
	operation.parameters.forEach((parameter, index) => {
		if (parameter.in !== 'path' && parameter.in !== 'query') return;
		const raw = parameter.in === 'path' ? params[pathNames.indexOf(parameter.name)] : query[parameter.name];
		if (raw === undefined) {
			if (parameter.required) violations.push(`${parameter.in} parameter ${parameter.name} is required`);
			return;
		}
		const validate = validatorAt('paths', found.route, found.method.toLowerCase(), 'parameters', index, 'schema');
		if (!parameterMatches(validate, raw)) {
			violations.push(`${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)}: ${describeErrors(validate.errors)}`);
		}
	});
	const declared = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
	for (const name of Object.keys(query)) {
		if (!declared.has(name)) violations.push(`query parameter ${name} is not declared`);
	}
	const requestBody = operation.requestBody;
	if (!requestBody) {
		if (body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body).length === 0)) {
			violations.push('a body was sent to an operation that takes none');
		}
	} else if (body === undefined || body === null) {
		if (requestBody.required) violations.push('the request body is required');
	} else if (requestBody.content?.['application/json']) {
		const validate = validatorAt('paths', found.route, found.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
		if (!validate(body)) violations.push(`request body: ${describeErrors(validate.errors)}`);
	}
	return violations;
}

function checkResponse(found, { status, contentType = '', responseText }) {
	const declared = found.operation.responses[String(status)];
	if (!declared) {
		// A success the document does not list is a violation; an error without a schema cannot be checked.
		return status >= 200 && status < 300 ? [`status ${status} is not declared (declared: ${Object.keys(found.operation.responses).join(', ')})`] : [];
	}
	const schema = declared.content?.['application/json'];
	if (!schema) return [];
	if (!/json/i.test(contentType)) return [`status ${status} should be JSON, the content type is ${contentType || 'missing'}`];
	let body;
	try {
		body = JSON.parse(responseText);
	} catch {
		return [`status ${status}: the body is not JSON`];
	}
	const validate = validatorAt('paths', found.route, found.method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema');
	return validate(body) ? [] : [`response ${status}: ${describeErrors(validate.errors)}`];
}

/**
 * What is wrong with a request body for its operation, as the entries of Chift's 422 detail
 * ([loc, msg, type, input]): the emulator answers these as Chift does. [] when it is valid or the
 * operation takes no JSON body.
 */
function requestBodyIssues(method, requestPath, body) {
	const found = findOperation(method, requestPath);
	if (!found?.operation.requestBody?.content?.['application/json']) return [];
	if (body === undefined || body === null) {
		return found.operation.requestBody.required ? [[['body'], 'Field required', 'missing', null]] : [];
	}
	const validate = validatorAt('paths', found.route, found.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema');
	if (validate(body)) return [];
	// anyOf/oneOf repeat what their branches said; the branches' own errors are the useful ones.
	const errors = validate.errors.filter((error) => !['anyOf', 'oneOf', 'if', 'then', 'else'].includes(error.keyword));
	const seen = new Set();
	return (errors.length ? errors : validate.errors)
		.map((error) => {
			const loc = ['body', ...error.instancePath.split('/').filter(Boolean).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))];
			if (error.params?.missingProperty) loc.push(error.params.missingProperty);
			return [loc, error.keyword === 'required' ? 'Field required' : `Input ${error.message}`, error.keyword === 'required' ? 'missing' : error.keyword, error.data];
		})
		.filter(([loc]) => !seen.has(loc.join('.')) && seen.add(loc.join('.')));
}

/**
 * Violations of one exchange. `status` undefined (no answer yet, or the connection was dropped)
 * checks the request only.
 */
function checkExchange(exchange) {
	const found = findOperation(exchange.method, exchange.path);
	if (!found) return [`${exchange.method} ${exchange.path} is no operation of Chift's API`];
	const violations = checkRequest(found, exchange);
	if (typeof exchange.status === 'number' && exchange.responseText !== undefined) violations.push(...checkResponse(found, exchange));
	return violations.map((violation) => `${found.operationId} (${exchange.method} ${exchange.path}): ${violation}`);
}

/**
 * Violations in an emulator's request log. The emulator's own control routes (/_emulator/...) are
 * not Chift's; an answer a test injected (a fault, a foreign body) is the test's, so only its
 * request is checked.
 */
function violationsOf(records) {
	return records
		.filter((record) => !record.path.startsWith('/_emulator'))
		.flatMap((record) => checkExchange(record.injected ? { ...record, status: undefined } : record));
}

/** Throws when the log holds a violation other than the expected ones (patterns), listing the first. */
function assertFollowsSpec(records, expected = []) {
	const violations = [...new Set(violationsOf(records))].filter(
		(violation) => !expected.some((pattern) => pattern.test(violation)),
	);
	if (violations.length) {
		throw new Error(`${violations.length} exchange(s) break Chift's OpenAPI document:\n  ${violations.slice(0, 10).join('\n  ')}`);
	}
}

module.exports = { checkExchange, violationsOf, assertFollowsSpec, findOperation, requestBodyIssues, operations, spec };
