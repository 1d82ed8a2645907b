import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyAccountingCategories } from './accountingCategory/getAll.operation';
import { getManyAccountingTransactions } from './accountingTransaction/getAll.operation';
import { getClosure } from './closure/get.operation';
import { getCustomer } from './customer/get.operation';
import { getManyCustomers } from './customer/getAll.operation';
import { getManyInvoices } from './invoice/getAll.operation';
import { getManyLocations } from './location/getAll.operation';
import { getManyOrders } from './order/getAll.operation';
import { getManyPayments } from './payment/getAll.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { getManyTaxes } from './tax/getAll.operation';

/**
 * Every resource and operation of Chift PMS (every one a read: Chift's PMS API writes nothing).
 * A new operation is one file and one line here. Defaults are part of saved workflows: the default
 * resource and each resource's first operation by name never change once released.
 */
export const chiftPms: ChiftNodeDefinition = {
	system: 'property management system',
	defaultResource: 'order',
	resources: [
		{ name: 'Accounting Category', value: 'accountingCategory', operations: [getManyAccountingCategories] },
		{ name: 'Accounting Transaction', value: 'accountingTransaction', operations: [getManyAccountingTransactions] },
		{ name: 'Closure', value: 'closure', operations: [getClosure] },
		{ name: 'Customer', value: 'customer', operations: [getCustomer, getManyCustomers] },
		{ name: 'Invoice', value: 'invoice', operations: [getManyInvoices] },
		{ name: 'Location', value: 'location', operations: [getManyLocations] },
		{ name: 'Order', value: 'order', operations: [getManyOrders] },
		{ name: 'Payment', value: 'payment', operations: [getManyPayments] },
		{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
		{ name: 'Tax', value: 'tax', operations: [getManyTaxes] },
	],
};
