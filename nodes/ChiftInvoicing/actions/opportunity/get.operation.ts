import { defineOperation } from '../../../shared/operations/define';
import { opportunity } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getOpportunity = defineOperation({
	resource: 'opportunity',
	operation: 'get',
	name: 'Get',
	action: 'Get an opportunity',
	description: 'Get one sales opportunity (a deal in the pipeline) of the invoicing system',
	method: 'GET',
	path: '/invoicing/opportunities/{opportunity_id}',
	fields: [opportunity('opportunity_id', 'The opportunity to get')],
	options: readOptions,
});
