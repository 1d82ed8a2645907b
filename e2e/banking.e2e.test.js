'use strict';
/**
 * Chift Banking in a real n8n 2.8.4, installed as a community package with the rest of the
 * package, against the emulator: a bank account's transactions read in full, a transaction's
 * attachment as binary data, an opening balance, and every exchange checked against Chift's
 * OpenAPI document.
 */

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
const { ACCOUNTS } = require('../test/emulator/banking');
const { assertFollowsSpec } = require('../test/spec/openapi');

jest.setTimeout(TIMEOUTS.test);

const BANKING = 'n8n-nodes-chift.chiftBanking';
const CREDENTIAL = { id: 'chiftE2eBanking1', name: 'Chift banking e2e' };

const WORKFLOWS = {
	transactions: buildWorkflow({
		id: 'e2eBankTrans0001',
		nodeType: BANKING,
		resource: 'transaction',
		operation: 'getAll',
		items: [{}],
		parameters: { accountId: locator(ACCOUNTS.current, 'list'), returnAll: true },
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
		parameters: { accountId: locator(ACCOUNTS.savings, 'list'), date: '={{ $json.day }}' },
		credential: CREDENTIAL,
	}),
};

describe(`Chift Banking in n8n ${DEFAULT_VERSION}`, () => {
	const context = useN8nStack({
		credentials: [CREDENTIAL],
		workflows: Object.values(WORKFLOWS),
		prepare: (emulator) => {
			// The transaction with a file is only known once the emulator's data exists.
			const withFile = emulator.data.banking[CONSUMERS.bistro].transactions.find((entry) => entry.attachments.length);
			WORKFLOWS.attachments.nodes.find((node) => node.name === NAMES.items).parameters.jsCode = `return [{ json: { transaction: ${JSON.stringify(withFile.id)} } }];`;
		},
	});
	const run = (key) => executeAndRecord(context, WORKFLOWS[key].id);
	const store = () => context.emulator.data.banking[CONSUMERS.bistro];

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
		// Every completed transaction of the savings account is before 2099: 23,500 opening plus all of them.
		const moves = store().transactions.filter((entry) => entry.bank_account_id === ACCOUNTS.savings && entry.status === 'completed');
		const balance = Math.round((23500 + moves.reduce((sum, entry) => sum + entry.amount, 0)) * 100) / 100;
		expect(outputItems(result.run, NAMES.chift)[0].json).toEqual({ account_id: ACCOUNTS.savings, date: '2099-01-01', opening_balance: balance, currency: 'EUR' });
	});

	test("every request n8n sent and every answer of the emulator follows Chift's OpenAPI document", () => {
		expect(context.emulator.requests.length).toBeGreaterThan(0);
		assertFollowsSpec(context.emulator.requests);
	});
});
