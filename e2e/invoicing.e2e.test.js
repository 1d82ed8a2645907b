'use strict';
/**
 * Chift Invoicing in a real n8n 2.8.4, installed as a community package with the rest of the
 * package, against the emulator: invoices created from items (exactly once, a bad line to the error
 * output unsent), a PDF uploaded from binary data made by an earlier node, an invoice's PDF read as
 * binary data, and every exchange checked against Chift's OpenAPI document.
 */
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const {
	buildWorkflow,
	outputItems,
	executeAndRecord,
	expectSuccess,
	NAMES,
	TIMEOUTS,
	useN8nStack,
	locator,
} = require('./lib/scenarios');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { samplePdf } = require('../test/emulator/kit');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const INVOICING = 'n8n-nodes-chift.chiftInvoicing';
const CREDENTIAL = { id: 'chiftE2eInvoice1', name: 'Chift invoicing e2e' };

/** The workflow's Code node outputs these items with a PDF each in the binary property `data`. */
function withPdfItems(workflow, documents) {
	const code = workflow.nodes.find((node) => node.name === NAMES.items);
	const items = documents.map(({ text, fileName }) => ({ json: { fileName }, binary: { data: { data: samplePdf(text), mimeType: 'application/pdf', fileName } } }));
	code.parameters.jsCode = `return ${JSON.stringify(items)};`;
	return workflow;
}

const WORKFLOWS = {
	createInvoices: buildWorkflow({
		id: 'e2eInvCreate0001',
		nodeType: INVOICING,
		resource: 'invoice',
		operation: 'create',
		items: [
			{ order: '#2001', customer: '103', lines: [{ name: 'Menu du jour', quantity: 2, unit_price: 18.5, tax: 4.44, total: 41.44 }] },
			{ order: '#2002', customer: '101', lines: [{ name: 'Buffet', quantity: 10, unit_price: 32, tax: 38.4, total: 400 }] },
		],
		parameters: {
			invoiceType: 'customer_invoice',
			status: 'posted',
			contactId: locator('={{ $json.customer }}'),
			invoiceDate: '2026-11-20',
			currency: 'EUR',
			lines: '={{ $json.lines.map(l => ({ description: l.name, quantity: l.quantity, unit_price: l.unit_price, untaxed_amount: l.quantity * l.unit_price, tax_rate: 12, tax_amount: l.tax, total: l.total })) }}',
			additionalFields: { reference: '={{ $json.order }}' },
			options: { idempotencyKey: '={{ "e2e-invoice-" + $json.order }}' },
		},
		credential: CREDENTIAL,
		onError: 'continueErrorOutput',
	}),
	uploadDocument: withPdfItems(
		buildWorkflow({
			id: 'e2eInvUpload0001',
			nodeType: INVOICING,
			resource: 'document',
			operation: 'upload',
			items: [{}],
			parameters: { documentType: 'supplier_document' },
			credential: CREDENTIAL,
		}),
		[{ text: 'Facture Brasserie Lefort LEF-90012', fileName: 'LEF-90012.pdf' }],
	),
	invoicePdf: buildWorkflow({
		id: 'e2eInvGetPdf0001',
		nodeType: INVOICING,
		resource: 'invoice',
		operation: 'get',
		items: [{ id: '2002' }],
		parameters: { invoiceId: locator('={{ $json.id }}'), includePdf: true },
		credential: CREDENTIAL,
	}),
};

describe(`Chift Invoicing in n8n ${DEFAULT_VERSION}`, () => {
	const context = useN8nStack({
		credentials: [CREDENTIAL],
		workflows: Object.values(WORKFLOWS),
	});
	const run = (key) => executeAndRecord(context, WORKFLOWS[key].id);
	const store = () => context.emulator.data.invoicing[CONSUMERS.bistro];

	test('Invoice → Create from items: totals from the lines, exactly once; a line that does not add up goes to the error output unsent', async () => {
		const result = await run('createInvoices');
		expectSuccess(result);
		const created = outputItems(result.run, NAMES.created).map((item) => item.json);
		expect(created).toHaveLength(1);
		expect(created[0]).toMatchObject({ reference: '#2001', partner_id: '103', untaxed_amount: 37, tax_amount: 4.44, total: 41.44 });
		const failed = outputItems(result.run, NAMES.failed).map((item) => item.json);
		expect(failed).toHaveLength(1);
		expect(failed[0].error).toMatch(/Lines, line 1: untaxed_amount 320 \+ tax_amount 38.4 is not its total 400/);
		const posts = result.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/invoicing/invoices'));
		expect(posts.map((post) => post.body.reference)).toEqual(['#2001']);
		expect(posts[0].headers['x-chift-client-requestid']).toBe('e2e-invoice-#2001');

		const again = await run('createInvoices');
		expectSuccess(again);
		expect(outputItems(again.run, NAMES.created)[0].json.id).toBe(created[0].id);
		expect(store().invoices.filter((entry) => entry.reference === '#2001')).toHaveLength(1);
	});

	test('Document → Upload sends the PDF an earlier node made, intact', async () => {
		const result = await run('uploadDocument');
		expectSuccess(result);
		const post = result.requests.find((r) => r.method === 'POST' && r.path.endsWith('/invoicing/upload-document'));
		expect(post.status).toBe(201);
		expect(post.body.document_type).toBe('supplier_document');
		expect(post.body.base64_string).toBe(samplePdf('Facture Brasserie Lefort LEF-90012'));
		expect(outputItems(result.run, NAMES.chift)[0].json).toMatchObject({ invoice_type: 'supplier_invoice', status: 'draft' });
	});

	test("Invoice → Get with Include PDF: the PDF is the output item's binary data", async () => {
		const result = await run('invoicePdf');
		expectSuccess(result);
		const [item] = outputItems(result.run, NAMES.chift);
		expect(item.json).toMatchObject({ id: '2002', invoice_number: 'F2026-0042' });
		expect(item.json.pdf).toBeUndefined();
		expect(item.binary.data).toMatchObject({ fileName: 'invoice-F2026-0042.pdf', mimeType: 'application/pdf' });
	});

	test("every request n8n sent and every answer of the emulator follows Chift's OpenAPI document", () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
