import { defineOperation } from '../../../shared/operations/define';
import { dayField, numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { invoice, paymentMethod } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const createPayment = defineOperation({
	resource: 'payment',
	operation: 'create',
	name: 'Create',
	action: 'Create a payment',
	description: 'Record a payment of an invoice in the invoicing system',
	method: 'POST',
	path: '/invoicing/payments',
	// No refetchPath: the Invoicing API has no route that reads one payment by ID. The idempotency
	// key still keeps the payment from being recorded twice; a repeat gets Chift's "already processed".
	fields: [
		invoice('invoice_id', 'The invoice the payment is for'),
		numberField('amount', 'Amount', 'amount', { required: true, description: 'Amount paid, in the currency below' }),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the amount (ISO 4217 code)' }),
		dayField('date', 'Date', 'date', true, 'Day of the payment'),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				paymentMethod('payment_method_id', 'How it was paid', false),
				textField('description', 'Description', 'description', { placeholder: 'e.g. Bank transfer of 12/03', description: 'A note about the payment' }),
			],
		},
	],
	check(values, item) {
		// A payment of nothing (or a negative one) is refused by invoicing systems: refunds are credit notes.
		if (typeof values.amount === 'number' && values.amount <= 0) {
			throw item.invalid(`Amount ${values.amount} is not above 0`, 'Enter the amount paid, such as 121.00. A refund is a credit note (Invoice → Create, Customer Refund).', 'Amount');
		}
	},
	options: writeOptions,
});
