import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

/** No route reads one bank account back (only the list), so no refetchPath. */
export const createBankAccount = defineOperation({
	resource: 'bankAccount',
	operation: 'create',
	name: 'Create',
	action: 'Create a bank account',
	description: 'Add a bank account to the accounting system (with its journal where the system needs one)',
	method: 'POST',
	path: '/accounting/bank-accounts',
	fields: [
		folder,
		textField('code', 'Code', 'code', { required: true, placeholder: 'e.g. BNK2', description: "Short code of the account, also the code of its journal when one is created" }),
		textField('bankName', 'Bank Name', 'bank_name', { required: true, placeholder: 'e.g. BNP Paribas Fortis' }),
		textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'Currency of the account (ISO 4217 code)' }),
		textField('iban', 'IBAN', 'iban', { placeholder: 'e.g. BE68539007547034', description: 'IBAN of the account; IBAN or Account Number is needed' }),
	],
	groups: [
		additionalFields(
			textField('accountName', 'Account Name', 'account_name', { description: 'Name of the account in the accounting system' }),
			textField('accountNumber', 'Account Number', 'account_number', { description: 'Number of the account, for accounts without an IBAN' }),
		),
	],
	check(values, item) {
		// Chift's document: at least one of account_number and iban.
		if (values.iban === undefined && values.account_number === undefined) {
			throw item.invalid('IBAN and Account Number are both empty', 'Chift needs one of them: enter the IBAN, or add the Account Number.', 'IBAN');
		}
	},
	options: writeOptions,
});
