import { locatorField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';

/**
 * The folder (company) of an accounting system that holds several: sent as folder_id in the query
 * of every accounting route, reads and writes alike. Empty: the system's only or default folder.
 */
export const folder: ChiftField = {
	...locatorField({
		name: 'folderId',
		displayName: 'Folder',
		apiName: 'folder_id',
		searchListMethod: 'searchFolders',
		idPlaceholder: 'e.g. 12',
		description: 'Only for accounting systems with several companies (folders): the one to use. Empty: the only or default one.',
	}),
	in: 'query',
};

/** A record of the accounting system picked from a list or given by ID (a client, a journal...). */
export const accountingLocator = (spec: {
	name: string;
	displayName: string;
	apiName: string;
	searchListMethod: string;
	idPlaceholder: string;
	description: string;
	required?: boolean;
}): ChiftField => locatorField({ required: true, ...spec });

export const client = (apiName = 'client_id', description = 'The client') =>
	accountingLocator({ name: 'clientId', displayName: 'Client', apiName, searchListMethod: 'searchClients', idPlaceholder: 'e.g. C-00042', description });

export const supplier = (apiName = 'supplier_id', description = 'The supplier') =>
	accountingLocator({ name: 'supplierId', displayName: 'Supplier', apiName, searchListMethod: 'searchSuppliers', idPlaceholder: 'e.g. S-00017', description });

export const journal = (apiName = 'journal_id', description = 'The journal') =>
	accountingLocator({ name: 'journalId', displayName: 'Journal', apiName, searchListMethod: 'searchJournals', idPlaceholder: 'e.g. VEN', description });

export const ledgerAccount = (apiName = 'account_number', description = 'The ledger account') =>
	accountingLocator({ name: 'accountNumber', displayName: 'Ledger Account', apiName, searchListMethod: 'searchLedgerAccounts', idPlaceholder: 'e.g. 700000', description });

export const vatCode = (apiName = 'tax_code', description = 'The VAT code') =>
	accountingLocator({ name: 'vatCodeId', displayName: 'VAT Code', apiName, searchListMethod: 'searchVatCodes', idPlaceholder: 'e.g. 21', description });

/**
 * The "multiple analytic plans" route of an operation (OperationSpec.variant): one parameter name
 * for every accounting operation that has such a route.
 */
export const multipleAnalyticPlans = (path: string, refetchPath?: string) => ({
	name: 'multipleAnalyticPlans',
	displayName: 'Multiple Analytic Plans',
	description: 'Whether to use the analytic distribution over several analytic plans instead of the single analytic account of the default plan',
	path,
	refetchPath,
});
