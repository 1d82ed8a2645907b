import type { FieldCheck } from './parameters';
import { textOf } from './parameters';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A date parameter as Chift's YYYY-MM-DD. Accepts what n8n hands over: date picker strings
 * ("2026-11-27T00:00:00"), ISO strings with a time and offset (the day as written is kept),
 * Luxon DateTime values from expressions such as {{ $today.minus(1, 'day') }}, and JS dates.
 */
export function chiftDay(value: unknown): string {
	if (value && typeof value === 'object') {
		const luxon = value as { toISODate?: () => string | null };
		if (typeof luxon.toISODate === 'function') return luxon.toISODate() ?? '';
		if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
	}
	const text = textOf(value);
	const day = ISO_DAY.exec(text);
	return day ? day[0] : text;
}

export const calendarDay: FieldCheck = (value) => {
	const day = ISO_DAY.exec(value);
	const date = day ? new Date(`${day[0]}T00:00:00Z`) : undefined;
	if (day && value === day[0] && date && date.toISOString().startsWith(day[0])) return { value };
	return {
		problem: `"${value}" is not a date`,
		fix: 'Pick a date, or give one as YYYY-MM-DD (an ISO date such as 2026-11-27) or an n8n date such as {{ $today }}.',
	};
};

const MONTH = /^(\d{4})-?(\d{2})(?:$|-\d{2})/;

/**
 * A month parameter as Chift's YYYYMM: from 2026-02, 202602, a day or a date-time in that month
 * (the date picker's "2026-02-01T00:00:00"), a Luxon DateTime ({{ $today.startOf('month') }}) or a JS date.
 */
export function chiftMonth(value: unknown): string {
	const day = chiftDay(value);
	const month = MONTH.exec(day);
	return month ? `${month[1]}${month[2]}` : day;
}

export const calendarMonth: FieldCheck = (value) =>
	/^\d{4}(0[1-9]|1[0-2])$/.test(value)
		? { value }
		: {
				problem: `"${value}" is not a month`,
				fix: 'Give a month as YYYY-MM or YYYYMM (such as 2026-02), pick a day in it, or use an n8n date such as {{ $today }}.',
			};
