import { sleep } from 'n8n-workflow';

/**
 * At most `limit` tasks run at once; the others wait their turn in arrival order, retries first.
 * When the server says it is overloaded (429), the limit drops to what the server was coping with
 * and no task starts before the wait it asked for. For a while the limit then stays there (the
 * ceiling), so that probing costs a 429 now and then rather than every round; once the ceiling
 * has expired, each full round of successes lets one more task run, up to the configured size.
 */
export class Slots {
	private running = 0;

	private limit: number;

	private pausedUntil = 0;

	private successes = 0;

	private ceilingUntil = 0;

	/** How long the level reached after a 429 is kept before trying more. */
	private static readonly CEILING_MS = 10_000;

	private readonly waiting: Array<() => void> = [];

	constructor(private readonly size: number) {
		this.limit = size;
	}

	async run<T>(task: () => Promise<T>, retry = false): Promise<T> {
		if (this.running >= this.limit) {
			await new Promise<void>((resolve) => (retry ? this.waiting.unshift(resolve) : this.waiting.push(resolve)));
		} else {
			this.running++;
		}
		try {
			// The pause may be extended while this task waits: check again after each wait.
			for (let pause = this.pausedUntil - Date.now(); pause > 0; pause = this.pausedUntil - Date.now()) {
				await sleep(pause);
			}
			return await task();
		} finally {
			this.running--;
			this.admit();
		}
	}

	/** The server is overloaded: fewer tasks at once, and none before `waitMs` has passed. */
	overloaded(waitMs: number) {
		// `running` still counts the refused task: the others are what the server accepted.
		this.limit = Math.max(1, Math.min(this.limit, this.running - 1));
		this.ceilingUntil = Date.now() + Math.max(waitMs, Slots.CEILING_MS);
		this.successes = 0;
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + waitMs);
	}

	succeeded() {
		if (this.limit >= this.size || Date.now() < this.ceilingUntil) return;
		if (++this.successes < this.limit) return;
		this.successes = 0;
		this.limit++;
		this.admit();
	}

	private admit() {
		while (this.running < this.limit && this.waiting.length) {
			this.running++;
			this.waiting.shift()?.();
		}
	}
}
