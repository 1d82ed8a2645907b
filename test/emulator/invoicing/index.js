'use strict';
/**
 * The Invoicing API of the emulator: /consumers/{id}/invoicing/..., for the consumers with an
 * invoicing connection (Bistro Central: Teamleader). The sample business is a Brussels bistro that
 * also caters and rents its room: Belgian VAT 21 % (drinks, room), 12 % (food served), 6 % (food to
 * take away), 0 % (intra-EU); customers, suppliers and a prospect; invoices over the last weeks.
 */
const crypto = require('crypto');

const { daysBefore, samplePdf, round, ref } = require('../kit');
/** Addresses as Chift answers them: the same fields as an accounting partner's. */
const { address } = require('../accounting/partners');


/** A contact as Chift answers it (ContactItemOut). */
function contact(fields) {
	return {
		is_prospect: false,
		is_customer: false,
		is_supplier: false,
		is_company: true,
		company_name: null,
		first_name: null,
		last_name: null,
		email: null,
		phone: null,
		mobile: null,
		company_id: null,
		vat: null,
		company_number: null,
		currency: 'EUR',
		language: 'fr',
		comment: null,
		customer_account_number: null,
		supplier_account_number: null,
		birthdate: null,
		gender: null,
		addresses: [],
		external_reference: null,
		...fields,
		source_ref: ref(fields.id, 'company'),
	};
}


const TAXES = [
	{ id: 'VAT21', label: 'TVA 21%', rate: 21, type: 'both', code: '21', scope: 'nat' },
	{ id: 'VAT12', label: 'TVA 12% (restauration)', rate: 12, type: 'sale', code: '12', scope: 'nat' },
	{ id: 'VAT6', label: 'TVA 6% (à emporter)', rate: 6, type: 'both', code: '6', scope: 'nat' },
	{ id: 'VAT0-EU', label: 'TVA 0% intracommunautaire', rate: 0, type: 'both', code: '0', scope: 'eu' },
].map((tax) => ({ ...tax, active: true, source_ref: ref(tax.id, 'account.tax') }));

const product = (id, name, unitPrice, taxId, fields = {}) => ({
	id,
	name,
	unit_price: unitPrice,
	tax_id: taxId,
	code: null,
	unit: 'unit',
	category: null,
	currency: 'EUR',
	description: null,
	cost: 0,
	available_quantity: 0,
	...fields,
	source_ref: ref(id, 'product'),
});

/** An invoice line (InvoiceLineItemOut) from a quantity, a unit price without tax and a tax. */
function line(description, quantity, unitPrice, tax, fields = {}) {
	const untaxed = round(quantity * unitPrice);
	const taxAmount = round((untaxed * tax.rate) / 100);
	return {
		description,
		unit_price: unitPrice,
		quantity,
		discount_amount: 0,
		tax_amount: taxAmount,
		untaxed_amount: untaxed,
		total: round(untaxed + taxAmount),
		tax_rate: tax.rate,
		account_number: '700000',
		tax_id: tax.id,
		tax_exemption_reason: null,
		unit_of_measure: 'unit',
		product_id: null,
		product_code: null,
		product_name: null,
		analytic_distribution: [],
		...fields,
	};
}

const sum = (lines, key) => round(lines.reduce((total, entry) => total + entry[key], 0));

/** An invoice as stored (InvoiceItemOut, lines kept; the routes leave them out unless asked). */
function invoice(fields, lines) {
	return {
		currency: 'EUR',
		status: 'posted',
		partner_id: null,
		invoice_number: null,
		due_date: null,
		reference: null,
		payment_communication: null,
		customer_memo: null,
		journal_ref: null,
		italian_specificities: null,
		last_updated_on: `${fields.invoice_date}T09:00:00Z`,
		outstanding_amount: null,
		last_payment_date: null,
		accounting_date: fields.invoice_date,
		payment_method_id: null,
		currency_exchange_rate: 1,
		...fields,
		untaxed_amount: sum(lines, 'untaxed_amount'),
		tax_amount: sum(lines, 'tax_amount'),
		total: sum(lines, 'total'),
		lines,
		source_ref: ref(fields.id, 'account.move'),
	};
}

function createInvoicingData(consumer, { today = new Date() } = {}) {
	const day = (days) => daysBefore(today, days);
	const tax = Object.fromEntries(TAXES.map((entry) => [entry.id, entry]));
	const contacts = [
		contact({ id: '101', is_customer: true, company_name: 'Hotel Le Lion SA', email: 'compta@hotel-lion.example', vat: 'BE0412345678', customer_account_number: '400101', addresses: [address('Rue Haute', '12', 'Brussels', '1000')] }),
		contact({ id: '102', is_customer: true, company_name: 'Traiteur Dupont SRL', email: 'info@dupont.example', phone: '+3225551234', vat: 'BE0455667788', customer_account_number: '400102', addresses: [address('Chaussée de Waterloo', '220', 'Uccle', '1180')] }),
		contact({ id: '103', is_customer: true, is_company: false, first_name: 'Marie', last_name: 'Lambert', email: 'marie.lambert@example.com', language: 'fr', addresses: [address('Rue des Bouchers', '5', 'Brussels', '1000')] }),
		contact({ id: '104', is_supplier: true, company_name: 'Brasserie Lefort SA', email: 'factures@lefort.example', vat: 'BE0422333444', supplier_account_number: '440104', addresses: [address('Rue de la Brasserie', '1', 'Namur', '5000')] }),
		contact({ id: '105', is_supplier: true, company_name: 'Metro Cash & Carry Belgium', vat: 'BE0433444555', supplier_account_number: '440105', addresses: [address('Boulevard de la Woluwe', '60', 'Woluwe-Saint-Lambert', '1200')] }),
		contact({ id: '106', is_supplier: true, company_name: 'Vins du Rhône SARL', vat: 'FR40123456789', language: 'fr', supplier_account_number: '440106', addresses: [address('Quai Saint-Antoine', '14', 'Lyon', '69002', 'FR')] }),
		contact({ id: '107', is_prospect: true, company_name: 'Events Sablon SRL', email: 'hello@events-sablon.example', comment: 'Asked for a quote: 3 company dinners a year' }),
	];
	const products = [
		product('201', 'Menu du jour', 18.5, 'VAT12', { code: 'MENU-JOUR', category: 'Restaurant', cost: 6.2 }),
		product('202', 'Buffet traiteur (par personne)', 32, 'VAT12', { code: 'CAT-BUF', unit: 'person', category: 'Catering', cost: 11.5 }),
		product('203', 'Côtes du Rhône (bouteille)', 24, 'VAT21', { code: 'VIN-CDR', unit: 'bottle', category: 'Drinks', cost: 7.8, available_quantity: 48 }),
		product('204', 'Location de la salle (soirée)', 450, 'VAT21', { code: 'SALLE', unit: 'evening', category: 'Events' }),
		product('205', 'Plat à emporter', 14, 'VAT6', { code: 'EMPORTER', category: 'Take away', cost: 4.1 }),
	];
	const invoices = [
		invoice({ id: '2001', invoice_type: 'customer_invoice', invoice_number: 'F2026-0041', invoice_date: day(40), due_date: day(10), partner_id: '101', reference: 'Séminaire Hotel Le Lion', payment_communication: '+++090/9337/55493+++', status: 'paid', outstanding_amount: 0, last_payment_date: day(15), payment_method_id: '1' }, [
			line('Buffet traiteur (par personne)', 40, 32, tax.VAT12, { product_id: '202', product_code: 'CAT-BUF', product_name: 'Buffet traiteur (par personne)', unit_of_measure: 'person' }),
			line('Côtes du Rhône (bouteille)', 12, 24, tax.VAT21, { product_id: '203', product_code: 'VIN-CDR', product_name: 'Côtes du Rhône (bouteille)', unit_of_measure: 'bottle' }),
		]),
		invoice({ id: '2002', invoice_type: 'customer_invoice', invoice_number: 'F2026-0042', invoice_date: day(20), due_date: day(-10), partner_id: '102', reference: 'Réception Dupont', outstanding_amount: 544.5 }, [
			line('Location de la salle (soirée)', 1, 450, tax.VAT21, { product_id: '204', product_code: 'SALLE' }),
		]),
		invoice({ id: '2003', invoice_type: 'customer_invoice', invoice_number: 'F2026-0043', invoice_date: day(6), due_date: day(-24), partner_id: '103', outstanding_amount: 82.88 }, [line('Menu du jour', 4, 18.5, tax.VAT12, { product_id: '201' })]),
		invoice({ id: '2004', invoice_type: 'customer_refund', invoice_number: 'NC2026-0003', invoice_date: day(5), partner_id: '102', reference: 'Avoir: 2 couverts annulés', outstanding_amount: 0 }, [line('Buffet traiteur (par personne)', -2, 32, tax.VAT12)]),
		invoice({ id: '2101', invoice_type: 'supplier_invoice', invoice_number: 'LEF-88121', invoice_date: day(25), due_date: day(-5), partner_id: '104', reference: 'Fûts et bouteilles', outstanding_amount: 0, status: 'paid', last_payment_date: day(3) }, [
			line('Fûts de bière 30 l', 6, 98, tax.VAT21, { account_number: '604000' }),
		]),
		invoice({ id: '2102', invoice_type: 'supplier_invoice', invoice_number: 'VDR-2026-118', invoice_date: day(12), due_date: day(-18), partner_id: '106', outstanding_amount: 1440, currency: 'EUR' }, [
			line('Côtes du Rhône AOC (carton de 6)', 20, 72, tax['VAT0-EU'], { account_number: '604000', tax_exemption_reason: 'Autoliquidation intracommunautaire' }),
		]),
		invoice({ id: '2005', invoice_type: 'customer_invoice', status: 'draft', invoice_date: day(1), partner_id: '101', reference: 'Dîner de Noël (brouillon)' }, [line('Menu du jour', 25, 18.5, tax.VAT12, { product_id: '201' })]),
	];
	const paymentMethods = [
		{ id: '1', name: 'Virement bancaire' },
		{ id: '2', name: 'Bancontact' },
		{ id: '3', name: 'Espèces' },
		{ id: '4', name: 'Carte de crédit' },
	].map((method) => ({ ...method, source_ref: ref(method.id, 'payment.method') }));
	const payment = (id, target, amount, date, methodId, description) => ({
		id,
		source_ref: ref(id, 'account.payment'),
		status: 'completed',
		description,
		amount,
		currency: 'EUR',
		payment_date: `${date}T10:00:00Z`,
		partner_id: target.partner_id,
		payment_method_id: methodId,
		payment_method_name: paymentMethods.find((method) => method.id === methodId)?.name ?? null,
		invoice_id: target.id,
		invoice_number: target.invoice_number,
	});
	const payments = [
		payment('5001', invoices[0], invoices[0].total, day(15), '1', 'Virement Hotel Le Lion F2026-0041'),
		payment('5002', invoices[4], invoices[4].total, day(3), '1', 'Paiement Brasserie Lefort LEF-88121'),
	];
	const bankAccounts = [
		{ id: '7', name: 'BNP Paribas Fortis - compte courant', iban: 'BE68539007547034', currency: 'EUR', balance: 18452.37 },
		{ id: '8', name: 'Belfius - épargne', iban: 'BE71096123456769', currency: 'EUR', balance: 25000 },
	].map((account) => ({ ...account, source_ref: ref(account.id, 'account.journal') }));
	const bankTransaction = (id, amount, date, description, status, linked = []) => ({
		id,
		source_ref: ref(id, 'account.bank.statement.line'),
		status,
		bank_account_id: '7',
		amount,
		date,
		description,
		currency: 'EUR',
		currency_exchange_rate: 1,
		accounting_code: null,
		linked_documents: linked.map((target) => ({ id: target.id, source_ref: ref(target.id, 'account.move'), amount: Math.abs(amount), type: 'invoice' })),
	});
	const bankTransactions = [
		bankTransaction('9001', invoices[0].total, day(15), 'VIR HOTEL LE LION SA F2026-0041', 'done', [invoices[0]]),
		bankTransaction('9002', -invoices[4].total, day(3), 'DOMICILIATION BRASSERIE LEFORT', 'done', [invoices[4]]),
		bankTransaction('9003', 1286.4, day(2), 'WORLDLINE PAYOUT 2026-12-05 BANCONTACT', 'draft'),
		bankTransaction('9004', -320.75, day(1), 'METRO CASH CARRY WOLUWE', 'draft'),
	];
	const opportunity = (id, name, total, probability, status, fields = {}) => ({
		id,
		source_ref: ref(id, 'crm.lead'),
		name,
		total,
		probability,
		status,
		partner_id: null,
		comment: null,
		currency: 'EUR',
		description: null,
		pipe_status: null,
		pipe_name: 'Events',
		created_date: null,
		due_date: null,
		end_date: null,
		is_won: status === 'won',
		owner_ref: { id: 'u1', model: 'res.users', name: 'Sophie Martin' },
		...fields,
	});
	const opportunities = [
		opportunity('88', 'Events Sablon: 3 company dinners', 5400, 40, 'open', { partner_id: '107', pipe_status: 'Quote sent', created_date: day(9), due_date: day(-21) }),
		opportunity('89', 'Mariage Dupont: 80 guests', 7200, 100, 'won', { partner_id: '102', pipe_status: 'Won', created_date: day(60), end_date: day(30) }),
		opportunity('90', 'Hotel Le Lion: weekly lunch buffet', 12000, 10, 'lost', { partner_id: '101', pipe_status: 'Lost', created_date: day(90), end_date: day(45), comment: 'Chose an in-house kitchen' }),
	];
	return { contacts, products, taxes: TAXES, invoices, payments, paymentMethods, bankAccounts, bankTransactions, opportunities, uploads: [] };
}

/** An invoice as a route answers it: the lines only when asked, the PDF only on Get with include_pdf. */
function invoiceOut(record, { lines, pdf }) {
	const out = { ...record, lines: lines ? record.lines : [] };
	if (pdf !== undefined) out.pdf = pdf ? samplePdf(`Facture ${record.invoice_number ?? record.id}`) : null;
	return out;
}

/** Contact fields as sent (ContactItemIn) into a record; addresses get what the output requires. */
const contactFrom = (body, id) => contact({ ...body, id, addresses: (body.addresses ?? []).map((entry) => ({ ...address(null, null, null, null, null), ...entry })) });

function routes(kit) {
	const { at, api, once, paged, checkBody, find, created, nowText, chiftError } = kit;
	const inRange = (day, query) => (!query.date_from || day >= query.date_from) && (!query.date_to || day <= query.date_to);
	const newId = () => String(3000 + Math.floor(Math.random() * 6000)) + crypto.randomUUID().slice(0, 4);
	return [
		['GET', at('/invoicing/contacts'), api('contacts', ({ store, query }) => {
			const type = query.contact_type ?? 'all';
			return paged(store.contacts.filter((entry) => type === 'all' || entry[`is_${type}`] === true), query);
		})],
		['POST', at('/invoicing/contacts'), api('contacts', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const record = contactFrom(body, newId());
				store.contacts.push(record);
				return { entity: record, entityId: record.id };
			});
		}, 'POST')],
		['GET', at('/invoicing/contacts/{contact_id}'), api('contacts', ({ store, params: [, id] }) => find(store.contacts, id, 'Contact'))],

		['GET', at('/invoicing/products'), api('products', ({ store, query }) => paged(store.products, query))],
		['POST', at('/invoicing/products'), api('products', ({ store, body, req, connection }) => {
			checkBody(req, body);
			if (body.tax_id) find(store.taxes, body.tax_id, 'Tax');
			return once(connection, req, () => {
				const record = product(newId(), body.name, body.unit_price ?? null, body.tax_id ?? null, { unit: null, currency: null, ...body });
				store.products.push(record);
				return { entity: record, entityId: record.id };
			});
		}, 'POST')],
		['GET', at('/invoicing/products/{product_id}'), api('products', ({ store, params: [, id] }) => find(store.products, id, 'Product'))],

		['GET', at('/invoicing/taxes'), api('taxes', ({ store, query }) => paged(store.taxes, query))],
		['GET', at('/invoicing/taxes/{tax_id}'), api('taxes', ({ store, params: [, id] }) => find(store.taxes, id, 'Tax'))],

		['GET', at('/invoicing/invoices'), api('invoices', ({ store, query }) => {
			const type = query.invoice_type ?? 'all';
			const paid = query.payment_status ?? 'all';
			const isPaid = (record) => record.status === 'paid' || record.outstanding_amount === 0;
			const records = store.invoices.filter(
				(record) =>
					inRange(record.invoice_date, query) &&
					(type === 'all' || record.invoice_type === type) &&
					(paid === 'all' || (paid === 'paid') === isPaid(record)) &&
					(!query.updated_after || record.last_updated_on > query.updated_after),
			);
			return paged(records.map((record) => invoiceOut(record, { lines: query.include_invoice_lines === 'true' })), query);
		})],
		['POST', at('/invoicing/invoices'), api('invoices', ({ store, body, req, connection }) => {
			checkBody(req, body);
			if (body.partner_id) find(store.contacts, body.partner_id, 'Contact');
			// assumed: like the invoicing systems behind it, Chift refuses totals that are not the sums of the lines.
			for (const key of ['untaxed_amount', 'tax_amount', 'total']) {
				if ((body.lines ?? []).length && Math.abs(sum(body.lines, key) - body[key]) > 0.005) {
					throw chiftError(400, `The invoice ${key} ${body[key]} does not match its lines (${sum(body.lines, key)})`, 'ERROR_DATA_VALIDATION');
				}
			}
			return once(connection, req, () => {
				const id = newId();
				const { lines = [], ...fields } = body;
				const record = {
					...invoice({ ...fields, id, last_updated_on: nowText(), accounting_date: body.invoice_date, outstanding_amount: body.total }, []),
					untaxed_amount: body.untaxed_amount,
					tax_amount: body.tax_amount,
					total: body.total,
					lines: lines.map((entry) => ({ ...line(null, 0, 0, { rate: 0, id: null }), account_number: null, tax_id: null, tax_rate: null, unit_of_measure: null, ...entry })),
				};
				store.invoices.push(record);
				return { entity: invoiceOut(record, { lines: true }), entityId: id };
			});
		}, 'POST')],
		['GET', at('/invoicing/invoices/{invoice_id}'), api('invoices', ({ store, params: [, id], query }) =>
			invoiceOut(find(store.invoices, id, 'Invoice'), { lines: true, pdf: query.include_pdf === 'true' }),
		)],

		['POST', at('/invoicing/upload-document'), api('upload-document', async ({ store, body, req, connection }) => {
			checkBody(req, body);
			if (!Buffer.from(body.base64_string, 'base64').subarray(0, 5).equals(Buffer.from('%PDF-'))) {
				// assumed: Chift's answer to a file that is not a PDF is not documented.
				throw chiftError(400, 'The document is not a valid PDF file', 'ERROR_DATA_VALIDATION');
			}
			const types = { customer_document: 'customer_invoice', supplier_document: 'supplier_invoice', employee_expense: 'supplier_invoice' };
			return created(
				await once(connection, req, () => {
					const id = newId();
					// The system reads the PDF into a draft document: only what it knows so far.
					const record = { id, source_ref: ref(id, 'account.move'), invoice_type: types[body.document_type], status: 'draft', currency: 'EUR', lines: [], last_updated_on: nowText(), currency_exchange_rate: 1 };
					store.uploads.push({ ...record, bytes: Buffer.from(body.base64_string, 'base64').length });
					return { entity: record, entityId: id, status: 201 };
				}),
			);
		}, 'POST')],

		['GET', at('/invoicing/opportunities'), api('opportunities', ({ store, query }) => paged(store.opportunities, query))],
		['GET', at('/invoicing/opportunities/{opportunity_id}'), api('opportunities', ({ store, params: [, id] }) => find(store.opportunities, id, 'Opportunity'))],

		['GET', at('/invoicing/payments'), api('payments', ({ store, query }) => paged(store.payments.filter((entry) => inRange(entry.payment_date.slice(0, 10), query)), query))],
		['POST', at('/invoicing/payments'), api('payments', async ({ store, body, req, connection }) => {
			checkBody(req, body);
			const target = find(store.invoices, body.invoice_id, 'Invoice');
			const method = body.payment_method_id ? find(store.paymentMethods, body.payment_method_id, 'Payment method') : undefined;
			return created(
				await once(connection, req, () => {
					const id = newId();
					const record = {
						id,
						source_ref: ref(id, 'account.payment'),
						status: 'completed',
						description: body.description ?? '',
						amount: body.amount,
						currency: body.currency,
						payment_date: `${body.date}T00:00:00Z`,
						partner_id: target.partner_id,
						payment_method_id: method?.id ?? null,
						payment_method_name: method?.name ?? null,
						invoice_id: target.id,
						invoice_number: target.invoice_number,
					};
					store.payments.push(record);
					target.outstanding_amount = round(Math.max(0, (target.outstanding_amount ?? target.total) - body.amount));
					if (target.outstanding_amount === 0) target.status = 'paid';
					target.last_payment_date = body.date;
					return { entity: record, entityId: id, status: 201 };
				}),
			);
		}, 'POST')],
		['PATCH', at('/invoicing/payments/{payment_id}'), api('payments', ({ store, params: [, id], body, req, connection }) => {
			checkBody(req, body);
			const record = find(store.payments, id, 'Payment');
			const method = body.payment_method_id ? find(store.paymentMethods, body.payment_method_id, 'Payment method') : undefined;
			return once(connection, req, () => {
				if (body.amount !== undefined && body.amount !== null) record.amount = body.amount;
				if (body.description !== undefined && body.description !== null) record.description = body.description;
				if (body.date) record.payment_date = `${body.date}T00:00:00Z`;
				if (method) Object.assign(record, { payment_method_id: method.id, payment_method_name: method.name });
				return { entity: record, entityId: record.id };
			});
		}, 'PATCH')],

		['GET', at('/invoicing/payment-methods'), api('payment-methods', ({ store, query }) => paged(store.paymentMethods, query))],
		['GET', at('/invoicing/bank-accounts'), api('bank-accounts', ({ store, query }) => paged(store.bankAccounts, query))],
		['GET', at('/invoicing/bank-transactions'), api('bank-transactions', ({ store, query }) => {
			find(store.bankAccounts, query.bank_account_id, 'Bank account');
			return paged(
				store.bankTransactions.filter(
					(entry) => entry.bank_account_id === query.bank_account_id && inRange(entry.date, query) && (!query.status || entry.status === query.status),
				),
				query,
			);
		})],
	];
}

module.exports = { apiName: 'Invoicing', storeKey: 'invoicing', createData: createInvoicingData, routes };
