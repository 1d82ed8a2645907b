import { defineOperation } from '../../../shared/operations/define';
import { dateRange } from '../../../shared/operations/fields';
import { folder } from '../../shared/fields';
import { readOptions } from '../../shared/options';

/**
 * Chift answers the FEC (France's Fichier des Écritures Comptables) as JSON, one record per entry
 * line with the FEC's 18 columns: one output item per line, ready for Convert to File.
 */
export const exportFec = defineOperation({
	resource: 'journalEntry',
	operation: 'exportFec',
	name: 'Export FEC',
	action: 'Export journal entries as FEC lines',
	description: "Get the entry lines of a period in France's FEC format (one item per line, with the FEC columns)",
	method: 'GET',
	path: '/accounting/export-fec',
	fields: [folder, ...dateRange(true, 'period to export')],
	options: readOptions,
});
