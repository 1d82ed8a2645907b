import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { consumerContext, contains, listResults, recordSearch, searchPage } from '../../shared/methods/listSearch';

/** The consumer's folders (companies), for the Folder field. Not paged: Chift answers a plain list. */
export async function searchFolders(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { consumerId, headers, client } = await consumerContext(this);
	const folders = await client.consumerCall(consumerId, { method: 'GET', path: '/accounting/folders', headers });
	return listResults(folders, (folder) => String(folder.name ?? folder.id), 'id', filter);
}

/** The folder picked in the node, for the lists of records inside it. */
function folderQuery(context: ILoadOptionsFunctions): IDataObject | undefined {
	const folderId = context.getCurrentNodeParameter('folderId', { extractValue: true });
	return typeof folderId === 'string' && folderId.trim() ? { folder_id: folderId.trim() } : undefined;
}

/**
 * A paged accounting list of the folder picked as list-search results, searched on name and ID
 * (by Chift when the route takes `search`); the value is the record's `idField`.
 */
export const accountingSearchBy = (path: string, label: (record: IDataObject) => string, idField: string, serverSearch = false) =>
	recordSearch(path, label, idField, folderQuery, serverSearch);

export const accountingSearch = (path: string, label: (record: IDataObject) => string, serverSearch = false) =>
	accountingSearchBy(path, label, 'id', serverSearch);

export const searchClients = accountingSearch('/accounting/clients', (client) => String(client.name ?? client.id), true);
export const searchSuppliers = accountingSearch('/accounting/suppliers', (supplier) => String(supplier.name ?? supplier.id), true);
export const searchJournals = accountingSearch('/accounting/journals', (journal) => `${String(journal.code ?? journal.id)} ${String(journal.name ?? '')}`.trim());
/** Ledger accounts by number (their ID in Chift), named "number name". */
export const searchLedgerAccounts = accountingSearchBy('/accounting/chart-of-accounts', (account) => `${String(account.number)} ${String(account.name ?? '')}`.trim(), 'number');
export const searchVatCodes = accountingSearch('/accounting/vat-codes', (vat) => `${String(vat.code ?? vat.id)} ${String(vat.label ?? '')} (${String(vat.rate ?? '')}%)`);

export const searchPaymentMethods = accountingSearch('/accounting/payment-methods', (method) => String(method.name ?? method.id));
export const searchPaymentTerms = accountingSearch('/accounting/payment-terms', (term) => String(term.name ?? term.id));

/** The partners of an invoice: the clients for customer invoices and refunds, the suppliers for supplier ones. */
export async function searchInvoicePartners(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const type = String(this.getCurrentNodeParameter('invoiceType') ?? 'customer_invoice');
	const search = type.startsWith('supplier') ? searchSuppliers : searchClients;
	return await search.call(this, filter, paginationToken);
}

export const searchAnalyticPlans = accountingSearch('/accounting/analytic-plans', (plan) => String(plan.name ?? plan.id));

const analyticAccountLabel = (account: IDataObject) => `${String(account.code ?? account.id)} ${String(account.name ?? '')}`.trim();
const searchDefaultPlanAccounts = accountingSearch('/accounting/analytic-accounts', analyticAccountLabel);

/**
 * Analytic accounts for the Analytic Account field: with Multiple Analytic Plans on, those of the
 * Analytic Plan picked (Chift lists every plan's accounts on one route), else the default plan's.
 */
export async function searchAnalyticAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	if (this.getCurrentNodeParameter('multipleAnalyticPlans') !== true) return await searchDefaultPlanAccounts.call(this, filter, paginationToken);
	const plan = String(this.getCurrentNodeParameter('analyticPlan', { extractValue: true }) ?? '').trim();
	const text = (filter ?? '').trim().toLowerCase();
	return await searchPage(
		this,
		{ method: 'GET', path: '/accounting/analytic-accounts/multi-analytic-plans', qs: folderQuery(this) },
		paginationToken,
		(account) => ({ name: analyticAccountLabel(account), value: String(account.id) }),
		(account) => (!plan || String(account.analytic_plan) === plan) && contains(text, analyticAccountLabel(account), account.id),
	);
}

/** The clients or the suppliers, by the Partner Type picked beside the Partner field. */
export async function searchPartners(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const search = this.getCurrentNodeParameter('partnerType') === 'supplier' ? searchSuppliers : searchClients;
	return await search.call(this, filter, paginationToken);
}
