import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyCountries } from './country/getAll.operation';
import { getCustomer } from './customer/get.operation';
import { getManyCustomers } from './customer/getAll.operation';
import { getManyLocations } from './location/getAll.operation';
import { createOrder } from './order/create.operation';
import { getOrder } from './order/get.operation';
import { getManyOrders } from './order/getAll.operation';
import { getManyPaymentMethods } from './paymentMethod/getAll.operation';
import { getProduct } from './product/get.operation';
import { getManyProducts } from './product/getAll.operation';
import { getManyProductCategories } from './productCategory/getAll.operation';
import { getManyTaxes } from './tax/getAll.operation';
import { getVariant } from './variant/get.operation';
import { setVariantQuantity } from './variant/setQuantity.operation';

/**
 * Every resource and operation of Chift eCommerce. A new operation is one file and one line here.
 * Defaults are part of saved workflows: the default resource and each resource's first operation by
 * name never change once released.
 */
export const chiftCommerce: ChiftNodeDefinition = {
	system: 'e-commerce platform',
	defaultResource: 'order',
	resources: [
		{ name: 'Country', value: 'country', operations: [getManyCountries] },
		{ name: 'Customer', value: 'customer', operations: [getCustomer, getManyCustomers] },
		{ name: 'Location', value: 'location', operations: [getManyLocations] },
		{ name: 'Order', value: 'order', operations: [createOrder, getOrder, getManyOrders] },
		{ name: 'Payment Method', value: 'paymentMethod', operations: [getManyPaymentMethods] },
		{ name: 'Product', value: 'product', operations: [getProduct, getManyProducts] },
		{ name: 'Product Category', value: 'productCategory', operations: [getManyProductCategories] },
		{ name: 'Tax', value: 'tax', operations: [getManyTaxes] },
		{ name: 'Variant', value: 'variant', operations: [getVariant, setVariantQuantity] },
	],
};
