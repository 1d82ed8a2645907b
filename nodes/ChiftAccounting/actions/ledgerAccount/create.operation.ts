import { minLength } from '../../../shared/operations/checks';
import { defineOperation } from '../../../shared/operations/define';
import { optionsField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { accountTypes } from '../../shared/ledger';
import { writeOptions } from '../../shared/options';

/**
 * No refetchPath: Chift has no route that reads one ledger account back, so a create whose answer
 * was lost ends in Chift's "already processed" error instead of the account (the Idempotency Key
 * still keeps it from being created twice).
 */
export const createLedgerAccount = defineOperation({
	resource: 'ledgerAccount',
	operation: 'create',
	name: 'Create',
	action: 'Create a ledger account',
	description: 'Add an account to the chart of accounts of the accounting system',
	method: 'POST',
	path: '/accounting/accounts',
	fields: [
		folder,
		textField('number', 'Number', 'number', {
			required: true,
			placeholder: 'e.g. 604100',
			check: minLength(3),
			description: "The account's number, unique in the folder, following the country's chart of accounts (such as 604100 for a purchase account in Belgium)",
		}),
		textField('name', 'Name', 'name', { required: true, placeholder: 'e.g. Purchases of beverages', description: 'Name of the account' }),
	],
	groups: [
		{
			name: 'additionalFields',
			displayName: 'Additional Fields',
			placeholder: 'Add Field',
			fields: [optionsField('type', 'Type', 'type', accountTypes, { description: 'What the account is used for; Chift assumes Other when it is not set' })],
		},
	],
	options: writeOptions,
});
