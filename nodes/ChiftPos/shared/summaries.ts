/**
 * The fields Simplify keeps, per kind of record: what people read an order, a customer or a
 * product for. Chift's whole records (an order with its items, payments and taxes) stay available
 * with Simplify off.
 */
export const ORDER_SUMMARY = [
	'id',
	'order_number',
	'creation_date',
	'closing_date',
	'service_date',
	'total',
	'tax_amount',
	'total_discount',
	'total_refund',
	'total_tip',
	'currency',
	'customer_id',
	'location_id',
	'guests',
];

export const CUSTOMER_SUMMARY = ['id', 'name', 'first_name', 'last_name', 'email', 'phone', 'created_on'];

export const PRODUCT_SUMMARY = ['id', 'name', 'categories', 'prices'];
