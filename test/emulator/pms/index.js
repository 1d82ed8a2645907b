'use strict';
/**
 * The Property Management System API of the emulator: /consumers/{id}/pms/..., the eight guest
 * rooms above Bistro Central (Mews): stays of the last two weeks with room nights, breakfasts and
 * the Brussels city tax, their invoices and payments, the night audit (closures) and the postings
 * ready for the accounting. Every route is a read: Chift's PMS API writes nothing.
 */
const { daysBefore, round, ref } = require('../kit');

const LOCATION = 'HTL-BXL-01';

const LOCATIONS = [
	{
		id: LOCATION,
		name: 'Bistro Central – Chambres',
		timezone: 'Europe/Brussels',
		address: { address_type: 'main', name: 'Bistro Central – Chambres', street: 'Rue du Marché aux Herbes', number: '42', box: null, city: 'Brussels', postal_code: '1000', country: 'BE' },
	},
];

/** Revenue categories with their ledger accounts (Belgian chart: 70xxxx revenue, 453 taxes collected). */
const CATEGORIES = [
	['acc-room', 'Hébergement', 'ROOM', '700100'],
	['acc-breakfast', 'Petit-déjeuner', 'BRKF', '700200'],
	['acc-minibar', 'Minibar', 'BAR', '700300'],
	['acc-citytax', 'Taxe de séjour', 'CITY', '453100'],
].map(([id, name, code, account]) => ({ id, source_ref: ref(id, 'accountingCategory'), name, code, ledger_account_code: account, posting_account_code: account }));

const TAXES = [
	{ id: 'vat-6', label: 'TVA 6 % (hébergement)', rate: 6, is_city_tax: false },
	{ id: 'vat-12', label: 'TVA 12 % (restauration)', rate: 12, is_city_tax: false },
	{ id: 'vat-21', label: 'TVA 21 % (boissons)', rate: 21, is_city_tax: false },
	{ id: 'city-bxl', label: 'Taxe de séjour Bruxelles (par nuit)', rate: null, is_city_tax: true },
].map((tax) => ({ ...tax, source_ref: ref(tax.id, 'tax') }));

const PAYMENT_METHODS = [
	['pm-card', 'Carte bancaire (terminal)', '580000'],
	['pm-cash', 'Espèces', '570000'],
	['pm-transfer', 'Virement', '550000'],
	['pm-ota', 'Booking.com (carte virtuelle)', '580100'],
].map(([id, name, account]) => ({ id, source_ref: ref(id, 'paymentMethod'), name, extra: null, ledger_account_code: account }));

const address = (street, number, city, postalCode, country) => ({ address_type: 'main', name: null, street, number, box: null, city, postal_code: postalCode, country });

const CUSTOMERS = [
	['G-10452', 'Jan', 'Peeters', null, 'jan.peeters@example.be', '+32475998877', address('Lange Nieuwstraat', '7', 'Antwerpen', '2000', 'BE')],
	['G-10453', 'Sophie', 'Martin', null, 'sophie.martin@example.fr', '+33611223344', address('Rue de la République', '18', 'Lyon', '69002', 'FR')],
	['G-10454', 'Thomas', 'Müller', null, 'thomas.mueller@example.de', null, address('Schillerstraße', '3', 'Köln', '50667', 'DE')],
	['C-2001', null, null, 'Acme Consulting SA', 'travel@acme-consulting.example', '+3225551234', address('Avenue Louise', '250', 'Brussels', '1050', 'BE')],
].map(([id, first, last, company, email, phone, main]) => ({
	id,
	source_ref: ref(id, 'customer'),
	first_name: first,
	last_name: last,
	company_name: company,
	phone,
	email,
	account_number: company ? '400210' : null,
	created_on: '2025-11-0' + id.slice(-1) + 'T15:00:00Z',
	addresses: [main],
	is_company: company !== null,
}));

/** Stays: [id, customer, room, nights, check-out days ago, guests, payment method, breakfasts, minibar] */
const STAYS = [
	['R-3101', 'G-10452', '1', 2, 12, 2, 'pm-card', true, 0],
	['R-3102', 'C-2001', '4', 3, 9, 1, 'pm-transfer', true, 14],
	['R-3103', 'G-10453', '2', 1, 7, 2, 'pm-ota', false, 0],
	['R-3104', 'G-10454', '6', 4, 3, 1, 'pm-card', true, 8.5],
	['R-3105', 'G-10452', '3', 2, 1, 2, 'pm-cash', true, 0],
	['R-3106', 'G-10453', '5', 3, -1, 2, 'pm-card', false, 0], // in house: checks out tomorrow
];
const ROOM_RATE = 118; // per night, VAT included
const BREAKFAST = 16; // per guest and night, VAT included
const CITY_TAX = 4.24; // Brussels, per room and night for a 2-star, no VAT

/** A line (PMSOrderLineItem) priced VAT included, as hotels sell. */
function line(id, description, quantity, unitPrice, vatRate, categoryId, type = 'service') {
	const total = round(quantity * unitPrice);
	const tax = vatRate ? round(total - total / (1 + vatRate / 100)) : 0;
	return { id, source_ref: ref(id, 'orderline'), type, menu_id: null, quantity, unit_price: unitPrice, total, tax_amount: tax, tax_rate: vatRate, tax_id: vatRate ? `vat-${vatRate}` : 'city-bxl', description, discounts: [], product_id: null, accounting_category_id: categoryId };
}

function createPmsData(consumer, { today }) {
	const at = (days, time) => `${daysBefore(today, days)}T${time}Z`;
	const orders = [];
	const invoices = [];
	for (const [id, customerId, room, nights, checkOutAgo, guests, methodId, breakfast, minibar] of STAYS) {
		const customer = CUSTOMERS.find((candidate) => candidate.id === customerId);
		const checkIn = checkOutAgo + nights;
		const reservation = { id, source_ref: ref(id, 'reservation'), start_date: at(checkIn, '14:00:00'), end_date: at(checkOutAgo, '11:00:00'), creation_date: at(checkIn + 20, '19:42:00'), resource_id: { id: `room-${room}`, source_ref: ref(`room-${room}`, 'resource') }, resource_name: `Chambre ${room}`, resource_identifier: room };
		const items = [
			line(`${id}-N`, `Nuitée chambre ${room}`, nights, ROOM_RATE, 6, 'acc-room', 'product'),
			...(breakfast ? [line(`${id}-B`, 'Petit-déjeuner', nights * guests, BREAKFAST, 12, 'acc-breakfast')] : []),
			...(minibar ? [line(`${id}-M`, 'Minibar', 1, minibar, 21, 'acc-minibar', 'product')] : []),
			line(`${id}-T`, 'Taxe de séjour', nights, CITY_TAX, null, 'acc-citytax'),
		];
		const total = round(items.reduce((sum, item) => sum + item.total, 0));
		const tax = round(items.reduce((sum, item) => sum + item.tax_amount, 0));
		const checkedOut = checkOutAgo >= 0;
		const method = PAYMENT_METHODS.find((candidate) => candidate.id === methodId);
		const invoiceId = `INV-${id.slice(2)}`;
		const partner = { id: customer.id, source_ref: ref(customer.id, 'customer'), type: customer.is_company ? 'account' : 'owner', address: customer.addresses[0], first_name: customer.first_name, last_name: customer.last_name, company_name: customer.company_name };
		const bill = checkedOut ? { id: invoiceId, source_ref: ref(invoiceId, 'bill'), invoice_number: `2026-${id.slice(2)}`, creation_date: at(checkOutAgo, '10:45:00'), closing_date: at(checkOutAgo, '10:47:00'), partners: [partner] } : null;
		orders.push({
			id: `ORD-${id.slice(2)}`,
			source_ref: ref(`ORD-${id.slice(2)}`, 'order'),
			order_number: id,
			creation_date: at(checkIn, '14:05:00'),
			closing_date: checkedOut ? at(checkOutAgo, '10:47:00') : null,
			service_date: at(Math.max(checkOutAgo, 0), '11:00:00'),
			device_id: null,
			total,
			tax_amount: tax,
			total_discount: 0,
			total_refund: 0,
			total_tip: 0,
			delivery_fee: 0,
			mode: 'UNKNOWN',
			source: methodId === 'pm-ota' ? 'REMOTE_POS' : 'UNKNOWN',
			currency: 'EUR',
			country: 'BE',
			loyalty: null,
			customer_id: customer.id,
			location_id: LOCATION,
			taxes: [6, 12, 21]
				.map((rate) => items.filter((item) => item.tax_rate === rate))
				.filter((rated) => rated.length)
				.map((rated) => ({ tax_id: `vat-${rated[0].tax_rate}`, tax_rate: rated[0].tax_rate, tax_amount: round(rated.reduce((sum, item) => sum + item.tax_amount, 0)), total: round(rated.reduce((sum, item) => sum + item.total, 0)) })),
			guests,
			items,
			service_id: 'stay',
			reservation,
			bills: bill ? [bill] : [],
		});
		if (bill) {
			invoices.push({
				...bill,
				items,
				payments: [{ id: `PAY-${id.slice(2)}`, source_ref: ref(`PAY-${id.slice(2)}`, 'payment'), payment_method_id: method.id, payment_method_name: method.name, total, tip: 0, status: 'Completed', currency: 'EUR', date: at(checkOutAgo, '10:46:00'), invoice_ref: invoiceId, partner_id: { id: customer.id, source_ref: ref(customer.id, 'customer') }, description: `Séjour ${id}` }],
				service_id: 'stay',
				reservation,
				tax_amount: tax,
				untaxed_amount: round(total - tax),
				total,
			});
		}
	}
	return { locations: LOCATIONS, customers: CUSTOMERS, orders, invoices };
}

const day = (dateTime) => String(dateTime ?? '').slice(0, 10);
const inRange = (query, dateTime) => day(dateTime) >= query.date_from && day(dateTime) <= query.date_to;
const atLocation = (query, locationId) => !query.location_id || query.location_id === locationId;

/** The postings of the invoices (PMSAccountingTransactionItem): revenue and tax lines, and the payments, one group per invoice. */
function accountingTransactions(store) {
	return store.invoices.flatMap((invoice) => {
		const posting = (id, amount, fields) => ({
			id,
			source_ref: ref(id, 'accountingTransaction'),
			group_id: invoice.id,
			date: invoice.closing_date,
			amount,
			is_tax_line: false,
			sub_group_id: null,
			tax_code: null,
			description: '',
			currency_exchange_rate: 1,
			currency: 'EUR',
			accounting_category_id: null,
			ledger_account_code: null,
			status: 'posted',
			origin: { id: invoice.id, type: 'invoice' },
			partner_id: invoice.payments[0].partner_id,
			reference: invoice.invoice_number,
			location_id: LOCATION,
			...fields,
		});
		return [
			...invoice.items.flatMap((item) => {
				const category = CATEGORIES.find((candidate) => candidate.id === item.accounting_category_id);
				const type = item.accounting_category_id === 'acc-room' ? 'room' : item.accounting_category_id === 'acc-citytax' ? 'tax' : 'addon';
				const revenue = posting(`${item.id}-R`, round(item.total - item.tax_amount), { transaction_type: type, accounting_category_id: category.id, ledger_account_code: category.ledger_account_code, description: item.description, tax_code: item.tax_id });
				if (!item.tax_amount) return [revenue];
				return [revenue, posting(`${item.id}-V`, item.tax_amount, { transaction_type: 'tax', is_tax_line: true, tax_code: item.tax_id, ledger_account_code: '451000', description: `TVA ${item.tax_rate} % – ${item.description}`, sub_group_id: `${item.id}-R` })];
			}),
			...invoice.payments.map((payment) =>
				posting(`${payment.id}-P`, -payment.total, {
					transaction_type: 'payment',
					date: payment.date,
					ledger_account_code: PAYMENT_METHODS.find((method) => method.id === payment.payment_method_id).ledger_account_code,
					description: payment.payment_method_name,
					origin: { id: payment.id, type: 'payment' },
				}),
			),
		];
	});
}

function routes({ at, api, paged, find }) {
	const route = api;
	return [
		['GET', at('/pms/orders'), route('orders', ({ store, query }) =>
			paged(
				store.orders.filter(
					(order) => atLocation(query, order.location_id) && ((query.state ?? 'consumed') === 'closed' ? order.closing_date && inRange(query, order.closing_date) : inRange(query, order.service_date)),
				),
				query,
			))],
		['GET', at('/pms/invoices'), route('invoices', ({ store, query }) => paged(store.invoices.filter((invoice) => inRange(query, invoice.closing_date) && atLocation(query, LOCATION)), query))],
		['GET', at('/pms/customers'), route('customers', ({ store, query }) => {
			const search = (query.search ?? '').toLowerCase();
			const name = (customer) => [customer.first_name, customer.last_name, customer.company_name].filter(Boolean).join(' ').toLowerCase();
			return paged(
				store.customers.filter(
					(customer) =>
						(!search || name(customer).includes(search) || String(customer.email).toLowerCase().includes(search)) &&
						(!query.email || customer.email === query.email) &&
						(!query.phone || customer.phone === query.phone),
				),
				query,
			);
		})],
		['GET', at('/pms/customers/{customer_id}'), route('customers', ({ store, params: [, id] }) => find(store.customers, id, 'Customer'))],
		['GET', at('/pms/locations'), route('locations', ({ store, query }) => paged(store.locations, query))],
		['GET', at('/pms/payments'), route('payments', ({ store, query }) => paged(store.invoices.flatMap((invoice) => invoice.payments).filter((payment) => inRange(query, payment.date)), query))],
		['GET', at('/pms/payment-methods'), route('payment-methods', ({ query }) => paged(PAYMENT_METHODS.filter(() => atLocation(query, LOCATION)), query))],
		['GET', at('/pms/accounting-categories'), route('accounting-categories', ({ query }) => paged(CATEGORIES, query))],
		['GET', at('/pms/closures/{date}'), route('closures', ({ store, params: [, date], query }) => {
			// The night audit closes a day once it is over; today stays open.
			const closed = date < new Date().toISOString().slice(0, 10);
			const invoices = store.invoices.filter((invoice) => day(invoice.closing_date) === date && atLocation(query, LOCATION));
			const payments = invoices.flatMap((invoice) => invoice.payments);
			const methods = [...new Set(payments.map((payment) => payment.payment_method_id))];
			return {
				date,
				status: closed ? 'closed' : 'open',
				closures: closed
					? [
							{
								id: `NA-${date}`,
								total: round(invoices.reduce((sum, invoice) => sum + invoice.total, 0)),
								tax_amount: round(invoices.reduce((sum, invoice) => sum + invoice.tax_amount, 0)),
								payments: methods.map((methodId) => {
									const of = payments.filter((payment) => payment.payment_method_id === methodId);
									return { payment_method_id: methodId, payment_method_name: of[0].payment_method_name, tip: 0, total: round(of.reduce((sum, payment) => sum + payment.total, 0)) };
								}),
								taxes: [],
							},
						]
					: [],
			};
		})],
		['GET', at('/pms/taxes'), route('taxes', ({ query }) => paged(TAXES, query))],
		['GET', at('/pms/accounting-transactions'), route('accounting-transactions', ({ store, query }) =>
			paged(accountingTransactions(store).filter((posting) => inRange(query, posting.date) && atLocation(query, posting.location_id)), query))],
	];
}

module.exports = { apiName: 'Property Management System', storeKey: 'pms', createData: createPmsData, routes };
