'use strict';
/**
 * Tokens shared by several n8n processes (queue-mode workers): one credentials table (n8n's
 * database), and in each process its own copy of the package, so its own cache of issued tokens.
 * Process A is the usual stack; process B is a second harness on the same credentials table that
 * runs a second copy of the built package (loaded in an isolated module registry, as another
 * process would load it). The emulator's expireTokens() revokes every token issued so far.
 */
const path = require('path');

const { createHarness } = require('./harness/n8n-harness');
const { startStack, locator, jsonOf, CONSUMERS } = require('./support');

const dist = path.join(__dirname, '..', 'dist');

/** A second copy of the built node and credential, with module state of its own (another process). */
function loadAnotherProcess() {
	// n8n's own library is one instance per process, shared by n8n-core and the node: keep it the
	// one n8n-core here uses, so that its error classes are the ones the node checks for.
	const workflow = require('n8n-workflow');
	let loaded;
	jest.isolateModules(() => {
		jest.doMock('n8n-workflow', () => workflow);
		loaded = {
			ChiftPos: require(path.join(dist, 'nodes/ChiftPos/ChiftPos.node.js')).ChiftPos,
			ChiftApi: require(path.join(dist, 'credentials/ChiftApi.credentials.js')).ChiftApi,
		};
	});
	jest.dontMock('n8n-workflow');
	return loaded;
}

let stack;
afterEach(async () => {
	await stack?.stop();
	stack = undefined;
});

/** Process A (the stack's harness) and process B (a copy of the package, same credentials table). */
async function twoProcesses(emulatorOptions = { faults: { latencyMs: 5 } }) {
	stack = await startStack(emulatorOptions);
	const other = loadAnotherProcess();
	const harnessB = createHarness({
		nodeTypes: { chiftPos: new other.ChiftPos() },
		credentialTypes: { chiftApi: new other.ChiftApi() },
		sharesCredentialsWith: stack.harness,
	});
	const parameters = (prefix, options = {}) => ({
		resource: 'customer',
		operation: 'create',
		consumerId: locator(CONSUMERS.bistro),
		firstName: `={{ "${prefix}" + $json.n }}`,
		lastName: 'Doe',
		options: { idempotencyKey: `={{ "${prefix}-" + $json.n }}`, ...options },
	});
	const items = (count) => Array.from({ length: count }, (_, n) => ({ json: { n } }));
	const runOn = (harness) => (prefix, count, options) =>
		harness.runNode({ type: 'chiftPos', credentials: { chiftApi: { id: 'chiftCred', name: 'Chift test' } }, parameters: parameters(prefix, options), items: items(count) });
	return { runA: (prefix, count, options) => stack.run(parameters(prefix, options), items(count)), runB: runOn(harnessB) };
}

/** Holds the nth customer create to arrive at the emulator until `action` (another process's run) is done. */
function whileCreateHeld(nth, action) {
	let creates = 0;
	stack.emulator.onRequest = (record) => {
		const isCreate = record.method === 'POST' && /\/pos\/customers$/.test(record.path);
		return isCreate && ++creates === nth ? action() : undefined;
	};
}

const bearer = (request) => (request.headers.authorization ?? '').replace(/^Bearer\s+/, '');
const postsOf = (prefix) => stack.customerPosts().filter((post) => post.body?.first_name?.startsWith(prefix));
const expectAllCreated = (result, count) => {
	expect(result.error).toBeUndefined();
	expect(result.status).toBe('success');
	expect(result.main[0]).toHaveLength(count);
	expect(new Set(jsonOf(result.main[0]).map((customer) => customer.id)).size).toBe(count);
};

test('the credential holds a newer token than this process: after its 401 the renewal never hands out the older cached one', async () => {
	const { runA, runB } = await twoProcesses();
	expectAllCreated(await runA('warmA', 1), 1); // A: token T1, stored
	const t1 = stack.storedToken();
	stack.emulator.expireTokens();
	expectAllCreated(await runB('warmB', 1), 1); // B: 401 on T1, token T2, stored
	const t2 = stack.storedToken();
	expect(t2).not.toBe(t1);
	expect(stack.tokenRequests()).toHaveLength(2);

	stack.emulator.reset();
	stack.emulator.expireTokensAfter = 10;
	const burst = await runA('burst', 30);

	expectAllCreated(burst, 30);
	const tokensSent = postsOf('burst').map(bearer);
	expect(tokensSent).not.toContain(t1);
	expect(postsOf('burst').filter((post) => post.status === 401).every((post) => bearer(post) === t2)).toBe(true);
	expect(stack.tokenRequests()).toHaveLength(1);
	expect(stack.storedToken()).not.toBe(t2);
});

test('after a 401, the newer token another process stored serves at once: no token request', async () => {
	const { runA, runB } = await twoProcesses();
	expectAllCreated(await runA('warmA', 1), 1); // A: token T1, stored
	const t1 = stack.storedToken();
	stack.emulator.reset();
	// A's next run reads T1; at its 5th create all tokens expire and B renews (stores T2) before A hears its 401.
	whileCreateHeld(5, async () => {
		stack.emulator.expireTokens();
		expectAllCreated(await runB('renewB', 1), 1);
	});
	const burst = await runA('burst', 12, { concurrency: 1 });

	expectAllCreated(burst, 12);
	const t2 = stack.storedToken();
	expect(stack.tokenRequests()).toHaveLength(1); // B's
	expect(postsOf('burst').map((post) => [post.status, bearer(post)])).toEqual([
		...Array(4).fill([200, t1]),
		[401, t1],
		...Array(8).fill([200, t2]),
	]);
});

test('a stored token that is newer but refused too (both revoked): the second renewal fetches, and the item succeeds', async () => {
	const { runA, runB } = await twoProcesses();
	expectAllCreated(await runA('warmA', 1), 1);
	const t1 = stack.storedToken();
	stack.emulator.reset();
	whileCreateHeld(3, async () => {
		stack.emulator.expireTokens();
		expectAllCreated(await runB('renewB', 1), 1);
		stack.emulator.expireTokens(); // T2, which B just stored, is revoked too
	});
	const burst = await runA('burst', 6, { concurrency: 1 });

	expectAllCreated(burst, 6);
	const t3 = stack.storedToken();
	expect(stack.tokenRequests()).toHaveLength(2); // B's, then A's
	const sent = postsOf('burst').map((post) => [post.status, bearer(post)]);
	expect(sent.slice(0, 3)).toEqual([[200, t1], [200, t1], [401, t1]]);
	expect(sent[3][0]).toBe(401); // B's token, refused as well
	expect(sent[3][1]).not.toBe(t1);
	expect(sent.slice(4)).toEqual(Array(4).fill([200, t3]));
});

test('both processes in a burst, tokens revoked three times: every item succeeds, never resent with a token refused to it, two token requests per revocation at most', async () => {
	const { runA, runB } = await twoProcesses();
	expectAllCreated(await runA('warmA', 1), 1);
	stack.emulator.expireTokens();
	expectAllCreated(await runB('warmB', 1), 1); // A's cache is now older than the stored token
	stack.emulator.reset();
	let posts = 0;
	stack.emulator.onRequest = (record) => {
		if (record.method === 'POST' && /\/pos\/customers$/.test(record.path) && [20, 50, 80].includes(++posts)) stack.emulator.expireTokens();
	};
	const [a, b] = await Promise.all([runA('burstA', 50, { concurrency: 5 }), runB('burstB', 50, { concurrency: 5 })]);

	expectAllCreated(a, 50);
	expectAllCreated(b, 50);
	// Per item: the tokens refused to it, in order. A revocation also kills the newer token another
	// process stored, so a second 401 may follow (the second renewal then fetches), never a third,
	// and never with a token already refused to that item.
	const refusedPerKey = new Map();
	for (const post of stack.customerPosts().filter((p) => p.status === 401)) {
		const key = post.headers['x-chift-client-requestid'];
		refusedPerKey.set(key, [...(refusedPerKey.get(key) ?? []), bearer(post)]);
	}
	expect(refusedPerKey.size).toBeGreaterThan(0);
	for (const tokens of refusedPerKey.values()) {
		expect(tokens.length).toBeLessThanOrEqual(2);
		expect(new Set(tokens).size).toBe(tokens.length);
	}
	expect(stack.tokenRequests().length).toBeLessThanOrEqual(6);
});

test('a token stored by version 0.1 ("<fingerprint>.<token>") is still sent, and its renewal is stored with its expiry', async () => {
	const { runA } = await twoProcesses();
	expectAllCreated(await runA('first', 1), 1);
	const stored = stack.harness.getCredential('chiftCred').sessionToken;
	expect(stored).toMatch(/^[0-9a-f]{16}:\d{13}\.emu_[0-9a-f]+$/);
	const [, fingerprint, expiresAt, token] = /^([0-9a-f]{16}):(\d+)\.(.*)$/.exec(stored);
	expect(Number(expiresAt)).toBeGreaterThan(Date.now() + 1_700_000);
	stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, sessionToken: `${fingerprint}.${token}` }, 'Chift test');
	stack.emulator.reset();

	expectAllCreated(await runA('old', 2), 2);
	expect(stack.tokenRequests()).toHaveLength(0);
	expect(postsOf('old').map(bearer)).toEqual([token, token]);

	stack.emulator.expireTokens();
	expectAllCreated(await runA('renewed', 1), 1);
	expect(stack.tokenRequests()).toHaveLength(1);
	expect(stack.harness.getCredential('chiftCred').sessionToken).toMatch(new RegExp(`^${fingerprint}:\\d{13}\\.emu_`));
});

test('an execution that starts with a token this process saw refused fetches a new one before sending', async () => {
	const { runA } = await twoProcesses();
	expectAllCreated(await runA('first', 1), 1);
	const refused = stack.harness.getCredential('chiftCred').sessionToken;
	stack.emulator.expireTokens();
	expectAllCreated(await runA('renews', 1), 1); // 401 on the stored token, then a new one
	// The credential goes back to the refused token (as another process, or an import, could leave it).
	stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, sessionToken: refused }, 'Chift test');
	stack.emulator.reset();

	expectAllCreated(await runA('again', 3), 3);
	expect(postsOf('again').map((post) => post.status)).toEqual([200, 200, 200]);
	expect(stack.tokenRequests()).toHaveLength(0); // the token this process holds, issued after the refused one
});
