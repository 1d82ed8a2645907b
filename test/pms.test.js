'use strict';
/**
 * Chift PMS through n8n-core's execution engine against the emulator's hotel (the guest rooms of
 * Bistro Central on Mews): the request each operation sends and what it outputs, required periods
 * checked before sending, paging, list searches. Every exchange is checked against Chift's
 * OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS } = require('./support');

const handle = useStack();
const run = (resource, operation, parameters = {}, items, options) => handle.stack.runNode('chiftPms', { resource, operation, ...parameters }, items, options);
const pmsRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/pms/'));
const lastRequest = () => pmsRequests()[pmsRequests().length - 1];
const day = (ago) => new Date(Date.now() - ago * 24 * 3600 * 1000).toISOString().slice(0, 10);
const fortnight = { dateFrom: day(20), dateTo: day(0) };

describe('stays, invoices and payments', () => {
	test('Order Get Many: what was consumed in the period, with the stay and its bills', async () => {
		const result = await run('order', 'getAll', { ...fortnight, returnAll: true, filters: { locationId: locator('HTL-BXL-01', 'list') } });
		const orders = jsonOf(result.main[0]);
		expect(orders.map((order) => order.order_number)).toEqual(['R-3101', 'R-3102', 'R-3103', 'R-3104', 'R-3105', 'R-3106']);
		expect(orders[0]).toMatchObject({ guests: 2, reservation: { resource_name: 'Chambre 1' }, bills: [{ invoice_number: '2026-3101' }] });
		expect(lastRequest().query).toEqual({ date_from: day(20), date_to: day(0), location_id: 'HTL-BXL-01', page: '1', size: '100' });
	});

	test('Order Get Many, closed only: the stay still in house is left out', async () => {
		const result = await run('order', 'getAll', { ...fortnight, returnAll: true, filters: { state: 'closed' } });
		expect(jsonOf(result.main[0]).map((order) => order.order_number)).not.toContain('R-3106');
		expect(lastRequest().query).toMatchObject({ state: 'closed' });
	});

	test('the period is required and checked before anything is sent', async () => {
		const missing = await run('order', 'getAll', { dateFrom: day(3), dateTo: '={{ $json.checkOut }}' });
		expect(missing.error).toBeInstanceOf(NodeOperationError);
		expect(missing.error.message).toBe('Date To is empty [item 0]');
		const reversed = await run('invoice', 'getAll', { dateFrom: day(1), dateTo: day(5) });
		expect(reversed.error.message).toMatch(/Date From \(.*\) is after Date To/);
		expect(pmsRequests()).toHaveLength(0);
	});

	test('Invoice Get Many: bills of the period with lines and payments; a limit stops early', async () => {
		const result = await run('invoice', 'getAll', { ...fortnight, limit: 2 });
		const invoices = jsonOf(result.main[0]);
		expect(invoices).toHaveLength(2);
		const [first] = invoices;
		expect(first.items.map((item) => item.description)).toEqual(['Nuitée chambre 1', 'Petit-déjeuner', 'Taxe de séjour']);
		expect(first.total).toBe(308.48); // 2 nights × 118 + 4 breakfasts × 16 + 2 × 4.24 city tax
		expect(first.payments).toEqual([expect.objectContaining({ payment_method_name: 'Carte bancaire (terminal)', total: 308.48 })]);
	});

	test('Payment Get Many and Accounting Transaction Get Many of the period', async () => {
		const payments = jsonOf((await run('payment', 'getAll', { ...fortnight, returnAll: true })).main[0]);
		expect(payments.map((payment) => payment.invoice_ref)).toEqual(['INV-3101', 'INV-3102', 'INV-3103', 'INV-3104', 'INV-3105']);
		const postings = jsonOf((await run('accountingTransaction', 'getAll', { ...fortnight, returnAll: true, filters: { locationId: locator('HTL-BXL-01') } })).main[0]);
		const firstInvoice = postings.filter((posting) => posting.group_id === 'INV-3101');
		// Revenue + VAT + city tax lines balance the payment.
		expect(firstInvoice.reduce((sum, posting) => Math.round((sum + posting.amount) * 100) / 100, 0)).toBe(0);
		expect(firstInvoice.map((posting) => posting.ledger_account_code)).toEqual(['700100', '451000', '700200', '451000', '453100', '580000']);
	});

	test('Closure Get: a past day is closed by the night audit with its payments', async () => {
		const result = await run('closure', 'get', { date: `${day(3)}T00:00:00`, filters: { locationId: locator('HTL-BXL-01') } });
		const [closure] = jsonOf(result.main[0]);
		expect(closure).toMatchObject({ date: day(3), status: 'closed', closures: [{ payments: [{ payment_method_id: 'pm-card' }] }] });
		expect(lastRequest().path).toBe(`/consumers/${CONSUMERS.bistro}/pms/closures/${day(3)}`);
	});
});

describe('customers and reference lists', () => {
	test('Customer Get Many searches; Get returns one', async () => {
		const found = await run('customer', 'getAll', { returnAll: true, filters: { search: 'acme' } });
		expect(jsonOf(found.main[0])).toEqual([expect.objectContaining({ id: 'C-2001', company_name: 'Acme Consulting SA', is_company: true })]);
		const byEmail = await run('customer', 'getAll', { returnAll: true, filters: { email: 'sophie.martin@example.fr', phone: '+33611223344' } });
		expect(jsonOf(byEmail.main[0]).map((customer) => customer.id)).toEqual(['G-10453']);
		expect(lastRequest().query).toMatchObject({ email: 'sophie.martin@example.fr', phone: '+33611223344' });
		const one = await run('customer', 'get', { customerId: locator('G-10454', 'list') });
		expect(jsonOf(one.main[0])[0]).toMatchObject({ last_name: 'Müller', addresses: [expect.objectContaining({ city: 'Köln' })] });
	});

	test('an email that is not one is refused before sending', async () => {
		const result = await run('customer', 'getAll', { filters: { email: 'sophie at example' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(pmsRequests()).toHaveLength(0);
	});

	test('Get of an unknown customer is Chift 404', async () => {
		const result = await run('customer', 'get', { customerId: locator('G-0') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Customer G-0 not found');
	});

	test.each([
		['location', {}, ['HTL-BXL-01']],
		['paymentMethod', { filters: { locationId: locator('HTL-BXL-01') } }, ['pm-card', 'pm-cash', 'pm-transfer', 'pm-ota']],
		['accountingCategory', {}, ['acc-room', 'acc-breakfast', 'acc-minibar', 'acc-citytax']],
		['tax', {}, ['vat-6', 'vat-12', 'vat-21', 'city-bxl']],
	])('%s Get Many', async (resource, parameters, ids) => {
		const result = await run(resource, 'getAll', { returnAll: true, ...parameters });
		expect(jsonOf(result.main[0]).map((record) => record.id)).toEqual(ids);
	});

	test('list searches of customers (by Chift) and locations', async () => {
		const search = (method, filter) =>
			handle.stack.harness.listSearch({ type: 'chiftPms', credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } }, parameters: { consumerId: locator(CONSUMERS.bistro) }, method, filter });
		expect((await search('searchCustomers', 'peeters')).results).toEqual([{ name: 'Jan Peeters (jan.peeters@example.be)', value: 'G-10452' }]);
		expect(lastRequest().query).toMatchObject({ search: 'peeters' });
		expect((await search('searchLocations', '')).results).toEqual([{ name: 'Bistro Central – Chambres', value: 'HTL-BXL-01' }]);
	});
});
