import { defineOperation } from '../../../shared/operations/define';
import { textField } from '../../../shared/operations/parameters';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getJournalEntry = defineOperation({
	resource: 'journalEntry',
	operation: 'get',
	name: 'Get',
	action: 'Get a journal entry',
	description: 'Get one journal entry with its lines',
	method: 'GET',
	path: '/accounting/journal/entries/{journal_entry_id}',
	fields: [folder, textField('journalEntryId', 'Journal Entry ID', 'journal_entry_id', { required: true, placeholder: 'e.g. JE-2026-0042', description: 'The ID of the journal entry to get' })],
	options: readOptions,
});
