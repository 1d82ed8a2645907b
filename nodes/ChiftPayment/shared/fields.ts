import type { FieldGroup } from '../../shared/operations/define';
import { filters } from '../../shared/operations/define';
import { dateRange, locatorField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';

export const location = locatorField({
	name: 'locationId',
	displayName: 'Location',
	apiName: 'location_id',
	searchListMethod: 'searchLocations',
	idPlaceholder: 'e.g. pfl_v9hTwCvYqw',
	description: 'Only this location (a shop or website of the account). Empty: every location.',
});

export const payment = (required: boolean, description: string) =>
	locatorField({ name: 'paymentId', displayName: 'Payment', apiName: 'payment_id', searchListMethod: 'searchPayments', required, idPlaceholder: 'e.g. tr_WDqYK6vllg', description });

export const balance = locatorField({
	name: 'balanceId',
	displayName: 'Balance',
	apiName: 'balance_id',
	searchListMethod: 'searchBalances',
	idPlaceholder: 'e.g. bal_gVMhHKqSSRYJyPsuoPNFH',
	description: 'Only the transactions of this balance (account of the provider)',
});

export const payout = locatorField({
	name: 'payoutId',
	displayName: 'Payout',
	apiName: 'payout_id',
	searchListMethod: 'searchPayouts',
	idPlaceholder: 'e.g. stl_jDk30akdN',
	description: 'Only the transactions settled by this payout (what one bank transfer to the merchant is made of)',
});

/** The filters of the provider's lists by period: the days and the location, and what the list adds. */
export const periodFilters = (what: string, ...more: ChiftField[]): FieldGroup => filters(...dateRange(false, `period the ${what}`), location, ...more);
