'use strict';
/**
 * Accounting ledger: the chart of accounts (a Belgian restaurant's, PCMN numbers) with monthly
 * movements for the balances, VAT codes, analytic plans and accounts, bookyears and schemes. See
 * ./index.js for what a module declares.
 */
const crypto = require('crypto');

const { round } = require('../kit');


/** [number, name, type, monthly debit, monthly credit]: the accounts and what a usual month moves on them. */
const CHART = [
	['100000', 'Capital souscrit', 'other', 0, 0],
	['400000', 'Clients', 'receivable', 6200, 5900],
	['411000', 'TVA à récupérer', 'vat', 2100, 2050],
	['440000', 'Fournisseurs', 'payable', 19800, 20400],
	['451000', 'TVA à payer', 'vat', 5300, 5450],
	['455000', 'Rémunérations dues', 'other', 15800, 15800],
	['550000', 'KBC Banque', 'bank', 47500, 41200],
	['570000', 'Caisse', 'cash', 9800, 9650],
	['604000', 'Achats de marchandises (cuisine)', 'expense', 13900, 0],
	['604100', 'Achats de boissons', 'expense', 5800, 0],
	['610000', 'Loyer et charges locatives', 'expense', 4200, 0],
	['612000', 'Énergie', 'expense', 1650, 0],
	['620000', 'Rémunérations du personnel', 'expense', 15800, 0],
	['650000', 'Charges financières', 'other_expense', 95, 0],
	['700000', 'Ventes sur place (12%)', 'income', 0, 38400],
	['700100', 'Ventes à emporter (6%)', 'income', 0, 7900],
	['700200', 'Ventes de boissons (21%)', 'income', 0, 11200],
	['740000', 'Produits divers', 'income', 0, 150],
];

/** An account as Chift answers it (AccountItem). */
const account = (number, name, type, fields = {}) => ({ number, name, active: true, type, scheme_ids: ['SCH-PCMN'], accounting_category: null, ...fields });

const vatCode = (id, label, rate, type, fields = {}) => ({
	id,
	code: id,
	active: true,
	label,
	scope: 'nat',
	rate,
	type,
	deductible_account: type === 'purchase' ? '411000' : null,
	payable_account: type === 'sale' ? '451000' : null,
	reversed: false,
	withholding_tax: false,
	country: 'BE',
	...fields,
});

/** An analytic account with the plan it belongs to (AnalyticAccountItemOutMultiAnalyticPlans). */
const analyticAccount = (id, code, name, plan, debit, credit) => ({ id, active: true, code, name, currency: 'EUR', balance: round(debit - credit), credit, debit, analytic_plan: plan });

/** YYYYMM of the month `back` months before `today`'s. */
const monthBefore = (today, back) => {
	const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
	return `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};

function data(consumer, folder, { today = new Date() } = {}) {
	const year = today.getUTCFullYear();
	// Fifteen months of movements up to this one, busier in summer (terrace) and December.
	const movements = [];
	for (let back = 14; back >= 0; back--) {
		const month = monthBefore(today, back);
		const season = [0.85, 0.8, 0.9, 1, 1.05, 1.15, 1.25, 1.2, 1, 0.95, 0.9, 1.2][Number(month.slice(4)) - 1];
		for (const [number, , , debit, credit] of CHART) {
			if (debit || credit) movements.push({ account_number: number, month, debit: round(debit * season), credit: round(credit * season) });
		}
	}
	return {
		accounts: CHART.map(([number, name, type]) => account(number, name, type)),
		movements,
		vatCodes: [
			vatCode('21', 'TVA 21% (boissons, ventes)', 21, 'sale'),
			vatCode('12', 'TVA 12% (restauration sur place)', 12, 'sale'),
			vatCode('6', 'TVA 6% (plats à emporter)', 6, 'sale'),
			vatCode('0', 'TVA 0% (hors champ)', 0, 'both', { payable_account: null }),
			vatCode('P21', 'TVA 21% déductible (achats)', 21, 'purchase'),
			vatCode('P6', 'TVA 6% déductible (denrées)', 6, 'purchase'),
		],
		analyticPlans: [
			{ id: 'SITES', name: 'Établissements', active: true, parent_id: null },
			{ id: 'ACTIVITIES', name: 'Activités', active: true, parent_id: null },
		],
		analyticAccounts: [
			analyticAccount('AA-101', 'BXL', 'Restaurant Bruxelles', 'SITES', 21400, 39800),
			analyticAccount('AA-102', 'NAM', 'Restaurant Namur', 'SITES', 14100, 22600),
			analyticAccount('AA-201', 'SALLE', 'Service en salle', 'ACTIVITIES', 24800, 46300),
			analyticAccount('AA-202', 'EMPORTER', 'Vente à emporter', 'ACTIVITIES', 6900, 11700),
			analyticAccount('AA-203', 'TRAITEUR', 'Traiteur et événements', 'ACTIVITIES', 3800, 4400),
		],
		bookyears: [
			{ name: String(year - 1), start: `${year - 1}-01-01`, end: `${year - 1}-12-31`, closed: true },
			{ name: String(year), start: `${year}-01-01`, end: `${year}-12-31`, closed: false },
		],
		schemes: [
			{ id: 'SCH-PCMN', code: 'PCMN', name: 'Plan comptable minimum normalisé' },
			{ id: 'SCH-RGS', code: 'RGS', name: 'Referentie Grootboekschema' },
		],
	};
}

/**
 * AccountBalance of each account whose number starts with one of `accounts`: totals up to the end
 * month, and the period from the start month (assumed, when there is none: the start of the end
 * month's year, as Chift does not say).
 */
function balances(store, { accounts, start, end }) {
	const from = start ?? `${end.slice(0, 4)}01`;
	return store.accounts
		.filter((entry) => accounts.some((prefix) => entry.number.startsWith(prefix)))
		.map((entry) => {
			const sum = (field, first) =>
				round(store.movements.filter((move) => move.account_number === entry.number && move.month >= first && move.month <= end).reduce((total, move) => total + move[field], 0));
			const debit = sum('debit', '000000');
			const credit = sum('credit', '000000');
			const periodDebit = sum('debit', from);
			const periodCredit = sum('credit', from);
			return {
				account_number: entry.number,
				account_name: entry.name,
				debit,
				credit,
				balance: round(debit - credit),
				period_debit: periodDebit,
				period_credit: periodCredit,
				period_balance: round(periodDebit - periodCredit),
			};
		});
}

function routes({ at, route, once, paged, checkBody, find, notFound, chiftError }) {
	/** Without multiple analytic plans, the system's first plan is the one (assumed: Chift does not say which). */
	const defaultPlan = (store) => store.analyticPlans[0].id;
	const single = ({ analytic_plan: _plan, ...item }) => item;
	/** The analytic account of a plan, or Chift's 404. */
	const analyticIn = (store, id, plan) => {
		const found = find(store.analyticAccounts, id, 'Analytic account');
		if (found.analytic_plan !== plan) throw notFound('Analytic account', id);
		return found;
	};
	const planOf = (store, planId) => find(store.analyticPlans, planId, 'Analytic plan').id;
	const createAnalytic = (store, plan, { body, req, connection }) => {
		checkBody(req, body);
		return once(connection, req, () => {
			if (store.analyticAccounts.some((entry) => entry.analytic_plan === plan && entry.code === body.code)) {
				throw chiftError(409, `An analytic account with code ${body.code} already exists`, 'ERROR_ANALYTIC_ACCOUNT_ALREADY_EXISTS');
			}
			const created = { ...analyticAccount(`AA-${crypto.randomUUID().slice(0, 8)}`, body.code, body.name, plan, 0, 0), currency: body.currency, active: body.active ?? true };
			store.analyticAccounts.push(created);
			return { entity: created, entityId: created.id };
		});
	};
	const updateAnalytic = (found, { body, req, connection }) => {
		checkBody(req, body);
		return once(connection, req, () => {
			for (const field of ['code', 'name', 'currency', 'active']) if (body[field] !== undefined && body[field] !== null) found[field] = body[field];
			return { entity: found, entityId: found.id };
		});
	};
	const multi = '/multi-analytic-plans';
	return [
		['GET', at('/accounting/chart-of-accounts'), route('chart-of-accounts', ({ store, query }) => {
			const classes = query.classes ? query.classes.split(',') : undefined;
			return paged(
				store.accounts.filter((entry) => (!classes || classes.some((prefix) => entry.number.startsWith(prefix))) && (!query.type || entry.type === query.type)),
				query,
			);
		})],
		// A read with its filters in a body: checked, never through `once`.
		['POST', at('/accounting/chart-of-accounts/balance'), route('chart-of-accounts', ({ store, body, req, query }) => {
			checkBody(req, body);
			return paged(balances(store, body), query);
		}, 'POST')],
		['POST', at('/accounting/accounts'), route('accounts', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				if (store.accounts.some((entry) => entry.number === body.number)) {
					throw chiftError(400, `Account ${body.number} already exists in the chart of accounts`, 'ERROR_ACCOUNT_ALREADY_EXISTS');
				}
				const created = account(body.number, body.name, body.type ?? 'other', { scheme_ids: [] });
				store.accounts.push(created);
				return { entity: created, entityId: created.number };
			});
		}, 'POST')],
		['GET', at('/accounting/vat-codes'), route('vat-codes', ({ store, query }) => paged(store.vatCodes, query))],
		['GET', at('/accounting/bookyears'), route('bookyears', ({ store, query }) => paged(store.bookyears, query))],
		['GET', at('/accounting/schemes'), route('schemes', ({ store, query }) => paged(store.schemes, query))],
		['GET', at('/accounting/analytic-plans'), route('analytic-plans', ({ store, query }) => paged(store.analyticPlans, query))],
		['GET', at('/accounting/analytic-accounts'), route('analytic-accounts', ({ store, query }) =>
			paged(store.analyticAccounts.filter((entry) => entry.analytic_plan === defaultPlan(store)).map(single), query),
		)],
		['POST', at('/accounting/analytic-accounts'), route('analytic-accounts', async (context) => single(await createAnalytic(context.store, defaultPlan(context.store), context)), 'POST')],
		['GET', at(`/accounting/analytic-accounts${multi}`), route('analytic-accounts', ({ store, query }) => paged(store.analyticAccounts, query))],
		['POST', at(`/accounting/analytic-accounts${multi}/{analytic_plan}`), route('analytic-accounts', (context) =>
			createAnalytic(context.store, planOf(context.store, context.params[1]), context), 'POST')],
		['GET', at('/accounting/analytic-accounts/{analytic_account_id}'), route('analytic-accounts', ({ store, params: [, id] }) => single(analyticIn(store, id, defaultPlan(store))))],
		['PATCH', at('/accounting/analytic-accounts/{analytic_account_id}'), route('analytic-accounts', async (context) =>
			single(await updateAnalytic(analyticIn(context.store, context.params[1], defaultPlan(context.store)), context)), 'PATCH')],
		['GET', at(`/accounting/analytic-accounts/{analytic_account_id}${multi}/{analytic_plan}`), route('analytic-accounts', ({ store, params: [, id, plan] }) =>
			analyticIn(store, id, planOf(store, plan)))],
		['PATCH', at(`/accounting/analytic-accounts/{analytic_account_id}${multi}/{analytic_plan}`), route('analytic-accounts', (context) =>
			updateAnalytic(analyticIn(context.store, context.params[1], planOf(context.store, context.params[2])), context), 'PATCH')],
	];
}

module.exports = { data, routes };
