import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { contains, searchPage } from '../../shared/methods/listSearch';
import { chiftDay } from '../../shared/operations/dates';

export async function searchLocations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const needle = (filter ?? '').trim().toLowerCase();
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/locations' },
		paginationToken,
		(location) => ({ name: String(location.name ?? location.id), value: String(location.id) }),
		(location) => contains(needle, location.name, location.id),
	);
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const search = (filter ?? '').trim();
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/customers', qs: search ? { search } : undefined },
		paginationToken,
		(customer) => ({
			name: customer.email ? `${String(customer.name)} (${String(customer.email)})` : String(customer.name ?? customer.id),
			value: String(customer.id),
		}),
	);
}

/** The orders of the last 7 days, newest pages first as Chift serves them. */
export async function searchOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	const needle = (filter ?? '').trim().toLowerCase();
	const today = new Date();
	const weekAgo = new Date(today.getTime() - 7 * 24 * 3600 * 1000);
	return await searchPage(
		this,
		{ method: 'GET', path: '/pos/orders', qs: { date_from: chiftDay(weekAgo), date_to: chiftDay(today) } },
		paginationToken,
		(order) => ({
			name: [`#${String(order.order_number ?? order.id)}`, String(order.creation_date ?? '').replace('T', ' ').slice(0, 16), `${String(order.total ?? '')} ${String(order.currency ?? '')}`.trim()]
				.filter(Boolean)
				.join(' · '),
			value: String(order.id),
		}),
		(order) => contains(needle, order.order_number, order.id),
	);
}

