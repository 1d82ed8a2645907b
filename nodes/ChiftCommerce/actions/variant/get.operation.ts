import { defineOperation } from '../../../shared/operations/define';
import { variant } from '../../shared/fields';
import { readOptions } from '../../shared/options';

export const getVariant = defineOperation({
	resource: 'variant',
	operation: 'get',
	name: 'Get',
	action: 'Get a variant',
	description: 'Get one variant of a product (a size, a flavour...) with its price and its stock per location',
	method: 'GET',
	path: '/commerce/variants/{variant_id}',
	fields: [variant('The variant to get')],
	options: readOptions,
});
