#!/usr/bin/env node
'use strict';
/**
 * Derives spec/chift-openapi.json, the facts of Chift's OpenAPI document that the package and its
 * tests use, from a copy of Chift's published document (it ships in Chift's Python SDK as
 * chift/openapi/openapi.json, and the API serves it at /openapi.json):
 *
 *   node scripts/refresh-openapi.js path/to/openapi.json
 *
 * Kept: paths, methods, operation IDs, tags, parameters, request bodies, responses, schemas with
 * their types, formats, enums, defaults, required lists and constraints. Dropped: Chift's prose
 * (descriptions, summaries, titles, examples). Corrected (see spec/README.md): the `mcp_auth`
 * security scheme that 146 operations name but the document never declares.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const OUTPUT = path.join(__dirname, '..', 'spec', 'chift-openapi.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Annotations, not facts: JSON Schema and OpenAPI keywords holding prose or sample values.
const PROSE = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'x-codeSamples']);
// Keywords whose value is a map from names (property names, schema names) to schemas: the names
// stay even when they read like a keyword ("description" is a common property name).
const NAMED_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'mapping']);

function stripProse(value) {
	if (Array.isArray(value)) return value.map(stripProse);
	if (!value || typeof value !== 'object') return value;
	const result = {};
	for (const [key, child] of Object.entries(value)) {
		if (PROSE.has(key)) continue;
		result[key] = NAMED_MAPS.has(key) && child && typeof child === 'object' && !Array.isArray(child)
			? Object.fromEntries(Object.entries(child).map(([name, schema]) => [name, stripProse(schema)]))
			: stripProse(child);
	}
	return result;
}

function derive(document, sourceText = JSON.stringify(document)) {
	const paths = {};
	for (const [route, item] of Object.entries(document.paths)) {
		const operations = {};
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			operations[method] = stripProse({
				operationId: operation.operationId,
				tags: operation.tags,
				parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])],
				requestBody: operation.requestBody,
				responses: operation.responses,
				security: operation.security,
			});
		}
		paths[route] = operations;
	}
	const components = stripProse(document.components ?? {});
	components.securitySchemes = {
		...(components.securitySchemes ?? {}),
		// Named by the operations, declared nowhere; the API takes the bearer token from POST /token.
		mcp_auth: { type: 'http', scheme: 'bearer' },
	};
	return {
		openapi: document.openapi,
		info: { title: document.info.title, version: document.info.version },
		'x-derived-from': {
			sha256: crypto.createHash('sha256').update(sourceText).digest('hex'),
			operations: Object.values(paths).reduce((count, operations) => count + Object.keys(operations).length, 0),
		},
		paths,
		components,
		security: document.security,
	};
}

if (require.main === module) {
	const source = process.argv[2];
	if (!source) {
		process.stderr.write('usage: node scripts/refresh-openapi.js path/to/chift/openapi.json\n');
		process.exit(2);
	}
	const text = fs.readFileSync(source, 'utf8');
	const derived = derive(JSON.parse(text), text);
	fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
	fs.writeFileSync(OUTPUT, `${JSON.stringify(derived, null, '\t')}\n`);
	process.stderr.write(`${path.relative(process.cwd(), OUTPUT)}: ${derived['x-derived-from'].operations} operations\n`);
}

module.exports = { derive, stripProse };
