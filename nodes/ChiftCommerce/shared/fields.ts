import { locatorField } from '../../shared/operations/fields';

/** A record of the web shop picked from a list or given by ID (required unless said otherwise). */
const shopLocator = (spec: Parameters<typeof locatorField>[0]) => locatorField({ required: true, ...spec });

export const customer = shopLocator({
	name: 'customerId',
	displayName: 'Customer',
	apiName: 'customer_id',
	searchListMethod: 'searchCustomers',
	idPlaceholder: 'e.g. 6712345678901',
	description: 'The customer of the shop',
});

export const product = shopLocator({
	name: 'productId',
	displayName: 'Product',
	apiName: 'product_id',
	searchListMethod: 'searchProducts',
	idPlaceholder: 'e.g. 8123456789012',
	description: 'The product; its variants (sizes, flavours...) come with it',
});

export const variant = (description: string) =>
	shopLocator({
		name: 'variantId',
		displayName: 'Variant',
		apiName: 'variant_id',
		searchListMethod: 'searchVariants',
		idPlaceholder: 'e.g. 45123456789012',
		description,
	});

export const order = shopLocator({
	name: 'orderId',
	displayName: 'Order',
	apiName: 'order_id',
	searchListMethod: 'searchOrders',
	idPlaceholder: 'e.g. 5901234567890',
	description: 'The order; the list shows the orders of the last 30 days',
});

export const location = (description: string) =>
	shopLocator({
		name: 'locationId',
		displayName: 'Location',
		apiName: 'location_id',
		searchListMethod: 'searchLocations',
		idPlaceholder: 'e.g. 71234567890',
		description,
	});

export const paymentMethod = locatorField({
	name: 'paymentMethodId',
	displayName: 'Payment Method',
	apiName: 'payment_method',
	searchListMethod: 'searchPaymentMethods',
	idPlaceholder: 'e.g. bank_transfer',
	description: 'How the order is paid (one of the shop\'s payment methods)',
});
