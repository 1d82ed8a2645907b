'use strict';
/**
 * Chift Accounting, suppliers, contacts, employees, analytic plans and accounts, the chart of
 * accounts and its balances, VAT codes, bookyears and schemes, through n8n-core's execution engine
 * against the emulator: the request each operation sends, what it outputs, paging, validation
 * before sending, exactly-once writes, and the lists of the locators. Every exchange is checked
 * against Chift's OpenAPI document in stop().
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { accountingSuite, locator, jsonOf, CONSUMERS } = require('./support');

const { stack, run, accountingRequests, lastRequest, store, listSearch } = accountingSuite({ today: new Date('2026-03-10T12:00:00Z') });
const base = `/consumers/${CONSUMERS.bistro}/accounting`;

describe('Supplier', () => {
	test('Get Many searches on Chift and outputs one item per supplier', async () => {
		const result = await run('supplier', 'getAll', { returnAll: true, filters: { search: 'dewitte' } });
		expect(jsonOf(result.main[0]).map((supplier) => supplier.name)).toEqual(['Boucherie Dewitte']);
		expect(lastRequest().path).toBe(`${base}/suppliers`);
		expect(lastRequest().query).toEqual({ search: 'dewitte', page: '1', size: '100' });
	});

	test('Return All reads every page; a Limit reads only what it needs', async () => {
		const { partner } = require('./emulator/accounting/partners');
		const extra = Array.from({ length: 120 }, (_, index) => partner({ id: `BULK-${index}`, name: `Grossiste ${index}` }));
		store().suppliers.push(...extra);
		try {
			const all = await run('supplier', 'getAll', { returnAll: true });
			expect(jsonOf(all.main[0])).toHaveLength(124);
			expect(accountingRequests().map((r) => r.query.page)).toEqual(['1', '2']);
			stack().emulator.reset();
			const some = await run('supplier', 'getAll', { limit: 3 });
			expect(jsonOf(some.main[0]).map((supplier) => supplier.name)).toEqual(['Brasserie Lefebvre SA', 'Boucherie Dewitte', 'Engie Electrabel']);
			expect(accountingRequests().map((r) => r.query)).toEqual([{ page: '1', size: '3' }]);
		} finally {
			store().suppliers.splice(-extra.length);
		}
	});

	test('Get returns the supplier', async () => {
		const result = await run('supplier', 'get', { supplierId: locator('1001-SUP-001', 'list') });
		expect(jsonOf(result.main[0])).toEqual([store().suppliers[0]]);
		expect(lastRequest().path).toBe(`${base}/suppliers/1001-SUP-001`);
	});

	test('Get of an unknown supplier is Chift 404 with its message', async () => {
		const result = await run('supplier', 'get', { supplierId: locator('nobody') });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('404');
		expect(result.error.message).toBe('Supplier nobody not found');
	});

	test('Create sends the supplier with its address, merges with a client through the query, and outputs the record', async () => {
		const result = await run('supplier', 'create', {
			name: 'Fromagerie Bastogne',
			additionalFields: { vat: 'BE0477111222', accountNumber: '440010', iban: 'BE68539007547034', forceMerge: locator('1001-CLI-002', 'list') },
			address: { addressType: 'main', street: 'Rue du Sablon', number: '7', city: 'Bastogne', postalCode: '6600', country: 'be' },
		});
		const [created] = jsonOf(result.main[0]);
		expect(created).toMatchObject({ name: 'Fromagerie Bastogne', account_number: '440010', addresses: [expect.objectContaining({ city: 'Bastogne', country: 'BE' })] });
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.path).toBe(`${base}/suppliers`);
		expect(post.query).toEqual({ force_merge: '1001-CLI-002' });
		expect(post.body).toEqual({
			name: 'Fromagerie Bastogne',
			vat: 'BE0477111222',
			account_number: '440010',
			iban: 'BE68539007547034',
			addresses: [{ address_type: 'main', street: 'Rue du Sablon', number: '7', city: 'Bastogne', postal_code: '6600', country: 'BE' }],
		});
		expect(store().suppliers.filter((supplier) => supplier.name === 'Fromagerie Bastogne')).toHaveLength(1);
	});

	test('the same Idempotency Key twice creates the supplier once; the second run outputs the same record', async () => {
		const parameters = { name: 'Torréfaction Once', options: { idempotencyKey: 'erp-supplier-77' } };
		const first = await run('supplier', 'create', parameters);
		const second = await run('supplier', 'create', parameters);
		expect(jsonOf(second.main[0])[0]).toEqual(jsonOf(first.main[0])[0]);
		expect(store().suppliers.filter((supplier) => supplier.name === 'Torréfaction Once')).toHaveLength(1);
		expect(stack().emulator.requestsTo('POST', `${base}/suppliers`).map((r) => r.headers['x-chift-client-requestid'])).toEqual(['erp-supplier-77', 'erp-supplier-77']);
	});

	test('Update sends only the fields set (names mapped from the input item) and outputs the record', async () => {
		const result = await run('supplier', 'update', { supplierId: locator('={{ $json.id }}'), updateFields: { email: '={{ $json.mail }}', language: 'fr' } }, [
			{ json: { id: '1001-SUP-003', mail: 'factures@engie.example' } },
		]);
		expect(lastRequest().method).toBe('PATCH');
		expect(lastRequest().path).toBe(`${base}/suppliers/1001-SUP-003`);
		expect(lastRequest().body).toEqual({ email: 'factures@engie.example', language: 'fr' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: '1001-SUP-003', email: 'factures@engie.example', language: 'fr' });
	});

	test('the Supplier list searches on Chift within the folder picked', async () => {
		const { results } = await listSearch('searchSuppliers', { resource: 'supplier', operation: 'get', folderId: locator('1001') }, 'lefebvre');
		expect(results).toEqual([{ name: 'Brasserie Lefebvre SA', value: '1001-SUP-001' }]);
		expect(lastRequest().query).toMatchObject({ folder_id: '1001', search: 'lefebvre' });
	});
});

describe('Contact', () => {
	test("Get Many lists a client's contacts", async () => {
		const result = await run('contact', 'getAll', { partnerType: 'client', partnerId: locator('1001-CLI-001', 'list'), returnAll: true });
		expect(jsonOf(result.main[0]).map((contact) => contact.name)).toEqual(['Claire Dubois', 'Marc Lemaire']);
		expect(jsonOf(result.main[0])[0]).not.toHaveProperty('partner_id');
		expect(lastRequest().query).toEqual({ partner_type: 'client', partner_id: '1001-CLI-001', page: '1', size: '100' });
	});

	test("Get Many lists a supplier's contacts, up to the limit", async () => {
		const result = await run('contact', 'getAll', { partnerType: 'supplier', partnerId: locator('1001-SUP-001'), limit: 1 });
		expect(jsonOf(result.main[0])).toEqual([expect.objectContaining({ name: 'Sofie Claes', function: 'Account manager' })]);
		expect(lastRequest().query).toMatchObject({ partner_type: 'supplier', size: '1' });
	});

	test('a partner of the wrong type is Chift 404', async () => {
		const result = await run('contact', 'getAll', { partnerType: 'supplier', partnerId: locator('1001-CLI-001'), returnAll: true });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Supplier 1001-CLI-001 not found');
	});

	test('an item without a partner is refused before anything is sent (n8n itself refuses an empty field)', async () => {
		const result = await run('contact', 'getAll', { partnerType: 'client', partnerId: locator('={{ $json.partner }}'), returnAll: true }, [{ json: {} }]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Partner is empty/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('the Partner list shows the clients or the suppliers, by the Partner Type picked', async () => {
		const suppliers = await listSearch('searchPartners', { resource: 'contact', operation: 'getAll', partnerType: 'supplier' });
		expect(suppliers.results.map((result) => result.value)).toEqual(['1001-SUP-001', '1001-SUP-002', '1001-SUP-003', '1001-SUP-004', ...store().suppliers.slice(4).map((s) => s.id)]);
		expect(lastRequest().path).toBe(`${base}/suppliers`);
		const clients = await listSearch('searchPartners', { resource: 'contact', operation: 'getAll', partnerType: 'client' }, 'lion');
		expect(clients.results).toEqual([{ name: 'Hotel Le Lion', value: '1001-CLI-001' }]);
	});
});

describe('Employee', () => {
	test('Get Many lists the employees with their ledger account', async () => {
		const result = await run('employee', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((employee) => [employee.name, employee.account_number])).toEqual([
			['Sophie Martin', '455000'],
			['Lucas Peeters', '455000'],
			['Emma Janssens', '455000'],
		]);
		expect(lastRequest().path).toBe(`${base}/employees`);
	});

	test('of a consumer with several folders, those of the folder picked', async () => {
		const result = await run('employee', 'getAll', { consumerId: locator(CONSUMERS.bakery), folderId: locator('8'), limit: 2 });
		expect(jsonOf(result.main[0]).map((employee) => employee.id)).toEqual(['8-EMP-001', '8-EMP-002']);
		expect(lastRequest().query).toEqual({ folder_id: '8', page: '1', size: '2' });
	});
});

describe('Analytic plans and accounts', () => {
	test('Analytic Plan Get Many lists the plans', async () => {
		const result = await run('analyticPlan', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((plan) => plan.id)).toEqual(['SITES', 'ACTIVITIES']);
		expect(lastRequest().path).toBe(`${base}/analytic-plans`);
	});

	test('Get Many lists the default plan; with Multiple Analytic Plans, every plan on its own route', async () => {
		const single = await run('analyticAccount', 'getAll', { returnAll: true });
		expect(jsonOf(single.main[0]).map((account) => account.code)).toEqual(['BXL', 'NAM']);
		expect(lastRequest().path).toBe(`${base}/analytic-accounts`);
		const multiple = await run('analyticAccount', 'getAll', { multipleAnalyticPlans: true, returnAll: true });
		const accounts = jsonOf(multiple.main[0]);
		expect(accounts.map((account) => `${account.analytic_plan}/${account.code}`)).toEqual(
			expect.arrayContaining(['SITES/BXL', 'SITES/NAM', 'ACTIVITIES/SALLE', 'ACTIVITIES/EMPORTER', 'ACTIVITIES/TRAITEUR']),
		);
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/multi-analytic-plans`);
	});

	test('Get reads one account; with Multiple Analytic Plans the plan goes in the path', async () => {
		const single = await run('analyticAccount', 'get', { analyticAccountId: locator('AA-101', 'list') });
		expect(jsonOf(single.main[0])[0]).toMatchObject({ id: 'AA-101', name: 'Restaurant Bruxelles', balance: -18400 });
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/AA-101`);
		const multiple = await run('analyticAccount', 'get', { multipleAnalyticPlans: true, analyticPlan: locator('ACTIVITIES', 'list'), analyticAccountId: locator('AA-203') });
		expect(jsonOf(multiple.main[0])[0]).toMatchObject({ id: 'AA-203', analytic_plan: 'ACTIVITIES' });
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/AA-203/multi-analytic-plans/ACTIVITIES`);
	});

	test('Multiple Analytic Plans with an item without a plan is refused before anything is sent', async () => {
		const result = await run('analyticAccount', 'get', { multipleAnalyticPlans: true, analyticPlan: locator('={{ $json.plan }}'), analyticAccountId: locator('AA-203') }, [{ json: {} }]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Analytic Plan is empty/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('the Analytic Plan field is shown only with Multiple Analytic Plans on', () => {
		const { properties } = new (require('../dist/nodes/ChiftAccounting/ChiftAccounting.node.js').ChiftAccounting)().description;
		const plan = properties.find((property) => property.name === 'analyticPlan' && property.displayOptions.show.operation[0] === 'create');
		expect(plan.displayOptions.show).toEqual({ multipleAnalyticPlans: [true], resource: ['analyticAccount'], operation: ['create'] });
	});

	test('Create sends code, name and currency into the default plan', async () => {
		const result = await run('analyticAccount', 'create', { code: 'LIEGE', name: 'Restaurant Liège', currency: 'eur' });
		expect(lastRequest().path).toBe(`${base}/analytic-accounts`);
		expect(lastRequest().body).toEqual({ code: 'LIEGE', name: 'Restaurant Liège', currency: 'EUR' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ code: 'LIEGE', active: true });
		expect(store().analyticAccounts.find((account) => account.code === 'LIEGE').analytic_plan).toBe('SITES');
	});

	test('Create with Multiple Analytic Plans, twice with one key: created once in that plan, the same record out', async () => {
		const parameters = {
			multipleAnalyticPlans: true,
			analyticPlan: locator('ACTIVITIES'),
			code: 'BRUNCH',
			name: 'Brunch du dimanche',
			currency: 'EUR',
			additionalFields: { active: false },
			options: { idempotencyKey: 'plan-brunch' },
		};
		const first = await run('analyticAccount', 'create', parameters);
		const second = await run('analyticAccount', 'create', parameters);
		expect(stack().emulator.requestsTo('POST', `${base}/analytic-accounts/multi-analytic-plans/ACTIVITIES`)).toHaveLength(2);
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/${jsonOf(first.main[0])[0].id}/multi-analytic-plans/ACTIVITIES`);
		expect(jsonOf(second.main[0])[0]).toEqual(jsonOf(first.main[0])[0]);
		expect(jsonOf(first.main[0])[0]).toMatchObject({ analytic_plan: 'ACTIVITIES', active: false });
		expect(store().analyticAccounts.filter((account) => account.code === 'BRUNCH')).toHaveLength(1);
	});

	test('a code already in the plan is Chift 409 with its message', async () => {
		const result = await run('analyticAccount', 'create', { code: 'BXL', name: 'Bruxelles bis', currency: 'EUR' });
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('409');
		expect(result.error.message).toMatch(/code BXL already exists/);
	});

	test('a currency that is not a code is refused before anything is sent', async () => {
		const result = await run('analyticAccount', 'create', { code: 'X', name: 'X', currency: 'euros' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Currency "euros" is not a currency code/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('Update with Multiple Analytic Plans patches the account of that plan', async () => {
		const result = await run('analyticAccount', 'update', {
			multipleAnalyticPlans: true,
			analyticPlan: locator('ACTIVITIES'),
			analyticAccountId: locator('AA-202'),
			updateFields: { name: 'Vente à emporter et livraison' },
		});
		expect(lastRequest().method).toBe('PATCH');
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/AA-202/multi-analytic-plans/ACTIVITIES`);
		expect(lastRequest().body).toEqual({ name: 'Vente à emporter et livraison' });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: 'AA-202', name: 'Vente à emporter et livraison', code: 'EMPORTER' });
	});

	test('Update without the variant patches an account of the default plan', async () => {
		const result = await run('analyticAccount', 'update', { analyticAccountId: locator('AA-102'), updateFields: { active: false } });
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/AA-102`);
		expect(lastRequest().body).toEqual({ active: false });
		expect(jsonOf(result.main[0])[0]).toMatchObject({ id: 'AA-102', active: false });
		expect(jsonOf(result.main[0])[0]).not.toHaveProperty('analytic_plan');
	});

	test('the lists: plans, and accounts of the plan picked when Multiple Analytic Plans is on', async () => {
		const plans = await listSearch('searchAnalyticPlans', { resource: 'analyticAccount', operation: 'create' });
		expect(plans.results).toEqual([
			{ name: 'Établissements', value: 'SITES' },
			{ name: 'Activités', value: 'ACTIVITIES' },
		]);
		const defaultPlan = await listSearch('searchAnalyticAccounts', { resource: 'analyticAccount', operation: 'get' });
		expect(defaultPlan.results.map((result) => result.value)).toEqual(expect.arrayContaining(['AA-101', 'AA-102']));
		expect(defaultPlan.results.map((result) => result.value)).not.toContain('AA-201');
		const activities = await listSearch(
			'searchAnalyticAccounts',
			{ resource: 'analyticAccount', operation: 'get', multipleAnalyticPlans: true, analyticPlan: locator('ACTIVITIES') },
			'traiteur',
		);
		expect(activities.results).toEqual([{ name: 'TRAITEUR Traiteur et événements', value: 'AA-203' }]);
		expect(lastRequest().path).toBe(`${base}/analytic-accounts/multi-analytic-plans`);
	});
});

describe('Ledger Account', () => {
	test('Get Many filters the chart of accounts by classes and by type', async () => {
		const byClass = await run('ledgerAccount', 'getAll', { returnAll: true, filters: { classes: '6, 7' } });
		const numbers = jsonOf(byClass.main[0]).map((account) => account.number);
		expect(numbers).toEqual(['604000', '604100', '610000', '612000', '620000', '650000', '700000', '700100', '700200', '740000']);
		expect(lastRequest().path).toBe(`${base}/chart-of-accounts`);
		expect(lastRequest().query).toEqual({ classes: '6,7', page: '1', size: '100' });
		const vat = await run('ledgerAccount', 'getAll', { limit: 10, filters: { type: 'vat' } });
		expect(jsonOf(vat.main[0]).map((account) => account.number)).toEqual(['411000', '451000']);
		expect(lastRequest().query).toEqual({ type: 'vat', page: '1', size: '10' });
	});

	test('classes that are not numbers are refused before anything is sent', async () => {
		const result = await run('ledgerAccount', 'getAll', { returnAll: true, filters: { classes: 'sales' } });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Classes "sales" is not a list of account classes/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('Create adds the account and outputs it', async () => {
		const result = await run('ledgerAccount', 'create', { number: '604200', name: 'Achats de pain', additionalFields: { type: 'expense' } });
		expect(lastRequest().path).toBe(`${base}/accounts`);
		expect(lastRequest().body).toEqual({ number: '604200', name: 'Achats de pain', type: 'expense' });
		expect(lastRequest().headers['x-chift-client-requestid']).toBeTruthy();
		expect(jsonOf(result.main[0])).toEqual([expect.objectContaining({ number: '604200', name: 'Achats de pain', type: 'expense', active: true })]);
	});

	test('the same Idempotency Key twice creates the account once; without a read route, the repeat is Chift\'s "already processed"', async () => {
		const parameters = { number: '604300', name: 'Achats de vins', options: { idempotencyKey: 'coa-604300' } };
		const first = await run('ledgerAccount', 'create', parameters);
		expect(jsonOf(first.main[0])[0]).toMatchObject({ number: '604300' });
		const second = await run('ledgerAccount', 'create', parameters);
		expect(second.error).toBeInstanceOf(NodeApiError);
		expect(second.error.message).toMatch(/already processed/i);
		expect(store().accounts.filter((account) => account.number === '604300')).toHaveLength(1);
	});

	test('a number shorter than 3 characters is refused before anything is sent', async () => {
		const result = await run('ledgerAccount', 'create', { number: '60', name: 'Too short' });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(/Number "60" is 2 characters long/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('Get Balances posts the accounts and months as a read: no idempotency key, one item per account', async () => {
		const result = await run('ledgerAccount', 'getBalances', { accounts: '550000, 70', start: '2026-01', end: '2026-02-15T00:00:00', returnAll: true });
		const post = lastRequest();
		expect(post.method).toBe('POST');
		expect(post.path).toBe(`${base}/chart-of-accounts/balance`);
		expect(post.body).toEqual({ accounts: ['550000', '70'], start: '202601', end: '202602' });
		expect(post.query).toEqual({ page: '1', size: '100' });
		expect(post.headers['x-chift-client-requestid']).toBeUndefined();
		const balances = jsonOf(result.main[0]);
		expect(balances.map((balance) => balance.account_number)).toEqual(['550000', '700000', '700100', '700200']);
		// Sales in January (0.85) and February (0.8) of 2026, from the emulator's usual month.
		expect(balances[1]).toMatchObject({ account_name: 'Ventes sur place (12%)', period_debit: 0, period_credit: 38400 * 0.85 + 38400 * 0.8, period_balance: -(38400 * 0.85 + 38400 * 0.8) });
		for (const balance of balances) expect(balance.balance).toBeCloseTo(balance.debit - balance.credit, 2);
	});

	test('Get Balances takes the accounts as a list mapped from the input item, and pages with a Limit', async () => {
		const result = await run('ledgerAccount', 'getBalances', { accounts: '={{ $json.accounts }}', end: "={{ $json.closing }}", limit: 2 }, [
			{ json: { accounts: ['6', 451000], closing: '202512' } },
		]);
		expect(lastRequest().body).toEqual({ accounts: ['6', '451000'], end: '202512' });
		expect(lastRequest().query).toEqual({ page: '1', size: '2' });
		expect(jsonOf(result.main[0]).map((balance) => balance.account_number)).toEqual(['451000', '604000']);
	});

	test('Get Balances checks the months before sending', async () => {
		const reversed = await run('ledgerAccount', 'getBalances', { accounts: '7', start: '2026-03', end: '2026-01' });
		expect(reversed.error).toBeInstanceOf(NodeOperationError);
		expect(reversed.error.message).toMatch(/Start Month \(202603\) is after End Month \(202601\)/);
		const wrong = await run('ledgerAccount', 'getBalances', { accounts: '7', end: 'March' });
		expect(wrong.error.message).toMatch(/End Month "March" is not a month/);
		const none = await run('ledgerAccount', 'getBalances', { accounts: ' , ', end: '2026-01' });
		expect(none.error.message).toMatch(/Accounts is empty/);
		expect(accountingRequests()).toHaveLength(0);
	});

	test('a failed balance query never says that the items before it changed data', async () => {
		const result = await run('ledgerAccount', 'getBalances', { folderId: locator('={{ $json.folder }}'), accounts: '7', end: '2026-02', options: { concurrency: 1 } }, [
			{ json: { folder: '1001' } },
			{ json: { folder: '9999' } },
		]);
		expect(accountingRequests().map((r) => r.status)).toEqual([200, 404]);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Folder 9999 not found');
		expect(String(result.error.description)).not.toMatch(/carried out/);
	});

	test('the Ledger Account list searches by number and name; the value is the number', async () => {
		const { results } = await listSearch('searchLedgerAccounts', { resource: 'ledgerAccount', operation: 'getAll' }, 'tva');
		expect(results).toEqual([
			{ name: '411000 TVA à récupérer', value: '411000' },
			{ name: '451000 TVA à payer', value: '451000' },
		]);
		expect(lastRequest().path).toBe(`${base}/chart-of-accounts`);
	});
});

describe('VAT codes, bookyears, schemes', () => {
	test('VAT Code Get Many lists the codes with their rates', async () => {
		const result = await run('vatCode', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0]).map((vat) => [vat.code, vat.rate, vat.type])).toEqual([
			['21', 21, 'sale'],
			['12', 12, 'sale'],
			['6', 6, 'sale'],
			['0', 0, 'both'],
			['P21', 21, 'purchase'],
			['P6', 6, 'purchase'],
		]);
		expect(lastRequest().path).toBe(`${base}/vat-codes`);
	});

	test('the VAT Code list names each code with its rate', async () => {
		const { results } = await listSearch('searchVatCodes', { resource: 'vatCode', operation: 'getAll' }, 'emporter');
		expect(results).toEqual([{ name: '6 TVA 6% (plats à emporter) (6%)', value: '6' }]);
	});

	test('Bookyear Get Many lists the fiscal years', async () => {
		const result = await run('bookyear', 'getAll', { returnAll: true });
		expect(jsonOf(result.main[0])).toEqual([
			{ name: '2025', start: '2025-01-01', end: '2025-12-31', closed: true },
			{ name: '2026', start: '2026-01-01', end: '2026-12-31', closed: false },
		]);
		expect(lastRequest().path).toBe(`${base}/bookyears`);
	});

	test('Scheme Get Many lists the schemes, up to the limit', async () => {
		const result = await run('scheme', 'getAll', { limit: 1 });
		expect(jsonOf(result.main[0])).toEqual([{ id: 'SCH-PCMN', code: 'PCMN', name: 'Plan comptable minimum normalisé' }]);
		expect(lastRequest().path).toBe(`${base}/schemes`);
		expect(lastRequest().query).toEqual({ page: '1', size: '1' });
	});
});
