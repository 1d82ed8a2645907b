import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { ItemParameters } from './parameters';
import type { ChiftNodeDefinition, ChiftOption, ChiftRequest } from './types';
import type { TransportSettings } from '../transport/ChiftClient';
import { ChiftClient, CONNECTION_HEADER, DEFAULT_SETTINGS, IDEMPOTENCY_HEADER } from '../transport/ChiftClient';
import { changesData, outcomeUnknown } from '../transport/errors';
import { runsAsTool, toolErrorResult } from './tool';
import { findOperation } from './registry';

interface PreparedItem {
	/** None for the routes of the account (operation.consumer false). */
	consumerId: string | undefined;
	request: ChiftRequest;
}

type ItemResult = IDataObject | IDataObject[] | NodeApiError | NodeOperationError;

/**
 * Runs the selected operation over all input items: first reads and checks every item, so that an
 * invalid item stops the run before anything is sent; then sends the requests, a few at a time,
 * and returns one output per item in input order.
 */
export async function executeOperation(this: IExecuteFunctions, node: ChiftNodeDefinition): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = findOperation(node, resource, operationName);
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `Unknown operation "${operationName}" for resource "${resource}"`, {
			description: 'Open the node and pick the resource and operation again.',
		});
	}
	// As an agent's tool, a failed call is the model's to correct: it comes back as the tool's
	// result (as n8n 2.41 does for tools), unless On Error is set to stop the workflow.
	const asTool = runsAsTool(this);
	const continueOnFail = this.continueOnFail() || (asTool && this.getNode().onError !== 'stopWorkflow');
	const results: ItemResult[] = new Array(items.length);
	const prepared: Array<PreparedItem | undefined> = new Array(items.length);
	/** The first item with each idempotency key, per consumer and connection (the key's scope). */
	const keyHolders = new Map<string, { itemIndex: number; request: string }>();

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const item = new ItemParameters(this, itemIndex);
			const consumerId = operation.consumer ? item.uuidLocator('consumerId', 'Consumer') : undefined;
			const request = await operation.prepare(item);
			const options = operation.options.length ? item.collection('options') : {};
			for (const option of operation.options) {
				const header = option.header?.(item, options[option.property.name]);
				if (header) request.headers = { ...request.headers, [header[0]]: header[1] };
			}
			// Items sharing a key are one intent, carried out once (both output its result), only
			// if they send the same request: otherwise all but one would silently not happen.
			const key = request.headers?.[IDEMPOTENCY_HEADER];
			if (key !== undefined) {
				const scope = [consumerId ?? '', request.headers?.[CONNECTION_HEADER] ?? '', key].join(' ');
				const sent = JSON.stringify([request.method, request.path, request.qs, request.body]);
				const holder = keyHolders.get(scope);
				if (holder && holder.request !== sent) {
					throw item.invalid(
						`Idempotency Key "${key}" is also the key of item ${holder.itemIndex}, which sends a different request`,
						'Chift carries out a key only once, so only one of the two would happen. Items with the same key must send the same request: build the key from a value that differs between items (for example an external ID).',
					);
				}
				if (!holder) keyHolders.set(scope, { itemIndex, request: sent });
			}
			prepared[itemIndex] = { consumerId, request };
		} catch (error) {
			const failure = asNodeError(this, error, itemIndex);
			if (!continueOnFail) throw failure;
			results[itemIndex] = failure;
		}
	}

	const settings = transportSettings(this, operation.options);
	const client = await ChiftClient.create(this, settings);
	let firstFailure: number | undefined;
	await forEachLimited(
		items.length,
		settings.concurrency,
		async (itemIndex) => {
			const item = prepared[itemIndex];
			if (!item) return;
			try {
				const answer = item.request.paginate
					? await client.consumerList(item.consumerId, item.request, itemIndex)
					: await client.consumerCall<IDataObject>(item.consumerId, item.request, itemIndex);
				// A write with no content (204, or an empty object: Chift's enable routes) outputs what it did instead.
				const empty =
					answer === undefined ||
					answer === null ||
					(answer as unknown) === '' ||
					(typeof answer === 'object' && !Array.isArray(answer) && Object.keys(answer).length === 0);
				results[itemIndex] = empty && item.request.noContent ? item.request.noContent : answer;
			} catch (error) {
				results[itemIndex] = asNodeError(this, error, itemIndex);
				if (!continueOnFail && (firstFailure === undefined || itemIndex < firstFailure)) firstFailure = itemIndex;
			}
		},
		() => firstFailure !== undefined,
	);
	if (firstFailure !== undefined) throw withItemsAlreadyDone(results[firstFailure] as NodeApiError, results, prepared);

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, result] of results.entries()) {
		if (!(itemIndex in results)) continue;
		if ((result instanceof NodeApiError || result instanceof NodeOperationError) && asTool) {
			output.push({ json: toolErrorResult(result), pairedItem: { item: itemIndex } });
			continue;
		}
		if (result instanceof NodeApiError || result instanceof NodeOperationError) {
			output.push({
				json: { error: result.message },
				error: result,
				pairedItem: { item: itemIndex },
			});
			continue;
		}
		const fields = prepared[itemIndex]?.request.simplify;
		const items = this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(fields ? simplified(result, fields) : result), {
			itemData: { item: itemIndex },
		});
		const files = prepared[itemIndex]?.request.binaryOutput;
		output.push(...(files ? await Promise.all(items.map(async (item) => await withFile(this, item, files))) : items));
	}
	return [output];
}

/**
 * Concurrency and retries for the whole run, from the first item's options. Each is read on its
 * own, so that item 0's other options (an idempotency key expression, say) are not evaluated twice.
 */
function transportSettings(context: IExecuteFunctions, options: ChiftOption[]): TransportSettings {
	const names = new Set(options.map((option) => option.property.name));
	const whole = (name: string, fallback: number, min: number, max: number) => {
		if (!names.has(name)) return fallback;
		const number = Number(context.getNodeParameter(`options.${name}`, 0, fallback));
		return Number.isInteger(number) ? Math.min(max, Math.max(min, number)) : fallback;
	};
	return {
		concurrency: whole('concurrency', DEFAULT_SETTINGS.concurrency, 1, 50),
		retries: whole('retries', DEFAULT_SETTINGS.retries, 0, 10),
	};
}

/**
 * Items sent concurrently with the one that stopped the run may have changed data in the POS; the
 * run's output is discarded, so the error says which ones did, and which may have (a failure with
 * no answer from the POS: a network error, a 5xx, a request still in process). A re-run would do
 * them again.
 */
function withItemsAlreadyDone(error: NodeApiError | NodeOperationError, results: ItemResult[], prepared: Array<PreparedItem | undefined>) {
	const writes = (index: number) => prepared[index] !== undefined && changesData(prepared[index].request);
	const done: number[] = [];
	const maybe: number[] = [];
	results.forEach((result, itemIndex) => {
		if (result === undefined || result === error || !writes(itemIndex)) return;
		if (!(result instanceof Error)) done.push(itemIndex);
		else if (outcomeUnknown(result)) maybe.push(itemIndex);
	});
	const list = (indexes: number[]) =>
		`item${indexes.length > 1 ? 's' : ''} ${indexes.length > 20 ? `${indexes.slice(0, 20).join(', ')} and ${indexes.length - 20} more` : indexes.join(', ')}`;
	const notes = [];
	if (done.length) notes.push(`Before the run stopped, Chift already carried out ${list(done)}; their results are not in the output.`);
	if (maybe.length) notes.push(`Chift may also have carried out ${list(maybe)} (no answer from the system behind Chift).`);
	if (!notes.length) return error;
	notes.push("To get every item's result, set Settings → On Error to Continue.");
	const note = notes.join(' ');
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/** Calls worker for 0..count-1 with at most limit calls running at once, until stop() is true. */
async function forEachLimited(
	count: number,
	limit: number,
	worker: (index: number) => Promise<void>,
	stop: () => boolean,
): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < count && !stop()) {
			const index = next++;
			await worker(index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}

/** Only the given fields of each record, in that order; raw_data (when asked for) stays. */
function simplified(result: IDataObject | IDataObject[], fields: string[]): IDataObject | IDataObject[] {
	const pick = (record: IDataObject) => {
		const kept: IDataObject = {};
		for (const field of [...fields, 'raw_data']) if (record[field] !== undefined) kept[field] = record[field];
		return kept;
	};
	return Array.isArray(result) ? result.map(pick) : pick(result);
}

/** An output item whose base64 file becomes n8n binary data (the JSON keeps the rest of the record). */
async function withFile(context: IExecuteFunctions, item: INodeExecutionData, file: NonNullable<ChiftRequest['binaryOutput']>): Promise<INodeExecutionData> {
	const content = item.json[file.content];
	if (typeof content !== 'string' || !content) return item;
	const json = { ...item.json };
	delete json[file.content];
	const binary = await context.helpers.prepareBinaryData(Buffer.from(content, 'base64'), file.fileName(item.json));
	return { ...item, json, binary: { ...item.binary, [file.property]: binary } };
}
