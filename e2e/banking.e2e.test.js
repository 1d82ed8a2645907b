'use strict';
/**
 * Chift Banking in a real n8n 2.8.4, installed as a community package with the rest of the
 * package, against the emulator: a bank account's transactions read in full, a transaction's
 * attachment as binary data, an opening balance, and every exchange checked against Chift's
 * OpenAPI document.
 */
const fs = require('node:fs');
const path = require('node:path');

const { DEFAULT_VERSION } = require('./lib/install-n8n');
const { createN8nInstance } = require('./lib/n8n-runner');
const { packedPackage, removePackedPackage, chiftCredential, buildWorkflow, outputItems, executeAndRecord, expectSuccess, NAMES, TIMEOUTS } = require('./lib/scenarios');
const { startChiftEmulator } = require('../test/emulator/chift-emulator');
const { CONSUMERS } = require('../test/emulator/sample-data');
const { ACCOUNTS } = require('../test/emulator/banking');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const BANKING = 'n8n-nodes-chift.chiftBanking';
const CREDENTIAL = { id: 'chiftE2eBanking1', name: 'Chift banking e2e' };
const account = (value) => ({ __rl: true, mode: 'list', value });

const WORKFLOWS = {
	transactions: buildWorkflow({
		id: 'e2eBankTrans0001',
		nodeType: BANKING,
		resource: 'transaction',
		operation: 'getAll',
		items: [{}],
		parameters: { accountId: account(ACCOUNTS.current), returnAll: true },
		credential: CREDENTIAL,
	}),
	attachments: buildWorkflow({
		id: 'e2eBankAttach001',
		nodeType: BANKING,
		resource: 'attachment',
		operation: 'getAll',
		items: [{ transaction: 'placeholder' }],
		parameters: { transactionId: '={{ $json.transaction }}', returnAll: true },
		credential: CREDENTIAL,
	}),
	openingBalance: buildWorkflow({
		id: 'e2eBankOpening01',
		nodeType: BANKING,
		resource: 'openingBalance',
		operation: 'get',
		items: [{ day: '2099-01-01' }],
		parameters: { accountId: account(ACCOUNTS.savings), date: '={{ $json.day }}' },
		credential: CREDENTIAL,
	}),
};

describe(`Chift Banking in n8n ${DEFAULT_VERSION}`, () => {
	const context = { n8n: null, emulator: null, transcripts: [] };
	const run = (key) => executeAndRecord(context, WORKFLOWS[key].id);
	const store = () => context.emulator.data.banking[CONSUMERS.bistro];

	beforeAll(async () => {
		const packageTarball = packedPackage();
		context.emulator = await startChiftEmulator({ port: 0 });
		// The transaction with a file is only known once the emulator's data exists.
		const withFile = context.emulator.data.banking[CONSUMERS.bistro].transactions.find((entry) => entry.attachments.length);
		WORKFLOWS.attachments.nodes.find((node) => node.name === NAMES.items).parameters.jsCode = `return [{ json: { transaction: ${JSON.stringify(withFile.id)} } }];`;
		context.n8n = await createN8nInstance({ n8nVersion: DEFAULT_VERSION, packageTarball });
		await context.n8n.importCredentials([chiftCredential(context.emulator, CREDENTIAL)]);
		const file = path.join(context.n8n.workDir, 'banking-workflows.json');
		fs.writeFileSync(file, JSON.stringify(Object.values(WORKFLOWS), null, 2));
		const imported = await context.n8n.run(['import:workflow', `--input=${file}`]);
		if (imported.exitCode !== 0) throw new Error(`import:workflow failed:\n${imported.stdout}\n${imported.stderr}`);
	}, TIMEOUTS.setup);

	afterAll(async () => {
		if (context.n8n) await context.n8n.cleanup();
		if (context.emulator) await context.emulator.close();
		removePackedPackage();
	}, TIMEOUTS.teardown);

	test('Transaction → Get Many (Return All): every transaction of the account, one item each', async () => {
		const result = await run('transactions');
		expectSuccess(result);
		const expected = store().transactions.filter((entry) => entry.bank_account_id === ACCOUNTS.current).map((entry) => entry.id);
		expect(outputItems(result.run, NAMES.chift).map((item) => item.json.id)).toEqual(expected);
	});

	test("Attachment → Get Many: the transaction's file is the output item's binary data", async () => {
		const result = await run('attachments');
		expectSuccess(result);
		const [item] = outputItems(result.run, NAMES.chift);
		expect(item.json.base64_string).toBeUndefined();
		expect(item.binary.data).toMatchObject({ mimeType: 'application/pdf', fileName: `attachment-${item.json.id}.pdf` });
	});

	test('Opening Balance → Get for a day', async () => {
		const result = await run('openingBalance');
		expectSuccess(result);
		expect(outputItems(result.run, NAMES.chift)[0].json).toEqual({ account_id: ACCOUNTS.savings, date: '2099-01-01', opening_balance: 25000, currency: 'EUR' });
	});

	test("every request n8n sent and every answer of the emulator follows Chift's OpenAPI document", () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
