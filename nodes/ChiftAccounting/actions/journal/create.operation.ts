import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

const JOURNAL_TYPES = [
	{ name: 'Bank', value: 'bank' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Customer Invoice (Sales)', value: 'customer_invoice' },
	{ name: 'Customer Refund', value: 'customer_refund' },
	{ name: 'Miscellaneous Operation', value: 'miscellaneous_operation' },
	{ name: 'Supplier Invoice (Purchases)', value: 'supplier_invoice' },
	{ name: 'Supplier Refund', value: 'supplier_refund' },
];

/** No route reads one journal back (only the list), so no refetchPath. */
export const createJournal = defineOperation({
	resource: 'journal',
	operation: 'create',
	name: 'Create',
	action: 'Create a journal',
	description: 'Create a journal (sales, purchases, bank, cash or miscellaneous) in the accounting system',
	method: 'POST',
	path: '/accounting/journal',
	fields: [
		folder,
		textField('code', 'Code', 'code', {
			required: true,
			placeholder: 'e.g. POS',
			description: 'Short code of the journal, 2 characters or more',
			check: (value) => (value.length >= 2 ? { value } : { problem: `"${value}" is too short`, fix: 'A journal code has at least 2 characters.' }),
		}),
		textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. POS sales', description: 'Name of the journal' }),
		optionsField('journalType', 'Type', 'journal_type', JOURNAL_TYPES, { required: true, default: 'miscellaneous_operation', description: 'What the journal records' }),
	],
	groups: [
		additionalFields(
			textField('counterpartAccount', 'Counterpart Account', 'counterpart_account', {
				placeholder: 'e.g. 550000',
				description: 'For a bank or cash journal: the ledger account of the bank or cash account',
			}),
		),
	],
	options: writeOptions,
});
