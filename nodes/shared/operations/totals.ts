import type { IDataObject } from 'n8n-workflow';

import { numberField } from './fields';
import type { ChiftField, ItemParameters } from './parameters';

/**
 * Documents with lines whose amounts Chift carries twice, on the document and on each line (an
 * invoice of the Invoicing API, an accounting invoice or expense): the rule, and the totals added
 * up from the lines. Shared by every node with such documents.
 */

/** The amounts a document carries both in total and on each line. */
const AMOUNTS = ['untaxed_amount', 'tax_amount', 'total'] as const;

const cents = (value: number) => Math.round(value * 100);

/**
 * The rule Chift's document implies by carrying every amount twice (the system books the lines,
 * and rejects or unbalances a document whose totals disagree with them): on each line
 * untaxed_amount + tax_amount = total, and the document's untaxed_amount, tax_amount and total are
 * the sums of its lines', all to the cent. Totals left out are not checked: fillTotals adds them up.
 * Without lines, the totals are the document's only amounts: all three are needed.
 */
export function checkTotals(values: IDataObject, item: ItemParameters, linesLabel: string) {
	const lines = values.lines as IDataObject[] | undefined;
	if (!lines) {
		const missing = AMOUNTS.filter((key) => values[key] === undefined);
		if (missing.length) {
			throw item.invalid(
				`${linesLabel} are empty and ${missing.join(', ')} not given`,
				`Give the lines (the totals are then added up from them), or give untaxed_amount, tax_amount and total.`,
				linesLabel,
			);
		}
		return;
	}
	lines.forEach((line, index) => {
		const [untaxed, tax, total] = AMOUNTS.map((key) => Number(line[key]));
		if (cents(untaxed) + cents(tax) !== cents(total)) {
			throw item.invalid(
				`${linesLabel}, line ${index + 1}: untaxed_amount ${untaxed} + tax_amount ${tax} is not its total ${total}`,
				'Each line must add up to the cent: total = untaxed_amount + tax_amount. Check how the line amounts are mapped (taxes included or not).',
				linesLabel,
			);
		}
	});
	for (const key of AMOUNTS) {
		if (values[key] === undefined) continue;
		const sum = lines.reduce((total, line) => total + Number(line[key]), 0);
		if (cents(sum) !== cents(Number(values[key]))) {
			throw item.invalid(
				`${key} ${String(values[key])} is not the sum of the lines' ${key} (${(cents(sum) / 100).toFixed(2)})`,
				`The document's amounts must equal the sums of its lines to the cent. Fix the lines, or leave ${key} out: it is then added up from the lines.`,
				linesLabel,
			);
		}
	}
}

/** The document's untaxed_amount, tax_amount and total, added up from its lines where not given. */
export function fillTotals(values: IDataObject): IDataObject {
	const lines = (values.lines as IDataObject[] | undefined) ?? [];
	const filled = { ...values };
	for (const key of AMOUNTS) {
		if (filled[key] === undefined) filled[key] = cents(lines.reduce((sum, line) => sum + Number(line[key]), 0)) / 100;
	}
	return filled;
}

/** The three totals as optional fields: checked against the lines when given, added up from them when not. */
export const totalFields = (what: string): ChiftField[] => [
	numberField('untaxedAmount', 'Untaxed Amount', 'untaxed_amount', { description: `Total of the ${what} without taxes. Empty: the sum of the lines.` }),
	numberField('taxAmount', 'Tax Amount', 'tax_amount', { description: `Total tax of the ${what}. Empty: the sum of the lines.` }),
	numberField('total', 'Total', 'total', { description: `Total of the ${what}, taxes included. Empty: the sum of the lines.` }),
];

/** A document with lines and totals (OperationSpec check and shape): totals checked against the lines, added up from them when left out. */
export const linesAndTotals = (linesLabel = 'Lines') => ({
	check: (values: IDataObject, item: ItemParameters) => checkTotals(values, item, linesLabel),
	shape: fillTotals,
});
