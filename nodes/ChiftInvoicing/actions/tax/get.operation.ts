import { defineOperation } from '../../../shared/operations/define';
import { tax } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getTax = defineOperation({
	resource: 'tax',
	operation: 'get',
	name: 'Get',
	action: 'Get a tax',
	description: 'Get one tax (VAT rate) of the invoicing system',
	method: 'GET',
	path: '/invoicing/taxes/{tax_id}',
	fields: [tax('tax_id', 'The tax to get')],
	options: readOptions,
});
