import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemParameters } from './parameters';

/** One HTTP call to a POS endpoint, relative to /consumers/{consumer_id}. */
export interface ChiftRequest {
	method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
	path: string;
	/** A JSON object, or a list where Chift takes one (a sync's mappings, a datastore's rows). */
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	headers?: Record<string, string>;
	/** What the request does ("Create a customer"), for error messages. */
	action?: string;
	/**
	 * For writes: where to read what an earlier, already processed attempt with the same
	 * idempotency key produced; {entity_id} is replaced by the ID Chift's transaction gives.
	 */
	refetchPath?: string;
	/** The query of the read-back: the write's values that say where the record lives (the accounting folder). */
	refetchQuery?: IDataObject;
	/**
	 * For writes: body objects the record read back shows as one entry of a list instead (the
	 * address sent comes back in `addresses`), to compare an earlier request's record with this one.
	 */
	recordLists?: Record<string, string>;
	/** For writes: the part of the record read at refetchPath that is the write's answer (see OperationSpec.refetchRecord). */
	refetchRecord?: (record: IDataObject, body: IDataObject) => IDataObject;
	/** A paged list: fetch pages of up to 100 until the limit, or all of them. */
	paginate?: { returnAll: boolean; limit: number };
	/** With paginate: Chift answers the whole list at once as a plain array (consumers, webhooks); the limit is applied to it. */
	wholeList?: boolean;
	/** A write Chift answers with no content (204): the item to output instead (see OperationSpec.noContent). */
	noContent?: IDataObject;
	/** The route names the record written (a placeholder was filled in: the invoice a PDF goes to). */
	namesRecord?: boolean;
	/** Output each record's base64 `content` as n8n binary data in `property`, named by fileName (see OperationSpec.binaryOutput). */
	binaryOutput?: { content: string; property: string; fileName: (record: IDataObject) => string };
	/** Simplify is on: output only these fields of each record. */
	simplify?: string[];
	/** A POST that only reads (see OperationSpec.readOnly): not a write, whatever its method. */
	readOnly?: boolean;
}

/** An entry of an operation's Options collection, and the header it sends, if any. */
export interface ChiftOption {
	property: INodeProperties;
	/** The header for one item, given the option's value (undefined when the user did not set it). */
	header?(item: ItemParameters, value: unknown): [string, string] | undefined;
}

/**
 * An operation of the Chift POS node. Its file declares the parameters and how one item becomes a
 * request; the node adds the resource/operation selectors, the consumer, the options, the sending,
 * the errors and the output around it.
 */
export interface ChiftOperation {
	resource: string;
	operation: string;
	name: string;
	action: string;
	description: string;
	/** Parameters of this operation only; the registry adds the resource and operation to their displayOptions. */
	properties: INodeProperties[];
	/** Options (from shared/options.ts) this operation offers in its Options collection. */
	options: ChiftOption[];
	/**
	 * Whether it takes a Consumer: its routes are below /consumers/{consumer_id} (every unified API's
	 * are). Without, they start at the API root (the platform's /webhooks, /syncs...).
	 */
	consumer: boolean;
	/** The Chift operation it calls: method and route below /consumers/{consumer_id} (or the API root, see consumer), as in Chift's OpenAPI document. */
	endpoint: { method: ChiftRequest['method']; path: string };
	/** Every route it may call: the endpoint, and its variant's (see OperationSpec.variant). */
	endpoints: Array<{ method: ChiftRequest['method']; path: string }>;
	/** What the operation tells an AI agent when the node is its tool (the default Description of the tool). */
	toolDescription: string;
	/** Reads and checks the item's parameters. Throws before anything is sent for an invalid item. */
	prepare(item: ItemParameters): ChiftRequest | Promise<ChiftRequest>;
}

export interface ChiftResource {
	name: string;
	value: string;
	operations: ChiftOperation[];
	/** The operation selected by default; else the first by name (saved workflows rely on it: never change it once released). */
	defaultOperation?: string;
}

/** A Chift node on consumers' data: its resources and operations, and what its texts call the consumer's system. */
export interface ChiftNodeDefinition {
	/** The consumer's system in the Consumer field's description: "point of sale", "accounting". */
	system: string;
	/** The resource selected by default (saved workflows rely on it: n8n leaves defaults out). */
	defaultResource: string;
	resources: ChiftResource[];
}
