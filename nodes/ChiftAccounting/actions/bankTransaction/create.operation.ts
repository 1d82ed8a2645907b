import { defineOperation } from '../../../shared/operations/define';
import { dayField, linesField, numberField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { bankTransactionRules } from '../../shared/entries';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

/** A bank statement with its transactions. No route reads it back, so no refetchPath. */
export const createBankTransactions = defineOperation({
	resource: 'bankTransaction',
	operation: 'create',
	name: 'Create',
	action: 'Create bank transactions',
	description: 'Import a bank statement: its transactions on one bank account of the accounting system',
	method: 'POST',
	path: '/accounting/bank-transactions',
	fields: [
		folder,
		textField('bankAccountId', 'Bank Account ID', 'bank_account_id', { required: true, placeholder: 'e.g. BA-1001-1', description: 'The bank account of the statement (its ID, from Bank Account → Get Many)' }),
		dayField('statementDate', 'Statement Date', 'bank_statement_date', true, 'Day of the bank statement'),
		textField('statementId', 'Statement ID', 'external_bank_statement_id', { required: true, placeholder: 'e.g. 2026-047', description: 'Your unique ID of the statement (from the bank)' }),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the statement (ISO 4217 code)' }),
		linesField('transactions', 'Transactions', 'items', bankTransactionRules, {
			required: true,
			description:
				'The transactions, usually mapped from earlier items by an expression. Each one: amount (fees and tax included; negative for money out), and optionally description, external_transaction_id, general_ledger_account, fee_amount, tax_amount, currency_exchange_rate, counterpart ({counterpart_type: customer, supplier or employee, id, name, iban}).',
			placeholder: '[{"amount": 1250.4, "description": "Card settlement", "external_transaction_id": "TX-0001"}]',
		}),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [numberField('openingBalance', 'Opening Balance', 'opening_balance', { description: 'Balance of the account before the statement' })],
		},
	],
	options: writeOptions,
});
