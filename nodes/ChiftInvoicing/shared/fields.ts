import { locatorField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';

/** A record of the invoicing system picked from a list or given by ID; the API name differs by route (contact_id, partner_id...). */
const locator =
	(name: string, displayName: string, searchListMethod: string, idPlaceholder: string) =>
	(apiName: string, description: string, required = true): ChiftField =>
		locatorField({ name, displayName, apiName, searchListMethod, idPlaceholder, description, required });

export const contact = locator('contactId', 'Contact', 'searchContacts', 'e.g. 42');
export const product = locator('productId', 'Product', 'searchProducts', 'e.g. 1017');
export const tax = locator('taxId', 'Tax', 'searchTaxes', 'e.g. 21');
export const invoice = locator('invoiceId', 'Invoice', 'searchInvoices', 'e.g. 2031');
export const opportunity = locator('opportunityId', 'Opportunity', 'searchOpportunities', 'e.g. 88');
export const payment = locator('paymentId', 'Payment', 'searchPayments', 'e.g. 5120');
export const paymentMethod = locator('paymentMethodId', 'Payment Method', 'searchPaymentMethods', 'e.g. 3');
export const bankAccount = locator('bankAccountId', 'Bank Account', 'searchBankAccounts', 'e.g. 7');
