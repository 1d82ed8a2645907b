import { additionalFields, defineOperation } from '../../../shared/operations/define';
import { dayField } from '../../../shared/operations/fields';
import { connection } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const refreshDataLayer = defineOperation({
	resource: 'dataLayer',
	operation: 'refresh',
	name: 'Refresh',
	action: 'Refresh the data layer of a connection',
	description: "Ask Chift to bring its copy of a connection's data up to date now. Each run starts another refresh",
	method: 'POST',
	path: '/connections/{connection_id}/refresh_datalayer',
	fields: [connection('connection_id', 'The connection whose copy to refresh')],
	groups: [additionalFields(dayField('forceFromDate', 'Force From Date', 'force_from_date', false, 'Copy everything again from this day on'))],
	options: writeOptions,
});
