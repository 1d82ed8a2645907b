import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { contains, recordSearch, searchPage } from '../../shared/methods/listSearch';
import { chiftDay } from '../../shared/operations/dates';

const fullName = (record: IDataObject) => [record.first_name, record.last_name].filter(Boolean).join(' ');

export const searchCustomers = recordSearch('/commerce/customers', (customer) => {
	const name = fullName(customer) || String(customer.id);
	return customer.email ? `${name} (${String(customer.email)})` : name;
});
export const searchProducts = recordSearch('/commerce/products', (product) => (product.sku ? `${String(product.name)} (${String(product.sku)})` : String(product.name)));
export const searchLocations = recordSearch('/commerce/locations', (location) => String(location.name ?? location.id));
export const searchPaymentMethods = recordSearch('/commerce/payment-methods', (method) => String(method.name ?? method.id));

/** The orders of the last 30 days, "#number · date · total currency". */
export const searchOrders = recordSearch(
	'/commerce/orders',
	(order) =>
		[`#${String(order.order_number ?? order.id)}`, String(order.created_on ?? '').replace('T', ' ').slice(0, 16), `${String(order.total ?? '')} ${String(order.currency ?? '')}`.trim()]
			.filter(Boolean)
			.join(' · '),
	'id',
	() => {
		const today = new Date();
		return { date_from: chiftDay(new Date(today.getTime() - 30 * 24 * 3600 * 1000)), date_to: chiftDay(today) };
	},
);

/**
 * Variants have no list of their own in Chift: a page of products, each variant named
 * "product · variant (SKU)"; the search text is matched on those names, SKUs and IDs.
 */
export async function searchVariants(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const page = await searchPage(this, { method: 'GET', path: '/commerce/products' }, paginationToken, (product) =>
		((Array.isArray(product.variants) ? product.variants : []) as IDataObject[]).map((variant) => {
			const name = variant.name === product.name ? String(product.name) : `${String(product.name)} · ${String(variant.name)}`;
			return { name: variant.sku ? `${name} (${String(variant.sku)})` : name, value: String(variant.id) };
		}),
	);
	return { ...page, results: page.results.filter((result) => contains(needle, result.name, result.value)) };
}
