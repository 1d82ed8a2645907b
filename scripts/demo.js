#!/usr/bin/env node
'use strict';

/**
 * `npm start`: a real n8n on http://127.0.0.1:5678 with this package installed, an offline Chift
 * emulator, a ready credential and the example workflows. Ctrl-C stops everything.
 *
 * Environment: N8N_PORT (default 5678), CHIFT_EMULATOR_PORT (default 18080),
 * DEMO_N8N_LOGS=1 to show n8n's own log output.
 */

const { ensureSetup } = require('./setup');

function portFromEnv(name, fallback) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) {
		console.error(`${name}=${raw} is not a TCP port (1-65535).`);
		process.exit(2);
	}
	return port;
}

const log = (message) => process.stderr.write(`[demo] ${message}\n`);

function describeConsumer(consumer) {
	const pos = consumer.connections.filter((c) => c.api === 'Point of Sale');
	let note;
	if (pos.length === 0) note = `no POS, only ${consumer.connections.map((c) => c.api).join(', ') || 'nothing'}: POS operations fail`;
	else if (pos.length > 1) note = `two POS (${pos.map((c) => c.integration).join(' + ')}): pick one in Options → Connection`;
	else if (pos[0].unsupported) note = `${pos[0].integration}: ${pos[0].unsupported.join(', ')} not supported (405)`;
	else if (pos[0].failure) note = `${pos[0].integration}: the POS rejects Chift's login (connector error)`;
	else note = `${pos[0].integration}: everything works`;
	for (const other of consumer.connections.filter((c) => c.api !== 'Point of Sale')) {
		note += `; ${other.api}: ${other.integration}${other.folders?.length > 1 ? ` with ${other.folders.length} folders (pick one in Folder)` : ''}`;
	}
	return `  ${consumer.name.padEnd(18)} ${String(consumer.internal_reference).padEnd(9)} ${consumer.consumerid}  ${note}`;
}

async function main() {
	const n8nPort = portFromEnv('N8N_PORT', 5678);
	const emulatorPort = portFromEnv('CHIFT_EMULATOR_PORT', 18080);
	const started = Date.now();
	const abort = new AbortController();
	let stack = null;
	let shuttingDown = false;

	const shutDown = async (code, reason) => {
		if (shuttingDown) return;
		shuttingDown = true;
		if (reason) log(reason);
		if (stack) await stack.stop();
		else abort.abort(); // start-up still running: it stops what it started, then main() exits
		if (stack) process.exit(code);
	};
	process.on('SIGINT', () => shutDown(0, 'stopping n8n and the emulator...'));
	process.on('SIGTERM', () => shutDown(0, 'stopping n8n and the emulator...'));

	log('starting (a fresh clone first installs the npm packages and n8n 2.8.4 into a cache, a few minutes)');
	try {
		ensureSetup({ n8nVersions: ['2.8.4'] });
		// Only now: the emulator checks bodies with ajv, which the set-up has just installed on a fresh clone.
		const { startDemoStack } = require('./demo-stack');
		stack = await startDemoStack({
			n8nPort,
			emulatorPort,
			log,
			signal: abort.signal,
			onN8nOutput: process.env.DEMO_N8N_LOGS ? (text) => process.stderr.write(text) : undefined,
		});
	} catch (error) {
		if (abort.signal.aborted) process.exit(0);
		console.error(`\nDemo failed to start: ${error.message}`);
		process.exit(1);
	}

	stack.exited.then(({ code, signal }) => {
		const tail = stack.n8n.output().split('\n').slice(-40).join('\n');
		shutDown(1, `n8n exited unexpectedly (code ${code}${signal ? `, ${signal}` : ''}); its last output:\n${tail}`);
	});

	const createCustomer = stack.workflows.find((workflow) => workflow.file === 'create-customer.workflow.json') ?? stack.workflows[0];
	const lines = [
		'',
		`n8n-nodes-chift demo ready in ${((Date.now() - started) / 1000).toFixed(0)} s`,
		'',
		`  Editor     ${stack.editorUrl}`,
		`  Login      ${stack.login.email} / ${stack.login.password}`,
		`  Chift      ${stack.emulator.url}  (offline emulator; credential "${stack.credential.name}")`,
		'',
		'Example workflows:',
		...stack.workflows.map((workflow) => `  ${workflow.name.padEnd(42)} ${stack.editorUrl}/workflow/${workflow.id}`),
		'',
		"Sample consumers (pick one in the node's Consumer list):",
		...stack.emulator.data.consumers.map(describeConsumer),
		'',
		`Try it: open "${createCustomer ? createCustomer.name : 'a workflow'}", click "Execute workflow", then`,
		'double-click the Chift POS node to see the created customers. Or start a new workflow, add',
		'"Chift POS" (the + button, search "Chift", pick "Create a customer"), keep the credential',
		`"${stack.credential.name}", pick a consumer, fill in First Name and Last Name, click "Execute step".`,
		'',
		'Chift POS Trigger: activate "Chift POS: new order → invoice lines" (or click "Execute workflow" to',
		'listen for a test event), then make the emulator complete an order at Bistro Central:',
		`  curl -X POST ${stack.emulator.url}/_emulator/complete-order/${stack.emulator.data.consumers[0].consumerid}`,
		'Chift Trigger on account.connection.created: make a consumer without a POS (Boulangerie Lune) connect one:',
		`  curl -X POST ${stack.emulator.url}/_emulator/connection-created/${stack.emulator.data.consumers[2].consumerid}`,
		'',
		'AI agent: open "Chift POS: an AI agent that creates customers and reads orders", fill in an OpenAI',
		'API key in the credential "OpenAI (fill in your API key)" (the only part that leaves this machine),',
		'then "Open chat" and ask: "Create the customer Ada Lovelace, ada@example.com, and tell me yesterday\'s orders."',
		'',
		'Ctrl-C stops n8n and the emulator and deletes the temporary n8n folder.',
		'',
	];
	process.stdout.write(lines.join('\n'));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
