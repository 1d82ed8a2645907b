import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { booleanField, dayField, jsonField, numberField } from '../../../shared/operations/fields';
import { connection } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const enableDataLayer = defineOperation({
	resource: 'dataLayer',
	operation: 'enable',
	name: 'Enable',
	action: 'Enable the data layer of a connection',
	description: "Start keeping Chift's synchronised copy of a connection's data (reads can then use Data Source: Chift Data Layer). Enabling twice changes nothing",
	method: 'POST',
	path: '/connections/{connection_id}/enable_datalayer',
	fields: [connection('connection_id', 'The connection whose data Chift copies')],
	groups: [
		additionalFields(
			dayField('fromDate', 'From Date', 'from_date', false, 'Copy the data from this day on'),
			numberField('fiscalYearsBack', 'Fiscal Years Back', 'fiscal_years_back', { typeOptions: { minValue: 0 }, description: 'Copy this many past fiscal years' }),
			booleanField('fullHistory', 'Full History', 'full_history', { description: 'Whether to copy all the data the system has' }),
			jsonField('entityFilter', 'Entity Filter', 'entity_filter', 'object', { description: 'Only these records, by kind: {"<kind>": ["<ID>", ...]}' }),
		),
	],
	noContent: ({ connection_id }) => ({ enabled: true, connection_id }),
	options: writeOptions,
});
