'use strict';
/**
 * Chift Invoicing through n8n-core's execution engine against the emulator: the request each of the
 * 20 operations sends and what it outputs, paging, validation before sending, exactly-once writes,
 * the PDF upload from an input item's binary data and the invoice PDF as binary output, and the
 * lists of the resource locators. Every exchange is checked against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS } = require('./support');
const { samplePdf } = require('./emulator/kit');

const handle = useStack();
const run = (resource, operation, parameters = {}, items, options) =>
	handle.stack.runNode('chiftInvoicing', { resource, operation, ...parameters }, items, options);
const base = `/consumers/${CONSUMERS.bistro}/invoicing`;
const invoicingRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/invoicing/'));
const lastRequest = () => invoicingRequests()[invoicingRequests().length - 1];
const store = () => handle.stack.emulator.data.invoicing[CONSUMERS.bistro];
const withFile = (bytes, fileName, mimeType = 'application/pdf', property = 'data', json = {}) => ({
	json,
	binary: { [property]: { data: Buffer.from(bytes).toString('base64'), mimeType, fileName } },
});

/** A shop order as Chift eCommerce gives it (lines with prices with and without taxes). */
const shopOrder = {
	id: 'order-1042',
	order_number: '#1042',
	currency: 'EUR',
	created_on: '2026-12-04T18:22:00Z',
	lines: [
		{ name: 'Coffret dégustation', quantity: 2, unit_price: 25, total: 60.5, tax_rate: 21, tax_amount: 10.5 },
		{ name: 'Confiture de figues', quantity: 3, unit_price: 6, total: 19.08, tax_rate: 6, tax_amount: 1.08 },
	],
};
const linesExpression =
	'={{ $json.lines.map(l => ({ description: l.name, quantity: l.quantity, unit_price: l.unit_price, untaxed_amount: String(l.total - l.tax_amount), tax_rate: l.tax_rate, tax_amount: l.tax_amount, total: l.total })) }}';

describe('Invoice', () => {
	test('Create from a shop order: lines mapped by expression, numbers made numbers, totals added up from the lines', async () => {
		const result = await run(
			'invoice',
			'create',
			{
				invoiceType: 'customer_invoice',
				status: 'posted',
				contactId: locator('103', 'list'),
				invoiceDate: '={{ $json.created_on }}',
				currency: '={{ $json.currency }}',
				lines: linesExpression,
				additionalFields: { reference: '={{ $json.order_number }}', dueDate: '2026-12-31' },
			},
			[{ json: shopOrder }],
		);
		expect(result.error).toBeUndefined();
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.path).toBe(`${base}/invoices`);
		expect(post.body).toEqual({
			invoice_type: 'customer_invoice',
			status: 'posted',
			partner_id: '103',
			invoice_date: '2026-12-04',
			currency: 'EUR',
			lines: [
				{ description: 'Coffret dégustation', quantity: 2, unit_price: 25, untaxed_amount: 50, tax_rate: 21, tax_amount: 10.5, total: 60.5 },
				{ description: 'Confiture de figues', quantity: 3, unit_price: 6, untaxed_amount: 18, tax_rate: 6, tax_amount: 1.08, total: 19.08 },
			],
			reference: '#1042',
			due_date: '2026-12-31',
			untaxed_amount: 68,
			tax_amount: 11.58,
			total: 79.58,
		});
		expect(post.headers['x-chift-client-requestid']).toBeTruthy();
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ partner_id: '103', total: 79.58, reference: '#1042', lines: [expect.objectContaining({ description: 'Coffret dégustation' }), expect.anything()] });
		expect(store().invoices.filter((entry) => entry.reference === '#1042')).toHaveLength(1);
	});

	test('a line that does not add up is refused before anything is sent, naming the item and the line', async () => {
		const lines = JSON.stringify([{ quantity: 1, unit_price: 100, untaxed_amount: 100, tax_amount: 21, total: 120 }]);
		const result = await run('invoice', 'create', { invoiceDate: '2026-12-01', lines }, [{ json: {} }, { json: {} }]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Lines, line 1: untaxed_amount 100 + tax_amount 21 is not its total 120 [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('a line without its amounts, or totals that are not the sums of the lines, are refused before sending', async () => {
		const missing = await run('invoice', 'create', { invoiceDate: '2026-12-01', lines: '[{"description": "Menu", "quantity": 1}]' });
		expect(missing.error.message).toBe('Lines, line 1 has no unit_price, untaxed_amount, tax_amount, total [item 0]');
		const lines = JSON.stringify([{ quantity: 1, unit_price: 100, untaxed_amount: 100, tax_amount: 21, total: 121 }]);
		const wrongTotal = await run('invoice', 'create', { invoiceDate: '2026-12-01', lines, additionalFields: { total: 100 } });
		expect(wrongTotal.error.message).toMatch(/^total 100 is not the sum of the lines' total \(121.00\)/);
		const nothing = await run('invoice', 'create', { invoiceDate: '2026-12-01' });
		expect(nothing.error.message).toBe('Lines are empty and untaxed_amount, tax_amount, total not given [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('Create without lines takes the totals given', async () => {
		const result = await run('invoice', 'create', {
			invoiceType: 'supplier_invoice',
			invoiceDate: '2026-11-30',
			additionalFields: { untaxedAmount: 100, taxAmount: 21, total: 121, invoiceNumber: 'ACH-77' },
		});
		expect(result.error).toBeUndefined();
		expect(lastRequest().body).toEqual({ invoice_type: 'supplier_invoice', status: 'draft', invoice_date: '2026-11-30', currency: 'EUR', untaxed_amount: 100, tax_amount: 21, total: 121, invoice_number: 'ACH-77' });
	});

	test('the same Idempotency Key twice creates the invoice once, and the second run outputs it', async () => {
		const parameters = { invoiceDate: '2026-06-15', lines: linesExpression, options: { idempotencyKey: 'shop-1042-invoice' } };
		const first = await run('invoice', 'create', parameters, [{ json: shopOrder }]);
		const second = await run('invoice', 'create', parameters, [{ json: shopOrder }]);
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().invoices.filter((entry) => entry.invoice_date === '2026-06-15')).toHaveLength(1);
	});

	test('Get returns the invoice with its lines; with Include PDF the PDF becomes binary data', async () => {
		const plain = await run('invoice', 'get', { invoiceId: locator('2001', 'list') });
		expect(lastRequest().path).toBe(`${base}/invoices/2001`);
		expect(lastRequest().query).toEqual({ include_pdf: 'false', include_analytic_accounts: 'false' });
		const [invoice] = jsonOf(plain.main[0]);
		expect(invoice).toMatchObject({ id: '2001', invoice_number: 'F2026-0041', total: 1782.08 });
		expect(invoice.lines).toHaveLength(2);
		expect(plain.main[0][0].binary).toBeUndefined();

		const withPdf = await run('invoice', 'get', { invoiceId: locator('2001'), includePdf: true });
		expect(lastRequest().query).toMatchObject({ include_pdf: 'true' });
		const [item] = withPdf.main[0];
		expect(item.json.pdf).toBeUndefined();
		expect(item.binary.data).toMatchObject({ fileName: 'invoice-F2026-0041.pdf', mimeType: 'application/pdf' });
		expect(Buffer.from(item.binary.data.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('Get of an unknown invoice is Chift 404 with its message; with Continue the other items go on', async () => {
		const result = await run('invoice', 'get', { invoiceId: '={{ $json.id }}' }, [{ json: { id: 'nope' } }, { json: { id: '2002' } }], { onError: 'continueRegularOutput' });
		const [failed, found] = result.main[0];
		expect(failed.json.error).toBe('Invoice nope not found');
		expect(failed.error).toBeInstanceOf(NodeApiError);
		expect(found.json).toMatchObject({ id: '2002', invoice_number: 'F2026-0042' });
	});

	test('Get Many filters by type, payment status and dates, and reads every page', async () => {
		const result = await run('invoice', 'getAll', {
			returnAll: true,
			filters: { invoiceType: 'customer_invoice', paymentStatus: 'unpaid', dateFrom: '2020-01-01', dateTo: '2099-12-31', includeInvoiceLines: true },
		});
		expect(lastRequest().query).toEqual({
			invoice_type: 'customer_invoice',
			payment_status: 'unpaid',
			date_from: '2020-01-01',
			date_to: '2099-12-31',
			include_invoice_lines: 'true',
			page: '1',
			size: '100',
		});
		const invoices = jsonOf(result.main[0]);
		expect(invoices.map((entry) => entry.id)).toEqual(['2002', '2003', '2005', ...store().invoices.filter((entry) => /^[3-9]/.test(entry.id) && entry.invoice_type === 'customer_invoice' && entry.outstanding_amount !== 0 && entry.status !== 'paid').map((entry) => entry.id)]);
		expect(invoices[0].lines.length).toBeGreaterThan(0);
	});

	test('Get Many: Updated After from the date picker (no offset) is sent as a UTC date-time, as Chift\'s document wants', async () => {
		const result = await run('invoice', 'getAll', { limit: 1, filters: { updatedAfter: '2026-01-01T00:00:00', includeAnalyticAccounts: true } });
		expect(result.error).toBeUndefined();
		expect(lastRequest().query).toMatchObject({ updated_after: '2026-01-01T00:00:00Z', include_analytic_accounts: 'true' });
	});

	test('Get Many with a Limit reads pages of the limit only', async () => {
		const result = await run('invoice', 'getAll', { limit: 2 });
		expect(jsonOf(result.main[0])).toHaveLength(2);
		expect(invoicingRequests().map((r) => r.query)).toEqual([{ page: '1', size: '2' }]);
		expect(jsonOf(result.main[0])[0].lines).toEqual([]);
	});

	test('a date range that ends before it starts is refused before sending', async () => {
		const result = await run('invoice', 'getAll', { filters: { dateFrom: '2026-12-10', dateTo: '2026-12-01' } });
		expect(result.error.message).toBe('Date From (2026-12-10) is after Date To (2026-12-01) [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});
});

describe('Contact', () => {
	test('Create sends the contact with its address as a list and outputs the created record', async () => {
		const result = await run('contact', 'create', {
			companyName: 'Brasserie du Parc SRL',
			additionalFields: { isCustomer: true, email: 'parc@example.com', vat: 'BE0999888777', language: 'fr' },
			address: { addressType: 'invoice', street: 'Avenue du Parc', number: '3', city: 'Namur', postalCode: '5000', country: 'be' },
		});
		expect(lastRequest().body).toEqual({
			company_name: 'Brasserie du Parc SRL',
			is_customer: true,
			email: 'parc@example.com',
			vat: 'BE0999888777',
			language: 'fr',
			addresses: [{ address_type: 'invoice', street: 'Avenue du Parc', number: '3', city: 'Namur', postal_code: '5000', country: 'BE' }],
		});
		expect(jsonOf(result.main[0])[0]).toMatchObject({ company_name: 'Brasserie du Parc SRL', is_customer: true, addresses: [expect.objectContaining({ city: 'Namur' })] });
	});

	test('a contact with no name, or an address without its city, is refused before sending', async () => {
		const noName = await run('contact', 'create', { additionalFields: { phone: '+3225551234' } });
		expect(noName.error.message).toBe('The contact has no name [item 0]');
		const halfAddress = await run('contact', 'create', { lastName: 'Martin', address: { addressType: 'main', street: 'Rue Neuve', postalCode: '1000', country: 'BE' } });
		expect(halfAddress.error.message).toBe('Address is missing City [item 0]');
		const country = await run('contact', 'create', { lastName: 'Martin', address: { addressType: 'main', street: 'Rue Neuve', city: 'Brussels', postalCode: '1000', country: 'Belgium' } });
		expect(country.error.description).toBe('Use BE for Belgium.');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('the same Idempotency Key twice creates the contact once', async () => {
		const parameters = { firstName: 'Lucie', lastName: 'Vermeulen', options: { idempotencyKey: 'crm-88-contact' } };
		const first = await run('contact', 'create', parameters);
		const second = await run('contact', 'create', parameters);
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().contacts.filter((entry) => entry.last_name === 'Vermeulen')).toHaveLength(1);
	});

	test('Get returns the contact; Get Many filters by type', async () => {
		const one = await run('contact', 'get', { contactId: locator('104') });
		expect(lastRequest().path).toBe(`${base}/contacts/104`);
		expect(jsonOf(one.main[0])).toEqual([store().contacts[3]]);
		const suppliers = await run('contact', 'getAll', { returnAll: true, filters: { contactType: 'supplier' } });
		expect(lastRequest().query).toEqual({ contact_type: 'supplier', page: '1', size: '100' });
		expect(jsonOf(suppliers.main[0]).map((entry) => entry.company_name)).toEqual(['Brasserie Lefort SA', 'Metro Cash & Carry Belgium', 'Vins du Rhône SARL']);
	});
});

describe('Product and Tax', () => {
	test('Create a product with its tax picked from the list; exactly once with the same key', async () => {
		const parameters = { name: 'Brunch du dimanche', additionalFields: { unitPrice: '29,50', taxId: locator('VAT12', 'list'), code: 'BRUNCH', unit: 'person' }, options: { idempotencyKey: 'menu-brunch' } };
		const first = await run('product', 'create', parameters);
		expect(lastRequest().body).toEqual({ name: 'Brunch du dimanche', unit_price: 29.5, tax_id: 'VAT12', code: 'BRUNCH', unit: 'person' });
		expect(jsonOf(first.main[0])[0]).toMatchObject({ name: 'Brunch du dimanche', unit_price: 29.5, tax_id: 'VAT12' });
		const second = await run('product', 'create', parameters);
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().products.filter((entry) => entry.code === 'BRUNCH')).toHaveLength(1);
	});

	test('a product without a name, or with a price that is no number, is refused before sending', async () => {
		expect((await run('product', 'create', { name: ' ' })).error.message).toBe('Name is empty [item 0]');
		expect((await run('product', 'create', { name: 'X', additionalFields: { unitPrice: 'twelve' } })).error.message).toBe('Unit Price "twelve" is not a number [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('Get and Get Many of products', async () => {
		const one = await run('product', 'get', { productId: locator('203') });
		expect(jsonOf(one.main[0])[0]).toMatchObject({ id: '203', code: 'VIN-CDR', available_quantity: 48 });
		const all = await run('product', 'getAll', { returnAll: true });
		expect(jsonOf(all.main[0]).map((entry) => entry.id)).toEqual(store().products.map((entry) => entry.id));
	});

	test('Get and Get Many of taxes', async () => {
		const one = await run('tax', 'get', { taxId: locator('VAT6') });
		expect(lastRequest().path).toBe(`${base}/taxes/VAT6`);
		expect(jsonOf(one.main[0])[0]).toMatchObject({ rate: 6, scope: 'nat' });
		const all = await run('tax', 'getAll', { returnAll: true });
		expect(jsonOf(all.main[0]).map((entry) => entry.rate)).toEqual([21, 12, 6, 0]);
	});
});

describe('Opportunity', () => {
	test('Get and Get Many', async () => {
		const one = await run('opportunity', 'get', { opportunityId: locator('89') });
		expect(lastRequest().path).toBe(`${base}/opportunities/89`);
		expect(jsonOf(one.main[0])[0]).toMatchObject({ name: 'Mariage Dupont: 80 guests', status: 'won', is_won: true });
		const all = await run('opportunity', 'getAll', { limit: 2 });
		expect(jsonOf(all.main[0]).map((entry) => entry.id)).toEqual(['88', '89']);
	});
});

describe('Payment', () => {
	test('Create records the payment of an invoice (201), exactly once with the same key', async () => {
		const parameters = { invoiceId: locator('2003', 'list'), amount: 82.88, date: '2026-12-05', additionalFields: { paymentMethodId: locator('2', 'list'), description: 'Bancontact' }, options: { idempotencyKey: 'pay-2003' } };
		const first = await run('payment', 'create', parameters);
		expect(first.error).toBeUndefined();
		const post = lastRequest();
		expect(post.status).toBe(201);
		expect(post.body).toEqual({ invoice_id: '2003', amount: 82.88, currency: 'EUR', date: '2026-12-05', payment_method_id: '2', description: 'Bancontact' });
		expect(jsonOf(first.main[0])[0]).toMatchObject({ invoice_id: '2003', amount: 82.88, payment_method_name: 'Bancontact', status: 'completed' });
		expect(store().invoices.find((entry) => entry.id === '2003')).toMatchObject({ status: 'paid', outstanding_amount: 0 });

		// The same key again: Chift does not record it twice; with no route to read one payment back,
		// its "already processed" answer is the output, as an error naming the key.
		const second = await run('payment', 'create', parameters);
		expect(second.error).toBeInstanceOf(NodeApiError);
		expect(second.error.httpCode).toBe('409');
		expect(store().payments.filter((entry) => entry.invoice_id === '2003')).toHaveLength(1);
	});

	test('an amount of 0 or a missing invoice is refused before sending', async () => {
		expect((await run('payment', 'create', { invoiceId: locator('2003'), amount: 0, date: '2026-12-05' })).error.message).toBe('Amount 0 is not above 0 [item 0]');
		expect((await run('payment', 'create', { invoiceId: locator('={{ $json.invoice }}'), amount: 10, date: '2026-12-05' })).error.message).toBe('Invoice is empty [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('Update sends only the fields set; an empty update is refused before sending', async () => {
		const result = await run('payment', 'update', { paymentId: locator('5001', 'list'), updateFields: { description: 'Virement reçu le 21/11' } });
		expect(lastRequest()).toMatchObject({ method: 'PATCH', path: `${base}/payments/5001`, body: { description: 'Virement reçu le 21/11' } });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: '5001', description: 'Virement reçu le 21/11' });
		const empty = await run('payment', 'update', { paymentId: locator('5001') });
		expect(empty.error.message).toBe('Update Fields is empty [item 0]');
	});

	test('Get Many filters by dates', async () => {
		const result = await run('payment', 'getAll', { returnAll: true, filters: { dateFrom: '2000-01-01' } });
		expect(lastRequest().query).toEqual({ date_from: '2000-01-01', page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((entry) => entry.id)).toEqual(expect.arrayContaining(['5001', '5002']));
	});

	test('payment methods', async () => {
		const result = await run('paymentMethod', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((entry) => entry.name)).toEqual(['Virement bancaire', 'Bancontact', 'Espèces', 'Carte de crédit']);
	});
});

describe('Bank accounts and transactions', () => {
	test('Get Many bank accounts', async () => {
		const result = await run('bankAccount', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((entry) => entry.iban)).toEqual(['BE68539007547034', 'BE71096123456769']);
	});

	test('Get Many bank transactions of one account, not reconciled yet', async () => {
		const result = await run('bankTransaction', 'getAll', { bankAccountId: locator('7', 'list'), returnAll: true, filters: { status: 'draft' } });
		expect(lastRequest().query).toEqual({ bank_account_id: '7', status: 'draft', page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((entry) => entry.description)).toEqual(['WORLDLINE PAYOUT 2026-12-05 BANCONTACT', 'METRO CASH CARRY WOLUWE']);
	});

	test('the bank account is required', async () => {
		const result = await run('bankTransaction', 'getAll', { bankAccountId: locator('={{ $json.account }}') });
		expect(result.error.message).toBe('Bank Account is empty [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});
});

describe('Document → Upload', () => {
	test("the input item's PDF reaches Chift intact as base64, with the document type; 201 with the draft document", async () => {
		const pdf = Buffer.from(samplePdf('Facture Vins du Rhône VDR-2026-131'), 'base64');
		const result = await run('document', 'upload', { documentType: 'supplier_document', binaryPropertyName: 'invoice' }, [withFile(pdf, 'VDR-2026-131.pdf', 'application/pdf', 'invoice')]);
		expect(result.error).toBeUndefined();
		const post = lastRequest();
		expect(post).toMatchObject({ method: 'POST', path: `${base}/upload-document`, status: 201 });
		expect(Object.keys(post.body).sort()).toEqual(['base64_string', 'document_type']);
		expect(Buffer.from(post.body.base64_string, 'base64').equals(pdf)).toBe(true);
		expect(jsonOf(result.main[0])[0]).toMatchObject({ invoice_type: 'supplier_invoice', status: 'draft' });
		expect(store().uploads.at(-1).bytes).toBe(pdf.length);
	});

	test('an item without the binary property, or with a file that is not a PDF, is refused before sending', async () => {
		const missing = await run('document', 'upload', {}, [withFile('%PDF-1.4', 'a.pdf', 'application/pdf', 'attachment_0')]);
		expect(missing.error.message).toBe('Item 0 has no binary property "data" [item 0]');
		expect(missing.error.description).toMatch(/"attachment_0"/);
		const html = await run('document', 'upload', {}, [withFile('<html>invoice</html>', 'invoice.html', 'text/html')]);
		expect(html.error.message).toBe('The file in binary property "data" (invoice.html, text/html) is not a PDF [item 0]');
		expect(invoicingRequests()).toHaveLength(0);
	});

	test('the same upload twice with one Idempotency Key is carried out once', async () => {
		const pdf = Buffer.from(samplePdf('Ticket 77'), 'base64');
		const count = store().uploads.length;
		await run('document', 'upload', { documentType: 'employee_expense', options: { idempotencyKey: 'receipt-77' } }, [withFile(pdf, 'ticket.pdf')]);
		await run('document', 'upload', { documentType: 'employee_expense', options: { idempotencyKey: 'receipt-77' } }, [withFile(pdf, 'ticket.pdf')]);
		expect(store().uploads.length).toBe(count + 1);
	});
});

describe('errors and options', () => {
	test("Chift's errors name the invoicing system in their hint", async () => {
		handle.stack.emulator.inject({
			method: 'GET',
			path: /\/invoicing\/contacts$/,
			status: 502,
			body: { status: 'error', message: 'Error while trying to reach Teamleader: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' },
		});
		const result = await run('contact', 'getAll', { options: { retries: 0 } });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Error while trying to reach Teamleader: timeout');
		expect(result.error.description).toMatch(/invoicing system/);
	});

	test('a consumer without an invoicing connection gets Chift\'s answer', async () => {
		const result = await run('contact', 'getAll', { consumerId: locator(CONSUMERS.cafe) });
		expect(result.error.message).toBe('No active connection found for the API Invoicing');
	});

	test('many items are sent at most Max Concurrent Requests at a time, output in input order', async () => {
		handle.stack.emulator.faults.latencyMs = 30;
		try {
			const items = ['101', '102', '103', '104', '105', '106', '107'].map((id) => ({ json: { id } }));
			const result = await run('contact', 'get', { contactId: '={{ $json.id }}', options: { concurrency: 3 } }, items);
			expect(jsonOf(result.main[0]).map((entry) => entry.id)).toEqual(items.map((item) => item.json.id));
			expect(handle.stack.emulator.maxInFlight).toBe(3);
		} finally {
			handle.stack.emulator.faults.latencyMs = 0;
		}
	});
});

describe('lists in the editor', () => {
	const search = (method, filter) =>
		handle.stack.harness.listSearch({
			type: 'chiftInvoicing',
			method,
			filter,
			parameters: { consumerId: locator(CONSUMERS.bistro), resource: 'invoice', operation: 'create' },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});

	test.each([
		['searchContacts', 'lambert', [{ name: 'Marie Lambert', value: '103' }]],
		['searchProducts', 'salle', [{ name: 'SALLE Location de la salle (soirée)', value: '204' }]],
		['searchTaxes', '12', [{ name: 'TVA 12% (restauration) (12%)', value: 'VAT12' }]],
		['searchInvoices', 'F2026-0042', [{ name: 'F2026-0042 (INVOICE_DATE, 544.5 EUR)', value: '2002' }]],
		['searchOpportunities', 'sablon', [{ name: 'Events Sablon: 3 company dinners', value: '88' }]],
		['searchPayments', '5002', [expect.objectContaining({ value: '5002' })]],
		['searchPaymentMethods', 'bancontact', [{ name: 'Bancontact', value: '2' }]],
		['searchBankAccounts', 'belfius', [{ name: 'Belfius - épargne BE71096123456769', value: '8' }]],
	])('%s', async (method, filter, expected) => {
		const { results } = await search(method, filter);
		const invoiceDate = store().invoices.find((entry) => entry.id === '2002').invoice_date;
		expect(results).toEqual(expected.map((entry) => (entry.name ? { ...entry, name: entry.name.replace('INVOICE_DATE', invoiceDate) } : entry)));
	});
});
