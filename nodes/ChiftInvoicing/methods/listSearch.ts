import type { IDataObject } from 'n8n-workflow';

import { recordSearch } from '../../shared/methods/listSearch';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** A contact by company, or by first and last name for a person. */
const contactName = (contact: IDataObject) =>
	text(contact.company_name) || [contact.first_name, contact.last_name].map(text).filter(Boolean).join(' ') || text(contact.email) || text(contact.id);

export const searchContacts = recordSearch('/invoicing/contacts', contactName);
export const searchProducts = recordSearch('/invoicing/products', (product) => [text(product.code), text(product.name)].filter(Boolean).join(' '));
export const searchTaxes = recordSearch('/invoicing/taxes', (tax) => `${text(tax.label)} (${text(tax.rate)}%)`);
export const searchInvoices = recordSearch(
	'/invoicing/invoices',
	(invoice) => `${text(invoice.invoice_number) || text(invoice.id)} (${text(invoice.invoice_date)}, ${text(invoice.total)} ${text(invoice.currency)})`,
);
export const searchOpportunities = recordSearch('/invoicing/opportunities', (opportunity) => text(opportunity.name));
export const searchPayments = recordSearch(
	'/invoicing/payments',
	(payment) => `${text(payment.payment_date).slice(0, 10)} ${text(payment.amount)} ${text(payment.currency)} ${text(payment.invoice_number)}`.trim(),
);
export const searchPaymentMethods = recordSearch('/invoicing/payment-methods', (method) => text(method.name));
export const searchBankAccounts = recordSearch('/invoicing/bank-accounts', (account) => [text(account.name), text(account.iban)].filter(Boolean).join(' '));
