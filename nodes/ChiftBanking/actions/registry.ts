import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyAccounts } from './account/getAll.operation';
import { getManyAttachments } from './attachment/getAll.operation';
import { getManyCounterparts } from './counterpart/getAll.operation';
import { getManyFinancialInstitutions } from './financialInstitution/getAll.operation';
import { getOpeningBalance } from './openingBalance/get.operation';
import { getManyTransactions } from './transaction/getAll.operation';

/**
 * Every resource and operation of Chift Banking (all reads: the API has no writes). A new
 * operation is one file and one line here. Defaults are part of saved workflows: the default
 * resource and each resource's first operation by name never change once released.
 */
export const chiftBanking: ChiftNodeDefinition = {
	system: 'bank accounts',
	defaultResource: 'transaction',
	resources: [
		{ name: 'Account', value: 'account', operations: [getManyAccounts] },
		{ name: 'Attachment', value: 'attachment', operations: [getManyAttachments] },
		{ name: 'Counterpart', value: 'counterpart', operations: [getManyCounterparts] },
		{ name: 'Financial Institution', value: 'financialInstitution', operations: [getManyFinancialInstitutions] },
		{ name: 'Opening Balance', value: 'openingBalance', operations: [getOpeningBalance] },
		{ name: 'Transaction', value: 'transaction', operations: [getManyTransactions] },
	],
};
