import type { INodeProperties } from 'n8n-workflow';

import { consumerLocator } from '../shared/descriptions';
import type { ChiftPosOperation, ChiftPosResource } from '../shared/types';
import { createCustomer } from './customer/create.operation';

/** Every resource and operation of the node. A new operation is one file and one line here. */
export const resources: ChiftPosResource[] = [
	{ name: 'Customer', value: 'customer', operations: [createCustomer] },
];

export function findOperation(resource: string, operation: string): ChiftPosOperation | undefined {
	return resources
		.find((candidate) => candidate.value === resource)
		?.operations.find((candidate) => candidate.operation === operation);
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** The node's parameters: selectors, consumer, then each operation's own parameters and options. */
export function describeOperations(): INodeProperties[] {
	const sortedResources = [...resources].sort(byName);
	const firstResource = sortedResources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sortedResources.map(({ name, value }) => ({ name, value })),
			default: firstResource,
		},
	];

	for (const resource of sortedResources) {
		const operations = [...resource.operations].sort(byName);
		const firstOperation = operations[0].operation;
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

	properties.push(consumerLocator);

	for (const resource of resources) {
		for (const operation of resource.operations) {
			const show = { show: { resource: [resource.value], operation: [operation.operation] } };
			for (const property of operation.properties) {
				properties.push({ ...property, displayOptions: show });
			}
			if (operation.options?.length) {
				properties.push({
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					displayOptions: show,
					options: [...operation.options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
				});
			}
		}
	}
	return properties;
}
