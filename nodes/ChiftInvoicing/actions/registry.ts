import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyBankAccounts } from './bankAccount/getAll.operation';
import { getManyBankTransactions } from './bankTransaction/getAll.operation';
import { createContact } from './contact/create.operation';
import { getContact } from './contact/get.operation';
import { getManyContacts } from './contact/getAll.operation';
import { uploadDocument } from './document/upload.operation';
import { createInvoice } from './invoice/create.operation';
import { getInvoice } from './invoice/get.operation';
import { getManyInvoices } from './invoice/getAll.operation';
import { getOpportunity } from './opportunity/get.operation';
import { getManyOpportunities } from './opportunity/getAll.operation';
import { createPayment } from './payment/create.operation';
import { getManyPayments } from './payment/getAll.operation';
import { updatePayment } from './payment/update.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { createProduct } from './product/create.operation';
import { getProduct } from './product/get.operation';
import { getManyProducts } from './product/getAll.operation';
import { getTax } from './tax/get.operation';
import { getManyTaxes } from './tax/getAll.operation';

/**
 * Every resource and operation of Chift Invoicing. A new operation is one file and one line here.
 * Defaults are part of saved workflows: the default resource and each resource's first operation by
 * name never change once released.
 */
export const chiftInvoicing: ChiftNodeDefinition = {
	system: 'invoicing system',
	defaultResource: 'invoice',
	resources: [
		{ name: 'Bank Account', value: 'bankAccount', operations: [getManyBankAccounts] },
		{ name: 'Bank Transaction', value: 'bankTransaction', operations: [getManyBankTransactions] },
		{ name: 'Contact', value: 'contact', operations: [createContact, getContact, getManyContacts] },
		{ name: 'Document', value: 'document', operations: [uploadDocument] },
		{ name: 'Invoice', value: 'invoice', operations: [createInvoice, getInvoice, getManyInvoices] },
		{ name: 'Opportunity', value: 'opportunity', operations: [getOpportunity, getManyOpportunities] },
		{ name: 'Payment', value: 'payment', operations: [createPayment, getManyPayments, updatePayment] },
		{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
		{ name: 'Product', value: 'product', operations: [createProduct, getProduct, getManyProducts] },
		{ name: 'Tax', value: 'tax', operations: [getTax, getManyTaxes] },
	],
};
