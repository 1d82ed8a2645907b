import type { INodeProperties } from 'n8n-workflow';

import { consumerLocator } from './descriptions';
import { optionProperties } from './options';
import type { ChiftNodeDefinition, ChiftOperation } from './types';

export function findOperation(node: ChiftNodeDefinition, resource: string, operation: string): ChiftOperation | undefined {
	return node.resources
		.find((candidate) => candidate.value === resource)
		?.operations.find((candidate) => candidate.operation === operation);
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** The node's parameters: selectors, consumer, then each operation's own parameters and options. */
export function describeOperations(node: ChiftNodeDefinition): INodeProperties[] {
	const sortedResources = [...node.resources].sort(byName);
	const { defaultResource } = node;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sortedResources.map(({ name, value }) => ({ name, value })),
			default: defaultResource,
		},
	];

	for (const resource of sortedResources) {
		const operations = [...resource.operations].sort(byName);
		const firstOperation = resource.defaultOperation ?? operations[0].operation;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations.map((operation) => ({
				name: operation.name,
				value: operation.operation,
				action: operation.action,
				description: operation.description,
			})),
			default: firstOperation,
		});
	}

	// The Consumer, for the operations that take one: all of them in the unified APIs' nodes (one
	// parameter, shown always), some in the platform's (one parameter per resource that has any).
	const operations = node.resources.flatMap((resource) => resource.operations);
	if (operations.every((operation) => operation.consumer)) properties.push(consumerLocator(node.system));
	else {
		for (const resource of sortedResources) {
			const withConsumer = resource.operations.filter((operation) => operation.consumer).map((operation) => operation.operation);
			if (withConsumer.length) {
				properties.push({ ...consumerLocator(node.system), displayOptions: { show: { resource: [resource.value], operation: withConsumer } } });
			}
		}
	}

	for (const resource of node.resources) {
		for (const operation of resource.operations) {
			const show = { show: { resource: [resource.value], operation: [operation.operation] } };
			// Declared here, n8n adds no generic "<action> in Chift POS" description of its own.
			const toolDescription = operation.toolDescription;
			properties.push({
				displayName: 'Description',
				name: 'toolDescription',
				type: 'string',
				typeOptions: { rows: 3 },
				default: toolDescription,
				description: 'What the AI agent is told about this tool: what it does, what it needs and what it returns',
				displayOptions: { show: { ...show.show, '@tool': [true] } },
			});
			for (const property of operation.properties) {
				// The operation's condition joins the property's own (Limit shows only without Return All).
				const own = property.displayOptions;
				properties.push({
					...property,
					displayOptions: own ? { ...own, show: { ...own.show, ...show.show } } : show,
				});
			}
			if (operation.options.length) {
				properties.push({
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					displayOptions: show,
					options: optionProperties(operation.options),
				});
			}
		}
	}
	return properties;
}
