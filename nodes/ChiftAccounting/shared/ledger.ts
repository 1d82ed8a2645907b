/** AccountItemType of Chift's document: what a ledger account is used for. */
export const accountTypes = [
	{ name: 'Bank', value: 'bank' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Expense', value: 'expense' },
	{ name: 'Income', value: 'income' },
	{ name: 'Other', value: 'other' },
	{ name: 'Other Expense', value: 'other_expense' },
	{ name: 'Other Financial', value: 'other_financial' },
	{ name: 'Payable (Suppliers)', value: 'payable' },
	{ name: 'Receivable (Clients)', value: 'receivable' },
	{ name: 'VAT', value: 'vat' },
];

/** The types the chart of accounts can be filtered by (AccountTypeFilter of Chift's document). */
export const accountTypeFilter = accountTypes.filter((type) => ['bank', 'cash', 'expense', 'income', 'other_expense', 'vat'].includes(type.value));
