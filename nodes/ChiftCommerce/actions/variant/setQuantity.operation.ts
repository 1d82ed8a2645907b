import type { IDataObject } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operations/define';
import { numberField } from '../../../shared/operations/fields';
import { location, variant } from '../../shared/fields';
import { writeOptions } from '../../shared/options';

export const setVariantQuantity = defineOperation({
	resource: 'variant',
	operation: 'setQuantity',
	name: 'Set Quantity',
	action: 'Set the available quantity of a variant',
	description: 'Set how many units of a variant are available at one stock location (a count, not a change)',
	method: 'POST',
	path: '/commerce/variants/set_quantity/{variant_id}',
	// Chift answers the stock of that location: read back, it is that entry of the variant's inventory.
	refetchPath: '/commerce/variants/{variant_id}',
	refetchRecord: (record, body) =>
		((Array.isArray(record.inventory_details) ? record.inventory_details : []) as IDataObject[]).find(
			(entry) => String((entry.location as IDataObject | undefined)?.id) === String(body.location_id),
		) ?? {},
	fields: [
		variant('The variant whose stock to set'),
		location('The stock location (warehouse, shop) the quantity is for'),
		numberField('availableQuantity', 'Available Quantity', 'available_quantity', {
			required: true,
			description: 'The number of units available from now on at that location',
		}),
	],
	options: writeOptions,
});
