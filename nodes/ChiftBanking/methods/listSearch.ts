import { recordSearch } from '../../shared/methods/listSearch';

/** The consumer's bank accounts, named by description and IBAN (reference). */
export const searchAccounts = recordSearch('/banking/accounts', (account) =>
	[account.description, account.reference, account.currency].filter((part) => part !== null && part !== undefined && part !== '').map(String).join(' '),
);
