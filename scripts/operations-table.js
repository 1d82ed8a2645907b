'use strict';
/**
 * The README's operations table of a Chift node, made from its registry (dist/, so build first):
 * resource, operation, the Chift route(s) it calls and its parameters (required plainly, optional in
 * italics, collections with their fields). test/readme.test.js fails when the README's table is not
 * this one; `node scripts/operations-table.js --write` puts the current tables in the README,
 * between `<!-- operations:NODE -->` and `<!-- /operations:NODE -->`.
 *
 *   node scripts/operations-table.js chiftAccounting     print one node's table
 *   node scripts/operations-table.js --write             update every marked table of README.md
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const README = path.join(ROOT, 'README.md');
/**
 * The nodes on consumers' data whose tables are generated, by node name: every node the package
 * ships (package.json's n8n.nodes) with an actions/registry.js, but Chift POS, whose table is
 * written by hand with more to say per operation.
 */
const HAND_WRITTEN = new Set(['chiftPos']);
const REGISTRIES = Object.fromEntries(
	require(path.join(ROOT, 'package.json'))
		.n8n.nodes.map((file) => path.dirname(file))
		.filter((dir) => fs.existsSync(path.join(ROOT, dir, 'actions', 'registry.js')))
		.map((dir) => {
			const folder = path.basename(dir);
			const name = folder[0].toLowerCase() + folder.slice(1);
			return [name, [path.join(path.relative('dist', dir), 'actions', 'registry.js'), name]];
		})
		.filter(([name]) => !HAND_WRITTEN.has(name)),
);

const HIDDEN = new Set(['returnAll', 'limit', 'simplify']);
const byName = (a, b) => a.name.localeCompare(b.name);

/** " (with Multiple Analytic Plans)" for a parameter shown only when a switch of its operation is on. */
function condition(property, operation) {
	const switches = Object.entries(property.displayOptions?.show ?? {})
		.filter(([, values]) => Array.isArray(values) && values.includes(true))
		.map(([name]) => operation.properties.find((candidate) => candidate.name === name)?.displayName ?? name);
	return switches.length ? ` (with ${switches.join(', ')})` : '';
}

function parameterText(property, operation) {
	if (HIDDEN.has(property.name)) return undefined;
	if (property.type === 'collection' || property.type === 'fixedCollection') {
		const names = (property.options ?? []).map((option) => option.displayName).sort();
		return `*${property.displayName}: ${names.join(', ')}*`;
	}
	const name = `${property.displayName}${condition(property, operation)}`;
	return property.required ? name : `*${name}*`;
}

/** A route as the table shows it: below `/consumers/{id}` in the unified APIs' tables, whole in the platform's (whole: some routes start at the API root). */
function operationRow(resource, operation, whole) {
	const route = (endpoint) => (whole && operation.consumer ? `/consumers/{id}${endpoint.path}` : endpoint.path);
	const calls = operation.endpoints.map((endpoint) => `\`${endpoint.method} ${route(endpoint)}\``);
	const parameters = [];
	if (operation.properties.some((property) => property.name === 'returnAll')) parameters.push('Return All / Limit');
	parameters.push(...operation.properties.map((property) => parameterText(property, operation)).filter(Boolean));
	return `| ${resource.name} | ${operation.name} | ${calls.join(' or ')} | ${parameters.join('; ') || '—'} |`;
}

function tableOf(nodeName) {
	const [file, exported] = REGISTRIES[nodeName];
	const registry = require(path.join(ROOT, 'dist', file))[exported];
	const whole = registry.resources.some((resource) => resource.operations.some((operation) => !operation.consumer));
	const rows = [...registry.resources].sort(byName).flatMap((resource) => [...resource.operations].sort(byName).map((operation) => operationRow(resource, operation, whole)));
	return [`| Resource | Operation | Chift call${whole ? '' : ' (below `/consumers/{id}`)'} | Parameters |`, '| --- | --- | --- | --- |', ...rows].join('\n');
}

const markers = (nodeName) => [`<!-- operations:${nodeName} -->`, `<!-- /operations:${nodeName} -->`];

/** The README with every marked table replaced by the current one. */
function readmeWithTables(text) {
	let result = text;
	for (const nodeName of Object.keys(REGISTRIES)) {
		const [open, close] = markers(nodeName);
		const start = result.indexOf(open);
		const end = result.indexOf(close);
		if (start < 0 || end < start) throw new Error(`README.md has no ${open} ... ${close} block`);
		result = `${result.slice(0, start + open.length)}\n${tableOf(nodeName)}\n${result.slice(end)}`;
	}
	return result;
}

module.exports = { tableOf, readmeWithTables, REGISTRIES, README };

if (require.main === module) {
	const [argument] = process.argv.slice(2);
	if (argument === '--write') {
		fs.writeFileSync(README, readmeWithTables(fs.readFileSync(README, 'utf8')));
		process.stdout.write('README.md: operations tables updated\n');
	} else {
		process.stdout.write(`${tableOf(argument ?? 'chiftAccounting')}\n`);
	}
}
