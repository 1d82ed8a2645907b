'use strict';
/**
 * Chift Payment through n8n-core's execution engine against the emulator's payment provider
 * (Bistro Central's Mollie): the request each operation sends and what it outputs, filters, paging,
 * list searches. Every exchange is checked against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS } = require('./support');

const handle = useStack();
const run = (resource, operation, parameters = {}, items, options) => handle.stack.runNode('chiftPayment', { resource, operation, ...parameters }, items, options);
const paymentRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/payment/'));
const lastRequest = () => paymentRequests()[paymentRequests().length - 1];
const store = () => handle.stack.emulator.data.payment[CONSUMERS.bistro];
const day = (ago) => new Date(Date.now() - ago * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe('payments and refunds', () => {
	test('Payment Get Many of a period and a location', async () => {
		const result = await run('payment', 'getAll', { returnAll: true, filters: { dateFrom: day(6), dateTo: day(3), locationId: locator('pfl_BistroWeb01', 'list') } });
		expect(jsonOf(result.main[0]).map((payment) => payment.description)).toEqual(['Réservation chambre R-3106 (acompte)', 'Bon cadeau 75 €']);
		expect(jsonOf(result.main[0])[0]).not.toHaveProperty('location_id');
		expect(lastRequest().query).toEqual({ date_from: day(6), date_to: day(3), location_id: 'pfl_BistroWeb01', page: '1', size: '100' });
	});

	test('Payment Get Many with a limit; Get returns one payment', async () => {
		const some = await run('payment', 'getAll', { limit: 3 });
		expect(jsonOf(some.main[0])).toHaveLength(3);
		const one = await run('payment', 'get', { paymentId: locator(store().payments[1].id, 'list') });
		expect(jsonOf(one.main[0])).toEqual([expect.objectContaining({ description: 'Commande à emporter #T-884', amount: 42.5, status: 'completed' })]);
	});

	test('Get of an unknown payment is Chift 404; a payment ID is required', async () => {
		const unknown = await run('payment', 'get', { paymentId: locator('tr_nope') });
		expect(unknown.error).toBeInstanceOf(NodeApiError);
		expect(unknown.error.message).toBe('Payment tr_nope not found');
		handle.stack.emulator.reset();
		const empty = await run('payment', 'get', { paymentId: locator('={{ $json.paymentId }}') });
		expect(empty.error).toBeInstanceOf(NodeOperationError);
		expect(empty.error.message).toBe('Payment is empty [item 0]');
		expect(paymentRequests()).toHaveLength(0);
	});

	test('Refund Get Many of one payment', async () => {
		const paymentId = store().payments[5].id;
		const result = await run('refund', 'getAll', { returnAll: true, filters: { paymentId: locator(paymentId) } });
		expect(jsonOf(result.main[0])).toEqual([expect.objectContaining({ amount: 18.5, payment_id: paymentId })]);
		expect(lastRequest().query).toMatchObject({ payment_id: paymentId });
	});
});

describe('payouts, transactions and balances', () => {
	test('Payout Get Many: the transfers to the bank, each the net of what it settled', async () => {
		const result = await run('payout', 'getAll', { returnAll: true, filters: { dateFrom: day(12), dateTo: day(0) } });
		const payouts = jsonOf(result.main[0]);
		expect(payouts.length).toBeGreaterThan(3);
		expect(payouts.every((payout) => payout.type === 'bank_account' && payout.currency === 'EUR')).toBe(true);
		// What a payout settled: its transactions, read with the payout filter, add up to it.
		const payout = payouts[1];
		const settled = jsonOf((await run('transaction', 'getAll', { returnAll: true, filters: { payoutId: locator(payout.id, 'list'), accountingCategory: 'payment' } })).main[0]);
		const net = settled.reduce((sum, transaction) => sum + transaction.amount - transaction.fee, 0);
		expect(Math.round(net * 100) / 100).toBe(payout.amount);
		expect(lastRequest().query).toMatchObject({ payout_id: payout.id, accounting_category: 'payment' });
	});

	test('Transaction Get Many by balance, kind and starting point', async () => {
		const balanceId = store().balances[0].id;
		const fees = await run('transaction', 'getAll', { returnAll: true, filters: { balanceId: locator(balanceId), accountingCategory: 'payout' } });
		expect(jsonOf(fees.main[0]).every((transaction) => transaction.accounting_category === 'payout' && transaction.amount < 0)).toBe(true);
		const all = jsonOf((await run('transaction', 'getAll', { returnAll: true })).main[0]);
		const after = jsonOf((await run('transaction', 'getAll', { returnAll: true, filters: { startingFrom: all[2].id } })).main[0]);
		expect(after).toEqual(all.slice(3));
	});

	test('an accounting category outside the list is refused before sending', async () => {
		const result = await run('transaction', 'getAll', { filters: { accountingCategory: '={{ "payouts" }}' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/"payouts" is not one of all, fee/);
		expect(paymentRequests()).toHaveLength(0);
	});

	test('Balance and Location Get Many', async () => {
		const balances = jsonOf((await run('balance', 'getAll', { returnAll: true })).main[0]);
		expect(balances).toEqual([expect.objectContaining({ currency: 'EUR', available_amount: expect.any(Number) })]);
		expect(balances[0].available_amount).toBeGreaterThan(0);
		const locations = jsonOf((await run('location', 'getAll', { returnAll: true })).main[0]);
		expect(locations.map((location) => location.name)).toEqual(['bistro-central.example (site web)', 'Bistro Central – terminal de paiement']);
	});

	test("Chift's errors name the payment system", async () => {
		handle.stack.emulator.inject({
			method: 'GET',
			path: /\/payment\/payouts$/,
			status: 502,
			body: { status: 'error', message: 'Error while trying to reach Mollie: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' },
		});
		const result = await run('payout', 'getAll', { options: { retries: 0 } });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.description).toMatch(/The payment system behind this consumer failed/);
	});

	test('list searches of payments, payouts, balances and locations', async () => {
		const search = (method, filter) =>
			handle.stack.harness.listSearch({ type: 'chiftPayment', credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } }, parameters: { consumerId: locator(CONSUMERS.bistro) }, method, filter });
		expect((await search('searchPayments', 'bon cadeau 100')).results).toEqual([{ name: expect.stringMatching(/^Bon cadeau 100 € · \d{4}-\d{2}-\d{2} · 100 EUR$/), value: store().payments[6].id }]);
		expect((await search('searchPayouts', '')).results[0].value).toBe(store().payouts[0].id);
		expect((await search('searchBalances', '')).results).toEqual([{ name: expect.stringMatching(/^bal_gVMhHKqSSRYJyPsu · [\d.]+ EUR$/), value: 'bal_gVMhHKqSSRYJyPsu' }]);
		expect((await search('searchLocations', 'terminal')).results).toEqual([{ name: 'Bistro Central – terminal de paiement', value: 'pfl_BistroTpe02' }]);
	});
});
