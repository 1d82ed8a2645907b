import { locatorField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';

/** A bank account of the consumer, picked from the list or given by Chift's ID; sent as account_id. */
export const account = (description: string, required = true): ChiftField =>
	locatorField({
		name: 'accountId',
		displayName: 'Account',
		apiName: 'account_id',
		searchListMethod: 'searchAccounts',
		idPlaceholder: 'e.g. 3b9f0c2e-1d4a-4e8b-9c7d-5a6b7c8d9e0f',
		description,
		required,
	});
