'use strict';
/**
 * The example workflows (examples/, imported by `npm start`) use Chift nodes as they are: each
 * Chift POS node's resource and operation exist, and every parameter it sets is one that
 * operation shows, so a renamed or dropped parameter cannot leave an example silently broken.
 */
const fs = require('fs');
const path = require('path');

const { ChiftPos } = require('./support');

const dir = path.join(__dirname, '..', 'examples');
const examples = fs.readdirSync(dir).filter((file) => file.endsWith('.workflow.json'));
const { properties } = new ChiftPos().description;

/** The parameter names shown for a resource and operation, as the tool (`@tool`) or the node. */
function shownFor(resource, operation, tool) {
	const shows = (property) => {
		const show = property.displayOptions?.show ?? {};
		return (
			(!show.resource || show.resource.includes(resource)) &&
			(!show.operation || show.operation.includes(operation)) &&
			(!show['@tool'] || show['@tool'].includes(tool))
		);
	};
	return new Set(properties.filter(shows).map((property) => property.name));
}

test.each(examples)('%s uses only existing Chift POS parameters', (file) => {
	const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	const chiftNodes = workflow.nodes.filter((node) => /^n8n-nodes-chift\.chiftPos(Tool)?$/.test(node.type));
	for (const node of chiftNodes) {
		const { resource = 'customer', operation, ...rest } = node.parameters;
		const shown = shownFor(resource, operation, node.type.endsWith('Tool'));
		expect(shown.has('operation') && operation).toBeTruthy();
		expect(Object.keys(rest).filter((name) => !shown.has(name))).toEqual([]);
		expect(node.credentials?.chiftApi?.id).toBe('chiftEmulatorCred');
	}
});

test('there is an agent example using Chift POS as tools', () => {
	const agent = examples.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))).find((workflow) => workflow.nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.agent'));
	expect(agent.nodes.filter((node) => node.type === 'n8n-nodes-chift.chiftPosTool').length).toBeGreaterThanOrEqual(2);
});
