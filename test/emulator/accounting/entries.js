'use strict';
/**
 * Accounting entries: journals, journal entries, financial entries, matching, miscellaneous
 * operations, bank accounts and statements, the FEC export. See ./index.js for what a module
 * declares. A restaurant's books: sales (VEN), purchases (ACH), bank (BNK), cash (CSH) and
 * miscellaneous (OD) journals, Belgian accounts (PCMN).
 */
const { daysBefore } = require('../kit');

/** The ledger accounts the entries book on, by number (their names for the entries' lines). */
const ACCOUNTS = {
	400000: 'Clients',
	411000: 'TVA à récupérer',
	440000: 'Fournisseurs',
	451000: 'TVA à payer',
	455000: 'Rémunérations dues',
	499000: "Compte d'attente",
	550000: 'Banque BNP Paribas Fortis',
	570000: 'Caisse',
	580000: 'Virements internes',
	604000: 'Achats de marchandises',
	700000: 'Ventes',
};
const accountName = (number) => ACCOUNTS[number] ?? `Compte ${number}`;

const journal = (id, name, journalType, fields = {}) => ({
	id,
	code: id,
	name,
	journal_type: journalType,
	counterpart_account: null,
	unallocated_account: null,
	next_document_numbers: [],
	iban: null,
	currency: 'EUR',
	other_currencies_allowed: true,
	blocked: false,
	...fields,
});

/** A line of a stored entry; the entries keep the multi-plan shape, the single-plan view is derived. */
const line = (id, accountNumber, debit, credit, fields = {}) => ({
	id,
	account_number: String(accountNumber),
	account_name: accountName(accountNumber),
	partner_id: null,
	partner_name: null,
	description: null,
	debit,
	credit,
	currency: 'EUR',
	currency_exchange_rate: 1,
	matching_numbers: [],
	analytic_distribution: [],
	...fields,
});

/** A stored journal entry (updated_on is the emulator's own, for updated_after; not sent). */
const entry = (store, fields) => ({
	reference: null,
	due_date: null,
	name: null,
	posted: true,
	due_dates: [],
	attachments_info: { status: 'no', attachments: [] },
	journal_name: store.journals.find((candidate) => candidate.id === fields.journal_id)?.name ?? null,
	...fields,
});

function data(consumer, folder, { today = new Date() } = {}) {
	const prefix = `${folder.id}-`;
	const day = (days) => daysBefore(today, days);
	const updated = (days) => `${day(days)}T18:00:00Z`;
	const client = `${prefix}CLI-001`;
	const store = {
		journals: [
			journal('VEN', 'Ventes', 'customer_invoice'),
			journal('ACH', 'Achats', 'supplier_invoice'),
			journal('BNK', 'BNP Paribas Fortis', 'financial_operation', { counterpart_account: '550000', iban: 'BE68539007547034' }),
			journal('CSH', 'Caisse', 'financial_operation', { counterpart_account: '570000' }),
			journal('OD', 'Opérations diverses', 'miscellaneous_operation'),
		],
	};
	const id = (n) => `JE-${prefix}${String(n).padStart(4, '0')}`;
	store.journalEntries = [
		entry(store, { id: id(1), journal_id: 'VEN', name: 'VEN-0001', reference: 'F2026-0001', date: day(10), due_date: day(-20), updated_on: updated(10), items: [
			line(`${id(1)}-1`, 400000, 121, 0, { partner_id: client, partner_name: 'Hotel Le Lion', description: 'Banquet 12 couverts' }),
			line(`${id(1)}-2`, 700000, 0, 100, { description: 'Banquet 12 couverts' }),
			line(`${id(1)}-3`, 451000, 0, 21, { description: 'TVA 21%' }),
		] }),
		entry(store, { id: id(2), journal_id: 'ACH', name: 'ACH-0001', reference: 'METRO-88412', date: day(8), updated_on: updated(8), items: [
			line(`${id(2)}-1`, 604000, 500, 0, { description: 'Marchandises Metro' }),
			line(`${id(2)}-2`, 411000, 30, 0, { description: 'TVA 6%' }),
			line(`${id(2)}-3`, 440000, 0, 530, { partner_id: `${prefix}SUP-METRO`, partner_name: 'Metro Cash & Carry' }),
		] }),
		entry(store, { id: id(3), journal_id: 'BNK', name: 'BNK-0001', reference: 'F2026-0001', date: day(5), updated_on: updated(5), items: [
			line(`${id(3)}-1`, 550000, 121, 0, { description: 'Virement Hotel Le Lion' }),
			line(`${id(3)}-2`, 400000, 0, 121, { partner_id: client, partner_name: 'Hotel Le Lion', description: 'Paiement F2026-0001' }),
		] }),
		entry(store, { id: id(4), journal_id: 'CSH', name: 'CSH-0001', date: day(2), updated_on: updated(2), items: [
			line(`${id(4)}-1`, 580000, 350, 0, { description: 'Versement caisse en banque' }),
			line(`${id(4)}-2`, 570000, 0, 350, { description: 'Versement caisse en banque' }),
		] }),
		entry(store, { id: id(5), journal_id: 'OD', name: 'OD-0001', date: day(1), posted: false, updated_on: updated(1), items: [
			line(`${id(5)}-1`, 604000, 40, 0, { description: 'Correction de stock (brouillon)' }),
			line(`${id(5)}-2`, 499000, 0, 40, { description: 'Correction de stock (brouillon)' }),
		] }),
	];
	store.miscellaneousOperations = [
		{
			id: `OD-${prefix}0001`,
			operation_number: 'OD-0001',
			currency: 'EUR',
			currency_exchange_rate: 1,
			operation_date: day(1),
			journal_id: 'OD',
			status: 'draft',
			lines: [
				{ line_number: 1, description: 'Correction de stock', amount: -40, type: 'general_account', account_number: '604000', partner_id: null, analytic_account: null },
				{ line_number: 2, description: 'Correction de stock', amount: 40, type: 'general_account', account_number: '499000', partner_id: null, analytic_account: null },
			],
		},
	];
	store.bankAccounts = [
		{ id: `BA-${prefix}0001`, code: 'BNK', currency: 'EUR', account_name: 'Compte courant', account_number: null, iban: 'BE68539007547034', bank_name: 'BNP Paribas Fortis', journal_id: 'BNK', ledger_account: '550000', unallocated_account: '499000' },
	];
	store.bankStatements = [];
	/** The last number given to each kind of record, for the IDs of new ones. */
	store.entrySequences = { prefix, JE: 5, OD: 1, BA: 1, BS: 0, M: 0, BNK: 1, CSH: 1 };
	return store;
}

/** An entry as the multi-plan routes answer it (JournalEntryMultiAnalyticPlan). */
const multiPlanView = ({ updated_on: _updated, ...fields }) => fields;
/** As the single-plan list answers it (JournalEntryMonoAnalyticPlan): each line's account of the default plan. */
const singlePlanView = (stored) => {
	const view = multiPlanView(stored);
	return {
		...view,
		items: view.items.map(({ analytic_distribution: distribution, ...fields }) => ({
			...fields,
			analytic_account: distribution?.[0]?.analytic_accounts?.[0]?.analytic_account ?? null,
			analytic_account_name: null,
		})),
	};
};

const cents = (amount) => Math.round(Number(amount ?? 0) * 100);

function routes({ at, route, once, paged, checkBody, find, notFound, nowText, chiftError, validationError }) {
	/** The next ID of a kind of record in a folder (JE-1001-0006...). */
	const next = (store, kind) => `${kind}-${store.entrySequences.prefix}${String((store.entrySequences[kind] = (store.entrySequences[kind] ?? 0) + 1)).padStart(4, '0')}`;

	/** The ledger account and partner of a line booked on an account of this type (GenericJournalItem / FinancialEntryLineItem). */
	function accountOf(store, accountType, account) {
		if (accountType === 'general_account') return { account_number: String(account), account_name: accountName(account) };
		const partners = { customer_account: [store.clients, '400000'], supplier_account: [store.suppliers, '440000'], employee_account: [store.employees, '455000'] }[accountType];
		const partner = (partners[0] ?? []).find((candidate) => candidate.id === account);
		// assumed: Chift's answer for an unknown partner of a line is undocumented.
		if (!partner && accountType === 'customer_account') throw notFound('Client', account);
		const number = partner?.account_number ?? partners[1];
		return { account_number: number, account_name: accountName(number), partner_id: account, partner_name: partner?.name ?? null };
	}

	function journalOf(store, journalId, types) {
		const found = find(store.journals, journalId, 'Journal');
		// assumed: Chift's refusal of an entry in a journal of another kind is undocumented.
		if (types && !types.includes(found.journal_type)) {
			throw chiftError(400, `Journal ${journalId} is a ${found.journal_type} journal: this entry needs a ${types.join(' or ')} journal`, 'ERROR_INVALID_JOURNAL');
		}
		return found;
	}

	const entriesList = (view) => ({ store, query }) => {
		if (query.unposted_allowed === undefined) throw validationError([[['query', 'unposted_allowed'], 'Field required', 'missing', null]]);
		if (!['true', 'false'].includes(query.unposted_allowed)) {
			throw validationError([[['query', 'unposted_allowed'], "Input should be 'true' or 'false'", 'enum', query.unposted_allowed]]);
		}
		// Chift's document: the dates are mandatory unless updated_after is given (assumed: a 400).
		if (!(query.date_from && query.date_to) && !query.updated_after) {
			throw chiftError(400, 'date_from and date_to are required when updated_after is not provided', 'ERROR_MISSING_PARAMETER');
		}
		const entries = store.journalEntries
			.filter((stored) => query.unposted_allowed === 'true' || stored.posted)
			.filter((stored) => !query.journal_id || stored.journal_id === query.journal_id)
			.filter((stored) => !query.date_from || stored.date >= query.date_from)
			.filter((stored) => !query.date_to || stored.date <= query.date_to)
			.filter((stored) => !query.updated_after || stored.updated_on > query.updated_after)
			.filter((stored) => !query.partner_id || stored.items.some((item) => item.partner_id === query.partner_id))
			// Chift's document: with partner_id, only the partner's lines of an entry come back.
			.map((stored) => (query.partner_id ? { ...stored, items: stored.items.filter((item) => item.partner_id === query.partner_id) } : stored));
		return paged(entries.map(view), query);
	};

	function createJournalEntry(store, body) {
		const found = journalOf(store, body.journal_id);
		// assumed: Chift refuses a second entry with the same number in a journal (its docs advise the number against duplicates).
		if (store.journalEntries.some((stored) => stored.journal_id === found.id && stored.name === body.number)) {
			throw chiftError(400, `A journal entry ${body.number} already exists in journal ${found.id}`, 'ERROR_DUPLICATE_ENTRY');
		}
		const entryId = next(store, 'JE');
		const stored = entry(store, {
			id: entryId,
			journal_id: found.id,
			name: body.number,
			reference: body.reference ?? null,
			date: body.date,
			due_date: body.due_date ?? null,
			posted: body.posted ?? true,
			updated_on: nowText(),
			items: body.items.map((item, index) => {
				const tax = item.tax_info?.tax_amount ?? 0;
				const onCredit = cents(item.credit) !== 0;
				return line(`${entryId}-${index + 1}`, 0, onCredit ? 0 : item.debit + tax, onCredit ? item.credit + tax : 0, {
					...accountOf(store, item.account_type, item.account),
					description: item.description ?? null,
					currency: body.currency,
					currency_exchange_rate: body.currency_exchange_rate ?? 1,
					analytic_distribution: item.analytic_distribution ?? [],
				});
			}),
		});
		store.journalEntries.push(stored);
		return stored;
	}

	function match(store, matching) {
		const entries = matching.entries.map((entryId) => find(store.journalEntries, entryId, 'Entry'));
		const lines = entries.flatMap((stored) => stored.items.filter((item) => item.partner_id === matching.partner_id));
		// assumed: Chift's refusal of entries of another partner is undocumented.
		const foreign = entries.find((stored) => !stored.items.some((item) => item.partner_id === matching.partner_id));
		if (foreign) throw chiftError(400, `Entry ${foreign.id} has no line of partner ${matching.partner_id}`, 'ERROR_MATCHING_PARTNER');
		const matchingNumber = next(store, 'M');
		for (const item of lines) item.matching_numbers = [...(item.matching_numbers ?? []), matchingNumber];
		const balance = lines.reduce((sum, item) => sum + cents(item.debit) - cents(item.credit), 0) / 100;
		return { matching_number: matchingNumber, balance };
	}

	return [
		['GET', at('/accounting/journals'), route('journals', ({ store, query }) => paged(store.journals, query))],
		['POST', at('/accounting/journal'), route('journals', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				// assumed: Chift's answer for a journal code already in use is undocumented.
				if (store.journals.some((candidate) => candidate.code === body.code)) throw chiftError(400, `A journal with code ${body.code} already exists`, 'ERROR_DUPLICATE_JOURNAL');
				const journalType = ['bank', 'cash'].includes(body.journal_type) ? 'financial_operation' : body.journal_type;
				const created = journal(body.code, body.name, journalType, { counterpart_account: body.counterpart_account ?? null });
				store.journals.push(created);
				return { entity: created, entityId: created.id };
			});
		}, 'POST')],

		['GET', at('/accounting/journal/entries'), route('journal-entries', entriesList(singlePlanView))],
		['GET', at('/accounting/journal/entries/multi-analytic-plans'), route('journal-entries', entriesList(multiPlanView))],
		['GET', at('/accounting/journal/entries/{journal_entry_id}'), route('journal-entries', ({ store, params: [, entryId] }) => multiPlanView(find(store.journalEntries, entryId, 'Journal entry')))],
		['POST', at('/accounting/journal-entries'), route('journal-entries', ({ store, body, req, connection }) => {
			checkBody(req, body);
			// Chift's document: the debits must equal the credits (assumed: Chift refuses with a 400 naming both totals).
			const debit = body.items.reduce((sum, item) => sum + (cents(item.credit) === 0 ? cents(item.debit) + cents(item.tax_info?.tax_amount) : 0), 0);
			const credit = body.items.reduce((sum, item) => sum + (cents(item.credit) !== 0 ? cents(item.credit) + cents(item.tax_info?.tax_amount) : 0), 0);
			if (debit !== credit) {
				throw chiftError(400, `The journal entry is not balanced: total debit ${debit / 100}, total credit ${credit / 100}`, 'ERROR_ENTRY_NOT_BALANCED');
			}
			return once(connection, req, () => {
				const created = createJournalEntry(store, body);
				return { entity: multiPlanView(created), entityId: created.id };
			});
		}, 'POST')],

		['POST', at('/accounting/financial-entries'), route('financial-entries', ({ store, body, query, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const found = journalOf(store, body.journal_id, ['financial_operation']);
				const counterpart = query.financial_counterpart_account ?? found.counterpart_account;
				const number = body.number ?? next(store, found.code);
				// The bank or cash account takes the other side of each line: money in is a debit there.
				const items = body.items.flatMap((item) => {
					const amount = item.amount + (item.tax_info?.tax_amount ?? 0);
					const side = (positive) => (positive ? { debit: Math.abs(amount), credit: 0 } : { debit: 0, credit: Math.abs(amount) });
					return [
						{ account_type: 'general_account', account: counterpart, ...side(amount >= 0), description: item.description },
						{ account_type: item.account_type, account: item.account, ...side(amount < 0), description: item.description },
					];
				});
				const created = createJournalEntry(store, { journal_id: found.id, number, reference: body.reference, date: body.date, currency: body.currency, currency_exchange_rate: body.currency_exchange_rate, items });
				const answer = {
					id: created.id,
					number,
					date: body.date,
					journal_id: found.id,
					currency: body.currency,
					currency_exchange_rate: body.currency_exchange_rate ?? 1,
					reference: body.reference ?? null,
					items: body.items.map((item) => ({ tax_info: null, automated_matching_number: null, description: null, ...item, counterpart_account: counterpart })),
				};
				return { entity: answer, entityId: created.id };
			});
		}, 'POST')],

		['POST', at('/accounting/matching'), route('matching', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const result = match(store, body);
				return { entity: result, entityId: result.matching_number };
			});
		}, 'POST')],
		['POST', at('/accounting/matching-multiple'), route('matching', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => ({
				entity: body.matchings.map((matching) => {
					try {
						return { matching_number: match(store, matching).matching_number, processed: true, error_msg: null };
					} catch (error) {
						return { matching_number: null, processed: false, error_msg: { message: error.body?.message ?? error.message } };
					}
				}),
				entityId: null,
			}));
		}, 'POST')],

		['GET', at('/accounting/miscellaneous-operation'), route('miscellaneous-operation', ({ store, query }) => {
			const journals = query.journal_ids ? query.journal_ids.split(',').map((journalId) => journalId.trim()) : undefined;
			return paged(
				store.miscellaneousOperations.filter(
					(operation) =>
						(!query.date_from || operation.operation_date >= query.date_from) &&
						(!query.date_to || operation.operation_date <= query.date_to) &&
						(!journals || journals.includes(operation.journal_id)),
				),
				query,
			);
		})],
		['GET', at('/accounting/miscellaneous-operation/{operation_id}'), route('miscellaneous-operation', ({ store, params: [, operationId] }) => find(store.miscellaneousOperations, operationId, 'Miscellaneous operation'))],
		['POST', at('/accounting/miscellaneous-operation'), route('miscellaneous-operation', ({ store, body, req, connection }) => {
			checkBody(req, body);
			// assumed: like a journal entry, Chift refuses an operation whose amounts do not add up to 0.
			const total = body.lines.reduce((sum, item) => sum + cents(item.amount), 0);
			if (total !== 0) throw chiftError(400, `The operation is not balanced: its amounts add up to ${total / 100}`, 'ERROR_ENTRY_NOT_BALANCED');
			return once(connection, req, () => {
				// Chift's document: without journal_id, the only miscellaneous journal, or an error when there are several.
				const candidates = store.journals.filter((candidate) => candidate.journal_type === 'miscellaneous_operation');
				if (!body.journal_id && candidates.length !== 1) throw chiftError(400, 'Several miscellaneous journals exist: choose one with journal_id', 'ERROR_JOURNAL_REQUIRED');
				const found = body.journal_id ? journalOf(store, body.journal_id, ['miscellaneous_operation']) : candidates[0];
				const operationId = next(store, 'OD');
				const created = {
					id: operationId,
					operation_number: body.operation_number ?? operationId,
					currency: body.currency,
					currency_exchange_rate: body.currency_exchange_rate ?? 1,
					operation_date: body.operation_date,
					journal_id: found.id,
					status: body.status ?? 'posted',
					lines: body.lines.map((item, index) => ({ line_number: index + 1, description: null, partner_id: null, analytic_account: null, ...item })),
				};
				store.miscellaneousOperations.push(created);
				return { entity: created, entityId: created.id };
			});
		}, 'POST')],

		['GET', at('/accounting/bank-accounts'), route('bank-accounts', ({ store, query }) => paged(store.bankAccounts, query))],
		['POST', at('/accounting/bank-accounts'), route('bank-accounts', ({ store, body, req, connection }) => {
			checkBody(req, body);
			// Chift's document: account_number or iban (assumed: a 400 when both are missing).
			if (!body.account_number && !body.iban) throw chiftError(400, 'account_number or iban is required', 'ERROR_MISSING_PARAMETER');
			return once(connection, req, () => {
				// Chift's document: the code becomes the code of the account's journal when one is created.
				let bankJournal = store.journals.find((candidate) => candidate.code === body.code);
				const ledgerAccount = String(550000 + store.bankAccounts.length);
				if (!bankJournal) {
					bankJournal = journal(body.code, body.bank_name, 'financial_operation', { counterpart_account: ledgerAccount, iban: body.iban ?? null, currency: body.currency });
					store.journals.push(bankJournal);
				}
				const created = {
					id: next(store, 'BA'),
					code: body.code,
					currency: body.currency,
					account_name: body.account_name ?? null,
					account_number: body.account_number ?? null,
					iban: body.iban ?? null,
					bank_name: body.bank_name,
					journal_id: bankJournal.id,
					ledger_account: ledgerAccount,
					unallocated_account: '499000',
				};
				store.bankAccounts.push(created);
				return { entity: created, entityId: created.id };
			});
		}, 'POST')],
		['POST', at('/accounting/bank-transactions'), route('bank-transactions', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				find(store.bankAccounts, body.bank_account_id, 'Bank account');
				// assumed: Chift refuses a statement ID already imported on the account.
				if (store.bankStatements.some((statement) => statement.bank_account_id === body.bank_account_id && statement.external_bank_statement_id === body.external_bank_statement_id)) {
					throw chiftError(400, `Bank statement ${body.external_bank_statement_id} was already imported`, 'ERROR_DUPLICATE_STATEMENT');
				}
				const statementId = next(store, 'BS');
				const created = {
					id: statementId,
					bank_statement_date: body.bank_statement_date,
					bank_account_id: body.bank_account_id,
					currency: body.currency,
					external_bank_statement_id: body.external_bank_statement_id,
					items: body.items.map((item, index) => ({ fee_amount: 0, tax_amount: 0, currency_exchange_rate: 1, ...item, id: `${statementId}-${index + 1}` })),
				};
				store.bankStatements.push(created);
				return { entity: created, entityId: statementId };
			});
		}, 'POST')],

		['GET', at('/accounting/export-fec'), route('export-fec', ({ store, query }) => {
			const missing = ['date_from', 'date_to'].filter((name) => !query[name]);
			if (missing.length) throw validationError(missing.map((name) => [['query', name], 'Field required', 'missing', null]));
			const journals = new Map(store.journals.map((candidate) => [candidate.id, candidate]));
			return store.journalEntries
				.filter((stored) => stored.posted && stored.date >= query.date_from && stored.date <= query.date_to)
				.flatMap((stored) =>
					stored.items.map((item) => ({
						JournalCode: journals.get(stored.journal_id)?.code ?? stored.journal_id,
						JournalLib: journals.get(stored.journal_id)?.name ?? '',
						EcritureNum: stored.name ?? stored.id,
						EcritureDate: stored.date,
						CompteNum: item.account_number,
						CompteLib: item.account_name,
						CompAuxNum: item.partner_id ?? '',
						CompAuxLib: item.partner_name ?? '',
						PieceRef: stored.reference ?? stored.name ?? stored.id,
						PieceDate: stored.date,
						Debit: item.debit,
						Credit: item.credit,
						EcritureLet: item.matching_numbers?.[0] ?? '',
						DateLet: null,
						ValidDate: stored.date,
						Montantdevise: 0,
						Idevise: item.currency,
					})),
				);
		})],
	];
}

module.exports = { data, routes };
