import type { INodeProperties } from 'n8n-workflow';

import { consumerLocator } from '../shared/descriptions';
import { optionProperties } from '../shared/options';
import type { ChiftPosOperation, ChiftPosResource } from '../shared/types';
import { getManyAccountingCategories } from './accountingCategory/getAll.operation';
import { getClosure } from './closure/get.operation';
import { createCustomer } from './customer/create.operation';
import { getCustomer } from './customer/get.operation';
import { getManyCustomers } from './customer/getAll.operation';
import { getManyLocations } from './location/getAll.operation';
import { getManyModifiers } from './modifier/getAll.operation';
import { getManyObjectives } from './objective/getAll.operation';
import { getOrder } from './order/get.operation';
import { getManyOrders } from './order/getAll.operation';
import { updateOrder } from './order/update.operation';
import { getManyPayments } from './payment/getAll.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { getManyProducts } from './product/getAll.operation';
import { getManyProductCategories } from './productCategory/getAll.operation';
import { getReport } from './report/get.operation';
import { getSales } from './sale/get.operation';
import { getManyTaxRates } from './taxRate/getAll.operation';

/** Every resource and operation of the node. A new operation is one file and one line here. */
export const resources: ChiftPosResource[] = [
	{ name: 'Accounting Category', value: 'accountingCategory', operations: [getManyAccountingCategories] },
	{ name: 'Closure', value: 'closure', operations: [getClosure] },
	{ name: 'Customer', value: 'customer', operations: [createCustomer, getCustomer, getManyCustomers] },
	{ name: 'Location', value: 'location', operations: [getManyLocations] },
	{ name: 'Modifier', value: 'modifier', operations: [getManyModifiers] },
	{ name: 'Objective', value: 'objective', operations: [getManyObjectives] },
	{ name: 'Order', value: 'order', operations: [getOrder, getManyOrders, updateOrder] },
	{ name: 'Payment', value: 'payment', operations: [getManyPayments] },
	{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
	{ name: 'Product', value: 'product', operations: [getManyProducts] },
	{ name: 'Product Category', value: 'productCategory', operations: [getManyProductCategories] },
	{ name: 'Report', value: 'report', operations: [getReport] },
	{ name: 'Sale', value: 'sale', operations: [getSales] },
	{ name: 'Tax Rate', value: 'taxRate', operations: [getManyTaxRates] },
];

/**
 * Defaults are part of saved workflows (n8n leaves parameters at their default out of the JSON):
 * the resource stays Customer and each resource's first operation by name stays its default.
 */
const DEFAULT_RESOURCE = 'customer';

export function findOperation(resource: string, operation: string): ChiftPosOperation | undefined {
	return resources
		.find((candidate) => candidate.value === resource)
		?.operations.find((candidate) => candidate.operation === operation);
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** The node's parameters: selectors, consumer, then each operation's own parameters and options. */
export function describeOperations(): INodeProperties[] {
	const sortedResources = [...resources].sort(byName);
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sortedResources.map(({ name, value }) => ({ name, value })),
			default: DEFAULT_RESOURCE,
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
