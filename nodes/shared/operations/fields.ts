import type { INodeProperties } from 'n8n-workflow';

import { calendarDay, chiftDay } from './dates';
import type { ChiftField } from './parameters';
import { textField } from './parameters';

/** A resource locator: pick from a searchable list, or give the ID. */
export function locatorField(spec: {
	name: string;
	displayName: string;
	apiName: string;
	searchListMethod: string;
	description: string;
	required?: boolean;
	/** An example of the POS's IDs for this record (IDs differ by POS: each field shows its own). */
	idPlaceholder: string;
}): ChiftField {
	const property: INodeProperties = {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? false,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${spec.displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
			},
		],
	};
	return { property, apiName: spec.apiName };
}

/** A day, sent as YYYY-MM-DD. */
export const dayField = (name: string, displayName: string, apiName: string, required: boolean, description: string) =>
	textField(name, displayName, apiName, {
		type: 'dateTime',
		required,
		description,
		toText: chiftDay,
		check: calendarDay,
	});

/** date_from and date_to, both days included. */
export const dateRange = (required: boolean, what: string): ChiftField[] => [
	dayField('dateFrom', 'Date From', 'date_from', required, `First day of the ${what}, included`),
	dayField('dateTo', 'Date To', 'date_to', required, `Last day of the ${what}, included`),
];
