import { defineOperation } from '../../../shared/operations/define';
import { dayField, numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { payment, paymentMethod } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const updatePayment = defineOperation({
	resource: 'payment',
	operation: 'update',
	name: 'Update',
	action: 'Update a payment',
	description: 'Change the amount, date, method or description of a payment; the fields left out stay as they are',
	method: 'PATCH',
	path: '/invoicing/payments/{payment_id}',
	// No refetchPath: no route reads one payment by ID (see payment → create).
	fields: [payment('payment_id', 'The payment to change')],
	groups: [
		{
			name: 'updateFields',
			displayName: 'Update Fields',
			placeholder: 'Add Field',
			fields: [
				numberField('amount', 'Amount', 'amount', { description: 'Amount paid' }),
				paymentMethod('payment_method_id', 'How it was paid', false),
				dayField('date', 'Date', 'date', false, 'Day of the payment'),
				textField('description', 'Description', 'description', { description: 'A note about the payment' }),
			],
		},
	],
	check(values, item) {
		if (!Object.keys(values).some((key) => key !== 'payment_id')) {
			throw item.invalid('Update Fields is empty', 'Add at least one field to change (Amount, Date, Payment Method or Description).', 'Update Fields');
		}
	},
	options: writeOptions,
});
