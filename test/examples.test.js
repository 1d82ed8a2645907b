'use strict';
/**
 * The example workflows (examples/, imported by `npm start`) use Chift nodes as they are: each
 * Chift node's resource and operation exist, and every parameter it sets is one that operation
 * shows, so a renamed or dropped parameter cannot leave an example silently broken.
 */
const fs = require('fs');
const path = require('path');

const { NODE_CLASSES } = require('./support');

const dir = path.join(__dirname, '..', 'examples');
const examples = fs.readdirSync(dir).filter((file) => file.endsWith('.workflow.json'));
/** Each Chift node on consumers' data, by node type name: its parameters and default resource. */
const NODES = Object.fromEntries(
	Object.values(NODE_CLASSES).map((NodeClass) => new NodeClass()).filter(({ description }) => !description.name.endsWith('Trigger')).map(({ description }) => [
		description.name,
		{ properties: description.properties, defaultResource: description.properties.find((property) => property.name === 'resource').default },
	]),
);

/** The parameter names shown for a resource and operation, as the tool (`@tool`) or the node. */
function shownFor(properties, resource, operation, tool) {
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

test.each(examples)('%s uses only existing parameters of the Chift nodes', (file) => {
	const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
	for (const node of workflow.nodes.filter((candidate) => candidate.type.startsWith('n8n-nodes-chift.') && !/Trigger$/.test(candidate.type))) {
		const { properties, defaultResource } = NODES[node.type.replace(/^n8n-nodes-chift\./, '').replace(/Tool$/, '')];
		const { resource = defaultResource, operation, ...rest } = node.parameters;
		const shown = shownFor(properties, resource, operation, node.type.endsWith('Tool'));
		expect(shown.has('operation') && operation).toBeTruthy();
		expect(Object.keys(rest).filter((name) => !shown.has(name))).toEqual([]);
		expect(node.credentials?.chiftApi?.id).toBe('chiftEmulatorCred');
	}
});

test('there is an agent example using Chift POS as tools', () => {
	const agent = examples.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))).find((workflow) => workflow.nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.agent'));
	expect(agent.nodes.filter((node) => node.type === 'n8n-nodes-chift.chiftPosTool').length).toBeGreaterThanOrEqual(2);
});
