import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operations/define';
import { dayField, numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { accountingLocator, folder } from '../../shared/fields';
import { invoiceId } from '../../shared/invoices';
import { writeOptions } from '../../shared/options';

/**
 * A payment of one invoice per input item (a paid order, a bank line matched to an invoice).
 * Chift's body takes a list of invoices with their amounts; one per item is the n8n way (one item,
 * one action), and the item's invoice and amount become that list.
 *
 * Chift answers with no content and has no route to read one payment back: the output is what was
 * recorded, and an earlier attempt with the same idempotency key that succeeded counts as done.
 */
export const createInvoicePayment = defineOperation({
	resource: 'invoice',
	operation: 'createPayment',
	name: 'Create Payment',
	action: 'Create a payment of an invoice',
	description: 'Record that an invoice was paid (fully or partly), so that it is no longer outstanding',
	method: 'POST',
	path: '/accounting/invoices/payments',
	fields: [
		folder,
		invoiceId('ID of the invoice that was paid'),
		numberField('amount', 'Amount', 'amount', { required: true, description: 'Amount paid, in the payment currency (more than 0)' }),
		dayField('paymentDate', 'Payment Date', 'date', true, 'Date the payment was made'),
		accountingLocator({
			name: 'paymentMethodId',
			displayName: 'Payment Method',
			apiName: 'payment_method_id',
			searchListMethod: 'searchPaymentMethods',
			idPlaceholder: 'e.g. PM-BANK',
			description: 'How it was paid (bank transfer, card, cash...): the payment method of the accounting system',
		}),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the payment (ISO 4217 code)' }),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [
				textField('reference', 'Reference', 'reference', { description: 'Your reference for the payment (for example the bank transaction or the POS payment ID)' }),
				textField('number', 'Number', 'number', { description: 'Number of the payment in the accounting system' }),
				numberField('currencyExchangeRate', 'Currency Exchange Rate', 'currency_exchange_rate', { default: 1, description: 'Rate from the payment currency to the main currency of the folder' }),
			],
		},
	],
	check(values, item) {
		if (Number(values.amount) <= 0) {
			throw item.invalid(`Amount ${String(values.amount)} is not more than 0`, 'Chift records payments of a positive amount. For a refund, record the payment of the credit note.', 'Amount');
		}
	},
	shape: ({ invoice_id, amount, ...payment }) => ({ ...payment, items: [{ invoice_id, amount }] }),
	noContent: (values) => {
		const [paid] = values.items as IDataObject[];
		return { recorded: true, invoice_id: paid.invoice_id, amount: paid.amount, date: values.date, payment_method_id: values.payment_method_id, currency: values.currency };
	},
	options: writeOptions,
});
