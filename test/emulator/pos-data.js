'use strict';
/**
 * POS data of one consumer of the emulator, deterministic for a given "today": locations,
 * customers, orders of the last 14 days (with their items, payments and taxes), payment methods,
 * products and categories, accounting categories, tax rates, modifiers and objectives. Shapes
 * follow the OpenAPI schemas of chift-api.md §6.
 */

const { round, dayText: dayOf } = require('./kit');

const DAY_MS = 24 * 3600 * 1000;
/** The business day of an order (YYYY-MM-DD), from its service_date. */
const serviceDayOf = (order) => (order.service_date ?? '').slice(0, 10);

const TAX_RATES = [
	{ id: 'tax-20', label: 'TVA 20%', rate: 20, tax_code: 'FR20' },
	{ id: 'tax-10', label: 'TVA 10%', rate: 10, tax_code: 'FR10' },
	{ id: 'tax-5.5', label: 'TVA 5.5%', rate: 5.5, tax_code: 'FR55' },
];

const PRODUCT_CATEGORIES = [
	{ id: 'cat-food', name: 'Food', description: 'Dishes', id_parent: null },
	{ id: 'cat-drinks', name: 'Drinks', description: 'Hot and cold drinks', id_parent: null },
	{ id: 'cat-desserts', name: 'Desserts', description: null, id_parent: 'cat-food' },
	{ id: 'cat-wine', name: 'Wine', description: null, id_parent: 'cat-drinks' },
];

const ACCOUNTING_CATEGORIES = [
	{ id: 'acc-food', name: 'Food sales', code: 'FOOD', ledger_account_code: '707100', posting_account_code: null },
	{ id: 'acc-drinks', name: 'Drink sales', code: 'DRINK', ledger_account_code: '707200', posting_account_code: null },
	{ id: 'acc-alcohol', name: 'Alcohol sales', code: 'ALC', ledger_account_code: '707300', posting_account_code: null },
];

const PRODUCTS = [
	{ id: 'prod-croque', name: 'Croque-monsieur', categories: ['cat-food'], price: 9.5, tax: 'tax-10', accounting: 'acc-food' },
	{ id: 'prod-salade', name: 'Salade niçoise', categories: ['cat-food'], price: 12, tax: 'tax-10', accounting: 'acc-food' },
	{ id: 'prod-tarte', name: 'Tarte Tatin', categories: ['cat-desserts'], price: 6.5, tax: 'tax-10', accounting: 'acc-food' },
	{ id: 'prod-cafe', name: 'Café', categories: ['cat-drinks'], price: 2.2, tax: 'tax-10', accounting: 'acc-drinks' },
	{ id: 'prod-eau', name: 'Eau minérale', categories: ['cat-drinks'], price: 3, tax: 'tax-5.5', accounting: 'acc-drinks' },
	{ id: 'prod-vin', name: 'Verre de vin', categories: ['cat-wine'], price: 5.5, tax: 'tax-20', accounting: 'acc-alcohol' },
];

const PAYMENT_METHODS = [
	{ id: 'pm-cash', name: 'Cash', extra: 'Espèces' },
	{ id: 'pm-card', name: 'Card', extra: 'CB' },
	{ id: 'pm-voucher', name: 'Meal voucher', extra: 'Ticket Restaurant' },
];

const MODIFIERS = [
	{ id: 'mod-size', name: 'Size', options: [{ id: 'opt-small', name: 'Small', price: 0 }, { id: 'opt-large', name: 'Large', price: 1.5 }] },
	{ id: 'mod-extra', name: 'Extras', options: [{ id: 'opt-cheese', name: 'Extra cheese', price: 1 }, { id: 'opt-egg', name: 'Egg', price: 1.2 }] },
];

/** A small deterministic pseudo-random sequence, so that every run has the same orders. */
function sequence(seed) {
	let state = seed >>> 0 || 1;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 0x100000000;
	};
}

function buildOrder({ id, number, day, locationId, customerId, random, open }) {
	const lines = 1 + Math.floor(random() * 3);
	const items = [];
	for (let line = 0; line < lines; line++) {
		const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
		const quantity = 1 + Math.floor(random() * 2);
		const rate = TAX_RATES.find((tax) => tax.id === product.tax);
		const total = round(product.price * quantity * (1 + rate.rate / 100));
		items.push({
			id: `${id}-item-${line + 1}`,
			type: 'product',
			menu_id: null,
			quantity,
			unit_price: product.price,
			total,
			tax_amount: round(total - product.price * quantity),
			tax_rate: rate.rate,
			tax_id: rate.id,
			description: product.name,
			discounts: [],
			product_id: product.id,
			accounting_category_id: product.accounting,
			modifiers: [],
		});
	}
	const total = round(items.reduce((sum, item) => sum + item.total, 0));
	const taxAmount = round(items.reduce((sum, item) => sum + item.tax_amount, 0));
	const taxes = TAX_RATES.map((rate) => {
		const lines = items.filter((item) => item.tax_id === rate.id);
		return { tax_rate: rate.rate, tax_id: rate.id, tax_amount: round(lines.reduce((s, i) => s + i.tax_amount, 0)), total: round(lines.reduce((s, i) => s + i.total, 0)) };
	}).filter((tax) => tax.total > 0);
	const hour = 11 + Math.floor(random() * 10);
	const created = `${day}T${String(hour).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00Z`;
	const method = PAYMENT_METHODS[Math.floor(random() * PAYMENT_METHODS.length)];
	return {
		id,
		order_number: String(number),
		creation_date: created,
		closing_date: open ? null : created.replace(/T(\d\d)/, (_, h) => `T${String(Math.min(23, Number(h) + 1)).padStart(2, '0')}`),
		service_date: `${day}T00:00:00Z`, // the business day, as the date-time the document declares
		device_id: 'till-1',
		total,
		tax_amount: taxAmount,
		total_discount: 0,
		total_refund: 0,
		total_tip: 0,
		delivery_fee: 0,
		mode: random() < 0.7 ? 'EAT_IN' : 'TAKEAWAY',
		source: 'POS',
		currency: 'EUR',
		country: 'FR',
		loyalty: 0,
		customer_id: customerId,
		location_id: locationId,
		taxes,
		guests: 1 + Math.floor(random() * 4),
		payments: open
			? []
			: [{ id: `${id}-pay-1`, payment_method_id: method.id, payment_method_name: method.name, total, tip: 0, status: 'Completed', currency: 'EUR', date: created, invoice_ref: null, order_id: id }],
		items,
		invoice_id: null,
		closure_id: open ? null : `closure-${day}-${locationId}`,
	};
}

/**
 * @param {object} consumer sample consumer
 * @param {object} options
 * @param {Date} options.today
 * @param {number} [options.extraOrders] more orders, spread over 2026-01-01..2026-01-10 at location 1 (paging tests, benchmarks)
 */
function createPosData(consumer, { today, extraOrders = 0 }) {
	const ref = consumer.internal_reference;
	const locations = [
		{ id: `${ref}-loc-1`, name: `${consumer.name} - Centre`, timezone: 'Europe/Paris', address: null },
		...(ref === 'CUST-001' ? [{ id: `${ref}-loc-2`, name: `${consumer.name} - Gare`, timezone: 'Europe/Paris', address: null }] : []),
	];
	const customers = [
		{ id: `cus-${ref}-1`, first_name: 'Marie', last_name: 'Dubois', name: 'Marie Dubois', phone: '+33612345678', email: 'marie.dubois@example.com', created_on: '2026-01-15T09:30:00Z', addresses: [], loyalty: 120, birthdate: '1988-04-02' },
		{ id: `cus-${ref}-2`, first_name: 'Jan', last_name: 'Peeters', name: 'Jan Peeters', phone: '+32475123456', email: 'jan.peeters@example.be', created_on: '2026-03-02T14:05:00Z', addresses: [], loyalty: 40, birthdate: null },
	];

	const random = sequence(ref.split('').reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7));
	const orders = [];
	let number = 1000;
	for (let back = 13; back >= 0; back--) {
		const day = dayOf(new Date(today.getTime() - back * DAY_MS));
		for (const location of locations) {
			const count = 3 + Math.floor(random() * 3);
			for (let n = 0; n < count; n++) {
				number++;
				orders.push(
					buildOrder({
						id: `ord-${ref}-${number}`,
						number,
						day,
						locationId: location.id,
						customerId: random() < 0.3 ? customers[0].id : null,
						random,
						open: back === 0 && n === count - 1,
					}),
				);
			}
		}
	}
	for (let n = 0; n < extraOrders; n++) {
		number++;
		const day = `2026-01-${String(1 + (n % 10)).padStart(2, '0')}`;
		orders.push(buildOrder({ id: `ord-${ref}-${number}`, number, day, locationId: locations[0].id, customerId: null, random, open: false }));
	}
	orders.sort((a, b) => a.creation_date.localeCompare(b.creation_date) || a.id.localeCompare(b.id));

	return {
		locations,
		customers,
		orders,
		paymentMethods: PAYMENT_METHODS.map((method) => ({ ...method })),
		products: PRODUCTS.map((product) => ({
			id: product.id,
			name: product.name,
			categories: product.categories,
			description: null,
			prices: [{ unit_price: product.price, tax_rate: TAX_RATES.find((tax) => tax.id === product.tax).rate }],
			modifier_groups_ids: product.id === 'prod-croque' ? ['mod-extra'] : [],
			accounting_category_ids: [product.accounting],
		})),
		productCategories: PRODUCT_CATEGORIES.map((category) => ({ ...category })),
		accountingCategories: ACCOUNTING_CATEGORIES.map((category) => ({ ...category })),
		taxRates: TAX_RATES.map((rate) => ({ ...rate })),
		modifiers: MODIFIERS.map((modifier) => ({ ...modifier, options: modifier.options.map((option) => ({ ...option })) })),
	};
}

module.exports = { createPosData, dayOf, serviceDayOf, round };
