import { defineOperation, filters } from '../../../shared/operations/define';
import { booleanField, dateRange, momentField } from '../../../shared/operations/fields';
import { textField } from '../../../shared/operations/parameters';
import { optional } from '../../shared/entries';
import { folder, journal, multipleAnalyticPlans } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getManyJournalEntries = defineOperation({
	resource: 'journalEntry',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many journal entries',
	description: 'List the journal entries of a period, or those changed since a moment, with their lines',
	method: 'GET',
	path: '/accounting/journal/entries',
	variant: multipleAnalyticPlans('/accounting/journal/entries/multi-analytic-plans'),
	list: true,
	fields: [
		folder,
		...dateRange(false, 'period (by accounting date); needed unless Updated After is set'),
		booleanField('unpostedAllowed', 'Include Unposted', 'unposted_allowed', { description: 'Whether to include entries not posted yet (drafts)' }),
	],
	groups: [
		filters(
			optional(journal('journal_id', 'Only the entries of this journal')),
			textField('partnerId', 'Partner ID', 'partner_id', {
				description: "Only the entries of this client or supplier (its ID). Entries may then look unbalanced: only the partner's lines come back.",
			}),
			momentField('updatedAfter', 'Updated After', 'updated_after', false, 'Only the entries created or changed after this moment (UTC)'),
		),
	],
	check(values, item) {
		// Chift's document: the dates are required unless updated_after is given.
		const dates = values.date_from !== undefined && values.date_to !== undefined;
		if (dates || values.updated_after !== undefined) return;
		throw item.invalid('Date From and Date To are empty', 'Chift needs a period: set Date From and Date To, or add the filter Updated After.', 'Date From');
	},
	options: readOptions,
});
