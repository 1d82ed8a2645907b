import { sleep } from 'n8n-workflow';

/**
 * At most `limit` tasks run at once; the others wait their turn in arrival order, retries first.
 * When the server says it is overloaded (429), the limit drops to what the server was coping with,
 * that level becomes the ceiling, and no task starts before the wait it asked for. Below the
 * ceiling a full round of successes lets one more task run; above it, only a long run of successes
 * (the server may have more room now), so that probing costs one 429 now and then, not every round.
 */
export class Slots {
	private running = 0;

	private limit: number;

	private pausedUntil = 0;

	private successes = 0;

	private ceiling: number;

	/** Rounds of successes at the ceiling before trying one task more. */
	private static readonly ROUNDS_BEFORE_PROBING = 20;

	private readonly waiting: Array<() => void> = [];

	constructor(private readonly size: number) {
		this.limit = size;
		this.ceiling = size;
	}

	async run<T>(task: () => Promise<T>, retry = false): Promise<T> {
		if (this.running >= this.limit) {
			await new Promise<void>((resolve) => (retry ? this.waiting.unshift(resolve) : this.waiting.push(resolve)));
		} else {
			this.running++;
		}
		try {
			const pause = this.pausedUntil - Date.now();
			if (pause > 0) await sleep(pause);
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
		this.ceiling = this.limit;
		this.successes = 0;
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + waitMs);
	}

	succeeded() {
		if (this.limit >= this.size) return;
		const rounds = this.limit < this.ceiling ? 1 : Slots.ROUNDS_BEFORE_PROBING;
		if (++this.successes < this.limit * rounds) return;
		this.successes = 0;
		this.limit++;
		this.ceiling = Math.max(this.ceiling, this.limit);
		this.admit();
	}

	private admit() {
		while (this.running < this.limit && this.waiting.length) {
			this.running++;
			this.waiting.shift()?.();
		}
	}
}
