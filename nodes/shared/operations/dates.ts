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

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A moment as UTC date-time text (2026-11-27T15:00:00Z), what Chift's date-time parameters take
 * (UTC is the one form every connector reads). A moment without offset (the date picker's) is
 * read as UTC; Luxon DateTime values ({{ $now.minus(1, 'day') }}) and JS dates are converted.
 */
export function chiftMoment(value: unknown): string {
	let date: Date | undefined;
	if (value instanceof Date) date = value;
	else if (value && typeof value === 'object' && typeof (value as { toJSDate?: () => Date }).toJSDate === 'function') {
		date = (value as { toJSDate: () => Date }).toJSDate();
	} else {
		const text = textOf(value);
		if (!text) return '';
		const parts = ISO_MOMENT.exec(text);
		if (!parts) return text;
		date = new Date(parts[1] ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}${text.length > 10 ? '' : 'T00:00:00'}Z`);
	}
	return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString().replace(/\.000Z$/, 'Z');
}

export const moment: FieldCheck = (value) =>
	value === 'Invalid Date' || !ISO_MOMENT.test(value)
		? { problem: `"${value}" is not a date and time`, fix: 'Pick a date and time, or give one as 2026-11-27T15:00:00Z, or an n8n date such as {{ $now.minus(1, "day") }}.' }
		: { value };

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
