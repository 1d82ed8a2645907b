import { locatorField } from '../../shared/operations/fields';

/** The hotel (property) of a PMS that manages several: optional, every one when empty. */
export const location = locatorField({
	name: 'locationId',
	displayName: 'Location',
	apiName: 'location_id',
	searchListMethod: 'searchLocations',
	idPlaceholder: 'e.g. 3f6a9b20-hotel-brussels',
	description: 'Only this property (hotel). Empty: every property the connection covers.',
});

export const customer = locatorField({
	name: 'customerId',
	displayName: 'Customer',
	apiName: 'customer_id',
	searchListMethod: 'searchCustomers',
	required: true,
	idPlaceholder: 'e.g. G-10452',
	description: 'The guest or company account',
});
