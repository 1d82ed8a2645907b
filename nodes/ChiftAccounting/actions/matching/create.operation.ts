import { defineOperation } from '../../../shared/operations/define';
import { idListField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

/** Matching (lettering): no route reads a matching back, so no refetchPath. */
export const createMatching = defineOperation({
	resource: 'matching',
	operation: 'create',
	name: 'Create',
	action: 'Match entries',
	description: "Match (letter) entries of one client or supplier with each other, such as an invoice and the payment that settles it",
	method: 'POST',
	path: '/accounting/matching',
	fields: [
		folder,
		idListField('entries', 'Entry IDs', 'entries', 2, {
			required: true,
			placeholder: 'e.g. JE-1001-0003, JE-1001-0007',
			description: 'The IDs of at least 2 entries to match (journal entries, invoices or financial entries), separated by commas, or a list from an expression',
		}),
		textField('partnerId', 'Partner ID', 'partner_id', { required: true, placeholder: 'e.g. CLI-001', description: 'The client, supplier or employee all the entries belong to (its ID)' }),
	],
	options: writeOptions,
});
