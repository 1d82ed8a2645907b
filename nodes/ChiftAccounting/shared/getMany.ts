import type { FieldGroup, OperationSpec } from '../../shared/operations/define';
import { defineOperation } from '../../shared/operations/define';
import type { ChiftField } from '../../shared/operations/parameters';
import { folder } from './fields';
import { readOptions } from './options';

/** A paged list of one folder's records (Get Many): the folder, Return All and Limit, the read options. */
export const getMany = (spec: {
	resource: string;
	/** The records, plural: "employees". */
	what: string;
	description: string;
	path: string;
	fields?: ChiftField[];
	groups?: FieldGroup[];
	variant?: OperationSpec['variant'];
}) =>
	defineOperation({
		resource: spec.resource,
		operation: 'getAll',
		name: 'Get Many',
		action: `Get many ${spec.what}`,
		description: spec.description,
		method: 'GET',
		path: spec.path,
		list: true,
		fields: [folder, ...(spec.fields ?? [])],
		groups: spec.groups,
		variant: spec.variant,
		options: readOptions,
	});
