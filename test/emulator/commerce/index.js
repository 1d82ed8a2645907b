'use strict';
/**
 * The eCommerce API of the emulator: /consumers/{id}/commerce/..., a Belgian biscuit maker's web
 * shop (Shopify): products with variants and stock in two locations, customers, orders placed in
 * the last weeks, and the writes Chift offers (an order, a variant's available quantity).
 */
const crypto = require('crypto');

const { daysBefore, round, ref } = require('../kit');


const LOCATIONS = [
	{ id: '71001', name: 'Atelier Lune (Namur)' },
	{ id: '71002', name: 'Entrepôt e-shop (Liège)' },
];

const CATEGORIES = [
	{ id: 'cat-biscuits', name: 'Biscuits', parent_id: null },
	{ id: 'cat-beurre', name: 'Biscuits au beurre', parent_id: 'cat-biscuits' },
	{ id: 'cat-speculoos', name: 'Speculoos', parent_id: 'cat-biscuits' },
	{ id: 'cat-coffrets', name: 'Coffrets cadeaux', parent_id: null },
	{ id: 'cat-confitures', name: 'Confitures', parent_id: null },
];

/** [product id, name, sku, category ids, [[variant id, variant name, sku, price without tax, stock per location]]] */
const CATALOGUE = [
	['8100001', 'Biscuits au beurre', 'BISC-BEURRE', ['cat-biscuits', 'cat-beurre'], [['45100011', '250 g', 'BISC-BEURRE-250', 5.9, [40, 120]], ['45100012', '500 g', 'BISC-BEURRE-500', 10.9, [25, 60]]]],
	['8100002', 'Speculoos artisanal', 'SPEC', ['cat-biscuits', 'cat-speculoos'], [['45100021', '200 g', 'SPEC-200', 4.5, [55, 150]], ['45100022', '400 g', 'SPEC-400', 8.2, [30, 80]]]],
	['8100003', 'Coffret découverte', 'COFFRET-DEC', ['cat-coffrets'], [['45100031', 'Coffret découverte', 'COFFRET-DEC', 24.5, [12, 35]]]],
	['8100004', 'Confiture fraise-rhubarbe', 'CONF-FRRH', ['cat-confitures'], [['45100041', 'Confiture fraise-rhubarbe', 'CONF-FRRH-340', 6.2, [18, 44]]]],
];

const TAX_RATE = 6; // Belgian VAT on food, the shop's products

function createCommerceData(consumer, { today }) {
	const created = '2025-09-01T08:00:00Z';
	const category = (id) => {
		const found = CATEGORIES.find((candidate) => candidate.id === id);
		return { id: found.id, name: found.name };
	};
	const products = CATALOGUE.map(([id, name, sku, categoryIds, variants]) => ({
		id,
		source_ref: ref(id, 'product'),
		name,
		description: `${name}, fait main à Namur`,
		description_html: `<p>${name}, fait main à Namur</p>`,
		categories: categoryIds.map(category),
		created_on: created,
		last_updated_on: id === '8100003' ? `${daysBefore(today, 2)}T10:15:00Z` : '2026-01-12T09:00:00Z',
		status: 'published',
		sku,
		common_attributes: [],
		variant_attributes_options: variants.length > 1 ? [{ name: 'Poids', values: variants.map(([, variantName]) => variantName) }] : [],
		common_images: [{ id: `img-${id}`, main_image: true, url: `https://cdn.example/lune/${sku.toLowerCase()}.jpg` }],
		variants: variants.map(([variantId, variantName, variantSku, price, stock]) => ({
			id: variantId,
			source_ref: ref(variantId, 'product.variant'),
			parent_id: id,
			name: variantName,
			description: null,
			description_html: null,
			categories: categoryIds.map(category),
			created_on: created,
			sku: variantSku,
			taxable: true,
			barcode: `54000${variantId.slice(-6)}`,
			available_quantity: stock[0] + stock[1],
			prices: [{ currency: 'EUR', price }],
			unit_cost: { amount: round(price * 0.4), currency: 'EUR' },
			unit_of_measure: 'unit',
			weight: Number.parseInt(variantName, 10) || 600,
			weight_unit: 'g',
			status: 'published',
			variant_attributes: variants.length > 1 ? [{ name: 'Poids', value: variantName }] : [],
			variant_images: [],
			// Not in ProductVariantItem: answered by GET /commerce/variants/{id} only (see variantRecord).
			inventory: LOCATIONS.map((location, index) => ({ location: { ...location }, available_quantity: stock[index] })),
		})),
	}));
	const customers = [
		['6700001', 'Marie', 'Dubois', 'marie.dubois@example.be', '+32475112233', 'Rue de Fer', '24', 'Namur', '5000', 'BE'],
		['6700002', 'Lucas', 'Peeters', 'lucas.peeters@example.be', '+32496445566', 'Meir', '85', 'Antwerpen', '2000', 'BE'],
		['6700003', 'Camille', 'Lefèvre', 'camille.lefevre@example.fr', '+33612345678', 'Rue Nationale', '112', 'Lille', '59000', 'FR'],
		['6700004', 'Sanne', 'de Vries', 'sanne.devries@example.nl', null, 'Oudegracht', '201', 'Utrecht', '3511', 'NL'],
	].map(([id, first, last, email, phone, street, number, city, postalCode, country]) => ({
		id,
		source_ref: ref(id, 'customer'),
		first_name: first,
		last_name: last,
		phone,
		email,
		language: country === 'NL' ? 'nl' : 'fr',
		internal_notes: null,
		currency: 'EUR',
		addresses: [address('main', { first_name: first, last_name: last, street, number, city, postal_code: postalCode, country, phone, email })],
		created_on: '2025-10-0' + id.slice(-1) + 'T12:00:00Z',
	}));
	const data = { locations: LOCATIONS.map((location) => ({ ...location, source_ref: ref(location.id, 'stock.location') })), products, customers, orders: [] };
	// Orders of the last weeks: [days ago, customer index, [[variant id, quantity]], status]
	const history = [
		[18, 0, [['45100011', 2], ['45100041', 1]], 'shipped'],
		[15, 1, [['45100031', 1]], 'shipped'],
		[12, 2, [['45100022', 2], ['45100012', 1]], 'shipped'],
		[9, 3, [['45100021', 3]], 'refunded'],
		[6, 0, [['45100031', 2]], 'shipped'],
		[4, 1, [['45100011', 1], ['45100021', 1]], 'confirmed'],
		[2, 2, [['45100041', 3]], 'confirmed'],
		[1, 3, [['45100012', 1]], 'cancelled'],
		[0, 0, [['45100022', 1], ['45100031', 1]], 'confirmed'],
	];
	history.forEach(([ago, customerIndex, lines, status], index) => {
		const customer = customers[customerIndex];
		const day = daysBefore(today, ago);
		data.orders.push(
			orderRecord(data, {
				id: String(5901000 + index),
				number: `LUNE-${1041 + index}`,
				createdOn: `${day}T${String(9 + (index % 9)).padStart(2, '0')}:2${index}:00Z`,
				customer,
				shipTo: customer.addresses[0],
				lines: lines.map(([variantId, quantity]) => ({ variant_id: variantId, quantity, unit_price: variantOf(data, variantId).prices[0].price, tax_rate: TAX_RATE })),
				status,
				paymentMethod: ['bancontact', 'card', 'card', 'paypal', 'bancontact', 'bank_transfer', 'card', 'card', 'bancontact'][index],
				note: index === 2 ? 'Cadeau : merci de ne pas joindre la facture' : null,
			}),
		);
	});
	return data;
}

const address = (addressType, fields) => ({
	address_type: addressType,
	company_name: null,
	first_name: null,
	last_name: null,
	street: null,
	number: null,
	box: null,
	city: null,
	postal_code: null,
	country: null,
	phone: null,
	email: null,
	vat: null,
	...fields,
});

const PAYMENT_METHODS = [
	['bancontact', 'Bancontact'],
	['card', 'Carte de crédit (Visa, Mastercard)'],
	['paypal', 'PayPal'],
	['bank_transfer', 'Virement bancaire'],
	['gift_card', 'Carte cadeau'],
].map(([id, name]) => ({ id, source_ref: ref(id, 'payment.gateway'), name, active: id !== 'gift_card' }));

const TAXES = [
	{ id: 'tax-be-6', label: 'TVA 6 % (alimentation)', rate: 6, country: 'BE' },
	{ id: 'tax-be-21', label: 'TVA 21 %', rate: 21, country: 'BE' },
	{ id: 'tax-fr-5.5', label: 'TVA 5,5 % (France)', rate: 5.5, country: 'FR' },
	{ id: 'tax-nl-9', label: 'BTW 9 % (Nederland)', rate: 9, country: 'NL' },
].map((tax) => ({ ...tax, source_ref: ref(tax.id, 'tax') }));

const COUNTRIES = [
	['BE', 'Belgique'],
	['FR', 'France'],
	['LU', 'Luxembourg'],
	['NL', 'Nederland'],
	['DE', 'Deutschland'],
].map(([code, name]) => ({ code, name }));

function variantOf(data, variantId) {
	for (const product of data.products) {
		const variant = product.variants.find((candidate) => candidate.id === variantId);
		if (variant) return variant;
	}
	return undefined;
}

/** An order (OrderItemOut) with its amounts from its lines; `include` the answer's optional parts. */
function orderRecord(data, { id, number, createdOn, customer, billTo, shipTo, lines, status, paymentMethod, note = null, currency = 'EUR' }) {
	const orderLines = lines.map((line, index) => {
		const variant = variantOf(data, line.variant_id);
		const untaxed = round(line.quantity * line.unit_price);
		const tax = round((untaxed * line.tax_rate) / 100);
		return {
			id: `${id}-${index + 1}`,
			source_ref: ref(`${id}-${index + 1}`, 'order.line'),
			created_on: createdOn,
			variant: { id: variant.id, sku: variant.sku, name: variant.name, categories: variant.categories },
			quantity: line.quantity,
			current_quantity: status === 'refunded' ? 0 : line.quantity,
			unit_price: line.unit_price,
			description: variant.name,
			tax_id: `tax-be-${line.tax_rate}`,
			tax_rate: line.tax_rate,
			untaxed_amount: untaxed,
			tax_amount: tax,
			total: round(untaxed + tax),
			discounts: [],
			gift_card: false,
			is_gift: false,
		};
	});
	const untaxed = round(orderLines.reduce((sum, line) => sum + line.untaxed_amount, 0));
	const tax = round(orderLines.reduce((sum, line) => sum + line.tax_amount, 0));
	const shipping = { untaxed: 5.66, tax: 0.34 }; // bpost parcel, 6.00 with VAT
	const total = round(untaxed + tax + shipping.untaxed + shipping.tax);
	const refunded = status === 'refunded' ? total : 0;
	const method = PAYMENT_METHODS.find((candidate) => candidate.id === paymentMethod);
	return {
		id,
		source_ref: ref(id, 'order'),
		order_number: number,
		customer: { id: customer.id ?? `guest-${id}`, first_name: customer.first_name ?? null, last_name: customer.last_name ?? null, phone: customer.phone ?? null, email: customer.email ?? null, internal_notes: customer.internal_notes ?? null },
		billing_address: address('invoice', { ...strip(billTo ?? shipTo) }),
		shipping_address: address('delivery', { ...strip(shipTo) }),
		created_on: createdOn,
		last_updated_on: createdOn,
		confirmed_on: status === 'draft' ? null : createdOn,
		delivery_date: null,
		cancelled_on: status.startsWith('cancelled') ? createdOn : null,
		status,
		fulfillment: null,
		discount_amount: 0,
		untaxed_amount_without_fees: untaxed,
		tax_amount_without_fees: tax,
		total_without_fees: round(untaxed + tax),
		current_untaxed_amount: status === 'refunded' ? 0 : round(untaxed + shipping.untaxed),
		current_tax_amount: status === 'refunded' ? 0 : round(tax + shipping.tax),
		current_total: status === 'refunded' ? 0 : total,
		untaxed_amount: round(untaxed + shipping.untaxed),
		tax_amount: round(tax + shipping.tax),
		total,
		refunded_amount: refunded,
		currency,
		note,
		tags: [],
		lines: orderLines,
		other_fees: [{ id: `${id}-ship`, source_ref: ref(`${id}-ship`, 'shipping.line'), created_on: createdOn, type: 'shipping', removed: false, tax_rate: 6, tax_id: 'tax-be-6', discounts: [], untaxed_amount: shipping.untaxed, tax_amount: shipping.tax, total: round(shipping.untaxed + shipping.tax) }],
		payment_method_id: method?.id ?? null,
		transactions: method ? [{ id: `${id}-pay`, created_on: createdOn, payment_method_id: method.id, payment_method_name: method.name, amount: total, status: status === 'cancelled' ? 'failed' : 'success' }] : [],
		payment_methods: method ? [{ id: method.id, name: method.name }] : [],
		detailed_refunds:
			status === 'refunded'
				? [{ id: `${id}-refund`, source_ref: ref(`${id}-refund`, 'refund'), created_on: createdOn, total: refunded, reason: 'Colis endommagé', order_lines: [], other: 0, shipping_refunds: [], other_fees: [], transactions: [] }]
				: [],
		returns: [],
	};
}

/** An address as sent (CommerceAddressItemIn) or stored, without its type. */
const strip = (fields = {}) => {
	const { address_type: type, ...rest } = fields;
	return rest;
};

/** A variant as GET /commerce/variants/{id} answers it (VariantItem): with its product's attributes and the stock per location. */
function variantRecord(product, variant) {
	const { inventory, ...fields } = variant;
	return {
		...fields,
		available_quantity: inventory.reduce((sum, entry) => sum + entry.available_quantity, 0),
		inventory_details: inventory,
		common_attributes: product.common_attributes,
		common_images: product.common_images,
	};
}

/** Products as listed and read: their variants without the stock detail. */
const publicProduct = (product) => ({ ...product, variants: product.variants.map(({ inventory, ...variant }) => ({ ...variant, available_quantity: inventory.reduce((sum, entry) => sum + entry.available_quantity, 0) })) });

/** An order as answered: the customer's details and the line categories only when asked for (Chift's defaults). */
function publicOrder(order, query) {
	const answer = { ...order };
	if (query.include_customer_details === 'false') answer.customer = order.customer ? { id: order.customer.id, first_name: null, last_name: null, phone: null, email: null, internal_notes: null } : null;
	if (query.include_product_categories !== 'true') answer.lines = order.lines.map((line) => ({ ...line, variant: line.variant && { ...line.variant, categories: [] } }));
	if (query.include_detailed_refunds !== 'true') answer.detailed_refunds = null;
	return answer;
}

function routes({ at, api, once, paged, checkBody, find, notFound, nowText }) {
	const route = api;
	return [
		['GET', at('/commerce/customers'), route('customers', ({ store, query }) => paged(store.customers, query))],
		['GET', at('/commerce/customers/{customer_id}'), route('customers', ({ store, params: [, id] }) => find(store.customers, id, 'Customer'))],
		['GET', at('/commerce/products'), route('products', ({ store, query }) =>
			paged(
				store.products
					.filter((product) => !query.sku || product.sku === query.sku || product.variants.some((variant) => variant.sku === query.sku))
					.filter((product) => !query.updated_after || product.last_updated_on > query.updated_after)
					.map(publicProduct),
				query,
			))],
		['GET', at('/commerce/products/{product_id}'), route('products', ({ store, params: [, id] }) => publicProduct(find(store.products, id, 'Product')))],
		['GET', at('/commerce/variants/{variant_id}'), route('variants', ({ store, params: [, id] }) => {
			const product = store.products.find((candidate) => candidate.variants.some((variant) => variant.id === id));
			if (!product) throw notFound('Variant', id);
			return variantRecord(product, product.variants.find((variant) => variant.id === id));
		})],
		['POST', at('/commerce/variants/set_quantity/{variant_id}'), route('variants', ({ store, params: [, id], body, req, connection }) => {
			checkBody(req, body);
			const variant = variantOf(store, id);
			if (!variant) throw notFound('Variant', id);
			const entry = variant.inventory.find((candidate) => candidate.location.id === body.location_id);
			if (!entry) throw notFound('Location', body.location_id);
			return once(connection, req, () => {
				entry.available_quantity = body.available_quantity;
				return { entity: { ...entry, location: { ...entry.location } }, entityId: id };
			});
		}, 'POST')],
		['GET', at('/commerce/locations'), route('locations', ({ store, query }) => paged(store.locations, query))],
		['GET', at('/commerce/orders'), route('orders', ({ store, query }) =>
			paged(
				store.orders
					.filter((order) => (!query.date_from || order.created_on.slice(0, 10) >= query.date_from) && (!query.date_to || order.created_on.slice(0, 10) <= query.date_to))
					.filter((order) => !query.updated_after || order.last_updated_on > query.updated_after)
					.map((order) => publicOrder(order, query)),
				query,
			))],
		['POST', at('/commerce/orders'), route('orders', ({ store, body, req, connection }) => {
			checkBody(req, body);
			for (const line of body.lines) if (!variantOf(store, line.variant_id)) throw notFound('Variant', line.variant_id);
			if (body.payment_method && !PAYMENT_METHODS.some((method) => method.id === body.payment_method)) throw notFound('Payment method', body.payment_method);
			return once(connection, req, () => {
				const known = store.customers.find((customer) => customer.email === body.customer.email);
				const id = String(5902000 + store.orders.length);
				const order = orderRecord(store, {
					id,
					number: `LUNE-${1100 + store.orders.length}`,
					createdOn: nowText(),
					customer: { ...body.customer, id: known?.id ?? `guest-${crypto.randomUUID().slice(0, 8)}` },
					billTo: body.billing_address,
					shipTo: body.shipping_address,
					lines: body.lines,
					status: 'confirmed',
					paymentMethod: body.payment_method,
					note: body.note ?? null,
					currency: body.currency,
				});
				store.orders.push(order);
				return { entity: publicOrder(order, {}), entityId: id };
			});
		}, 'POST')],
		['GET', at('/commerce/orders/{order_id}'), route('orders', ({ store, params: [, id], query }) => publicOrder(find(store.orders, id, 'Order'), { ...query, include_detailed_refunds: 'true' }))],
		['GET', at('/commerce/payment-methods'), route('payment-methods', ({ query }) => paged(PAYMENT_METHODS, query))],
		['GET', at('/commerce/product-categories'), route('product-categories', ({ query }) =>
			paged(
				CATEGORIES.filter((category) => query.only_parents !== 'true' || category.parent_id === null).map((category) => ({ ...category, source_ref: ref(category.id, 'product.category') })),
				query,
			))],
		['GET', at('/commerce/taxes'), route('taxes', ({ query }) => paged(TAXES, query))],
		['GET', at('/commerce/countries'), route('countries', ({ query }) => paged(COUNTRIES, query))],
	];
}

module.exports = { apiName: 'eCommerce', storeKey: 'commerce', createData: createCommerceData, routes };
