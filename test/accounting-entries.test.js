'use strict';
/**
 * Chift Accounting, entries: journal entries (with the POS day posted as one balanced entry),
 * financial entries, matching, miscellaneous operations, journals, bank accounts and statements,
 * the FEC export; through n8n-core's execution engine against the emulator. Lines are checked
 * before anything is sent; every exchange is checked against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { accountingSuite, locator, jsonOf, CONSUMERS } = require('./support');

const { stack, run, accountingRequests, lastRequest, store } = accountingSuite();
const base = `/consumers/${CONSUMERS.bistro}/accounting`;
const day = (days) => new Date(stack().emulator.today.getTime() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
const failure = (result) => `${result.error?.message} ${result.error?.description ?? ''}`;

/** Yesterday's POS sales, one item per tax rate, as a report node would give them. */
const posSales = [
	{ json: { tax_rate: 21, net: 82.64, vat: 17.36 } },
	{ json: { tax_rate: 12, net: 44.64, vat: 5.36 } },
	{ json: { tax_rate: 6, net: 235.85, vat: 14.15 } },
];
/** The entry's lines from every input item: the cash received, and sales and VAT per rate. */
const linesFromAllItems =
	"={{ [{ account: '570000', debit: $input.all().reduce((sum, item) => sum + item.json.net + item.json.vat, 0), description: 'POS cash' }]" +
	".concat($input.all().flatMap((item) => [" +
	"{ account: '700000', credit: item.json.net, description: 'Sales ' + item.json.tax_rate + '%' }," +
	"{ account: '451000', credit: item.json.vat, description: 'VAT ' + item.json.tax_rate + '%' }])) }}";
const posEntry = (extra = {}) => ({
	journalId: locator('VEN', 'list'),
	number: `POS-${day(1)}`,
	date: day(1),
	currency: 'EUR',
	lines: linesFromAllItems,
	...extra,
});

describe('Journal Entry: Create', () => {
	test('the POS day as one balanced entry, its lines mapped from every input item by expression', async () => {
		const result = await run('journalEntry', 'create', posEntry({ additionalFields: { reference: 'Z-report 0412' } }), posSales, { node: { executeOnce: true } });
		expect(result.error).toBeUndefined();
		const posts = stack().emulator.requestsTo('POST', `${base}/journal-entries`);
		expect(posts).toHaveLength(1);
		expect(posts[0].body).toEqual({
			journal_id: 'VEN',
			number: `POS-${day(1)}`,
			date: day(1),
			currency: 'EUR',
			reference: 'Z-report 0412',
			items: [
				{ account_type: 'general_account', account: '570000', debit: 400, credit: 0, description: 'POS cash' },
				{ account_type: 'general_account', account: '700000', debit: 0, credit: 82.64, description: 'Sales 21%' },
				{ account_type: 'general_account', account: '451000', debit: 0, credit: 17.36, description: 'VAT 21%' },
				{ account_type: 'general_account', account: '700000', debit: 0, credit: 44.64, description: 'Sales 12%' },
				{ account_type: 'general_account', account: '451000', debit: 0, credit: 5.36, description: 'VAT 12%' },
				{ account_type: 'general_account', account: '700000', debit: 0, credit: 235.85, description: 'Sales 6%' },
				{ account_type: 'general_account', account: '451000', debit: 0, credit: 14.15, description: 'VAT 6%' },
			],
		});
		const [created] = jsonOf(result.main[0]);
		expect(jsonOf(result.main[0])).toHaveLength(1);
		expect(created).toMatchObject({ journal_id: 'VEN', name: `POS-${day(1)}`, date: day(1), posted: true });
		expect(created.items.map((item) => [item.account_number, item.account_name, item.debit, item.credit])).toContainEqual(['451000', 'TVA à payer', 0, 17.36]);
		expect(store().journalEntries.find((entry) => entry.id === created.id)).toBeTruthy();
	});

	test('an entry that does not balance is refused before anything is sent, saying which item and by how much', async () => {
		// One entry per item (a POS day each); the third day's VAT is 0.50 short of its cash.
		const days = [
			{ json: { day: 'T1', cash: 121, sales: 100, vat: 21 } },
			{ json: { day: 'T2', cash: 60.5, sales: 50, vat: 10.5 } },
			{ json: { day: 'T3', cash: 121, sales: 100, vat: 20.5 } },
		];
		const perDay = "={{ [{ account: '570000', debit: $json.cash }, { account: '700000', credit: $json.sales }, { account: '451000', credit: $json.vat }] }}";
		const result = await run('journalEntry', 'create', posEntry({ number: "={{ 'POS-' + $json.day }}", lines: perDay }), days, { onError: 'continueRegularOutput' });
		const outputs = result.main[0];
		expect(outputs[0].json).toMatchObject({ name: 'POS-T1' });
		expect(outputs[1].json).toMatchObject({ name: 'POS-T2' });
		expect(outputs[2].json.error).toBe('Lines do not balance: debit 121.00, credit 120.50, the debit side is 0.50 more [item 2]');
		expect(outputs[2].error.description).toMatch(/add a line of 0\.50 on the credit side/);
		expect(stack().emulator.requestsTo('POST', `${base}/journal-entries`).map((post) => post.body.number)).toEqual(['POS-T1', 'POS-T2']);

		// One entry from every item: the Z report's total (on the first item) against the sales lines.
		stack().emulator.reset();
		const sales = posSales.map((item, index) => ({ json: { ...item.json, z_total: index === 0 ? 400.75 : undefined } }));
		const lines = linesFromAllItems.replace("$input.all().reduce((sum, item) => sum + item.json.net + item.json.vat, 0)", '$input.first().json.z_total');
		const offByCents = await run('journalEntry', 'create', posEntry({ number: 'POS-T4', lines }), sales, { node: { executeOnce: true } });
		expect(offByCents.error).toBeInstanceOf(NodeOperationError);
		expect(offByCents.error.message).toBe('Lines do not balance: debit 400.75, credit 400.00, the debit side is 0.75 more [item 0]');
		expect(accountingRequests()).toHaveLength(0);
	});

	test.each([
		['a line without an account', [{ account: '570000', debit: 10 }, { credit: 10 }], /Lines, line 2 has no account/],
		['an amount that is not a number', [{ account: '570000', debit: '10,5x' }, { account: '700000', credit: 10 }], /line 1: debit "10,5x" is not a number/],
		['a line with a debit and a credit', [{ account: '570000', debit: 10, credit: 10 }, { account: '700000', credit: 10 }], /line 1 has both a debit \(10\) and a credit \(10\)/],
		['an unknown account type', [{ account: '570000', debit: 10, account_type: 'bank' }, { account: '700000', credit: 10 }], /account_type "bank" is not one of general_account/],
		['a single line', [{ account: '570000', debit: 0.01 }], /Lines has 1 line, Chift needs at least 2/],
		['a tax amount that is not a number', [{ account: '570000', debit: 12.1 }, { account: '700000', credit: 10, tax_info: { tax_code: '21', tax_amount: 'two' } }], /tax_info\.tax_amount "two" is not a number/],
	])('%s is refused before sending, naming the line', async (_case, lines, message) => {
		const result = await run('journalEntry', 'create', posEntry({ lines: JSON.stringify(lines) }));
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(message);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('amounts as text and a tax amount on its line are read as numbers and counted in the balance', async () => {
		const lines = [
			{ account: '1001-CLI-002', account_type: 'customer_account', debit: '121.00' },
			{ account: '700000', credit: '100', tax_code: '21', tax_info: { tax_code: '21', tax_amount: '21' } },
		];
		const result = await run('journalEntry', 'create', posEntry({ number: 'F2026-0100', lines: JSON.stringify(lines) }));
		expect(result.error).toBeUndefined();
		expect(lastRequest().body.items).toEqual([
			{ account_type: 'customer_account', account: '1001-CLI-002', debit: 121, credit: 0 },
			{ account_type: 'general_account', account: '700000', debit: 0, credit: 100, tax_code: '21', tax_info: { tax_code: '21', tax_amount: 21 } },
		]);
		expect(jsonOf(result.main[0])[0].items[0]).toMatchObject({ account_number: '400002', partner_id: '1001-CLI-002', debit: 121 });
	});

	test("the same day's entry is posted once with the same Idempotency Key", async () => {
		const parameters = posEntry({ number: `POS-${day(2)}`, options: { idempotencyKey: `pos-day-${day(2)}` } });
		const first = await run('journalEntry', 'create', parameters, posSales, { node: { executeOnce: true } });
		const second = await run('journalEntry', 'create', parameters, posSales, { node: { executeOnce: true } });
		expect(second.error).toBeUndefined();
		expect(jsonOf(second.main[0])[0].id).toBe(jsonOf(first.main[0])[0].id);
		expect(store().journalEntries.filter((entry) => entry.name === `POS-${day(2)}`)).toHaveLength(1);
	});

	test('an answer lost after Chift posted the entry is recovered: the entry is read back, not posted twice', async () => {
		stack().emulator.inject({ method: 'POST', path: `${base}/journal-entries`, status: 502, body: { status: 'error', message: 'Bad gateway', detail: '' }, afterRoute: true });
		const result = await run('journalEntry', 'create', posEntry({ number: `POS-${day(3)}` }), posSales, { node: { executeOnce: true } });
		expect(result.error).toBeUndefined();
		const [recovered] = jsonOf(result.main[0]);
		expect(recovered).toMatchObject({ name: `POS-${day(3)}`, journal_id: 'VEN' });
		expect(stack().emulator.requestsTo('GET', `${base}/journal/entries/${recovered.id}`)).toHaveLength(1);
		expect(store().journalEntries.filter((entry) => entry.name === `POS-${day(3)}`)).toHaveLength(1);
	});

	test('a lost answer in one folder of a consumer with several is read back in that folder', async () => {
		const bakery = `/consumers/${CONSUMERS.bakery}/accounting`;
		stack().emulator.inject({ method: 'POST', path: `${bakery}/journal-entries`, status: 502, body: { status: 'error', message: 'Bad gateway', detail: '' }, afterRoute: true });
		const parameters = posEntry({ consumerId: locator(CONSUMERS.bakery), folderId: locator('8', 'list'), number: 'POS-BAKERY-LOST' });
		const result = await run('journalEntry', 'create', parameters, posSales, { node: { executeOnce: true } });
		expect(result.error).toBeUndefined();
		const [recovered] = jsonOf(result.main[0]);
		const readBack = stack().emulator.requestsTo('GET', `${bakery}/journal/entries/${recovered.id}`);
		expect(readBack.map((request) => [request.query.folder_id, request.status])).toEqual([['8', 200]]);
		expect(store(CONSUMERS.bakery, '8').journalEntries.filter((entry) => entry.name === 'POS-BAKERY-LOST')).toHaveLength(1);
	});

	test("Chift's refusal (an unknown journal) comes back as its error, with continue on fail per item", async () => {
		const result = await run('journalEntry', 'create', posEntry({ journalId: locator('XYZ'), number: 'POS-X' }), posSales, { node: { executeOnce: true } });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Journal XYZ not found');
	});

	test('in a folder of a consumer with several, the folder goes in the query', async () => {
		const result = await run(
			'journalEntry',
			'create',
			posEntry({ consumerId: locator(CONSUMERS.bakery), folderId: locator('8', 'list'), number: 'POS-BAKERY-1' }),
			posSales,
			{ node: { executeOnce: true } },
		);
		expect(result.error).toBeUndefined();
		expect(lastRequest().query).toEqual({ folder_id: '8' });
		expect(store(CONSUMERS.bakery, '8').journalEntries.map((entry) => entry.name)).toContain('POS-BAKERY-1');
	});
});

describe('Journal Entry: Get, Get Many, Export FEC', () => {
	test('Get returns the entry with its lines', async () => {
		const result = await run('journalEntry', 'get', { journalEntryId: 'JE-1001-0001' });
		expect(lastRequest().path).toBe(`${base}/journal/entries/JE-1001-0001`);
		const [entry] = jsonOf(result.main[0]);
		expect(entry).toMatchObject({ id: 'JE-1001-0001', journal_id: 'VEN', reference: 'F2026-0001' });
		expect(entry.items).toHaveLength(3);
		expect(entry).not.toHaveProperty('updated_on');
	});

	test('Get Many sends the period and Include Unposted, and reads every page', async () => {
		const result = await run('journalEntry', 'getAll', { dateFrom: day(9), dateTo: day(1), unpostedAllowed: true, returnAll: true });
		expect(lastRequest().query).toEqual({ date_from: day(9), date_to: day(1), unposted_allowed: 'true', page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((entry) => entry.id)).toEqual(expect.arrayContaining(['JE-1001-0002', 'JE-1001-0003', 'JE-1001-0004', 'JE-1001-0005']));
		expect(jsonOf(result.main[0]).map((entry) => entry.id)).not.toContain('JE-1001-0001');
		expect(jsonOf(result.main[0])[0].items[0]).toHaveProperty('analytic_account');

		const posted = await run('journalEntry', 'getAll', { dateFrom: day(9), dateTo: day(1), returnAll: true });
		expect(lastRequest().query.unposted_allowed).toBe('false');
		expect(jsonOf(posted.main[0]).map((entry) => entry.id)).not.toContain('JE-1001-0005');
	});

	test('Get Many with a Limit asks for pages of that size and stops there', async () => {
		const result = await run('journalEntry', 'getAll', { dateFrom: day(30), dateTo: day(0), limit: 2 });
		expect(jsonOf(result.main[0])).toHaveLength(2);
		expect(accountingRequests()).toHaveLength(1);
		expect(lastRequest().query).toMatchObject({ page: '1', size: '2' });
	});

	test('Get Many with multiple analytic plans uses that route; filters by journal, partner and change time', async () => {
		const result = await run('journalEntry', 'getAll', {
			multipleAnalyticPlans: true,
			returnAll: true,
			filters: { journalId: locator('BNK', 'list'), partnerId: '1001-CLI-001', updatedAfter: `${day(20)}T08:00:00` },
		});
		const request = lastRequest();
		expect(request.path).toBe(`${base}/journal/entries/multi-analytic-plans`);
		expect(request.query).toEqual({ journal_id: 'BNK', partner_id: '1001-CLI-001', updated_after: `${day(20)}T08:00:00Z`, unposted_allowed: 'false', page: '1', size: '100' });
		const entries = jsonOf(result.main[0]);
		expect(entries.map((entry) => entry.id)).toEqual(['JE-1001-0003']);
		expect(entries[0].items).toEqual([expect.objectContaining({ partner_id: '1001-CLI-001', analytic_distribution: [] })]);
	});

	test('Get Many without a period or Updated After is refused before sending', async () => {
		const result = await run('journalEntry', 'getAll', { dateFrom: day(3) });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(failure(result)).toMatch(/Date From and Date To are empty.*Updated After/s);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('Export FEC outputs one item per entry line with the FEC columns', async () => {
		const result = await run('journalEntry', 'exportFec', { dateFrom: day(10), dateTo: day(5) });
		expect(lastRequest().query).toEqual({ date_from: day(10), date_to: day(5) });
		const lines = jsonOf(result.main[0]);
		expect(lines.map((line) => line.EcritureNum)).toEqual(['VEN-0001', 'VEN-0001', 'VEN-0001', 'ACH-0001', 'ACH-0001', 'ACH-0001', 'BNK-0001', 'BNK-0001']);
		expect(lines[0]).toMatchObject({ JournalCode: 'VEN', CompteNum: '400000', CompAuxNum: '1001-CLI-001', Debit: 121, Credit: 0, PieceRef: 'F2026-0001', Idevise: 'EUR' });
	});

	test('Export FEC needs both dates', async () => {
		const result = await run('journalEntry', 'exportFec', { dateFrom: day(10), dateTo: '={{ $json.until }}' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Date To is empty/);
		expect(accountingRequests()).toHaveLength(0);
	});
});

describe('Financial Entry', () => {
	test('a payment received in the bank journal, lines by expression; Chift books the bank side', async () => {
		const payments = [{ json: { client: '1001-CLI-003', paid: '60.50', invoice: 'F2026-0007' } }];
		const result = await run(
			'financialEntry',
			'create',
			{
				journalId: locator('BNK', 'list'),
				date: day(1),
				currency: 'EUR',
				lines: "={{ [{ account_type: 'customer_account', account: $json.client, amount: $json.paid, description: 'Payment ' + $json.invoice }] }}",
				additionalFields: { reference: '={{ $json.invoice }}', financialCounterpartAccount: '550000' },
			},
			payments,
		);
		expect(result.error).toBeUndefined();
		const post = lastRequest();
		expect(post.path).toBe(`${base}/financial-entries`);
		expect(post.query).toEqual({ financial_counterpart_account: '550000' });
		expect(post.body).toEqual({
			journal_id: 'BNK',
			date: day(1),
			currency: 'EUR',
			reference: 'F2026-0007',
			items: [{ account_type: 'customer_account', account: '1001-CLI-003', amount: 60.5, description: 'Payment F2026-0007' }],
		});
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ journal_id: 'BNK', items: [expect.objectContaining({ amount: 60.5, counterpart_account: '550000' })] });
		const booked = store().journalEntries.find((entry) => entry.id === created.id);
		expect(booked.items.map((item) => [item.account_number, item.debit, item.credit])).toEqual([
			['550000', 60.5, 0],
			['400003', 0, 60.5],
		]);
	});

	test("a line without an amount is refused before sending; a sales journal is Chift's 400", async () => {
		const invalid = await run('financialEntry', 'create', { journalId: locator('BNK'), date: day(1), currency: 'EUR', lines: '[{"account": "400000"}]' });
		expect(invalid.error).toBeInstanceOf(NodeOperationError);
		expect(invalid.error.message).toMatch(/Lines, line 1 has no amount/);
		expect(accountingRequests()).toHaveLength(0);

		const refused = await run('financialEntry', 'create', { journalId: locator('VEN'), date: day(1), currency: 'EUR', lines: '[{"account": "400000", "amount": 5}]' });
		expect(refused.error).toBeInstanceOf(NodeApiError);
		expect(refused.error.message).toMatch(/Journal VEN is a customer_invoice journal/);
	});
});

describe('Matching', () => {
	test("Create matches an invoice and its payment (IDs separated by commas) and outputs Chift's matching", async () => {
		const result = await run('matching', 'create', { entries: 'JE-1001-0001, JE-1001-0003', partnerId: '1001-CLI-001' });
		expect(lastRequest().body).toEqual({ entries: ['JE-1001-0001', 'JE-1001-0003'], partner_id: '1001-CLI-001' });
		const [matching] = jsonOf(result.main[0]);
		expect(matching).toEqual({ matching_number: expect.any(String), balance: 0 });
		const lines = store().journalEntries.flatMap((entry) => entry.items).filter((item) => item.matching_numbers.includes(matching.matching_number));
		expect(lines).toHaveLength(2);
	});

	test('Create with a single entry is refused before sending', async () => {
		const result = await run('matching', 'create', { entries: '={{ ["JE-1001-0001"] }}', partnerId: '1001-CLI-001' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Entry IDs has 1 ID, Chift needs at least 2/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('Create Many sends every matching at once and outputs one item per matching, done or not', async () => {
		const matchings = [
			{ partner_id: '1001-CLI-001', entries: ['JE-1001-0001', 'JE-1001-0003'] },
			{ partner_id: '1001-CLI-002', entries: ['JE-1001-0001', 'JE-1001-0002'] },
		];
		const result = await run('matching', 'createMany', { matchings: '={{ $json.matchings }}' }, [{ json: { matchings } }]);
		expect(lastRequest().body).toEqual({ matchings });
		const outputs = jsonOf(result.main[0]);
		expect(outputs).toHaveLength(2);
		expect(outputs[0]).toMatchObject({ processed: true, matching_number: expect.any(String) });
		expect(outputs[1]).toMatchObject({ processed: false, matching_number: null, error_msg: { message: expect.stringMatching(/partner 1001-CLI-002/) } });
	});

	test('Create Many with a matching of one entry is refused before sending', async () => {
		const result = await run('matching', 'createMany', { matchings: '[{"partner_id": "1001-CLI-001", "entries": ["JE-1001-0001"]}]' });
		expect(result.error.message).toMatch(/Matchings, line 1 needs entries as a list of at least 2 entry IDs/);
		expect(accountingRequests()).toHaveLength(0);
	});
});

describe('Miscellaneous Operation', () => {
	const lines = [
		{ account_number: '604000', amount: -75.2, description: 'Stock count correction' },
		{ account_number: '499000', amount: 75.2, description: 'Stock count correction' },
	];

	test('Create posts a balanced operation in the only miscellaneous journal, once per key, and Get reads it', async () => {
		const parameters = { operationDate: day(1), currency: 'EUR', lines: JSON.stringify(lines), additionalFields: { status: 'draft' }, options: { idempotencyKey: 'stock-2026-11' } };
		const result = await run('miscellaneousOperation', 'create', parameters);
		expect(lastRequest().body).toEqual({
			operation_date: day(1),
			currency: 'EUR',
			status: 'draft',
			lines: lines.map((line) => ({ type: 'general_account', ...line })),
		});
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ journal_id: 'OD', status: 'draft', lines: [expect.objectContaining({ line_number: 1, amount: -75.2 }), expect.anything()] });

		const again = await run('miscellaneousOperation', 'create', parameters);
		expect(jsonOf(again.main[0])[0].id).toBe(created.id);
		expect(store().miscellaneousOperations.filter((operation) => operation.id === created.id)).toHaveLength(1);

		const read = await run('miscellaneousOperation', 'get', { operationId: created.id });
		expect(lastRequest().path).toBe(`${base}/miscellaneous-operation/${created.id}`);
		expect(jsonOf(read.main[0])).toEqual([created]);
	});

	test('Get Many filters by period and journals', async () => {
		const result = await run('miscellaneousOperation', 'getAll', { returnAll: true, filters: { dateFrom: day(3), dateTo: day(0), journalIds: 'OD' } });
		expect(lastRequest().query).toEqual({ date_from: day(3), date_to: day(0), journal_ids: 'OD', page: '1', size: '100' });
		expect(jsonOf(result.main[0]).map((operation) => operation.id)).toContain('OD-1001-0001');
	});

	test.each([
		['amounts that do not add up to 0', [{ account_number: '604000', amount: -75.2 }, { account_number: '499000', amount: 75 }], /Lines do not balance: the amounts add up to -0\.20 instead of 0/],
		['a client line without partner', [{ account_number: '400000', amount: -5, type: 'customer_account' }, { account_number: '700000', amount: 5 }], /line 1 is a customer_account line without partner_id/],
	])('%s is refused before sending', async (_case, invalid, message) => {
		const result = await run('miscellaneousOperation', 'create', { operationDate: day(1), currency: 'EUR', lines: JSON.stringify(invalid) });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(message);
		expect(accountingRequests()).toHaveLength(0);
	});
});

describe('Journal', () => {
	test('Get Many lists the journals of the folder', async () => {
		const result = await run('journal', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((journal) => journal.code)).toEqual(expect.arrayContaining(['VEN', 'ACH', 'BNK', 'CSH', 'OD']));
	});

	test('Create sends the journal and outputs it; a code of one character is refused before sending', async () => {
		const result = await run('journal', 'create', { code: 'POS', name: 'Ventes caisse', journalType: 'customer_invoice' });
		expect(lastRequest().body).toEqual({ code: 'POS', name: 'Ventes caisse', journal_type: 'customer_invoice' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: 'POS', journal_type: 'customer_invoice' });

		stack().emulator.reset();
		const short = await run('journal', 'create', { code: 'P', name: 'Short', journalType: 'bank' });
		expect(short.error.message).toMatch(/Code "P" is too short/);
		expect(accountingRequests()).toHaveLength(0);
	});
});

describe('Bank Account and Bank Transaction', () => {
	test('Bank Account Get Many and Create', async () => {
		const list = await run('bankAccount', 'getAll', { limit: 10 });
		expect(jsonOf(list.main[0])[0]).toMatchObject({ id: 'BA-1001-0001', iban: 'BE68539007547034', journal_id: 'BNK' });

		const result = await run('bankAccount', 'create', { code: 'BNK2', bankName: 'ING Belgique', currency: 'EUR', iban: 'BE71096123456769', additionalFields: { accountName: 'Compte épargne' } });
		expect(lastRequest().body).toEqual({ code: 'BNK2', bank_name: 'ING Belgique', currency: 'EUR', iban: 'BE71096123456769', account_name: 'Compte épargne' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ code: 'BNK2', journal_id: 'BNK2' });
	});

	test('a bank account without IBAN nor account number is refused before sending', async () => {
		const result = await run('bankAccount', 'create', { code: 'BNK3', bankName: 'Belfius', currency: 'EUR' });
		expect(result.error.message).toMatch(/IBAN and Account Number are both empty/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test("Bank Transaction Create imports a statement whose transactions are the input items", async () => {
		const movements = [
			{ json: { id: 'TX-1', amount: '1250.40', label: 'Card settlement Worldline' } },
			{ json: { id: 'TX-2', amount: -45.5, label: 'Bank fees' } },
		];
		const result = await run(
			'bankTransaction',
			'create',
			{
				bankAccountId: 'BA-1001-0001',
				statementDate: day(1),
				statementId: `STMT-${day(1)}`,
				currency: 'EUR',
				transactions: '={{ $input.all().map((item) => ({ external_transaction_id: item.json.id, amount: item.json.amount, description: item.json.label })) }}',
				additionalFields: { openingBalance: 10000 },
			},
			movements,
			{ node: { executeOnce: true } },
		);
		expect(result.error).toBeUndefined();
		expect(lastRequest().body).toEqual({
			bank_account_id: 'BA-1001-0001',
			bank_statement_date: day(1),
			external_bank_statement_id: `STMT-${day(1)}`,
			currency: 'EUR',
			opening_balance: 10000,
			items: [
				{ external_transaction_id: 'TX-1', amount: 1250.4, description: 'Card settlement Worldline' },
				{ external_transaction_id: 'TX-2', amount: -45.5, description: 'Bank fees' },
			],
		});
		expect(jsonOf(result.main[0])[0].items.map((item) => item.id)).toHaveLength(2);
	});

	test("a transaction whose amount is not a number is refused before sending; an unknown account is Chift's 404", async () => {
		const invalid = await run('bankTransaction', 'create', { bankAccountId: 'BA-1001-0001', statementDate: day(1), statementId: 'S-X', currency: 'EUR', transactions: '[{"amount": "lots"}]' });
		expect(invalid.error.message).toMatch(/Transactions, line 1: amount "lots" is not a number/);
		expect(accountingRequests()).toHaveLength(0);

		const unknown = await run('bankTransaction', 'create', { bankAccountId: 'BA-NONE', statementDate: day(1), statementId: 'S-Y', currency: 'EUR', transactions: '[{"amount": 1}]' });
		expect(unknown.error).toBeInstanceOf(NodeApiError);
		expect(unknown.error.message).toBe('Bank account BA-NONE not found');
	});
});

test("as an AI agent's tool, Journal Entry → Create tells the model the shape of its lines", () => {
	const { REGISTRIES } = require('./support');
	const create = REGISTRIES.chiftAccounting.resources.find((resource) => resource.value === 'journalEntry').operations.find((operation) => operation.operation === 'create');
	expect(create.toolDescription).toContain('Lines (a JSON list of objects, each with account, such as [{"account": "700000", "credit": 100');
});
