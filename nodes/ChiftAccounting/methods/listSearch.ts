import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { consumerContext, contains, searchPage } from '../../shared/methods/listSearch';

/** The consumer's folders (companies), for the Folder field. Not paged: Chift answers a plain list. */
export async function searchFolders(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { consumerId, headers, client } = await consumerContext(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const folders = await client.consumerCall<IDataObject[]>(consumerId, { method: 'GET', path: '/accounting/folders', headers });
	return {
		results: (Array.isArray(folders) ? folders : [])
			.filter((folder) => contains(needle, folder.name, folder.id))
			.map((folder) => ({ name: String(folder.name ?? folder.id), value: String(folder.id) })),
	};
}

/** The folder picked in the node, for the lists of records inside it. */
function folderQuery(context: ILoadOptionsFunctions): IDataObject | undefined {
	const folderId = context.getCurrentNodeParameter('folderId', { extractValue: true });
	return typeof folderId === 'string' && folderId.trim() ? { folder_id: folderId.trim() } : undefined;
}

/** A paged accounting list as list-search results, filtered by the search text on name and ID. */
export function accountingSearch(path: string, label: (record: IDataObject) => string, serverSearch = false) {
	return async function search(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const text = (filter ?? '').trim();
		return await searchPage(
			this,
			{ method: 'GET', path, qs: { ...folderQuery(this), ...(serverSearch && text ? { search: text } : {}) } },
			paginationToken,
			(record) => ({ name: label(record), value: String(record.id) }),
			(record) => serverSearch || contains(text.toLowerCase(), label(record), record.id),
		);
	};
}

export const searchClients = accountingSearch('/accounting/clients', (client) => String(client.name ?? client.id), true);
