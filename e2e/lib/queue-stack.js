'use strict';
/**
 * n8n in queue mode, as a user scales it out: Redis, PostgreSQL, `n8n start` (main: editor, API and
 * production webhooks, which it hands to the workers through Redis) and several `n8n worker`, all on
 * 127.0.0.1, with the packed package installed once as a community package in their shared user
 * folder (n8n-runner.js).
 *
 *   const stack = await startQueueStack({ packageTarball, workers: 2 });
 *   stack.main.url; stack.workers[0].pid; stack.workerOf(executionId) -> 0 | 1 | undefined
 *   await stack.workers[0].kill(); await stack.restartWorker(0);
 *   await stack.query('SELECT …', [params]);     // n8n's PostgreSQL database
 *   await stack.stop();                          // everything it started, also after a failure
 *
 * Settings that matter (README "Scaling out"): one N8N_ENCRYPTION_KEY and database for all; each
 * process its own task-broker port and its own event log (N8N_EVENTBUS_LOGWRITER_LOGBASENAME: a
 * restarted worker marks the executions left unfinished in *its* log as crashed; with a shared log
 * it would mark the other workers' running executions too). Bull's lock settings are shortened so
 * a killed worker's jobs fail after ~20 s instead of ~90 s (QUEUE_WORKER_LOCK_DURATION and
 * QUEUE_WORKER_STALLED_INTERVAL; n8n sets maxStalledCount 0: a stalled job is failed, never run again).
 */
const path = require('node:path');

const { createN8nInstance } = require('./n8n-runner');
const { startPostgres, startRedis } = require('./queue-services');

const QUEUE_SETTINGS = Object.freeze({
	EXECUTIONS_MODE: 'queue',
	OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	QUEUE_WORKER_LOCK_DURATION: '15000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '5000',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
	N8N_LOG_FORMAT: 'text',
});

/**
 * @param {{ packageTarball: string, workers?: number, concurrency?: number, readyTimeoutMs?: number }} options
 */
async function startQueueStack({ packageTarball, workers: workerCount = 2, concurrency = 10, readyTimeoutMs = 180_000 }) {
	const started = [];
	const stack = {
		redis: null,
		postgres: null,
		n8n: null,
		main: null,
		/** The running worker handles by slot (a killed one stays until restartWorker replaces it). */
		workers: [],
		/** executionId (string) -> worker slot, from the log line "Worker started execution N". */
		executionWorker: new Map(),
		workerOf: (executionId) => stack.executionWorker.get(String(executionId)),
		async stop() {
			const errors = [];
			for (const stop of started.reverse()) {
				try {
					await stop();
				} catch (error) {
					errors.push(error);
				}
			}
			started.length = 0;
			if (errors.length) throw errors[0];
		},
	};
	try {
		stack.redis = await startRedis();
		started.push(() => stack.redis.stop());
		stack.postgres = await startPostgres();
		started.push(() => stack.postgres.stop());
		const { host, port, database, user, password } = stack.postgres;
		stack.n8n = await createN8nInstance({
			packageTarball,
			timeoutMs: readyTimeoutMs,
			env: {
				...QUEUE_SETTINGS,
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: host,
				DB_POSTGRESDB_PORT: String(port),
				DB_POSTGRESDB_DATABASE: database,
				DB_POSTGRESDB_USER: user,
				DB_POSTGRESDB_PASSWORD: password,
				QUEUE_BULL_REDIS_HOST: stack.redis.host,
				QUEUE_BULL_REDIS_PORT: String(stack.redis.port),
				N8N_EVENTBUS_LOGWRITER_LOGBASENAME: 'n8nEventLog-cli',
			},
		});
		started.push(() => stack.n8n.cleanup());
		stack.pg = pgClientFactory(stack.n8n.n8nHome, stack.postgres);
	} catch (error) {
		await stack.stop().catch(() => undefined);
		throw error;
	}

	/** Starts main (after the CLI imports the caller queued) and the workers. */
	stack.start = async () => {
		try {
			stack.main = await stack.n8n.start({ readyTimeoutMs, env: { N8N_EVENTBUS_LOGWRITER_LOGBASENAME: 'n8nEventLog-main' } });
			for (let slot = 0; slot < workerCount; slot++) await stack.restartWorker(slot);
		} catch (error) {
			await stack.stop().catch(() => undefined);
			throw error;
		}
		return stack;
	};

	/** (Re)starts the worker of a slot, with that slot's own event log. */
	stack.restartWorker = async (slot) => {
		let pending = '';
		stack.workers[slot] = await stack.n8n.startWorker({
			concurrency,
			readyTimeoutMs,
			env: { N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-worker${slot}` },
			onOutput: (chunk) => {
				pending += chunk;
				const lines = pending.split('\n');
				pending = lines.pop();
				for (const line of lines) {
					const match = /Worker started execution (\d+)/.exec(line);
					if (match) stack.executionWorker.set(match[1], slot);
				}
			},
		});
		return stack.workers[slot];
	};

	/** One query on n8n's database (a fresh connection each time: few, slow-path calls). */
	stack.query = async (sql, params = []) => {
		const client = stack.pg();
		await client.connect();
		try {
			return (await client.query(sql, params)).rows;
		} finally {
			await client.end();
		}
	};
	return stack;
}

/** node-postgres from n8n's own install (the repository does not depend on it). */
function pgClientFactory(n8nHome, postgres) {
	const n8nDir = path.join(n8nHome, 'node_modules', 'n8n');
	const { Client } = require(require.resolve('pg', { paths: [n8nDir] }));
	return () => new Client({ host: postgres.host, port: postgres.port, user: postgres.user, password: postgres.password, database: postgres.database });
}

module.exports = { startQueueStack, QUEUE_SETTINGS };
