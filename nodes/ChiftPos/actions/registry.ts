import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyAccountingCategories } from './accountingCategory/getAll.operation';
import { getClosure } from './closure/get.operation';
import { createCustomer } from './customer/create.operation';
import { getCustomer } from './customer/get.operation';
import { getManyCustomers } from './customer/getAll.operation';
import { getManyLocations } from './location/getAll.operation';
import { getManyModifiers } from './modifier/getAll.operation';
import { getManyObjectives } from './objective/getAll.operation';
import { getOrder } from './order/get.operation';
import { getManyOrders } from './order/getAll.operation';
import { updateOrder } from './order/update.operation';
import { getManyPayments } from './payment/getAll.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { getManyProducts } from './product/getAll.operation';
import { getManyProductCategories } from './productCategory/getAll.operation';
import { getReport } from './report/get.operation';
import { getSales } from './sale/get.operation';
import { getManyTaxRates } from './taxRate/getAll.operation';

/**
 * Every resource and operation of Chift POS. A new operation is one file and one line here.
 * Defaults are part of saved workflows (n8n leaves parameters at their default out of the JSON):
 * the resource stays Customer and each resource's first operation by name stays its default.
 */
export const chiftPos: ChiftNodeDefinition = {
	system: 'point of sale',
	defaultResource: 'customer',
	resources: [
		{ name: 'Accounting Category', value: 'accountingCategory', operations: [getManyAccountingCategories] },
		{ name: 'Closure', value: 'closure', operations: [getClosure] },
		{ name: 'Customer', value: 'customer', operations: [createCustomer, getCustomer, getManyCustomers] },
		{ name: 'Location', value: 'location', operations: [getManyLocations] },
		{ name: 'Modifier', value: 'modifier', operations: [getManyModifiers] },
		{ name: 'Objective', value: 'objective', operations: [getManyObjectives] },
		{ name: 'Order', value: 'order', operations: [getOrder, getManyOrders, updateOrder] },
		{ name: 'Payment', value: 'payment', operations: [getManyPayments] },
		{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
		{ name: 'Product', value: 'product', operations: [getManyProducts] },
		{ name: 'Product Category', value: 'productCategory', operations: [getManyProductCategories] },
		{ name: 'Report', value: 'report', operations: [getReport] },
		{ name: 'Sale', value: 'sale', operations: [getSales] },
		{ name: 'Tax Rate', value: 'taxRate', operations: [getManyTaxRates] },
	],
};
