import type { IDataObject } from 'n8n-workflow';

/** The largest page Chift serves to every account. */
export const PAGE_SIZE = 100;
/** Without a total, the most pages one list may take (100,000 records): a bound for a server that never ends. */
export const MAX_PAGES_WITHOUT_TOTAL = 1000;

/** One page of a Chift list ({items, total, page, size}), as the client read it. */
export interface ChiftPage {
	items?: IDataObject[];
	total?: number;
	raw_data?: unknown;
}

interface Page {
	items: IDataObject[];
	total: number;
	/** The page's records as text, to tell a repeated page. */
	signature: string;
}

/**
 * The records of a paged list: the first page, then every further page needed for the limit (or
 * all of them) at once (the caller's concurrency bound applies), in record order. With raw data
 * on, each page's raw_data rides on the first record of that page.
 *
 * Without a usable total, pages are read one after another until a short page, or a page that
 * repeats the one before (a server that ignores `page`, or repeats its last page past the end,
 * would otherwise be read forever), at most MAX_PAGES_WITHOUT_TOTAL. With a total, a repeated
 * full page is not the end but a server ignoring `page`: an error, since the records of the pages
 * it did not send would be replaced by copies.
 */
export async function readPages(
	fetchPage: (page: number, size: number) => Promise<ChiftPage>,
	wanted: { returnAll: boolean; limit: number },
	errors: { endless: () => Error; repeated: () => Error },
): Promise<IDataObject[]> {
	const { returnAll, limit } = wanted;
	const size = returnAll ? PAGE_SIZE : Math.min(PAGE_SIZE, limit);
	const page = async (number: number): Promise<Page> => {
		const body = await fetchPage(number, size);
		const items = [...(body.items ?? [])];
		if (body.raw_data !== undefined && items.length) items[0] = { ...items[0], raw_data: body.raw_data };
		return { items, total: Number(body.total), signature: JSON.stringify(body.items) };
	};
	const cut = (records: IDataObject[]) => (returnAll ? records : records.slice(0, limit));

	const first = await page(1);
	const records = [...first.items];
	if (!Number.isFinite(first.total) || first.total <= 0) {
		let last = first;
		for (let number = 2; last.items.length === size; number++) {
			if (!returnAll && records.length >= limit) break;
			if (number > MAX_PAGES_WITHOUT_TOTAL) throw errors.endless();
			const next = await page(number);
			if (next.signature === last.signature) break;
			records.push(...next.items);
			last = next;
		}
		return cut(records);
	}
	const total = returnAll ? first.total : Math.min(limit, first.total);
	const lastPage = first.items.length ? Math.ceil(total / size) : 1;
	// All settled before failing, so that no page request outlives the node; the first failed
	// page (in page order) is the error.
	const rest = await Promise.allSettled(
		Array.from({ length: Math.max(0, lastPage - 1) }, async (_, index) => await page(index + 2)),
	);
	let previous = first;
	for (const result of rest) {
		if (result.status === 'rejected') throw result.reason;
		if (result.value.items.length && result.value.signature === previous.signature) throw errors.repeated();
		records.push(...result.value.items);
		previous = result.value;
	}
	return cut(records);
}
