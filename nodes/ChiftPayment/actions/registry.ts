import type { ChiftNodeDefinition } from '../../shared/operations/types';
import { getManyBalances } from './balance/getAll.operation';
import { getManyLocations } from './location/getAll.operation';
import { getPayment } from './payment/get.operation';
import { getManyPayments } from './payment/getAll.operation';
import { getManyPayouts } from './payout/getAll.operation';
import { getManyRefunds } from './refund/getAll.operation';
import { getManyTransactions } from './transaction/getAll.operation';

/**
 * Every resource and operation of Chift Payment (every one a read: Chift's Payment API writes
 * nothing). A new operation is one file and one line here. Defaults are part of saved workflows:
 * the default resource and each resource's first operation by name never change once released.
 */
export const chiftPayment: ChiftNodeDefinition = {
	system: 'payment system',
	defaultResource: 'payment',
	resources: [
		{ name: 'Balance', value: 'balance', operations: [getManyBalances] },
		{ name: 'Location', value: 'location', operations: [getManyLocations] },
		{ name: 'Payment', value: 'payment', operations: [getPayment, getManyPayments] },
		{ name: 'Payout', value: 'payout', operations: [getManyPayouts] },
		{ name: 'Refund', value: 'refund', operations: [getManyRefunds] },
		{ name: 'Transaction', value: 'transaction', operations: [getManyTransactions] },
	],
};
