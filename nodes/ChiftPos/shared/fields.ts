import { locatorField } from '../../shared/operations/fields';

export const location = (required = false) =>
	locatorField({
		name: 'locationId',
		displayName: 'Location',
		apiName: 'location_id',
		searchListMethod: 'searchLocations',
		required,
		idPlaceholder: 'e.g. LOC-PARIS-01',
		description: required
			? 'The location (shop, restaurant) of the POS'
			: 'Only this location (shop, restaurant). Empty: every location the connection covers.',
	});

export const customer = (spec: { name?: string; apiName: string; description: string }) =>
	locatorField({
		name: spec.name ?? 'customerId',
		displayName: 'Customer',
		apiName: spec.apiName,
		searchListMethod: 'searchCustomers',
		required: true,
		idPlaceholder: 'e.g. cus-48213',
		description: spec.description,
	});

export const order = locatorField({
	name: 'orderId',
	displayName: 'Order',
	apiName: 'order_id',
	searchListMethod: 'searchOrders',
	required: true,
	idPlaceholder: 'e.g. ord-2026-11-27-0042',
	description: 'The order; the list shows the orders of the last 7 days',
});
