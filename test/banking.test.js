'use strict';
/**
 * Chift Banking through n8n-core's execution engine against the emulator: the request each of the
 * 6 operations sends and what it outputs, paging, validation before sending, attachments as n8n
 * binary data, and the list of the Account locator. Every exchange is checked against Chift's
 * OpenAPI document in stop().
 */
const { NodeApiError } = require('n8n-workflow');

const { useStack, locator, jsonOf, CONSUMERS } = require('./support');
const { ACCOUNTS } = require('./emulator/banking');

const handle = useStack();
const run = (resource, operation, parameters = {}, items, options) =>
	handle.stack.runNode('chiftBanking', { resource, operation, ...parameters }, items, options);
const base = `/consumers/${CONSUMERS.bistro}/banking`;
const bankingRequests = () => handle.stack.emulator.requests.filter((r) => r.path.includes('/banking/'));
const lastRequest = () => bankingRequests()[bankingRequests().length - 1];
const store = () => handle.stack.emulator.data.banking[CONSUMERS.bistro];
const transactionsOf = (account) => store().transactions.filter((entry) => entry.bank_account_id === account);

describe('Account and Financial Institution', () => {
	test('Get Many accounts, with balances and IBANs', async () => {
		const result = await run('account', 'getAll', { returnAll: true });
		expect(lastRequest()).toMatchObject({ path: `${base}/accounts`, query: { page: '1', size: '100' } });
		const accounts = jsonOf(result.main[0]);
		expect(accounts.map((entry) => entry.reference)).toEqual(['BE68539007547034', 'BE71096123456769', 'FR7616958000013456789012345']);
		// 23,500 opening, the 1,500 saved from the current account, and the online payment provider's payouts.
		const savings = store().transactions.filter((entry) => entry.bank_account_id === ACCOUNTS.savings && entry.status === 'completed');
		const expected = Math.round((23500 + savings.reduce((sum, entry) => sum + entry.amount, 0)) * 100) / 100;
		expect(savings.filter((entry) => entry.counterpart_name === 'Mollie B.V.').length).toBeGreaterThan(0);
		expect(accounts[1]).toMatchObject({ description: 'Compte épargne', current_balance: expected, reference_type: 'IBAN' });
	});

	test('Get Many financial institutions', async () => {
		const result = await run('financialInstitution', 'getAll', { limit: 2 });
		expect(lastRequest()).toMatchObject({ path: `${base}/financial-institutions`, query: { page: '1', size: '2' } });
		expect(jsonOf(result.main[0])).toEqual([
			{ id: 'fi-bnp-fortis', bic: 'GEBABEBB', country: 'BE', name: 'BNP Paribas Fortis' },
			{ id: 'fi-belfius', bic: 'GKCCBEBB', country: 'BE', name: 'Belfius Banque' },
		]);
	});
});

describe('Transaction', () => {
	test('Get Many of one account reads every page (Return All), in order', async () => {
		const result = await run('transaction', 'getAll', { accountId: locator(ACCOUNTS.current, 'list'), returnAll: true, options: { concurrency: 1 } });
		const all = transactionsOf(ACCOUNTS.current);
		expect(all.length).toBeGreaterThan(30);
		expect(jsonOf(result.main[0]).map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
		expect(bankingRequests()[0].query).toEqual({ account_id: ACCOUNTS.current, page: '1', size: '100' });
	});

	test('Get Many with a Limit of 25 reads one page of 25', async () => {
		const result = await run('transaction', 'getAll', { accountId: locator(ACCOUNTS.current), limit: 25 });
		expect(jsonOf(result.main[0])).toHaveLength(25);
		expect(bankingRequests().map((r) => r.query.size)).toEqual(['25']);
	});

	test('filters: dates by execution date, updated after', async () => {
		const day = store().transactions.find((entry) => entry.description === 'HOTEL LE LION SA').value_date.slice(0, 10);
		const result = await run('transaction', 'getAll', {
			accountId: locator(ACCOUNTS.current),
			returnAll: true,
			filters: { dateFrom: day, dateTo: day, dateType: 'execution_date', updatedAfter: '2000-01-01' },
		});
		expect(lastRequest().query).toEqual({ account_id: ACCOUNTS.current, date_from: day, date_to: day, date_type: 'execution_date', updated_after: '2000-01-01', page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((entry) => entry.counterpart_name)).toContain('Hotel Le Lion SA');
		expect(jsonOf(result.main[0])[0]).not.toHaveProperty('attachments');
	});

	test('an unknown account is Chift 404; a missing one is refused before sending', async () => {
		const unknown = await run('transaction', 'getAll', { accountId: locator('nope') });
		expect(unknown.error).toBeInstanceOf(NodeApiError);
		expect(unknown.error.message).toBe('Bank account nope not found');
		handle.stack.emulator.reset();
		const missing = await run('transaction', 'getAll', { accountId: locator('={{ $json.account }}') });
		expect(missing.error.message).toBe('Account is empty [item 0]');
		expect(bankingRequests()).toHaveLength(0);
	});
});

describe('Counterpart', () => {
	test('Get Many of one account in a period', async () => {
		const result = await run('counterpart', 'getAll', { returnAll: true, filters: { accountId: locator(ACCOUNTS.events, 'list'), dateFrom: '2000-01-01' } });
		expect(lastRequest().query).toEqual({ account_id: ACCOUNTS.events, date_from: '2000-01-01', page: '1', size: '100' });
		expect(jsonOf(result.main[0])).toEqual([{ name: 'Traiteur Dupont SRL', reference: 'FR7630006000011234567890189', details: 'Acompte F2026-0042' }]);
	});

	test('Get Many of every account', async () => {
		const result = await run('counterpart', 'getAll', { returnAll: true });
		expect(lastRequest().query).toEqual({ page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((entry) => entry.name)).toEqual(expect.arrayContaining(['Worldline SA/NV', 'Immo Sablon SA', 'Traiteur Dupont SRL']));
	});
});

describe('Opening Balance', () => {
	test('Get: the balance at the start of the day is the one before plus the transactions valued before it', async () => {
		const today = await run('openingBalance', 'get', { accountId: locator(ACCOUNTS.savings), date: '2099-01-01' });
		expect(lastRequest()).toMatchObject({ path: `${base}/opening-balance`, query: { account_id: ACCOUNTS.savings, date: '2099-01-01' } });
		const all = store().transactions.filter((entry) => entry.bank_account_id === ACCOUNTS.savings && entry.status === 'completed');
		const balance = Math.round((23500 + all.reduce((sum, entry) => sum + entry.amount, 0)) * 100) / 100;
		expect(jsonOf(today.main[0])).toEqual([{ account_id: ACCOUNTS.savings, date: '2099-01-01', opening_balance: balance, currency: 'EUR' }]);
		const before = await run('openingBalance', 'get', { accountId: locator(ACCOUNTS.savings), date: '={{ $json.day }}' }, [{ json: { day: '2000-01-01T00:00:00.000Z' } }]);
		expect(jsonOf(before.main[0])[0]).toMatchObject({ date: '2000-01-01', opening_balance: 23500 });
	});

	test('the date is required and must be a day', async () => {
		const result = await run('openingBalance', 'get', { accountId: locator(ACCOUNTS.savings), date: '={{ $json.day }}' }, [{ json: { day: 'yesterday' } }]);
		expect(result.error.message).toMatch(/^Date "yesterday"|^Date .*yesterday/);
		expect(bankingRequests()).toHaveLength(0);
	});
});

describe('Attachment', () => {
	test("Get Many: each file of the transaction becomes binary data of its own item", async () => {
		const transaction = store().transactions.find((entry) => entry.attachments.length);
		const result = await run('attachment', 'getAll', { transactionId: '={{ $json.id }}', returnAll: true }, [{ json: { id: transaction.id } }]);
		expect(lastRequest().query).toEqual({ transaction_id: transaction.id, page: '1', size: '100' });
		const [item] = result.main[0];
		expect(item.json).toEqual({ id: transaction.attachments[0].id });
		expect(item.binary.data).toMatchObject({ fileName: `attachment-${transaction.attachments[0].id}.pdf`, mimeType: 'application/pdf' });
		expect(item.binary.data.data).toBe(transaction.attachments[0].base64_string);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('Output as Binary off keeps the base64 text; another output field name is used when set', async () => {
		const transaction = store().transactions.find((entry) => entry.attachments.length);
		const text = await run('attachment', 'getAll', { transactionId: transaction.id, returnAll: true, binaryOutput: false });
		expect(jsonOf(text.main[0])[0].base64_string).toBe(transaction.attachments[0].base64_string);
		const named = await run('attachment', 'getAll', { transactionId: transaction.id, returnAll: true, binaryPropertyOutput: 'receipt' });
		expect(Object.keys(named.main[0][0].binary)).toEqual(['receipt']);
	});

	test('a transaction without files outputs nothing; without an ID nothing is sent', async () => {
		const bare = store().transactions.find((entry) => !entry.attachments.length);
		const none = await run('attachment', 'getAll', { transactionId: bare.id, returnAll: true });
		expect(none.main[0]).toEqual([]);
		handle.stack.emulator.reset();
		const missing = await run('attachment', 'getAll', { transactionId: '={{ $json.id }}' });
		expect(missing.error.message).toBe('Transaction ID is empty [item 0]');
		expect(bankingRequests()).toHaveLength(0);
	});
});

describe('errors and lists', () => {
	test("a 502 of the bank connection is Chift's error, retried, then reported naming the system", async () => {
		handle.stack.emulator.inject({
			method: 'GET',
			path: /\/banking\/accounts$/,
			status: 502,
			times: 2,
			body: { status: 'error', message: 'Error while trying to reach Ponto: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' },
		});
		const retried = await run('account', 'getAll', { options: { retries: 2 } });
		expect(retried.error).toBeUndefined();
		expect(jsonOf(retried.main[0])).toHaveLength(3);
		handle.stack.emulator.inject({ method: 'GET', path: /\/banking\/accounts$/, status: 502, body: { status: 'error', message: 'Error while trying to reach Ponto: timeout', error_code: 'ERROR_CONNECTOR_TIMEOUT', detail: '' } });
		const failed = await run('account', 'getAll', { options: { retries: 0 } }, [{ json: {} }], { onError: 'continueErrorOutput' });
		expect(failed.main[1].map((item) => item.json.error)).toEqual(['Error while trying to reach Ponto: timeout']);
	});

	test('a consumer without a banking connection gets Chift\'s answer', async () => {
		const result = await run('account', 'getAll', { consumerId: locator(CONSUMERS.bakery) });
		expect(result.error.message).toBe('No active connection found for the API Banking');
	});

	test('the Account list searches the accounts by name and IBAN', async () => {
		const { results } = await handle.stack.harness.listSearch({
			type: 'chiftBanking',
			method: 'searchAccounts',
			filter: 'fr76',
			parameters: { consumerId: locator(CONSUMERS.bistro), resource: 'transaction', operation: 'getAll' },
			credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } },
		});
		expect(results).toEqual([{ name: 'Qonto événements FR7616958000013456789012345 EUR', value: ACCOUNTS.events }]);
	});
});
