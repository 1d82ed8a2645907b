'use strict';
/**
 * Customer → Create through n8n-core's execution engine against the Chift emulator: what is sent,
 * what comes out, tokens, validation, Chift's errors, continue-on-fail and idempotency.
 */
const { NodeApiError, NodeOperationError } = require('n8n-workflow');

const { startStack, locator, jsonOf, CONSUMERS } = require('./support');

let stack;
beforeEach(async () => {
	stack = await startStack();
});
afterEach(async () => {
	await stack.stop();
});

const names = { firstName: 'John', lastName: 'Doe' };

describe('what the node sends and returns', () => {
	test('minimal create sends exactly the two names and outputs the created customer', async () => {
		const result = await stack.run(names);

		expect(result.status).toBe('success');
		const [post] = stack.customerPosts();
		expect(stack.customerPosts()).toHaveLength(1);
		expect(post.path).toBe(`/consumers/${CONSUMERS.bistro}/pos/customers`);
		expect(post.body).toEqual({ first_name: 'John', last_name: 'Doe' });
		expect(post.headers.authorization).toMatch(/^Bearer emu_[0-9a-f]+$/);
		expect(post.headers['content-type']).toMatch(/application\/json/);
		expect(post.headers['x-chift-client-requestid']).toBeTruthy();

		const [created] = stack.emulator.customersOf(CONSUMERS.bistro).slice(-1);
		expect(jsonOf(result.main[0])).toEqual([created]);
		expect(result.main[0][0].pairedItem).toEqual({ item: 0 });
	});

	test('full create sends every field, the address nested with postal_code, the country upper-cased', async () => {
		const result = await stack.run({
			firstName: '  John ',
			lastName: 'Doe',
			additionalFields: { email: 'john.doe@gmail.com', phone: '+32475123456' },
			address: {
				name: 'home',
				street: 'Avenue de la République',
				number: '123',
				box: 'A',
				city: 'Paris',
				postalCode: '75000',
				country: 'fr',
			},
		});

		expect(result.status).toBe('success');
		expect(stack.customerPosts()[0].body).toEqual({
			first_name: 'John',
			last_name: 'Doe',
			phone: '+32475123456',
			email: 'john.doe@gmail.com',
			address: {
				name: 'home',
				street: 'Avenue de la République',
				number: '123',
				box: 'A',
				city: 'Paris',
				postal_code: '75000',
				country: 'FR',
			},
		});
		expect(result.main[0][0].json).toMatchObject({ name: 'John Doe', email: 'john.doe@gmail.com' });
		expect(result.main[0][0].json.addresses[0]).toMatchObject({ postal_code: '75000', country: 'FR' });
	});

	test('optional fields left empty by expressions are not sent at all', async () => {
		await stack.run(
			{
				firstName: '={{ $json.first }}',
				lastName: '={{ $json.last }}',
				additionalFields: { email: '={{ $json.email }}', phone: '={{ $json.phone }}' },
				address: { name: '={{ $json.label }}', city: '={{ $json.city }}', postalCode: '={{ $json.zip }}', country: '={{ $json.country }}' },
			},
			[{ json: { first: 'Anna', last: 'Janssens', email: '', phone: null, label: '', city: '', zip: '', country: '' } }],
		);
		expect(stack.customerPosts()[0].body).toEqual({ first_name: 'Anna', last_name: 'Janssens' });
	});

	test('many items through expressions: order, pairing, one token exchange, one key per item', async () => {
		const items = Array.from({ length: 12 }, (_, i) => ({ json: { first: `First${i}`, last: `Last${i}` } }));
		const result = await stack.run({ firstName: '={{ $json.first }}', lastName: '={{ $json.last }}' }, items);

		expect(result.status).toBe('success');
		expect(result.main[0].map((item) => item.json.first_name)).toEqual(items.map((item) => item.json.first));
		expect(result.main[0].map((item) => item.pairedItem)).toEqual(items.map((_, i) => ({ item: i })));
		expect(stack.customerPosts()).toHaveLength(12);
		expect(stack.tokenRequests()).toHaveLength(1);
		const keys = stack.customerPosts().map((post) => post.headers['x-chift-client-requestid']);
		expect(new Set(keys).size).toBe(12);
	});
});

describe('token exchange and renewal', () => {
	test('the token request carries the API key as JSON', async () => {
		await stack.run(names);
		const [tokenRequest] = stack.tokenRequests();
		expect(tokenRequest.headers['content-type']).toMatch(/application\/json/);
		expect(tokenRequest.body).toEqual({
			accountId: stack.emulator.apiKey.accountId,
			clientId: stack.emulator.apiKey.clientId,
			clientSecret: stack.emulator.apiKey.clientSecret,
		});
	});

	test('the token is stored in the credential and reused by the next execution', async () => {
		await stack.run(names);
		expect(stack.harness.getCredential('chiftCred').sessionToken).toMatch(/^[0-9a-f]{16}:\d{13}\.emu_[0-9a-f]+$/);
		const stored = stack.storedToken();
		await stack.run(names);
		expect(stack.tokenRequests()).toHaveLength(1);
		expect(stack.customerPosts()[1].headers.authorization).toBe(`Bearer ${stored}`);
	});

	test('an expired token is renewed once after a 401 and the request succeeds', async () => {
		await stack.run(names);
		const first = stack.storedToken();
		stack.emulator.expireTokens();

		const result = await stack.run(names);

		expect(result.status).toBe('success');
		expect(stack.tokenRequests()).toHaveLength(2);
		const posts = stack.customerPosts();
		expect(posts.map((post) => post.status)).toEqual([200, 401, 200]);
		const renewed = stack.storedToken();
		expect(renewed).not.toBe(first);
		expect(posts[2].headers.authorization).toBe(`Bearer ${renewed}`);
	});

	test('a stale stored token is replaced after its 401', async () => {
		await stack.run(names);
		const stored = stack.harness.getCredential('chiftCred').sessionToken;
		stack.emulator.expireTokens();
		stack.emulator.reset();
		stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, sessionToken: stored }, 'Chift test');
		const result = await stack.run(names);
		expect(result.status).toBe('success');
		expect(stack.customerPosts().map((post) => post.status)).toEqual([401, 200]);
		expect(stack.tokenRequests()).toHaveLength(1);
	});

	test('a token stored before the credential was edited is never sent: a new one is fetched first', async () => {
		stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, sessionToken: 'stale' }, 'Chift test');
		const result = await stack.run(names);
		expect(result.status).toBe('success');
		expect(stack.customerPosts().map((post) => post.status)).toEqual([200]);
		expect(stack.tokenRequests()).toHaveLength(1);
	});

	test('after the Base URL changes, the old token does not go to the new host', async () => {
		await stack.run(names);
		const oldToken = stack.storedToken();
		const other = await startStack();
		try {
			const edited = { ...stack.harness.getCredential('chiftCred'), baseUrl: other.emulator.url };
			stack.harness.setCredential('chiftCred', 'chiftApi', edited, 'Chift test');
			const result = await stack.run(names);
			expect(result.status).toBe('success');
			expect(other.emulator.requests.some((r) => (r.headers.authorization ?? '').includes(oldToken))).toBe(false);
			expect(other.tokenRequests()).toHaveLength(1);
		} finally {
			await other.stop();
		}
	});

	test('a 401 hitting many items at once still costs one token exchange', async () => {
		await stack.run(names);
		stack.emulator.expireTokens();
		const items = Array.from({ length: 8 }, (_, i) => ({ json: { first: `F${i}` } }));
		const result = await stack.run({ firstName: '={{ $json.first }}', lastName: 'Doe' }, items);
		expect(result.status).toBe('success');
		expect(result.main[0]).toHaveLength(8);
		expect(stack.tokenRequests()).toHaveLength(2);
	});

	test('Access Token mode sends the pasted token and never calls /token', async () => {
		await stack.run(names);
		const token = stack.storedToken();
		stack.harness.setCredential('chiftCred', 'chiftApi', { authentication: 'accessToken', token: ` ${token} `, baseUrl: stack.emulator.url }, 'Chift test');
		const result = await stack.run(names);
		expect(result.status).toBe('success');
		expect(stack.customerPosts()[1].headers.authorization).toBe(`Bearer ${token}`);
		expect(stack.tokenRequests()).toHaveLength(1);
	});
});

describe('validation before anything is sent', () => {
	const cases = [
		['an empty first name', { firstName: '  ', lastName: 'Doe' }, /First Name is empty \[item 0\]/, /Enter a First Name/],
		['an empty last name', { firstName: 'John', lastName: '={{ "" }}' }, /Last Name is empty \[item 0\]/, /Enter a Last Name/],
		[
			'an address without name, city and postal code',
			{ ...names, address: { street: 'Rue Haute' } },
			/Address is missing Name, City, Postal Code \[item 0\]/,
			/add Name, City, Postal Code, or remove the address/,
		],
		[
			'an address without postal code',
			{ ...names, address: { name: 'home', city: 'Paris' } },
			/Address is missing Postal Code/,
			/Chift needs Name, City, Postal Code/,
		],
		['a country name', { ...names, address: { name: 'home', city: 'Paris', postalCode: '75000', country: 'France' } }, /Country "France" is not a two-letter ISO 3166-1 country code/, /Use FR for France/],
		['an unknown two-letter code', { ...names, address: { name: 'home', city: 'London', postalCode: 'N1', country: 'UK' } }, /Country "UK" is not/, /Use GB for United Kingdom/],
		['an email that is not an email address', { ...names, additionalFields: { email: 'john.doe@' } }, /Email "john.doe@" is not an email address/, /such as john.doe@example.com/],
		['a consumer ID that is not a UUID', { ...names, consumerId: locator('={{ "bistro-central" }}') }, /Consumer "bistro-central" is not a valid ID/, /UUID/],
		['no consumer', { ...names, consumerId: locator('={{ $json.missing }}', 'list') }, /Consumer is empty/, /Pick a consumer/],
	];

	test.each(cases)('%s fails the item with the field named and a fix, and sends nothing', async (_, parameters, message, fix) => {
		const result = await stack.run(parameters);

		expect(result.status).toBe('error');
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toMatch(message);
		expect(result.error.description).toMatch(fix);
		expect(result.error.context.itemIndex).toBe(0);
		expect(stack.customerPosts()).toHaveLength(0);
	});

	test('one invalid item stops the run before any item is sent', async () => {
		const items = [{ json: { last: 'Doe' } }, { json: { last: 'Dupont' } }, { json: { last: '' } }];
		const result = await stack.run({ firstName: 'Jo', lastName: '={{ $json.last }}' }, items);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Last Name is empty [item 2]');
		expect(stack.emulator.requests).toHaveLength(0);
	});

	test('a valid lower-case country passes upper-cased', async () => {
		await stack.run({ ...names, address: { name: 'home', city: 'Brussel', postalCode: '1000', country: ' be ' } });
		expect(stack.customerPosts()[0].body.address.country).toBe('BE');
	});
});

describe("Chift's errors", () => {
	const apiCases = [
		['400 no POS connection', { consumerId: locator(CONSUMERS.bakery) }, '400', 'No active connection found for the API Point of Sale', /ERROR_NO_ACTIVE_CONNECTION/],
		['404 unknown consumer', { consumerId: locator('00000000-0000-4000-8000-000000000000') }, '404', 'Consumer 00000000-0000-4000-8000-000000000000 not found', /Check the consumer/],
		['405 connector without customers', { consumerId: locator(CONSUMERS.cafe) }, '405', 'Zelty does not support "Create a customer" through Chift', /Chift: The resource POST - customers is not supported by Zelty\.[\s\S]*ERROR_RESOURCE_NOT_SUPPORTED[\s\S]*use another operation/],
		['502 connector login failing', { consumerId: locator(CONSUMERS.pizzeria) }, '502', 'Error while trying to authenticate to Tiller', /ERROR_CONNECTOR_AUTHENTICATION\.\nThe POS refused Chift's login[\s\S]*reconnect the POS/],
	];

	test.each(apiCases)('%s becomes a NodeApiError with Chift message and code', async (_, parameters, httpCode, message, description) => {
		const result = await stack.run({ ...names, ...parameters });
		expect(result.status).toBe('error');
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe(httpCode);
		expect(result.error.message).toBe(message);
		expect(result.error.description).toMatch(description);
		expect(result.error.context.itemIndex).toBe(0);
	});

	test('422 lists every field with its reason', async () => {
		stack.emulator.inject({
			method: 'POST',
			path: /\/pos\/customers$/,
			status: 422,
			body: {
				status: 'error',
				message: 'Validation error',
				error_code: 'ERROR_INVALID_BODY',
				detail: [
					{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
					{ loc: ['body', 'address', 'postal_code'], msg: 'String should have at most 10 characters', type: 'string_too_long' },
				],
			},
		});
		const result = await stack.run(names);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.httpCode).toBe('422');
		expect(result.error.message).toBe(
			'Chift rejected the request: email: value is not a valid email address; address.postal_code: String should have at most 10 characters',
		);
		expect(result.error.description).toMatch(/email: value is not a valid email address\naddress\.postal_code: String should have at most 10 characters\nChift error code: ERROR_INVALID_BODY\./);
	});

	test('stopping on an error names the items Chift already created alongside it', async () => {
		stack.emulator.inject({ method: 'POST', path: /\/pos\/customers$/, status: 422, body: { status: 'error', message: 'Rejected', error_code: 'ERROR_INVALID_BODY', detail: '' } });
		const items = ['A', 'B', 'C', 'D', 'E'].map((first) => ({ json: { first } }));
		const result = await stack.run({ ...names, firstName: '={{ $json.first }}', options: { concurrency: 5 } }, items);
		expect(result.error).toBeInstanceOf(NodeApiError);
		const failed = result.error.context.itemIndex;
		const others = [0, 1, 2, 3, 4].filter((index) => index !== failed);
		expect(stack.customerPosts()).toHaveLength(5);
		expect(result.error.description).toContain(
			`Before the run stopped, Chift already carried out items ${others.join(', ')}; their results are not in the output.`,
		);
	});

	test('stopping on an error also names the items whose outcome is unknown (no answer from the system behind Chift)', async () => {
		const failure = (status) => ({ method: 'POST', path: /\/pos\/customers$/, status, body: { status: 'error', message: `HTTP ${status}`, error_code: 'ERROR_X', detail: '' } });
		stack.emulator.inject(failure(422));
		stack.emulator.inject(failure(502));
		const firsts = ['A', 'B', 'C', 'D', 'E'];
		const result = await stack.run({ ...names, firstName: '={{ $json.first }}', options: { concurrency: 5, retries: 0 } }, firsts.map((first) => ({ json: { first } })));
		const statusOf = Object.fromEntries(stack.customerPosts().map((post) => [firsts.indexOf(post.body.first_name), post.status]));
		const [rejected, unanswered] = [422, 502].map((status) => Number(Object.keys(statusOf).find((index) => statusOf[index] === status)));
		expect(result.error.context.itemIndex).toBe(Math.min(rejected, unanswered));
		const done = [0, 1, 2, 3, 4].filter((index) => statusOf[index] === 200);
		expect(result.error.description).toContain(`Chift already carried out items ${done.join(', ')};`);
		if (rejected < unanswered) expect(result.error.description).toContain(`Chift may also have carried out item ${unanswered} (no answer from the system behind Chift).`);
		else expect(result.error.description).not.toContain('may also');
	});

	test('a wrong client secret says the API key was rejected', async () => {
		stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, clientSecret: 'wrong-secret' }, 'Chift test');
		const result = await stack.run(names);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe('Chift rejected the API key (HTTP 401): the Account ID, Client ID or Client Secret is wrong');
		expect(result.error.description).toMatch(/API keys page/);
		expect(stack.customerPosts().every((post) => post.status === 401)).toBe(true);
	});

	test('an unreachable Chift names the base URL and the network error', async () => {
		await stack.run(names); // a valid token is stored: the failing call is the POS request
		const url = stack.emulator.url;
		await stack.stop();
		const result = await stack.run(names);
		stack = await startStack(); // afterEach closes a live emulator
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error.message).toBe(`Could not reach Chift at ${url}: the connection was refused`);
		expect(result.error.description).toMatch(/Network error ECONNREFUSED/);
	});

	test('no secret or token appears in errors or outputs', async () => {
		await stack.run(names);
		const token = stack.storedToken();
		const outcomes = [
			await stack.run({ ...names, consumerId: locator(CONSUMERS.pizzeria) }),
			await stack.run({ ...names, consumerId: locator(CONSUMERS.cafe) }, [{ json: {} }], { onError: 'continueErrorOutput' }),
		];
		stack.harness.setCredential('chiftCred', 'chiftApi', { ...stack.credentialData, clientSecret: 'wrong-secret-value' }, 'Chift test');
		outcomes.push(await stack.run(names));
		for (const outcome of outcomes) {
			const text = JSON.stringify({ runData: outcome.runData, error: outcome.error, stack: outcome.error?.stack, cause: outcome.error?.cause });
			expect(text).not.toContain(stack.emulator.apiKey.clientSecret);
			expect(text).not.toContain('wrong-secret-value');
			expect(text).not.toContain(token);
		}
	});
});

describe('continue on error', () => {
	const mixed = [
		{ json: { consumer: CONSUMERS.bistro, first: 'Ann' } },
		{ json: { consumer: CONSUMERS.cafe, first: 'Bob' } },
		{ json: { consumer: CONSUMERS.bistro, first: '' } },
		{ json: { consumer: CONSUMERS.bistro, first: 'Dan' } },
	];
	const parameters = { consumerId: locator('={{ $json.consumer }}'), firstName: '={{ $json.first }}', lastName: 'Doe' };

	test('regular output: failed items carry their error in place, the others go on', async () => {
		const result = await stack.run(parameters, mixed, { onError: 'continueRegularOutput' });
		expect(result.status).toBe('success');
		const out = result.main[0];
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(out[0].json.first_name).toBe('Ann');
		expect(out[1].json.error).toBe('Zelty does not support "Create a customer" through Chift');
		expect(out[2].json.error).toBe('First Name is empty [item 2]');
		expect(out[3].json.first_name).toBe('Dan');
		expect(stack.customerPosts()).toHaveLength(3);
	});

	test('error output: failed items go to the second output, paired with their input', async () => {
		const result = await stack.run(parameters, mixed, { onError: 'continueErrorOutput' });
		expect(result.status).toBe('success');
		const [success, failed] = result.main;
		expect(success.map((item) => [item.json.first_name, item.pairedItem])).toEqual([
			['Ann', { item: 0 }],
			['Dan', { item: 3 }],
		]);
		expect(failed.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Zelty does not support "Create a customer" through Chift', { item: 1 }],
			['First Name is empty [item 2]', { item: 2 }],
		]);
		expect(failed[0].error.description).toMatch(/ERROR_RESOURCE_NOT_SUPPORTED/);
	});
});

describe('idempotency', () => {
	test('the default key is derived from the instance, the workflow, the execution, the node and the item', async () => {
		await stack.run(names, [{ json: {} }, { json: {} }], { executionId: '4711' });
		const keys = stack.customerPosts().map((post) => post.headers['x-chift-client-requestid']);
		const shape = /^n8n:([0-9a-f]{16,}):([^:]*):4711:([^:]+):0:([01])$/;
		expect(keys.map((key) => key.match(shape)?.[4]).sort()).toEqual(['0', '1']);
		expect(new Set(keys).size).toBe(2);
		expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(255);
	});

	test('two items with the same key but different requests are refused before sending: Chift would carry out only one', async () => {
		const parameters = { ...names, firstName: '={{ $json.first }}', options: { idempotencyKey: '={{ $json.ref }}' } };
		const items = [{ json: { ref: 'a', first: 'Ann' } }, { json: { ref: 'b', first: 'Bob' } }, { json: { ref: 'a', first: 'Cid' } }];
		const result = await stack.run(parameters, items);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error.message).toBe('Idempotency Key "a" is also the key of item 0, which sends a different request [item 2]');
		expect(result.error.description).toMatch(/must send the same request/);
		expect(stack.customerPosts()).toHaveLength(0);
	});

	test('the same key in another execution creates nothing new', async () => {
		const parameters = { ...names, options: { idempotencyKey: '={{ "crm-" + $json.externalId }}' } };
		const first = await stack.run(parameters, [{ json: { externalId: 42 } }]);
		expect(first.status).toBe('success');
		expect(stack.customerPosts()[0].headers['x-chift-client-requestid']).toBe('crm-42');

		const before = stack.emulator.customersOf(CONSUMERS.bistro).length;
		await stack.run(parameters, [{ json: { externalId: 42 } }]);
		expect(stack.emulator.customersOf(CONSUMERS.bistro)).toHaveLength(before);
	});

	test('the same key for another customer in a later run is an error, never the earlier customer as this result', async () => {
		// README advises keys built from external IDs: a CRM that reuses an ID for another person hits this.
		const parameters = { lastName: 'Doe', firstName: '={{ $json.first }}', options: { idempotencyKey: 'crm-7' } };
		const first = await stack.run(parameters, [{ json: { first: 'John' } }]);
		expect(first.status).toBe('success');
		const john = first.main[0][0].json;
		const before = stack.emulator.customersOf(CONSUMERS.bistro).length;

		const second = await stack.run(parameters, [{ json: { first: 'Jane' } }]);
		expect(second.error).toBeInstanceOf(NodeApiError);
		expect(second.error.message).toBe(
			`Idempotency key "crm-7" was already used for another request: it produced customer ${john.id}, which is not what this item sent`,
		);
		expect(second.error.description).toContain('first_name: sent "Jane", the record has "John"');
		expect(second.main?.[0] ?? []).toHaveLength(0);
		expect(stack.emulator.customersOf(CONSUMERS.bistro)).toHaveLength(before);
	});

	test('with continue-on-fail, a reused key for other data goes to the error output of that item only', async () => {
		const parameters = { lastName: 'Doe', firstName: '={{ $json.first }}', options: { idempotencyKey: '={{ $json.key }}' } };
		await stack.run(parameters, [{ json: { first: 'Max', key: 'crm-8' } }]);
		const result = await stack.run(parameters, [{ json: { first: 'Mia', key: 'crm-8' } }, { json: { first: 'Ned', key: 'crm-9' } }], {
			onError: 'continueErrorOutput',
		});
		expect(jsonOf(result.main[0]).map((customer) => customer.first_name)).toEqual(['Ned']);
		expect(result.main[1].map((item) => [item.json.error, item.pairedItem])).toEqual([
			[expect.stringMatching(/^Idempotency key "crm-8" was already used for another request/), { item: 0 }],
		]);
	});

	test('a POS that formats what it stores (phone, case) is not taken for another request', async () => {
		const parameters = { lastName: 'Doe', firstName: 'Lou', additionalFields: { phone: '+32470123456' }, options: { idempotencyKey: 'crm-10' } };
		const first = await stack.run(parameters);
		const stored = stack.emulator.customersOf(CONSUMERS.bistro).find((customer) => customer.id === first.main[0][0].json.id);
		stored.phone = '+32 470 12 34 56';
		stored.first_name = 'LOU';
		const again = await stack.run(parameters);
		expect(again.status).toBe('success');
		expect(again.main[0][0].json.id).toBe(stored.id);
	});

	test('an address is compared with the record\'s addresses: the same one recovers, another one is an error', async () => {
		const address = (city) => ({ name: 'home', city, postalCode: '75000', country: 'fr' });
		const parameters = (city) => ({ ...names, address: address(city), options: { idempotencyKey: 'crm-addr' } });
		const first = await stack.run(parameters('Paris'));
		expect(first.status).toBe('success');
		const same = await stack.run(parameters('Paris'));
		expect(same.status).toBe('success');
		expect(same.main[0][0].json.id).toBe(first.main[0][0].json.id);
		const other = await stack.run(parameters('Lyon'));
		expect(other.error.message).toMatch(/^Idempotency key "crm-addr" was already used for another request/);
		expect(other.error.description).toContain("address: sent {\"name\":\"home\",\"city\":\"Lyon\"");
		expect(other.error.description).toContain("the record's addresses have no such entry");
	});

	test('a key longer than Chift accepts is refused before sending', async () => {
		const result = await stack.run({ ...names, options: { idempotencyKey: 'k'.repeat(256) } });
		expect(result.error.message).toBe('Idempotency Key is 256 characters long [item 0]');
		expect(stack.customerPosts()).toHaveLength(0);
	});
});
