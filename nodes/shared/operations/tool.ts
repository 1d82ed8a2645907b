import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { outcomeUnknown } from '../transport/errors';
import type { ChiftField } from './parameters';

/**
 * Whether the node runs as an AI agent's tool (the `chiftPosTool` type n8n makes of every
 * `usableAsTool` node). n8n's isToolExecution() answers false for nodes an agent runs through the
 * engine (n8n 2.8 to 2.41), so the type name and n8n's mark on a tool run are read instead.
 */
export function runsAsTool(context: IExecuteFunctions): boolean {
	const node = context.getNode() as ReturnType<IExecuteFunctions['getNode']> & { rewireOutputLogTo?: string };
	return node.type.endsWith('Tool') || node.rewireOutputLogTo === 'ai_tool';
}

/** Set on our validation errors: the problem without the item, and the parameter it is about. */
export const PROBLEM = 'chiftProblem';
export const FIELD = 'chiftField';

/**
 * What a model gets instead of a failed tool call: what is wrong, with which parameter, how to fix
 * it, and whether anything happened in Chift, so that it can correct the call. (n8n would give it
 * the bare message, and "[item 0]" means nothing to a model.)
 */
export function toolErrorResult(error: Error): IDataObject {
	const context = (error as { context?: IDataObject }).context ?? {};
	const description = (error as { description?: string | null }).description;
	const result: IDataObject = { error: String(context[PROBLEM] ?? error.message) };
	if (context[FIELD]) result.field = context[FIELD];
	if (description) result.fix = description;
	if (!(error instanceof NodeApiError)) {
		result.outcome = 'Nothing was sent to Chift. Correct the call and try again.';
	} else if (outcomeUnknown(error)) {
		// Each call of a tool is a new run of the node, with a new default idempotency key: a second
		// call is a second write unless the user set the key from the data.
		result.outcome = 'Chift may have carried it out (no answer). Check whether it was done (read it back) before calling again: another call may do it a second time.';
	} else {
		result.outcome = 'Chift refused it; nothing was changed.';
	}
	return result;
}

/** A field for a tool description: its name, and what a checked value must look like. */
function fieldHint(field: ChiftField): string {
	const { displayName, description } = field.property;
	if (field.toolHint) return `${displayName} (${field.toolHint})`;
	const firstSentence = description?.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
	return field.check && firstSentence ? `${displayName} (${firstSentence})` : displayName;
}

/**
 * The tool description of an operation, made from its declaration: what it does, on what, what
 * it requires, and what comes back.
 */
export function describeForTool(spec: {
	description: string;
	fields: ChiftField[];
	groups: Array<{ displayName: string; fields: ChiftField[]; requiredTogether?: ChiftField[] }>;
	list?: boolean | 'whole';
	method: string;
	readOnly?: boolean;
	consumer?: boolean;
	options: Array<{ property: { name: string } }>;
	simplify?: string[];
}): string {
	const required = spec.fields.filter((field) => field.property.required);
	const optional = [...spec.fields.filter((field) => !field.property.required), ...spec.groups.flatMap((group) => group.fields)];
	const parts = [spec.consumer === false ? `${spec.description}, in the Chift account.` : `${spec.description}, in one Chift consumer (a client's shop or business) set in the node.`];
	if (required.length) parts.push(`Requires ${required.map(fieldHint).join(', ')}.`);
	if (optional.length) parts.push(`Optional: ${optional.map(fieldHint).join(', ')}.`);
	for (const group of spec.groups) {
		if (group.requiredTogether) {
			parts.push(`${group.displayName} needs ${group.requiredTogether.map((field) => field.property.displayName).join(', ')} together.`);
		}
	}
	if (spec.list) {
		parts.push(`Returns one record per result, up to the limit${spec.simplify ? `; with Simplify only ${spec.simplify.join(', ')}` : ''}.`);
	} else if (spec.method === 'GET' || spec.readOnly) {
		parts.push(`Returns the record${spec.simplify ? `; with Simplify only ${spec.simplify.join(', ')}` : ''}.`);
	} else {
		const once = spec.options.some((option) => option.property.name === 'idempotencyKey');
		// The node's own retries never repeat a write with a key, but each call of the tool is a new
		// run with a new default key: only an Idempotency Key set from the data makes a call idempotent.
		parts.push(
			`Returns the record as Chift stores it; each call ${once ? 'does it once (a retry inside the call is never a second write), and a second call does it again' : 'does it again'}.`,
		);
	}
	parts.push('A problem comes back as {error, field, fix, outcome}: correct the call and try again.');
	return parts.join(' ');
}
