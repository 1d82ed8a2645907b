import { defineOperation } from '../../../shared/operations/define';
import { readOptions } from '../../shared/options';

export const getManyFinancialInstitutions = defineOperation({
	resource: 'financialInstitution',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many financial institutions',
	description: 'List the banks the consumer is connected to, with their BICs',
	method: 'GET',
	path: '/banking/financial-institutions',
	list: true,
	options: readOptions,
});
