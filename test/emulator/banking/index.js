'use strict';
/**
 * The Banking API of the emulator: /consumers/{id}/banking/..., for the consumers with a banking
 * connection (Bistro Central: Ponto, Belgian open banking). Its accounts: a current account at BNP
 * Paribas Fortis, where the card terminal's payouts (Worldline), the suppliers, the rent and the
 * salaries go; a savings account at Belfius; a Qonto account for events. Transactions over the last
 * six weeks, some with a receipt or an invoice attached.
 */
const { daysBefore, samplePdf, round } = require('../kit');
const payment = require('../payment');


const INSTITUTIONS = [
	{ id: 'fi-bnp-fortis', bic: 'GEBABEBB', country: 'BE', name: 'BNP Paribas Fortis' },
	{ id: 'fi-belfius', bic: 'GKCCBEBB', country: 'BE', name: 'Belfius Banque' },
	{ id: 'fi-qonto', bic: 'QNTOFRP1', country: 'FR', name: 'Qonto' },
];

/** Account IDs: UUIDs, as open-banking aggregators give them. */
const ACCOUNTS = {
	current: '4b7e2f10-6c1d-4a8e-9f3b-2d5c6e7f8a91',
	savings: '4b7e2f10-6c1d-4a8e-9f3b-2d5c6e7f8a92',
	events: '4b7e2f10-6c1d-4a8e-9f3b-2d5c6e7f8a93',
};

function createBankingData(consumer, { today = new Date() } = {}) {
	const day = (days) => daysBefore(today, days);
	const at = (days, time = '08:00:00') => `${day(days)}T${time}Z`;
	const transactions = [];
	let sequence = 0;
	/** A transaction (BankingTransactionItem), its attachments kept beside it. */
	const add = (account, days, amount, fields = {}, attachments = []) => {
		sequence++;
		const id = `tx-${String(sequence).padStart(4, '0')}`;
		transactions.push({
			id,
			bank_account_id: account,
			amount,
			tax_amount: null,
			currency: 'EUR',
			description: null,
			additional_information: null,
			counterpart_name: null,
			counterpart_reference: null,
			remittance_information: null,
			creation_date: at(days, '06:30:00'),
			value_date: at(days),
			execution_date: at(days, '07:45:00'),
			internal_transaction: false,
			operation_type: amount > 0 ? 'incoming_transfer' : 'outgoing_transfer',
			last_update_on: at(days, '06:30:00'),
			status: 'completed',
			opening_balance: null,
			...fields,
			attachments_info: {
				status: attachments.length ? 'yes' : 'no',
				attachments: attachments.map((attachment) => ({ filename: attachment.filename, url: null })),
			},
			attachments: attachments.map((attachment, index) => ({ id: `${id}-att-${index + 1}`, base64_string: samplePdf(attachment.text) })),
		});
	};
	// Card terminal payouts: one per business day, the day's card sales less Worldline's fee.
	for (let days = 42; days >= 1; days--) {
		const weekday = new Date(today.getTime() - days * 86400000).getUTCDay();
		if (weekday === 0 || weekday === 1) continue; // closed on Sundays and Mondays: no sales, no payout the next day
		const gross = round(900 + ((days * 137) % 700) + (weekday === 6 ? 450 : 0));
		add(ACCOUNTS.current, days, round(gross * 0.985), {
			description: `WORLDLINE PAYOUT ${day(days + 1)}`,
			counterpart_name: 'Worldline SA/NV',
			counterpart_reference: 'BE79001122334455',
			remittance_information: `PAYOUT BANCONTACT/MAESTRO/VISA ${day(days + 1)} BRUT ${gross.toFixed(2)} COMM ${(gross * 0.015).toFixed(2)}`,
		});
	}
	// The online payment provider's payouts (Chift Payment's emulator, same consumer) reach the
	// savings account the day after they are paid: what the payout → bank example reconciles.
	if (consumer.connections.some((connection) => connection.api === 'Payment')) {
		for (const payout of payment.createData(consumer, { today }).payouts.filter((candidate) => candidate.status === 'paid')) {
			const days = Math.round((today.getTime() - Date.parse(`${payout.payment_date}T12:00:00Z`)) / 86400000) - 1;
			if (days < 0) continue;
			add(ACCOUNTS.savings, days, payout.amount, {
				description: `MOLLIE PAYOUT ${payout.id}`,
				counterpart_name: 'Mollie B.V.',
				counterpart_reference: 'NL55ABNA0417164300',
				remittance_information: `Mollie settlement ${payout.id}`,
			});
		}
	}
	add(ACCOUNTS.current, 40, -2850, { description: 'LOYER DECEMBRE', counterpart_name: 'Immo Sablon SA', counterpart_reference: 'BE12310123456789', remittance_information: 'Loyer rez-de-chaussée Rue du Midi 44', operation_type: 'direct_debit' });
	add(ACCOUNTS.current, 33, -1225.26, { description: 'BRASSERIE LEFORT LEF-88121', counterpart_name: 'Brasserie Lefort SA', counterpart_reference: 'BE55001234567890', remittance_information: 'LEF-88121' }, [{ filename: 'LEF-88121.pdf', text: 'Facture LEF-88121 Brasserie Lefort' }]);
	add(ACCOUNTS.current, 28, -320.75, { description: 'METRO CASH CARRY WOLUWE', counterpart_name: 'Metro Cash & Carry Belgium', operation_type: 'card', tax_amount: 30.1 }, [{ filename: 'ticket-metro.pdf', text: 'Ticket Metro Woluwe 320.75 EUR' }]);
	add(ACCOUNTS.current, 25, -6420.5, { description: 'SALAIRES NOVEMBRE', counterpart_name: 'Partena Secrétariat Social', counterpart_reference: 'BE70310987654321', remittance_information: 'Salaires 11/2026' });
	add(ACCOUNTS.current, 15, 1782.08, { description: 'HOTEL LE LION SA', counterpart_name: 'Hotel Le Lion SA', counterpart_reference: 'BE43068999999501', remittance_information: '+++090/9337/55493+++' });
	add(ACCOUNTS.current, 10, -14.95, { description: 'FRAIS DE GESTION', operation_type: 'fee', counterpart_name: 'BNP Paribas Fortis' });
	add(ACCOUNTS.current, 8, -1500, { description: 'VERS EPARGNE', counterpart_name: 'Bistro Central SRL', counterpart_reference: 'BE71096123456769', internal_transaction: true });
	add(ACCOUNTS.savings, 8, 1500, { description: 'DEPUIS COMPTE COURANT', counterpart_name: 'Bistro Central SRL', counterpart_reference: 'BE68539007547034', internal_transaction: true });
	add(ACCOUNTS.events, 20, 1500, { description: 'ACOMPTE RECEPTION DUPONT', counterpart_name: 'Traiteur Dupont SRL', counterpart_reference: 'FR7630006000011234567890189', remittance_information: 'Acompte F2026-0042' });
	add(ACCOUNTS.current, 0, 842.1, { description: 'WORLDLINE PAYOUT (EN COURS)', counterpart_name: 'Worldline SA/NV', status: 'pending', counterpart_reference: 'BE79001122334455' });

	const opening = { [ACCOUNTS.current]: 12480.32, [ACCOUNTS.savings]: 23500, [ACCOUNTS.events]: 640 };
	const balance = (account, predicate = () => true) =>
		round(opening[account] + transactions.filter((entry) => entry.bank_account_id === account && entry.status === 'completed' && predicate(entry)).reduce((sum, entry) => sum + entry.amount, 0));
	const account = (id, description, reference, institution, fields = {}) => ({
		id,
		currency: 'EUR',
		current_balance: balance(id),
		current_balance_last_update_date: at(0, '06:30:00'),
		available_balance: balance(id),
		available_balance_last_update_date: at(0, '06:30:00'),
		description,
		reference,
		reference_type: 'IBAN',
		holder_name: 'Bistro Central SRL',
		active: true,
		institution,
		...fields,
	});
	const accounts = [
		account(ACCOUNTS.current, 'Compte courant professionnel', 'BE68539007547034', 'fi-bnp-fortis', { available_balance: round(balance(ACCOUNTS.current) + 5000) }),
		account(ACCOUNTS.savings, 'Compte épargne', 'BE71096123456769', 'fi-belfius'),
		account(ACCOUNTS.events, 'Qonto événements', 'FR7616958000013456789012345', 'fi-qonto'),
	];
	return { institutions: INSTITUTIONS, accounts, transactions, opening };
}

/** What the routes show of the stored records (the attachments and the institution are kept beside). */
const transactionOut = ({ attachments, ...transaction }) => transaction;
const accountOut = ({ institution, ...account }) => account;

function routes({ at, api, paged, find, chiftError }) {
	const inRange = (value, query) => (!query.date_from || value.slice(0, 10) >= query.date_from) && (!query.date_to || value.slice(0, 10) <= query.date_to);
	// assumed: Chift's answer to an unknown account ID is not documented; a 404 like other records'.
	const accountOf = (store, id) => find(store.accounts, id, 'Bank account');
	return [
		['GET', at('/banking/financial-institutions'), api('financial-institutions', ({ store, query }) => paged(store.institutions, query))],
		['GET', at('/banking/accounts'), api('accounts', ({ store, query }) => paged(store.accounts.map(accountOut), query))],
		['GET', at('/banking/transactions'), api('transactions', ({ store, query }) => {
			accountOf(store, query.account_id);
			const dateType = query.date_type ?? 'value_date';
			return paged(
				store.transactions
					.filter((entry) => entry.bank_account_id === query.account_id && inRange(entry[dateType], query) && (!query.updated_after || entry.last_update_on.slice(0, 10) >= query.updated_after))
					.map(transactionOut),
				query,
			);
		})],
		['GET', at('/banking/counterparts'), api('counterparts', ({ store, query }) => {
			if (query.account_id) accountOf(store, query.account_id);
			const seen = new Map();
			for (const entry of store.transactions) {
				if (!entry.counterpart_name || (query.account_id && entry.bank_account_id !== query.account_id) || !inRange(entry.value_date, query)) continue;
				const key = `${entry.counterpart_name}|${entry.counterpart_reference ?? ''}`;
				if (!seen.has(key)) seen.set(key, { name: entry.counterpart_name, reference: entry.counterpart_reference, details: entry.remittance_information });
			}
			return paged([...seen.values()], query);
		})],
		['GET', at('/banking/attachments'), api('attachments', ({ store, query }) => {
			const transaction = store.transactions.find((entry) => entry.id === query.transaction_id);
			if (!transaction) throw chiftError(404, `Transaction ${query.transaction_id} not found`, 'ERROR_API_RESOURCE_NOT_FOUND');
			return paged(transaction.attachments, query);
		})],
		['GET', at('/banking/opening-balance'), api('opening-balance', ({ store, query }) => {
			const account = accountOf(store, query.account_id);
			// The balance at the start of the day: the opening of the period plus every completed transaction valued before it.
			const before = store.transactions.filter((entry) => entry.bank_account_id === account.id && entry.status === 'completed' && entry.value_date.slice(0, 10) < query.date);
			const openingBalance = round(store.opening[account.id] + before.reduce((sum, entry) => sum + entry.amount, 0));
			return { account_id: account.id, date: query.date, opening_balance: openingBalance, currency: account.currency };
		})],
	];
}

module.exports = { apiName: 'Banking', storeKey: 'banking', createData: createBankingData, routes, ACCOUNTS };
