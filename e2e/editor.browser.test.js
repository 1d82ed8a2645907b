'use strict';

/**
 * The Chift POS node in a real n8n editor, driven in headless Chromium (Debian's chromium +
 * playwright-core; no browser download). Runs the same stack as `npm start`
 * (scripts/demo-stack.js) without its build step: pack dist/, n8n 2.8.4 with the package installed
 * as a community package, the Chift emulator, a credential and the example workflows, `n8n start`,
 * owner account.
 *
 * Screenshots go to test-output/editor/ (look at them: they show what each step asserts).
 *
 *   npm run build && npx jest --selectProjects n8n --testPathPatterns editor.browser
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium).
 */

const fs = require('node:fs');
const path = require('node:path');

const { startDemoStack } = require('../scripts/demo-stack');
const { getFreePort } = require('./lib/n8n-runner');
const { CONSUMERS } = require('../test/emulator/sample-data');

// Cold cache: ensureN8n() installs n8n first (~3 min); warm: ~20 s to start, ~1-2 min in all.
jest.setTimeout(10 * 60 * 1000);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox', // root cannot run Chromium's sandbox
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--no-default-browser-check',
	'--disable-quic',
];
const SCREENSHOTS = path.join(__dirname, '..', 'test-output', 'editor');
const STEP_TIMEOUT_MS = 30_000;
const EXAMPLE_WORKFLOW_ID = 'chiftCreateCustomer';
const EXAMPLE_NODE_NAME = 'Create customer in POS';
const NODE_TYPE = 'n8n-nodes-chift.chiftPos';

/** Fails (never skips) when the browser is missing, with the command that installs it. */
function assertChromiumInstalled() {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}. The editor test needs Debian's chromium (no browser is downloaded):\n` +
				'  apt-get update && apt-get install -y --no-install-recommends chromium\n' +
				'(.ci/run installs it; set CHROMIUM_PATH for a browser elsewhere).',
		);
	}
}

let stack;
let browser;
let page;
/** Requests the page tried to send outside 127.0.0.1 (blocked). */
const outsideRequests = [];

async function screenshot(name) {
	await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const chiftCanvasNode = () => page.locator(`[data-test-id="canvas-node"][data-node-type="${NODE_TYPE}"]`);
const ndv = () => page.locator('[data-test-id="ndv"]');
const outputPanel = () => page.locator('[data-test-id="output-panel"]');

async function openExampleWorkflow() {
	await page.goto(`${stack.editorUrl}/workflow/${EXAMPLE_WORKFLOW_ID}`);
	await chiftCanvasNode().waitFor();
}

/** Double-click the Chift POS node of the example workflow: its panel (NDV) opens. */
async function openExampleNode() {
	await openExampleWorkflow();
	await chiftCanvasNode().dblclick();
	await page.locator('[data-test-id="parameter-input-firstName"]').waitFor();
}

/** Polls `check` until it returns true; fails with its last value after STEP_TIMEOUT_MS. */
async function waitUntil(check, what = check.toString()) {
	const deadline = Date.now() + STEP_TIMEOUT_MS;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Output panel in JSON mode, as text with whitespace collapsed (`"first_name": "John",`). */
async function outputJsonText() {
	await outputPanel().locator('[data-test-id="radio-button-json"]').click();
	await outputPanel().getByText('"id":').first().waitFor();
	return (await outputPanel().innerText()).replace(/\s+/g, ' ');
}

/** The open resource-locator list (a popover holding the search box). */
const resourceList = () => page.locator('[role="dialog"]:has([data-test-id="rlc-search"])');
/** True once the open list has no loading rows left and shows at least one item. */
async function consumerListLoaded() {
	if ((await resourceList().locator('.n8n-loading').count()) > 0) return false;
	return (await resourceList().locator('[data-test-id="rlc-item"]').count()) > 0;
}

/** The credential chosen in the open node panel. */
const selectedCredential = () => ndv().locator('[data-test-id="node-credentials-select"] input').inputValue();

beforeAll(async () => {
	assertChromiumInstalled();
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	// Fail before the n8n start-up when the browser cannot start.
	const { chromium } = require('playwright-core');
	browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

	const [n8nPort, emulatorPort] = [await getFreePort(), await getFreePort()];
	// No build here: other e2e files pack dist/ in parallel workers, and `npm run build` empties it
	// first. `npm test` builds before jest; packPackage() fails clearly when dist/ is missing.
	stack = await startDemoStack({ n8nPort, emulatorPort, build: false });

	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	context.setDefaultTimeout(STEP_TIMEOUT_MS);
	// Offline: anything not on 127.0.0.1 is refused at once (and listed), not left to DNS.
	await context.route(
		(url) => url.hostname !== '127.0.0.1',
		(route) => {
			outsideRequests.push(route.request().url());
			return route.abort('blockedbyclient');
		},
	);
	page = await context.newPage();
});

afterAll(async () => {
	if (browser) await browser.close();
	if (stack) await stack.stop();
});

test('signs in with the demo owner account', async () => {
	await page.goto(`${stack.editorUrl}/signin`);
	await page.locator('input[name="emailOrLdapLoginId"]').fill(stack.login.email);
	await page.locator('input[name="password"]').fill(stack.login.password);
	await screenshot('01-signin');
	await page.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	expect(new URL(page.url()).pathname).not.toMatch(/signin|setup/);
});

test('example workflow: the Chift POS node has our SVG icon', async () => {
	await openExampleWorkflow();
	const node = chiftCanvasNode();
	await expect(node.getAttribute('data-node-name')).resolves.toBe(EXAMPLE_NODE_NAME);
	const icon = node.locator('img');
	await icon.waitFor();
	const src = await icon.getAttribute('src');
	expect(src).toMatch(/\/icons\/n8n-nodes-chift\/dist\/nodes\/ChiftPos\/chift(\.dark)?\.svg$/);
	// Loaded as an image (a broken or missing file has naturalWidth 0; a "?" fallback has no <img>).
	await expect(icon.evaluate((img) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
	const response = await page.request.get(new URL(src, stack.editorUrl).href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/image\/svg\+xml/);
	expect(await response.text()).toMatch(/<svg[\s>]/);
	await screenshot('02-example-workflow');
});

test('node panel shows Consumer, First Name, Last Name, Additional Fields, Address', async () => {
	await openExampleNode();
	const panel = ndv();
	await expect(panel.locator('[data-test-id="resource-locator-consumerId"]').isVisible()).resolves.toBe(true);
	for (const parameter of ['consumerId', 'firstName', 'lastName']) {
		await expect(panel.locator(`[data-test-id="parameter-input-${parameter}"]`).isVisible()).resolves.toBe(true);
	}
	const labels = (await panel.locator('[data-test-id="input-label"]').allInnerTexts()).map((text) => text.split('\n')[0].trim());
	for (const label of ['Resource', 'Operation', 'Consumer', 'First Name', 'Last Name', 'Additional Fields', 'Address']) {
		expect(labels).toContain(label);
	}
	// Parameter order as defined by the node: Consumer before the customer fields.
	expect(labels.indexOf('Consumer')).toBeLessThan(labels.indexOf('First Name'));
	expect(labels.indexOf('First Name')).toBeLessThan(labels.indexOf('Additional Fields'));
	expect(labels.indexOf('Additional Fields')).toBeLessThan(labels.indexOf('Address'));
	// The example's credential is selected.
	await expect(selectedCredential()).resolves.toBe(stack.credential.name);
	// The header icon is ours too.
	await expect(panel.locator('img[src$="/chift.svg"], img[src$="/chift.dark.svg"]').count()).resolves.toBeGreaterThan(0);
	await screenshot('03-node-panel');
});

test('Consumer list shows the emulator consumers and searches them', async () => {
	await openExampleNode();
	const listRequestsBefore = stack.emulator.requestsTo('GET', '/consumers').length;
	await ndv().locator('[data-test-id="rlc-input"]').click();
	const items = page.locator('[data-test-id="rlc-item"]');
	// The selected consumer shows at once, above skeleton rows; the rest comes with the search request.
	await waitUntil(consumerListLoaded, 'the consumer list to load');
	const names = await items.allInnerTexts();
	for (const consumer of stack.emulator.data.consumers) {
		expect(names).toContain(`${consumer.name} (${consumer.internal_reference})`);
	}
	expect(names).toContain('Bistro Central (CUST-001)');
	expect(stack.emulator.requestsTo('GET', '/consumers').length).toBeGreaterThan(listRequestsBefore);
	await screenshot('04-consumer-list');

	await page.locator('[data-test-id="rlc-search"]').fill('bistro');
	await waitUntil(
		async () => (await consumerListLoaded()) && JSON.stringify(await items.allInnerTexts()) === '["Bistro Central (CUST-001)"]',
		'the search "bistro" to leave only Bistro Central',
	);
	await screenshot('05-consumer-search');
	await items.first().click();
	await waitUntil(
		async () => (await ndv().locator('[data-test-id="rlc-input"]').inputValue()) === 'Bistro Central (CUST-001)',
		'the Consumer field to show "Bistro Central (CUST-001)"',
	);
});

test('Execute step runs the example and the output panel shows the created customers', async () => {
	await openExampleNode();
	const customersPath = `/consumers/${CONSUMERS.bistro}/pos/customers`;
	const before = stack.emulator.requestsTo('POST', customersPath).length;
	await ndv().locator('[data-test-id="node-execute-button"]').first().click();
	// The example's Code node makes two customers: John Doe and Anna Janssens.
	await outputPanel().getByText('2 items').waitFor();
	const posts = stack.emulator.requestsTo('POST', customersPath).slice(before);
	expect(posts.map((request) => request.status)).toEqual([200, 200]);
	expect(posts.map((request) => request.body.first_name).sort()).toEqual(['Anna', 'John']);
	const johnRequest = posts.find((request) => request.body.first_name === 'John');
	expect(johnRequest.body).toMatchObject({
		last_name: 'Doe',
		email: 'john.doe@example.com',
		address: { name: 'home', city: 'Paris', postal_code: '75000', country: 'FR' },
	});
	await screenshot('06-executed-table');

	const created = stack.emulator.customersOf(CONSUMERS.bistro).filter((customer) => ['John', 'Anna'].includes(customer.first_name));
	const json = await outputJsonText();
	for (const customer of created.slice(-2)) expect(json).toContain(customer.id);
	expect(json).toContain('"first_name": "John"');
	expect(json).toContain('"last_name": "Janssens"');
	expect(json).toContain('"postal_code": "75000"');
	await screenshot('07-executed-json');
});

test('newcomer flow: add Chift POS from the nodes panel, pick a consumer, create a customer', async () => {
	await page.goto(`${stack.editorUrl}/workflow/new`);
	await page.locator('[data-test-id="node-creator-plus-button"]').click();
	await page.locator('[data-test-id="node-creator-search-bar"]').fill('Chift');
	const nodeItem = page.locator('[data-test-id="node-creator-item-name"]', { hasText: 'Chift POS' });
	await nodeItem.waitFor();
	await expect(
		page.locator('[data-test-id="node-creator-action-item"] img[src$="/chift.svg"], [data-test-id="node-creator-action-item"] img[src$="/chift.dark.svg"]').count(),
	).resolves.toBeGreaterThan(0);
	await screenshot('08-nodes-panel');
	await nodeItem.click();
	// "Node details": Triggers and Actions. On an empty canvas n8n asks for a trigger first and, when
	// the package has one (Chift POS Trigger), keeps the Actions group collapsed.
	const actionsGroup = page.locator('[data-test-id="node-creator-category-item"]', { hasText: /^Actions/ });
	const createAction = page.locator('[data-test-id="node-creator-item-name"]', { hasText: 'Create a customer' });
	await actionsGroup.waitFor();
	if (!(await createAction.isVisible())) await actionsGroup.click();
	await createAction.waitFor();
	await screenshot('09-node-actions');
	await createAction.click();

	const panel = ndv();
	await panel.locator('[data-test-id="parameter-input-firstName"]').waitFor();
	// The only chiftApi credential is picked by itself.
	await expect(selectedCredential()).resolves.toBe(stack.credential.name);
	await panel.locator('[data-test-id="rlc-input"]').click();
	await waitUntil(consumerListLoaded, 'the consumer list to load');
	await page.locator('[data-test-id="rlc-item"]', { hasText: 'Bistro Central' }).click();
	await waitUntil(
		async () => (await panel.locator('[data-test-id="rlc-input"]').inputValue()) === 'Bistro Central (CUST-001)',
		'the Consumer field to show "Bistro Central (CUST-001)"',
	);
	await panel.locator('[data-test-id="parameter-input-firstName"] input').fill('Ada');
	await panel.locator('[data-test-id="parameter-input-lastName"] input').fill('Lovelace');
	await screenshot('10-new-node-filled');

	const customersPath = `/consumers/${CONSUMERS.bistro}/pos/customers`;
	const before = stack.emulator.requestsTo('POST', customersPath).length;
	await panel.locator('[data-test-id="node-execute-button"]').first().click();
	await outputPanel().getByText('1 item', { exact: true }).waitFor();
	const posts = stack.emulator.requestsTo('POST', customersPath).slice(before);
	expect(posts).toHaveLength(1);
	expect(posts[0].body).toEqual({ first_name: 'Ada', last_name: 'Lovelace' });
	expect(posts[0].headers.authorization).toMatch(/^Bearer /);
	const created = stack.emulator.customersOf(CONSUMERS.bistro).find((customer) => customer.first_name === 'Ada');
	expect(created).toBeDefined();
	await screenshot('11-new-node-executed');
	const json = await outputJsonText();
	expect(json).toContain(created.id);
	expect(json).toContain('"last_name": "Lovelace"');
	await screenshot('12-new-node-json');
});

test('Chift Invoicing opens in the editor: the example invoice node shows its parameters and our icon', async () => {
	await page.goto(`${stack.editorUrl}/workflow/chiftShopOrderInvoice`);
	const node = page.locator('[data-test-id="canvas-node"][data-node-type="n8n-nodes-chift.chiftInvoicing"][data-node-name="Invoice of the order"]');
	await node.waitFor();
	await node.dblclick();
	const panel = ndv();
	await panel.locator('[data-test-id="parameter-input-invoiceType"]').waitFor();
	for (const parameter of ['consumerId', 'invoiceType', 'status', 'invoiceDate', 'currency', 'lines']) {
		await expect(panel.locator(`[data-test-id="parameter-input-${parameter}"]`).isVisible()).resolves.toBe(true);
	}
	const labels = (await panel.locator('[data-test-id="input-label"]').allInnerTexts()).map((text) => text.split('\n')[0].trim());
	for (const label of ['Resource', 'Operation', 'Consumer', 'Invoice Type', 'Status', 'Contact', 'Invoice Date', 'Currency', 'Lines', 'Additional Fields']) {
		expect(labels).toContain(label);
	}
	await expect(panel.locator('[data-test-id="parameter-input-invoiceType"] input').inputValue()).resolves.toBe('Customer Invoice');
	await expect(panel.locator('img[src$="/ChiftInvoicing/chift.svg"], img[src$="/ChiftInvoicing/chift.dark.svg"]').count()).resolves.toBeGreaterThan(0);
	await screenshot('13-invoicing-node-panel');
	await page.keyboard.press('Escape');
});

test('the editor asked nothing outside 127.0.0.1 but npm about this package', () => {
	// The nodes panel's "Node details" of a community node looks the package up on the npm registry
	// from the browser (blocked here, no visible effect); nothing else may leave the machine.
	const others = outsideRequests.filter((url) => !url.startsWith('https://registry.npmjs.org/n8n-nodes-chift'));
	expect(others).toEqual([]);
});
