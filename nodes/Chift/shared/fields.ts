import { countryCode, emailAddress, maxLength } from '../../shared/operations/checks';
import { booleanField, dayField, jsonField, locatorField, momentField, optionsField } from '../../shared/operations/fields';
import type { ChiftField } from '../../shared/operations/parameters';
import { textField, UUID_PATTERN } from '../../shared/operations/parameters';

const uuid = new RegExp(UUID_PATTERN);
const uuidCheck = (what: string) => (value: string) =>
	uuid.test(value) ? { value } : { problem: `"${value}" is not a valid ID`, fix: `A ${what} ID is a UUID such as 7f0b3c1e-52a4-4a8e-9d61-2c4f0e8b1a77: pick it from the list, or copy it from the Chift platform.` };

/** A platform record picked from a list or given by ID; `apiName` is the route's name for it. */
const platformLocator = (name: string, displayName: string, searchListMethod: string, what: string, isUuid: boolean) =>
	(apiName: string, description: string, required = true): ChiftField => ({
		...locatorField({ name, displayName, apiName, searchListMethod, description, required, idPlaceholder: isUuid ? 'e.g. 7f0b3c1e-52a4-4a8e-9d61-2c4f0e8b1a77' : 'e.g. 42' }),
		check: isUuid ? uuidCheck(what) : undefined,
	});

export const connection = platformLocator('connectionId', 'Connection', 'searchConnections', 'connection', true);
export const sync = platformLocator('syncId', 'Sync', 'searchSyncs', 'sync', true);
export const flow = platformLocator('flowId', 'Flow', 'searchFlows', 'flow', false);
export const datastore = platformLocator('datastoreId', 'Datastore', 'searchDatastores', 'datastore', true);
export const webhook = platformLocator('webhookId', 'Webhook', 'searchWebhooks', 'webhook', true);

/** An integration (a connector: Lightspeed, Exact Online...), by Chift's number for it; sent as a number in bodies. */
export const integration = (apiName: string, description: string, required = true): ChiftField => ({
	...locatorField({ name: 'integrationId', displayName: 'Integration', apiName, searchListMethod: 'searchIntegrations', description, required, idPlaceholder: 'e.g. 1001' }),
	parse(value, item, label) {
		const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
		if (!text) return undefined;
		if (!/^\d+$/.test(text)) throw item.invalid(`${label} "${text}" is not an integration number`, 'Chift numbers its integrations (for example 1001): pick one from the list.', label);
		return Number(text);
	},
});

/** The consumer's own fields (PostConsumerItem / UpdateConsumerItem). */
export const consumerFields = (): ChiftField[] => [
	textField('email', 'Email', 'email', { placeholder: 'name@email.com', check: (value) => { const long = maxLength(80)(value); return 'problem' in long ? long : emailAddress(value); }, description: 'Email address of your customer' }),
	textField('internalReference', 'Internal Reference', 'internal_reference', { check: maxLength(255), placeholder: 'e.g. CUST-042', description: 'Your own ID of this customer (in your CRM or database), to find the consumer by it later' }),
	textField('redirectUrl', 'Redirect URL', 'redirect_url', { placeholder: 'e.g. https://app.example.com/chift/done', description: 'Where Chift sends your customer after they connect a system' }),
];

export const consumerName = (required: boolean) =>
	textField('name', 'Name', 'name', { required, check: maxLength(255), placeholder: 'e.g. Bistro Central', description: 'Name of your customer (their business)' });

/** The APIs a connection may serve (the document's enum of PostConnectionItem.apis). */
export const API_NAMES = ['Point of Sale', 'eCommerce', 'Accounting', 'Invoicing', 'Banking', 'Custom', 'Payment', 'Property Management System'];

export const connectionName = () => textField('name', 'Name', 'name', { check: maxLength(80), placeholder: 'e.g. Lightspeed Brussels', description: 'Name of the connection, shown in the Chift platform' });
export const redirect = () =>
	booleanField('redirect', 'Redirect', 'redirect', { description: "Whether Chift sends your customer to the consumer's Redirect URL once the connection is done" });
export const credentials = () =>
	jsonField('credentials', 'Credentials', 'credentials', 'list', {
		description: 'Only to fill the connector\'s login for your customer: a list of {"key": ..., "value": ...} as the integration asks for them',
	});
export const country = () => textField('country', 'Country', 'country', { placeholder: 'e.g. BE', check: countryCode, description: 'Two-letter ISO 3166-1 country code, such as BE or FR' });

/** A period of records by moment (date_from / date_to of the sync and datastore routes, date-times). */
export const momentRange = (what: string): ChiftField[] => [
	momentField('dateFrom', 'Date From', 'date_from', false, `Only the ${what} from this moment`),
	momentField('dateTo', 'Date To', 'date_to', false, `Only the ${what} until this moment`),
];

/** The filters of the issue lists (GET /issues and a consumer's). */
export const issueFilters = (): ChiftField[] => [
	dayField('createdOn', 'Created On', 'created_on', false, 'Only issues that appeared on this day'),
	dayField('lastSeenOn', 'Last Seen On', 'last_seen_on', false, 'Only issues that happened again on this day'),
	textField('errorCode', 'Error Code', 'error_code', { placeholder: 'e.g. ERROR_CONNECTOR_AUTHENTICATION', description: "Only issues with this Chift error code" }),
	optionsField('status', 'Status', 'status', [
		{ name: 'All', value: 'all' },
		{ name: 'Open', value: 'open' },
		{ name: 'Closed', value: 'closed' },
	]),
	optionsField('level', 'Level', 'level', [
		{ name: 'Error', value: 'error' },
		{ name: 'Warning', value: 'warning' },
	]),
];

export const activeStatus = (what: string) =>
	optionsField('status', 'Status', 'status', [
		{ name: 'Active', value: 'active' },
		{ name: 'Inactive', value: 'inactive' },
	], { description: `Only the ${what} with this status` });
