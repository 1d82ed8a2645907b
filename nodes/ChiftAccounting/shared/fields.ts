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
	scope: true,
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

/**
 * The locator of one kind of record (parameter name, label, list, an example ID), then called with
 * the API name it goes under and what it is for in the operation (defaults: the usual ones).
 */
const recordLocator =
	(name: string, displayName: string, searchListMethod: string, idPlaceholder: string, defaultApiName: string, defaultDescription: string) =>
	(apiName = defaultApiName, description = defaultDescription) =>
		accountingLocator({ name, displayName, apiName, searchListMethod, idPlaceholder, description });

export const client = recordLocator('clientId', 'Client', 'searchClients', 'e.g. C-00042', 'client_id', 'The client');

export const supplier = recordLocator('supplierId', 'Supplier', 'searchSuppliers', 'e.g. S-00017', 'supplier_id', 'The supplier');

export const journal = recordLocator('journalId', 'Journal', 'searchJournals', 'e.g. VEN', 'journal_id', 'The journal');

export const ledgerAccount = recordLocator('accountNumber', 'Ledger Account', 'searchLedgerAccounts', 'e.g. 700000', 'account_number', 'The ledger account');

export const vatCode = recordLocator('vatCodeId', 'VAT Code', 'searchVatCodes', 'e.g. 21', 'tax_code', 'The VAT code');

export const analyticPlan = recordLocator('analyticPlan', 'Analytic Plan', 'searchAnalyticPlans', 'e.g. SITES', 'analytic_plan', 'The analytic plan');

export const analyticAccount = recordLocator('analyticAccountId', 'Analytic Account', 'searchAnalyticAccounts', 'e.g. AA-101', 'analytic_account_id', 'The analytic account');

/** A client or a supplier, listed by the Partner Type chosen beside it. */
export const partner = recordLocator('partnerId', 'Partner', 'searchPartners', 'e.g. C-00042', 'partner_id', 'The client or supplier');

/**
 * Chift's "multiple analytic plans" route of an operation (OperationSpec.variant), under one
 * parameter name for every operation that has one; `fields` are what only that route takes.
 */
export const multipleAnalyticPlans = (path: string, more: { refetchPath?: string; fields?: ChiftField[] } = {}) => ({
	name: 'multipleAnalyticPlans',
	displayName: 'Multiple Analytic Plans',
	description: 'Whether to use the analytic plans of an accounting system that has several (each analytic account then belongs to one plan)',
	path,
	...more,
});
