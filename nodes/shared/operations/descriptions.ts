import type { INodeProperties } from 'n8n-workflow';

import { UUID_PATTERN } from './parameters';

/** The Consumer field of every node on a consumer's data: "whose point of sale to use". */
export const consumerLocator = (system: string): INodeProperties => ({
	displayName: 'Consumer',
	name: 'consumerId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: `The Chift consumer (your customer) whose ${system} to use`,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a consumer...',
			typeOptions: { searchListMethod: 'searchConsumers', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 7f0b3c1e-52a4-4a8e-9d61-2c4f0e8b1a77',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: UUID_PATTERN,
						errorMessage: 'Not a consumer ID: Chift consumer IDs are UUIDs',
					},
				},
			],
		},
	],
});
