import { getMany } from '../../shared/getMany';

export const getManyVatCodes = getMany({
	resource: 'vatCode',
	what: 'VAT codes',
	description: 'List the VAT codes of the accounting system, with their rates and ledger accounts',
	path: '/accounting/vat-codes',
});
