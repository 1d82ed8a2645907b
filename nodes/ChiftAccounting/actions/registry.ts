import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { createClient } from './client/create.operation';
import { getClient } from './client/get.operation';
import { getManyClients } from './client/getAll.operation';
import { updateClient } from './client/update.operation';
import { getFolder } from './folder/get.operation';
import { getManyFolders } from './folder/getAll.operation';
import { createBankAccount } from './bankAccount/create.operation';
import { getManyBankAccounts } from './bankAccount/getAll.operation';
import { createBankTransactions } from './bankTransaction/create.operation';
import { createFinancialEntry } from './financialEntry/create.operation';
import { createJournal } from './journal/create.operation';
import { getManyJournals } from './journal/getAll.operation';
import { createJournalEntry } from './journalEntry/create.operation';
import { exportFec } from './journalEntry/exportFec.operation';
import { getJournalEntry } from './journalEntry/get.operation';
import { getManyJournalEntries } from './journalEntry/getAll.operation';
import { createMatching } from './matching/create.operation';
import { createManyMatchings } from './matching/createMany.operation';
import { createMiscellaneousOperation } from './miscellaneousOperation/create.operation';
import { getMiscellaneousOperation } from './miscellaneousOperation/get.operation';
import { getManyMiscellaneousOperations } from './miscellaneousOperation/getAll.operation';
import { getManyAttachments } from './attachment/getAll.operation';
import { createExpense } from './expense/create.operation';
import { addInvoiceAttachment } from './invoice/addAttachment.operation';
import { createInvoice } from './invoice/create.operation';
import { createInvoicePayment } from './invoice/createPayment.operation';
import { getInvoice } from './invoice/get.operation';
import { getManyInvoices } from './invoice/getAll.operation';
import { getInvoicePayments } from './invoice/getPayments.operation';
import { getManyOutstandings } from './outstanding/getAll.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { getManyPaymentTerms } from './paymentTerm/getAll.operation';
import { createSupplier } from './supplier/create.operation';
import { getSupplier } from './supplier/get.operation';
import { getManySuppliers } from './supplier/getAll.operation';
import { updateSupplier } from './supplier/update.operation';
import { getManyContacts } from './contact/getAll.operation';
import { getManyEmployees } from './employee/getAll.operation';
import { getManyAnalyticPlans } from './analyticPlan/getAll.operation';
import { createAnalyticAccount } from './analyticAccount/create.operation';
import { getAnalyticAccount } from './analyticAccount/get.operation';
import { getManyAnalyticAccounts } from './analyticAccount/getAll.operation';
import { updateAnalyticAccount } from './analyticAccount/update.operation';
import { createLedgerAccount } from './ledgerAccount/create.operation';
import { getManyLedgerAccounts } from './ledgerAccount/getAll.operation';
import { getLedgerAccountBalances } from './ledgerAccount/getBalances.operation';
import { getManyVatCodes } from './vatCode/getAll.operation';
import { getManyBookyears } from './bookyear/getAll.operation';
import { getManySchemes } from './scheme/getAll.operation';

/**
 * Every resource and operation of Chift Accounting. A new operation is one file and one line here.
 * Defaults are part of saved workflows: the default resource and each resource's first operation by
 * name never change once released.
 */
export const chiftAccounting: ChiftNodeDefinition = {
	system: 'accounting',
	defaultResource: 'client',
	resources: [
		{ name: 'Client', value: 'client', operations: [createClient, getClient, getManyClients, updateClient] },
		{ name: 'Folder', value: 'folder', operations: [getFolder, getManyFolders] },
		{ name: 'Journal Entry', value: 'journalEntry', operations: [createJournalEntry, getJournalEntry, getManyJournalEntries, exportFec] },
		{ name: 'Financial Entry', value: 'financialEntry', operations: [createFinancialEntry] },
		{ name: 'Matching', value: 'matching', operations: [createMatching, createManyMatchings] },
		{ name: 'Miscellaneous Operation', value: 'miscellaneousOperation', operations: [createMiscellaneousOperation, getMiscellaneousOperation, getManyMiscellaneousOperations] },
		{ name: 'Journal', value: 'journal', operations: [createJournal, getManyJournals] },
		{ name: 'Bank Account', value: 'bankAccount', operations: [createBankAccount, getManyBankAccounts] },
		{ name: 'Bank Transaction', value: 'bankTransaction', operations: [createBankTransactions] },
		{
			name: 'Invoice',
			value: 'invoice',
			operations: [addInvoiceAttachment, createInvoice, createInvoicePayment, getInvoice, getManyInvoices, getInvoicePayments],
			defaultOperation: 'create',
		},
		{ name: 'Attachment', value: 'attachment', operations: [getManyAttachments] },
		{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
		{ name: 'Payment Term', value: 'paymentTerm', operations: [getManyPaymentTerms] },
		{ name: 'Outstanding Item', value: 'outstanding', operations: [getManyOutstandings] },
		{ name: 'Expense', value: 'expense', operations: [createExpense] },
		{ name: 'Supplier', value: 'supplier', operations: [createSupplier, getSupplier, getManySuppliers, updateSupplier] },
		{ name: 'Contact', value: 'contact', operations: [getManyContacts] },
		{ name: 'Employee', value: 'employee', operations: [getManyEmployees] },
		{ name: 'Analytic Plan', value: 'analyticPlan', operations: [getManyAnalyticPlans] },
		{ name: 'Analytic Account', value: 'analyticAccount', operations: [createAnalyticAccount, getAnalyticAccount, getManyAnalyticAccounts, updateAnalyticAccount] },
		{ name: 'Ledger Account', value: 'ledgerAccount', operations: [createLedgerAccount, getManyLedgerAccounts, getLedgerAccountBalances] },
		{ name: 'VAT Code', value: 'vatCode', operations: [getManyVatCodes] },
		{ name: 'Bookyear', value: 'bookyear', operations: [getManyBookyears] },
		{ name: 'Scheme', value: 'scheme', operations: [getManySchemes] },
	],
};
