'use strict';
/**
 * Chift Accounting, invoices and what goes with them (payments, PDFs, attachments, payment methods
 * and terms, outstanding items, expenses), through n8n-core's execution engine against the
 * emulator: the request each operation sends, what it outputs, lines checked before sending,
 * files from and to n8n binary data, and exactly-once writes. Every exchange is checked against
 * Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { accountingSuite, locator, jsonOf, CONSUMERS } = require('./support');
const { samplePdf } = require('./emulator/accounting/invoices');

const { stack: currentStack, run, accountingRequests, lastRequest, store } = accountingSuite();
const base = `/consumers/${CONSUMERS.bistro}/accounting`;

/** Yesterday's POS sales of one table, as an earlier node would output them (amounts as text, as POS exports often have them). */
const posSale = {
	order: 'T12-0457',
	lines: [
		{ product: 'Menu du jour', quantity: 2, unit_price: '19.50', untaxed: '39.00', vat_rate: 12, vat: '4.68', total: '43.68', account: 700000, vat_code: '12' },
		{ product: 'Bière pression', quantity: 3, unit_price: '3.50', untaxed: '10.50', vat_rate: 21, vat: '2.21', total: '12.71', account: 700000, vat_code: '21' },
	],
};
const mappedLines =
	'={{ $json.lines.map((l, i) => ({ line_number: i + 1, account_number: l.account, tax_code: l.vat_code, quantity: l.quantity, unit_price: l.unit_price, untaxed_amount: l.untaxed, tax_rate: l.vat_rate, tax_amount: l.vat, total: l.total })) }}';
const invoiceParameters = (extra = {}) => ({
	invoiceType: 'customer_invoice',
	partnerId: locator('1001-CLI-POS', 'list'),
	invoiceDate: '2026-03-02',
	dueDate: '2026-03-02',
	currency: 'EUR',
	lines: mappedLines,
	...extra,
});
const oneLine = (extra = {}) =>
	JSON.stringify([{ account_number: '700000', tax_code: '21', quantity: 1, unit_price: 100, untaxed_amount: 100, tax_rate: 21, tax_amount: 21, total: 121, ...extra }]);

/** An input item carrying a file in the binary property `property`. */
const withFile = (bytes, fileName, mimeType = 'application/pdf', property = 'data', json = {}) => ({
	json,
	binary: { [property]: { data: Buffer.from(bytes).toString('base64'), mimeType, fileName } },
});

describe('Invoice → Create', () => {
	test('lines mapped by expression from an earlier node\'s items are checked, numbers made numbers, and the totals added up', async () => {
		const result = await run('invoice', 'create', invoiceParameters({ additionalFields: { reference: '={{ $json.order }}', journalId: locator('VEN2') } }), [{ json: posSale }]);
		expect(result.error).toBeUndefined();
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.path).toBe(`${base}/invoices`);
		expect(post.body).toEqual({
			invoice_type: 'customer_invoice',
			partner_id: '1001-CLI-POS',
			invoice_date: '2026-03-02',
			due_date: '2026-03-02',
			currency: 'EUR',
			reference: 'T12-0457',
			journal_id: 'VEN2',
			lines: [
				{ line_number: 1, account_number: '700000', tax_code: '12', quantity: 2, unit_price: 19.5, untaxed_amount: 39, tax_rate: 12, tax_amount: 4.68, total: 43.68 },
				{ line_number: 2, account_number: '700000', tax_code: '21', quantity: 3, unit_price: 3.5, untaxed_amount: 10.5, tax_rate: 21, tax_amount: 2.21, total: 12.71 },
			],
			untaxed_amount: 49.5,
			tax_amount: 6.89,
			total: 56.39,
		});
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ invoice_type: 'customer_invoice', reference: 'T12-0457', total: 56.39, lines: [expect.objectContaining({ tax_code: '12' }), expect.anything()] });
		expect(store().invoices.find((record) => record.id === created.id)).toBeDefined();
	});

	test('a number field whose expression gives only spaces counts as empty, not as 0', async () => {
		const result = await run('invoice', 'create', invoiceParameters({ lines: oneLine(), additionalFields: { currencyExchangeRate: '={{ $json.rate }}', total: '={{ $json.total }}' } }), [{ json: { rate: ' ', total: '  ' } }]);
		expect(result.error).toBeUndefined();
		expect(lastRequest().body).not.toHaveProperty('currency_exchange_rate');
		expect(lastRequest().body.total).toBe(121);
	});

	test('one item per order creates one invoice each, in input order', async () => {
		const other = { order: 'T03-0458', lines: [posSale.lines[1]] };
		const result = await run('invoice', 'create', invoiceParameters({ additionalFields: { reference: '={{ $json.order }}' } }), [{ json: posSale }, { json: other }]);
		expect(jsonOf(result.main[0]).map((record) => [record.reference, record.total])).toEqual([
			['T12-0457', 56.39],
			['T03-0458', 12.71],
		]);
	});

	test('a line without its VAT code is refused before anything is sent, naming the line and the key', async () => {
		const sale = { ...posSale, lines: [posSale.lines[0], { ...posSale.lines[1], vat_code: '' }] };
		const result = await run('invoice', 'create', invoiceParameters(), [{ json: sale }]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Lines, line 2 has no tax_code [item 0]');
		expect(accountingRequests()).toHaveLength(0);
	});

	test('an amount that is not a number is refused before anything is sent', async () => {
		const result = await run('invoice', 'create', invoiceParameters({ lines: oneLine({ total: '121 EUR' }) }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/line 1: total "121 EUR" is not a number/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('a line whose untaxed amount and tax do not make its total is refused', async () => {
		const result = await run('invoice', 'create', invoiceParameters({ lines: oneLine({ tax_amount: 20 }) }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/line 1: untaxed_amount 100 \+ tax_amount 20 is not its total 121/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('a total that is not the sum of the lines is refused; one that is, to the cent, is sent as given', async () => {
		const wrong = await run('invoice', 'create', invoiceParameters({ lines: oneLine(), additionalFields: { total: 120 } }));
		expect(wrong.error).toBeInstanceOf(NodeOperationError);
		expect(wrong.error.message).toMatch(/^total 120 is not the sum of the lines' total \(121\.00\)/);
		expect(accountingRequests()).toHaveLength(0);
		const right = await run('invoice', 'create', invoiceParameters({ lines: oneLine(), additionalFields: { untaxedAmount: 100, taxAmount: '21', total: 121 } }));
		expect(right.error).toBeUndefined();
		expect(lastRequest().body).toMatchObject({ untaxed_amount: 100, tax_amount: 21, total: 121 });
	});

	test('with continue on error, an invalid item fails alone and the others are created', async () => {
		const bad = { ...posSale, lines: [{ ...posSale.lines[0], account: null }] };
		const result = await run('invoice', 'create', invoiceParameters(), [{ json: bad }, { json: posSale }], { onError: 'continueErrorOutput' });
		expect(jsonOf(result.main[1])).toEqual([{ error: 'Lines, line 1 has no account_number [item 0]' }]);
		expect(jsonOf(result.main[0])).toHaveLength(1);
		expect(accountingRequests().filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	test('posting options go to the query, and Multiple Analytic Plans uses its route with analytic distributions', async () => {
		const lines = JSON.stringify([
			{ account_number: '700000', tax_code: '12', quantity: 1, unit_price: 200, untaxed_amount: 200, tax_rate: 12, tax_amount: 24, total: 224, analytic_distribution: [{ analytic_plan: 'SITES', analytic_accounts: [{ analytic_account: 'TERRACE', percentage: 100 }] }] },
		]);
		const result = await run('invoice', 'create', invoiceParameters({ multipleAnalyticPlans: true, lines, postingOptions: { regroupLines: false, forceFinancialPeriod: '2026-03' } }));
		const post = lastRequest();
		expect(post.path).toBe(`${base}/invoices/multi-analytic-plans`);
		expect(post.query).toEqual({ regroup_lines: 'false', force_financial_period: '2026-03' });
		expect(jsonOf(result.main[0])[0].lines[0].analytic_distribution).toEqual([{ analytic_plan: 'SITES', analytic_accounts: [{ analytic_account: 'TERRACE', percentage: 100 }] }]);
	});

	test('the same Idempotency Key twice books the invoice once, and both runs output it', async () => {
		const parameters = invoiceParameters({ lines: oneLine(), options: { idempotencyKey: 'pos-day-2026-03-02' } });
		const first = await run('invoice', 'create', parameters);
		const second = await run('invoice', 'create', parameters);
		const id = jsonOf(first.main[0])[0].id;
		expect(jsonOf(second.main[0])[0].id).toBe(id);
		expect(store().invoices.filter((record) => record.id === id)).toHaveLength(1);
		expect(currentStack().emulator.requestsTo('GET', `${base}/invoices/${id}`)).toHaveLength(1);
	});

	test('a PDF from the input item goes with the invoice, under a file name Chift accepts', async () => {
		const pdf = Buffer.from(samplePdf('Ticket T12-0457'), 'base64');
		const result = await run('invoice', 'create', invoiceParameters({ lines: oneLine(), binaryPropertyName: 'ticket' }), [withFile(pdf, 'Ticket n°457.pdf', 'application/pdf', 'ticket')]);
		expect(result.error).toBeUndefined();
		expect(Buffer.from(lastRequest().body.pdf, 'base64').equals(pdf)).toBe(true);
		expect(lastRequest().body.pdf_name).toBe('Ticket n-457.pdf');
	});

	test('the partner list offers clients for customer invoices and suppliers for supplier ones', async () => {
		const listed = await currentStack().harness.listSearch({
			type: 'chiftAccounting',
			method: 'searchInvoicePartners',
			parameters: { resource: 'invoice', operation: 'create', consumerId: locator(CONSUMERS.bistro), invoiceType: 'customer_invoice' },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});
		expect(listed.results.map((entry) => entry.value)).toContain('1001-CLI-POS');
		expect(lastRequest().path).toBe(`${base}/clients`);
	});
});

describe('Invoice → Get and Get Many', () => {
	test('Get returns the invoice with the lines and payments asked for', async () => {
		const result = await run('invoice', 'get', { invoiceId: '1001-INV-0001', includeInvoiceLines: true, includePayments: true });
		const [invoice] = jsonOf(result.main[0]);
		expect(lastRequest().path).toBe(`${base}/invoices/1001-INV-0001`);
		expect(lastRequest().query).toEqual({ include_invoice_lines: 'true', include_payments: 'true', include_partner_info: 'false' });
		expect(invoice).toMatchObject({ id: '1001-INV-0001', invoice_number: '2026-0001', status: 'paid', partner: null });
		expect(invoice.lines).toHaveLength(2);
		expect(invoice.payments.map((entry) => entry.id)).toEqual(['1001-PAY-0001', '1001-PAY-0002']);
	});

	test('Get with Multiple Analytic Plans reads its route, lines with analytic distributions', async () => {
		const result = await run('invoice', 'get', { invoiceId: '1001-INV-0001', includeInvoiceLines: true, multipleAnalyticPlans: true });
		expect(lastRequest().path).toBe(`${base}/invoices/multi-analytic-plans/1001-INV-0001`);
		expect(jsonOf(result.main[0])[0].lines[1].analytic_distribution).toEqual([{ analytic_plan: 'DEFAULT', analytic_accounts: [{ analytic_account: 'EVENTS', percentage: 100 }] }]);
	});

	test('Get of an unknown invoice is Chift\'s 404 with its message', async () => {
		const result = await run('invoice', 'get', { invoiceId: 'INV-NOPE' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Invoice INV-NOPE not found');
	});

	test('Get Many lists one type with the filters, and Simplify keeps the main fields', async () => {
		const result = await run('invoice', 'getAll', { invoiceType: 'supplier_invoice', returnAll: true, simplify: true, filters: { paymentStatus: 'unpaid', approvalStatus: 'pending' } });
		expect(lastRequest().path).toBe(`${base}/invoices/type/supplier_invoice`);
		expect(lastRequest().query).toMatchObject({ payment_status: 'unpaid', approval_status: 'pending', page: '1', size: '100' });
		expect(jsonOf(result.main[0])).toEqual([
			{ id: '1001-PINV-0002', invoice_number: 'BR-2026-114', invoice_type: 'supplier_invoice', invoice_date: expect.any(String), due_date: expect.any(String), partner_id: '1001-SUP-002', currency: 'EUR', untaxed_amount: 465, tax_amount: 97.65, total: 562.65, status: 'posted' },
		]);
	});

	test('Get Many reads every page with Return All, and only what the Limit asks otherwise', async () => {
		const invoices = store().invoices;
		const kept = [...invoices];
		for (let index = 0; index < 130; index++) invoices.push({ ...invoices[1], id: `1001-BULK-${index}`, journal_id: 'BULK', payments: [] });
		try {
			const all = await run('invoice', 'getAll', { invoiceType: 'customer_invoice', returnAll: true, filters: { journalIds: 'BULK, OLD' } });
			expect(jsonOf(all.main[0])).toHaveLength(130);
			expect(accountingRequests().map((r) => r.query.page)).toEqual(['1', '2']);
			currentStack().emulator.reset();
			const some = await run('invoice', 'getAll', { invoiceType: 'customer_invoice', limit: 5 });
			expect(jsonOf(some.main[0])).toHaveLength(5);
			expect(accountingRequests()).toHaveLength(1);
			expect(lastRequest().query).toMatchObject({ page: '1', size: '5' });
		} finally {
			invoices.splice(0, invoices.length, ...kept);
		}
	});

	test('Get Many of a date range the wrong way round is refused before anything is sent', async () => {
		const result = await run('invoice', 'getAll', { invoiceType: 'customer_invoice', filters: { dateFrom: '2026-03-01', dateTo: '2026-02-01' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('a consumer with several folders reads the invoices of the folder picked', async () => {
		const result = await run('invoice', 'getAll', { consumerId: locator(CONSUMERS.bakery), folderId: locator('8', 'list'), invoiceType: 'customer_refund', returnAll: true });
		expect(jsonOf(result.main[0]).map((record) => record.id)).toEqual(['8-CN-0001']);
		expect(lastRequest().query).toMatchObject({ folder_id: '8' });
	});
});

describe('Invoice → payments', () => {
	test('Get Payments lists the payments of an invoice', async () => {
		const result = await run('invoice', 'getPayments', { invoiceId: '1001-INV-0001', returnAll: true });
		expect(lastRequest().path).toBe(`${base}/invoices/id/1001-INV-0001/payments`);
		expect(jsonOf(result.main[0]).map((entry) => entry.amount)).toEqual([1000, 803.95]);
	});

	test('Create Payment sends the invoice and amount as Chift\'s items, and outputs what was recorded', async () => {
		const result = await run(
			'invoice',
			'createPayment',
			{ invoiceId: '={{ $json.invoice }}', amount: '={{ $json.paid }}', paymentDate: '2026-03-03', paymentMethodId: locator('PM-BCMC', 'list'), additionalFields: { reference: 'bcmc-88123' } },
			[{ json: { invoice: '1001-INV-0002', paid: '537.60' } }],
		);
		expect(result.error).toBeUndefined();
		expect(lastRequest().body).toEqual({ date: '2026-03-03', payment_method_id: 'PM-BCMC', currency: 'EUR', reference: 'bcmc-88123', items: [{ invoice_id: '1001-INV-0002', amount: 537.6 }] });
		expect(lastRequest().status).toBe(204);
		expect(jsonOf(result.main[0])).toEqual([{ recorded: true, invoice_id: '1001-INV-0002', amount: 537.6, date: '2026-03-03', payment_method_id: 'PM-BCMC', currency: 'EUR' }]);
		const invoice = store().invoices.find((record) => record.id === '1001-INV-0002');
		expect(invoice.status).toBe('paid');
	});

	test('the same Idempotency Key in a later run records the payment once, and says it cannot tell that run\'s payment from another', async () => {
		const parameters = { invoiceId: '1001-PINV-0002', amount: 100, paymentDate: '2026-03-03', paymentMethodId: locator('PM-BANK'), options: { idempotencyKey: 'bank-line-7781' } };
		await run('invoice', 'createPayment', parameters);
		const second = await run('invoice', 'createPayment', parameters);
		// Payments share one route and Chift answers them with no record: a key reused for another
		// invoice would look the same, so the repeat is never reported as this item's success.
		expect(second.error).toBeInstanceOf(NodeApiError);
		expect(second.error.message).toBe('Chift already carried out a request with idempotency key "bank-line-7781", and nothing shows it was this one');
		expect(store().invoices.find((record) => record.id === '1001-PINV-0002').payments).toHaveLength(1);
		expect(currentStack().emulator.requestsTo('POST', `${base}/invoices/payments`).map((r) => r.status)).toEqual([204, 409]);
	});

	test('a payment whose answer was lost is sent again with its key and reported once, as done', async () => {
		const parameters = { invoiceId: '1001-PINV-0001', amount: 50, paymentDate: '2026-03-04', paymentMethodId: locator('PM-BANK'), options: { idempotencyKey: 'bank-line-7790' } };
		currentStack().emulator.inject({ method: 'POST', path: `${base}/invoices/payments`, status: 502, body: { status: 'error', message: 'Error while trying to reach Exact Online: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' }, afterRoute: true });
		const result = await run('invoice', 'createPayment', parameters);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result.main[0])).toEqual([expect.objectContaining({ recorded: true, invoice_id: '1001-PINV-0001', amount: 50, already_processed: true })]);
		expect(currentStack().emulator.requestsTo('POST', `${base}/invoices/payments`).map((r) => r.status)).toEqual([502, 409]);
		expect(store().invoices.find((record) => record.id === '1001-PINV-0001').payments.filter((payment) => payment.amount === 50)).toHaveLength(1);
	});

	test('an amount of 0 is refused before anything is sent', async () => {
		const result = await run('invoice', 'createPayment', { invoiceId: '1001-INV-0002', amount: 0, paymentDate: '2026-03-03', paymentMethodId: locator('PM-BANK') });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Amount 0 is not more than 0/);
		expect(accountingRequests()).toHaveLength(0);
	});
});

describe('Invoice → Add Attachment', () => {
	test('the PDF of the input item reaches Chift intact, as base64 with its name', async () => {
		const pdf = Buffer.from(samplePdf('Facture 2026-0002 — Traiteur Dupont'), 'base64');
		const result = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0002' }, [withFile(pdf, 'facture-2026-0002.pdf')]);
		expect(result.error).toBeUndefined();
		const post = lastRequest();
		expect(post.path).toBe(`${base}/invoices/pdf/1001-INV-0002`);
		expect(post.body.name).toBe('facture-2026-0002.pdf');
		expect(Buffer.from(post.body.base64_string, 'base64').equals(pdf)).toBe(true);
		const [stored] = store().attachments['invoice:1001-INV-0002'];
		expect(Buffer.from(stored.base64_string, 'base64').equals(pdf)).toBe(true);
		expect(jsonOf(result.main[0])).toEqual([{ attached: true, invoice_id: '1001-INV-0002', name: 'facture-2026-0002.pdf', bytes: pdf.length }]);
	});

	test('an item without the binary property is refused before anything is sent, saying which item, which property and what it has', async () => {
		const pdf = Buffer.from(samplePdf('x'), 'base64');
		const result = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0002', binaryPropertyName: 'invoicePdf' }, [withFile(pdf, 'a.pdf', 'application/pdf', 'attachment_0')]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Item 0 has no binary property "invoicePdf" [item 0]');
		expect(result.error.description).toMatch(/"attachment_0".*Input Binary Field/);
		const none = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0002' }, [{ json: {} }]);
		expect(none.error.description).toMatch(/carries no file at all/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('a file that is not a PDF is refused before anything is sent', async () => {
		const result = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0002' }, [withFile('<html>not a pdf</html>', 'invoice.html', 'text/html')]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('The file in binary property "data" (invoice.html, text/html) is not a PDF [item 0]');
		expect(accountingRequests()).toHaveLength(0);
	});

	test('the same Idempotency Key twice attaches the PDF once, even when its answer was lost', async () => {
		const pdf = Buffer.from(samplePdf('Brasserie Lefort BR-2026-114'), 'base64');
		const parameters = { invoiceId: '1001-PINV-0002', options: { idempotencyKey: 'mail-8812-pdf' } };
		currentStack().emulator.inject({ method: 'POST', path: `${base}/invoices/pdf/1001-PINV-0002`, status: 502, body: { status: 'error', message: 'Error while trying to reach Exact Online: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' }, afterRoute: true });
		const result = await run('invoice', 'addAttachment', parameters, [withFile(pdf, 'BR-2026-114.pdf')]);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result.main[0])).toEqual([{ attached: true, invoice_id: '1001-PINV-0002', name: 'BR-2026-114.pdf', bytes: pdf.length, already_processed: true }]);
		expect(currentStack().emulator.requestsTo('POST', `${base}/invoices/pdf/1001-PINV-0002`).map((r) => r.status)).toEqual([502, 409]);
		expect(store().attachments['invoice:1001-PINV-0002']).toHaveLength(1);
	});

	test('a key already used to attach a PDF to another invoice is an error, never "attached" for this one', async () => {
		const pdf = Buffer.from(samplePdf('Ticket T12-0458'), 'base64');
		const first = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0002', options: { idempotencyKey: 'mail-9001' }, additionalFields: { overwriteExisting: true } }, [withFile(pdf, 'a.pdf')]);
		expect(first.error).toBeUndefined();
		const other = await run('invoice', 'addAttachment', { invoiceId: '1001-PINV-0002', options: { idempotencyKey: 'mail-9001' }, additionalFields: { overwriteExisting: true } }, [withFile(pdf, 'a.pdf')]);
		expect(other.error).toBeInstanceOf(NodeApiError);
		expect(other.error.message).toMatch(/already used for another request/);
	});

	test('a second PDF needs Overwrite Existing: Chift refuses it otherwise', async () => {
		const pdf = Buffer.from(samplePdf('Invoice 2026-0001 bis'), 'base64');
		const refused = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0001' }, [withFile(pdf, 'bis.pdf')]);
		expect(refused.error).toBeInstanceOf(NodeApiError);
		expect(refused.error.message).toMatch(/already has a PDF/);
		const replaced = await run('invoice', 'addAttachment', { invoiceId: '1001-INV-0001', additionalFields: { overwriteExisting: true } }, [withFile(pdf, 'bis.pdf')]);
		expect(replaced.error).toBeUndefined();
		expect(lastRequest().query).toEqual({ overwrite_existing: 'true' });
	});
});

describe('Attachment → Get Many', () => {
	test('outputs each attached file as n8n binary data', async () => {
		const result = await run('attachment', 'getAll', { documentType: 'invoice', documentId: '1001-PINV-0001', returnAll: true });
		expect(lastRequest().query).toMatchObject({ type: 'invoice', document_id: '1001-PINV-0001' });
		const items = result.main[0];
		expect(items.map((item) => item.json)).toEqual([{ id: '1001-ATT-0002' }, { id: '1001-ATT-0003' }]);
		expect(items[0].binary.data).toMatchObject({ mimeType: 'application/pdf', fileName: 'attachment-1001-ATT-0002.pdf' });
		expect(items[0].binary.data.data).toBe(store().attachments['invoice:1001-PINV-0001'][0].base64_string);
	});

	test('with Output as Binary off, the files stay base64 text in the JSON', async () => {
		const result = await run('attachment', 'getAll', { documentType: 'invoice', documentId: '1001-INV-0001', returnAll: true, binaryOutput: false });
		const [item] = result.main[0];
		expect(item.binary).toBeUndefined();
		expect(item.json.base64_string).toBe(store().attachments['invoice:1001-INV-0001'][0].base64_string);
	});
});

describe('Payment methods, payment terms, outstanding items', () => {
	test('Payment Method → Get Many lists them', async () => {
		const result = await run('paymentMethod', 'getAll', { returnAll: true });
		expect(lastRequest().path).toBe(`${base}/payment-methods`);
		expect(jsonOf(result.main[0]).map((method) => method.id)).toEqual(['PM-BANK', 'PM-CASH', 'PM-BCMC', 'PM-VISA']);
	});

	test('Payment Term → Get Many lists them up to the limit', async () => {
		const result = await run('paymentTerm', 'getAll', { limit: 2 });
		expect(lastRequest().path).toBe(`${base}/payment-terms`);
		expect(jsonOf(result.main[0]).map((term) => term.name)).toEqual(['Immediate payment', '15 days']);
	});

	test('Outstanding Item → Get Many lists what clients owe, posted only unless asked', async () => {
		const posted = await run('outstanding', 'getAll', { type: 'client', returnAll: true });
		expect(lastRequest().query).toMatchObject({ type: 'client', unposted_allowed: 'false' });
		const open = jsonOf(posted.main[0]).filter((item) => item.id.startsWith('1001-'));
		expect(open.map((item) => [item.id, item.open_amount])).toEqual([['1001-CN-0001', -78.4]]);
		expect(open.map((item) => item.id)).not.toContain('1001-INV-0003');
		const all = await run('outstanding', 'getAll', { type: 'client', unpostedAllowed: true, returnAll: true });
		expect(jsonOf(all.main[0]).map((item) => item.id)).toContain('1001-INV-0003');
	});
});

describe('Expense → Create', () => {
	const expense = (extra = {}) => ({
		employeeId: 'EMP-007',
		date: '2026-03-01',
		lines: '={{ $json.receipt.lines }}',
		...extra,
	});
	const receipt = { receipt: { lines: [{ account_number: 604000, tax_id: '21', tax_rate: 21, untaxed_amount: '40', tax_amount: 8.4, total: 48.4 }] } };

	test('sends the lines with the totals added up, and outputs the created expense', async () => {
		const result = await run('expense', 'create', expense(), [{ json: receipt }]);
		expect(lastRequest().body).toEqual({
			employee_id: 'EMP-007',
			date: '2026-03-01',
			currency: 'EUR',
			lines: [{ account_number: '604000', tax_id: '21', tax_rate: 21, untaxed_amount: 40, tax_amount: 8.4, total: 48.4 }],
			untaxed_amount: 40,
			tax_amount: 8.4,
			total: 48.4,
		});
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: expect.stringMatching(/^EXP-/), total: 48.4 });
	});

	test('a line without its account is refused before anything is sent', async () => {
		const result = await run('expense', 'create', expense({ lines: JSON.stringify([{ tax_id: '21', tax_rate: 21, untaxed_amount: 40, tax_amount: 8.4, total: 48.4 }]) }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/line 1 has no account_number/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('the same Idempotency Key twice books it once; with no route to read it back, the repeat says it was already processed', async () => {
		const parameters = expense({ options: { idempotencyKey: 'receipt-2026-03-01-007' } });
		const before = store().expenses.length;
		const first = await run('expense', 'create', parameters, [{ json: receipt }]);
		expect(first.error).toBeUndefined();
		const second = await run('expense', 'create', parameters, [{ json: receipt }]);
		expect(second.error).toBeInstanceOf(NodeApiError);
		expect(second.error.message).toMatch(/already processed/i);
		expect(store().expenses).toHaveLength(before + 1);
	});
});
