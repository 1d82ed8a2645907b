'use strict';
/**
 * The example flows of examples/, imported into a real n8n 2.8.4 as `npm start` imports them (with
 * the credential they name, pointing at the emulator) and run: what each sends to Chift, what it
 * outputs, and that running it again changes nothing that should happen once.
 */
const fs = require('node:fs');
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const {
	outputItems,
	executeAndRecord,
	expectSuccess,
	TIMEOUTS,
	useN8nStack,
} = require('./lib/scenarios');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const example = (name) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.workflow.json`), 'utf8'));
const EXAMPLES = Object.fromEntries(['pos-sales-to-journal-entry', 'shop-order-to-invoice', 'payout-bank-reconciliation'].map((name) => [name, example(name)]));
const EXAMPLE_CREDENTIAL = { id: 'chiftEmulatorCred', name: 'Chift (offline emulator)' };
const cents = (amount) => Math.round(Number(amount) * 100);

describe(`the example flows in n8n ${DEFAULT_VERSION}`, () => {
	const context = useN8nStack({
		credentials: [EXAMPLE_CREDENTIAL],
		workflows: Object.values(EXAMPLES),
	});
	const run = (name) => executeAndRecord(context, EXAMPLES[name].id);

	test('the POS → Accounting example posts yesterday\'s POS sales as one balanced journal entry, once however often it runs', async () => {
		const entries = () => context.emulator.data.accounting[CONSUMERS.bistro].stores['1001'].journalEntries;
		const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
		const result = await run('pos-sales-to-journal-entry');
		expectSuccess(result);
		const sales = result.requests.find((r) => r.path.endsWith('/pos/sales'));
		expect(sales.query).toMatchObject({ date_from: yesterday, date_to: yesterday });
		const post = result.requests.find((r) => r.method === 'POST' && r.path.endsWith('/accounting/journal-entries'));
		expect(post.status).toBe(200);
		expect(post.body).toMatchObject({ journal_id: 'VEN', number: `POS-${yesterday}`, date: yesterday, currency: 'EUR' });
		const cents = (field) => post.body.items.reduce((sum, line) => sum + Math.round(line[field] * 100), 0);
		expect(cents('debit')).toBe(cents('credit'));
		const sale = JSON.parse(sales.responseText);
		expect(cents('debit')).toBe(sale.taxes.reduce((sum, tax) => sum + Math.round(tax.total * 100), 0));
		expect(post.headers['x-chift-client-requestid']).toBe(`pos-day-${yesterday}-journal-entry`);
		const [posted] = outputItems(result.run, 'Post the day in accounting').map((item) => item.json);
		expect(posted).toMatchObject({ name: `POS-${yesterday}`, journal_id: 'VEN' });

		const again = await run('pos-sales-to-journal-entry');
		expectSuccess(again);
		expect(outputItems(again.run, 'Post the day in accounting')[0].json.id).toBe(posted.id);
		expect(entries().filter((entry) => entry.name === `POS-${yesterday}`)).toHaveLength(1);
	});
	test('web shop orders → invoices: each confirmed or shipped order of the last 2 days becomes one invoice of its customer, once', async () => {
		const shop = context.emulator.data.commerce[CONSUMERS.bakery];
		const since = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		const expected = shop.orders.filter((order) => order.created_on.slice(0, 10) >= since && ['confirmed', 'shipped'].includes(order.status));
		expect(expected.length).toBeGreaterThan(0);
		const result = await run('shop-order-to-invoice');
		expectSuccess(result);
		const invoices = outputItems(result.run, 'Invoice of the order').map((item) => item.json);
		expect(invoices).toHaveLength(expected.length);
		const posts = result.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/invoicing/invoices'));
		expect(posts.map((post) => post.headers['x-chift-client-requestid'])).toEqual(expected.map((order) => `shop-order-${order.id}-invoice`));
		for (const [index, post] of posts.entries()) {
			const order = expected[index];
			expect(post.body.lines.map((line) => cents(line.total))).toEqual(order.lines.map((line) => cents(line.total)));
		}
		const again = await run('shop-order-to-invoice');
		expectSuccess(again);
		expect(outputItems(again.run, 'Invoice of the order').map((item) => item.json.id)).toEqual(invoices.map((invoice) => invoice.id));
		const stored = context.emulator.data.invoicing[CONSUMERS.bakery].invoices;
		for (const invoice of invoices) expect(stored.filter((candidate) => candidate.id === invoice.id)).toHaveLength(1);
	});

	test("payout → bank reconciliation: every paid payout of the week is found on the bank account, the one in transit is not", async () => {
		const result = await run('payout-bank-reconciliation');
		expectSuccess(result);
		const lines = outputItems(result.run, 'Reconcile').map((item) => item.json);
		const payouts = context.emulator.data.payment[CONSUMERS.bistro].payouts;
		const since = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
		const week = payouts.filter((payout) => payout.payment_date >= since);
		expect(lines.map((line) => line.payout_id)).toEqual(week.map((payout) => payout.id));
		for (const line of lines) {
			const paid = week.find((payout) => payout.id === line.payout_id).status === 'paid';
			expect([line.payout_id, line.reconciled]).toEqual([line.payout_id, paid]);
		}
		expect(lines.some((line) => line.reconciled)).toBe(true);
	});

	test("every request n8n sent and every answer of the emulator follows Chift's OpenAPI document", () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
