import type { IDataObject } from 'n8n-workflow';

import type { LineRules } from '../../shared/operations/fields';
import { booleanField, dayField, numberField } from '../../shared/operations/fields';
import type { ChiftField, ItemParameters } from '../../shared/operations/parameters';
import { textField } from '../../shared/operations/parameters';

/**
 * What journal entries, financial entries and miscellaneous operations share: the kinds of account
 * a line books on, the rules their lines are checked with before sending, and the balance check.
 */

/** A line's account: a ledger account (number), or a client's, supplier's or employee's (their ID). */
export const ACCOUNT_TYPES = ['general_account', 'customer_account', 'supplier_account', 'employee_account'];

/** A field optional where the shared declaration makes it required (a journal as a filter). */
export const optional = (field: ChiftField): ChiftField => ({ ...field, property: { ...field.property, required: false } });

/** An amount in cents, so that sums are exact. */
const cents = (amount: unknown) => Math.round(Number(amount ?? 0) * 100);
const money = (cents: number) => (cents / 100).toFixed(2);

/** A journal item (GenericJournalItem): debit and credit, one of them 0; a tax amount is added to the side it is on. */
export const journalItemRules: LineRules = {
	required: ['account_type', 'account', 'debit', 'credit'],
	numbers: ['debit', 'credit', 'tax_info.tax_amount'],
	enums: { account_type: ACCOUNT_TYPES },
	defaults: { account_type: 'general_account', debit: 0, credit: 0 },
	min: 2,
	example: '{"account": "700000", "credit": 100, "description": "Sales 21%"}',
	check(line) {
		if (cents(line.debit) !== 0 && cents(line.credit) !== 0) return `has both a debit (${String(line.debit)}) and a credit (${String(line.credit)}): one of them must be 0`;
		if (cents(line.debit) === 0 && cents(line.credit) === 0 && !line.tax_info) return 'has neither a debit nor a credit';
		return undefined;
	},
};

/**
 * Chift's document: "the sum of debits must equal the sum of credits" in a journal entry, and a
 * line's tax_info amount "is added to the amount (debit or credit)" of its line. Checked to the
 * cent before sending, with the difference, so that the workflow's items can be corrected.
 */
export function checkJournalBalance(values: IDataObject, item: ItemParameters, label: string) {
	const lines = (values.items as IDataObject[] | undefined) ?? [];
	let debit = 0;
	let credit = 0;
	for (const line of lines) {
		const tax = cents((line.tax_info as IDataObject | undefined)?.tax_amount);
		if (cents(line.credit) !== 0) credit += cents(line.credit) + tax;
		else debit += cents(line.debit) + tax;
	}
	if (debit === credit) return;
	const more = debit > credit ? 'debit' : 'credit';
	const less = debit > credit ? 'credit' : 'debit';
	throw item.invalid(
		`${label} do not balance: debit ${money(debit)}, credit ${money(credit)}, the ${more} side is ${money(Math.abs(debit - credit))} more`,
		`In a journal entry the debits must equal the credits, to the cent: correct the amounts, or add a line of ${money(Math.abs(debit - credit))} on the ${less} side (a rounding difference, for example).`,
		label,
	);
}

/**
 * A miscellaneous operation line (MiscellaneousOperationLine): amount positive for a credit,
 * negative for a debit; a client's or supplier's line names the partner.
 */
export const miscellaneousLineRules: LineRules = {
	required: ['type', 'account_number', 'amount'],
	numbers: ['amount', 'line_number'],
	enums: { type: ['general_account', 'customer_account', 'supplier_account'] },
	defaults: { type: 'general_account' },
	example: '{"account_number": "604000", "amount": -250, "description": "Stock correction"}',
	check(line) {
		if (line.line_number !== undefined && !Number.isInteger(line.line_number)) return `has line_number ${String(line.line_number)}: a whole number is needed`;
		if (line.type !== 'general_account' && !line.partner_id) return `is a ${String(line.type)} line without partner_id: give the client's or supplier's ID`;
		return undefined;
	},
};

/**
 * A miscellaneous operation is a journal entry of the miscellaneous journal: its amounts (credits
 * positive, debits negative, says the document) must add up to 0. The document does not state it;
 * double-entry bookkeeping does, and no accounting system posts an unbalanced operation.
 */
export function checkMiscellaneousBalance(values: IDataObject, item: ItemParameters, label: string) {
	const total = ((values.lines as IDataObject[] | undefined) ?? []).reduce((sum, line) => sum + cents(line.amount), 0);
	if (total === 0) return;
	throw item.invalid(
		`${label} do not balance: the amounts add up to ${money(total)} instead of 0 (credits are positive, debits negative)`,
		`Correct the amounts, or add a line of ${money(-total)} so that debits and credits are equal.`,
		label,
	);
}

/** A financial entry line (FinancialEntryLineItem): money in (positive) or out (negative) of the bank or cash account. */
export const financialLineRules: LineRules = {
	required: ['account_type', 'account', 'amount'],
	numbers: ['amount', 'tax_info.tax_amount'],
	enums: { account_type: ACCOUNT_TYPES },
	defaults: { account_type: 'general_account' },
	example: '{"account_type": "customer_account", "account": "CLI-001", "amount": 121, "description": "Payment invoice 2026-0042"}',
};

/** A bank transaction of a statement (BankTransactionItemIn). */
export const bankTransactionRules: LineRules = {
	required: ['amount'],
	numbers: ['amount', 'fee_amount', 'tax_amount', 'currency_exchange_rate'],
	example: '{"amount": -45.5, "description": "Card payment supplier", "external_transaction_id": "TX-0001"}',
	check(line) {
		const type = (line.counterpart as IDataObject | undefined)?.counterpart_type;
		if (type !== undefined && type !== null && !['customer', 'supplier', 'employee'].includes(String(type))) {
			return `has counterpart_type "${String(type)}": use customer, supplier or employee`;
		}
		return undefined;
	},
};

/** The currency of an entry, with its exchange rate among the additional fields. */
export const currency = (what: string) =>
	textField('currency', 'Currency', 'currency', { required: true, default: 'EUR', placeholder: 'e.g. EUR', description: `Currency of the ${what} (ISO 4217 code)` });

export const exchangeRate = (what: string) =>
	numberField('currencyExchangeRate', 'Currency Exchange Rate', 'currency_exchange_rate', {
		default: 1,
		description: `Exchange rate on the day of the ${what}; needed when its currency is not the folder's`,
	});

/** Query flags of entry creates: the exchange rate sent wins, and no wait for the accounting ID. */
export const forceCurrencyExchange = booleanField('forceCurrencyExchange', 'Force Currency Exchange', 'force_currency_exchange', {
	in: 'query',
	description: "Whether to use the exchange rate given here instead of the accounting system's",
});

export const ignoreAccountingId = booleanField('ignoreAccountingId', 'Do Not Wait for ID', 'ignore_accounting_id', {
	in: 'query',
	description: 'Whether Chift may answer before the accounting system has given the entry its ID (faster; the output may then lack the ID)',
});

export const entryDate = (what: string) => dayField('date', 'Date', 'date', true, `Accounting date of the ${what}`);
