'use strict';

/**
 * The floor of a benchmark row: the same requests sent by a plain Node client (node:http, no n8n,
 * no expressions), in its own process like n8n, with `lanes` requests in flight at once. Each
 * request opens a new TCP connection, as every request made through n8n's HTTP helpers does
 * (n8n-core creates a new http.Agent per request); `keepAlive: true` reuses connections instead.
 *
 *   node bench/floor-client.js '<json>'
 *   json: { url, token, consumer, mode: 'create' | 'createClient' | 'pages', count, lanes, prefix?, keepAlive?,
 *           pageSize?, dateFrom?, dateTo? }
 *   prints: { ms, ok, failed, statuses }
 */

const http = require('node:http');

async function main() {
	const spec = JSON.parse(process.argv[2]);
	const agent = spec.keepAlive ? new http.Agent({ keepAlive: true }) : undefined;
	const base = new URL(spec.url);
	const send = (method, path, body) =>
		new Promise((resolve) => {
			const payload = body === undefined ? undefined : JSON.stringify(body);
			const request = http.request(
				{
					host: base.hostname,
					port: base.port,
					path,
					method,
					agent: agent ?? new http.Agent(),
					headers: {
						accept: 'application/json',
						authorization: `Bearer ${spec.token}`,
						...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
					},
				},
				(response) => {
					const chunks = [];
					response.on('data', (chunk) => chunks.push(chunk));
					response.on('end', () => {
						let json;
						try {
							json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
						} catch {
							json = undefined;
						}
						resolve({ status: response.statusCode, json });
					});
				},
			);
			request.on('error', (error) => resolve({ status: error.code || 'error' }));
			request.end(payload);
		});

	const consumerPath = `/consumers/${encodeURIComponent(spec.consumer)}`;
	const job =
		spec.mode === 'pages'
			? (index) =>
					send(
						'GET',
						`${consumerPath}/pos/orders?date_from=${spec.dateFrom}&date_to=${spec.dateTo}&page=${index + 1}&size=${spec.pageSize ?? 100}`,
					)
			: spec.mode === 'createClient'
				? (index) =>
						send('POST', `${consumerPath}/accounting/clients`, {
							name: `${spec.prefix}-${index}`,
							email: `${spec.prefix}-${index}@example.com`,
							addresses: [],
						})
				: (index) =>
						send('POST', `${consumerPath}/pos/customers`, {
							first_name: `${spec.prefix}-${index}`,
							last_name: 'Bench',
							email: `${spec.prefix}-${index}@example.com`,
						});

	const statuses = {};
	let ok = 0;
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: Math.min(spec.lanes, spec.count) }, async () => {
			while (next < spec.count) {
				const index = next++;
				const { status } = await job(index);
				statuses[status] = (statuses[status] ?? 0) + 1;
				if (status === 200) ok++;
			}
		}),
	);
	const ms = performance.now() - started;
	process.stdout.write(`${JSON.stringify({ ms, ok, failed: spec.count - ok, statuses })}\n`);
	agent?.destroy();
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
