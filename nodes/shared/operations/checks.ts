import { isIsoCountryCode, suggestCountryCode } from './countries';
import type { FieldCheck } from './parameters';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const emailAddress: FieldCheck = (value) =>
	EMAIL.test(value)
		? { value }
		: {
				problem: `"${value}" is not an email address`,
				fix: 'Enter an address such as john.doe@example.com, or leave the field out.',
			};

export const countryCode: FieldCheck = (value) => {
	const code = value.toUpperCase();
	if (isIsoCountryCode(code)) return { value: code };
	const suggestion = suggestCountryCode(value);
	return {
		problem: `"${value}" is not a two-letter ISO 3166-1 country code`,
		fix: suggestion
			? `Use ${suggestion.code} for ${suggestion.name}.`
			: 'Use the two-letter ISO 3166-1 alpha-2 code of the country, for example FR for France or BE for Belgium.',
	};
};

export const minLength =
	(limit: number): FieldCheck =>
	(value) =>
		value.length >= limit
			? { value }
			: { problem: `"${value}" is ${value.length} characters long`, fix: `Chift needs at least ${limit} characters.` };

export const maxLength =
	(limit: number): FieldCheck =>
	(value) =>
		value.length <= limit
			? { value }
			: { problem: `is ${value.length} characters long`, fix: `Chift accepts at most ${limit} characters.` };

export const currencyCode: FieldCheck = (value) =>
	/^[A-Za-z]{3}$/.test(value)
		? { value: value.toUpperCase() }
		: { problem: `"${value}" is not a currency code`, fix: 'Use the three-letter ISO 4217 code of the currency, such as EUR or USD.' };
