import { recordSearch } from '../../shared/methods/listSearch';

export const searchLocations = recordSearch('/pms/locations', (location) => String(location.name ?? location.id));

/** Guests and company accounts, searched by Chift on name, email or phone. */
export const searchCustomers = recordSearch(
	'/pms/customers',
	(customer) => {
		const name = String(customer.company_name ?? ([customer.first_name, customer.last_name].filter(Boolean).join(' ') || customer.id));
		return customer.email ? `${name} (${String(customer.email)})` : name;
	},
	'id',
	undefined,
	true,
);
