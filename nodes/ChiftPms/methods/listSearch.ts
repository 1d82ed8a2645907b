import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { recordSearch, searchPage } from '../../shared/methods/listSearch';

export const searchLocations = recordSearch('/pms/locations', (location) => String(location.name ?? location.id));

/** Guests and company accounts, searched by Chift on name, email or phone. */
export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const search = (filter ?? '').trim();
	return await searchPage(this, { method: 'GET', path: '/pms/customers', qs: search ? { search } : undefined }, paginationToken, (customer) => {
		const name = String(customer.company_name ?? ([customer.first_name, customer.last_name].filter(Boolean).join(' ') || customer.id));
		return { name: customer.email ? `${name} (${String(customer.email)})` : name, value: String(customer.id) };
	});
}
