import { defineOperation } from '../../../shared/operations/define';
import { linesField } from '../../../shared/operations/fields';
import { folder } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

/**
 * Several matchings in one request; Chift answers, for each, whether it was done. No route reads
 * matchings back, so no refetchPath.
 */
export const createManyMatchings = defineOperation({
	resource: 'matching',
	operation: 'createMany',
	name: 'Create Many',
	action: 'Match several sets of entries',
	description: 'Match several sets of entries in one request; outputs one item per matching, saying whether it was done',
	method: 'POST',
	path: '/accounting/matching-multiple',
	fields: [
		folder,
		linesField(
			'matchings',
			'Matchings',
			'matchings',
			{
				required: ['entries', 'partner_id'],
				example: '{"partner_id": "CLI-001", "entries": ["JE-1001-0003", "JE-1001-0007"]}',
				check: (line) =>
					Array.isArray(line.entries) && line.entries.length >= 2 && line.entries.every((id) => typeof id === 'string' && id.trim())
						? undefined
						: 'needs entries as a list of at least 2 entry IDs',
			},
			{
				required: true,
				typeOptions: { rows: 5 },
				description: 'The matchings, usually built by an expression: each one a partner_id (client, supplier or employee ID) and the entries (at least 2 IDs) to match',
				placeholder: '[{"partner_id": "CLI-001", "entries": ["JE-1001-0003", "JE-1001-0007"]}]',
			},
		),
	],
	options: writeOptions,
});
