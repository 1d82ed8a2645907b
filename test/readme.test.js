'use strict';
/** The README's operations tables are the nodes' registries as built (scripts/operations-table.js). */
const fs = require('node:fs');

const { readmeWithTables, README } = require('../scripts/operations-table');

test('every generated operations table of the README is up to date (fix: node scripts/operations-table.js --write)', () => {
	const text = fs.readFileSync(README, 'utf8');
	expect(readmeWithTables(text)).toBe(text);
});
