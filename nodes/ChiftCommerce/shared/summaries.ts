/** What Simplify keeps of an order of the web shop: its number, dates, state, amounts and customer. */
export const ORDER_SUMMARY = [
	'id',
	'order_number',
	'created_on',
	'confirmed_on',
	'status',
	'untaxed_amount',
	'tax_amount',
	'total',
	'refunded_amount',
	'currency',
	'customer',
	'payment_method_id',
];
