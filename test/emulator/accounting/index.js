'use strict';
/**
 * The Accounting API of the emulator: /consumers/{id}/accounting/..., for the consumers with an
 * accounting connection. An accounting system may hold several companies (folders); every route
 * but the folder list works on one folder's data, picked by the folder_id query parameter.
 *
 * Each module of this folder declares its part: `data(consumer, folder, { today })`, the records
 * of one folder, and `routes(kit)`, its routes as [method, pattern, handler]. A handler gets
 * { store (the folder's data), folder, connection, consumer, params, query, body, req }.
 */
const MODULES = [require('./partners'), require('./invoices'), require('./entries'), require('./ledger')];

/** The folders (companies) of a consumer's accounting system. */
function foldersOf(consumer) {
	const connection = consumer.connections.find((c) => c.api === 'Accounting');
	if (!connection) return [];
	return (connection.folders ?? [{ id: '1', name: consumer.name }]).map((folder) => ({
		id: folder.id,
		name: folder.name,
		selected: true,
		active: true,
		vat: folder.vat ?? null,
		company_number: folder.company_number ?? null,
		main_currency: 'EUR',
		addresses: [],
	}));
}

/** Every consumer's accounting data: { folders, stores: { [folderId]: the folder's records } }. */
function createAccountingData(consumer, options) {
	const folders = foldersOf(consumer);
	const stores = {};
	for (const folder of folders) {
		stores[folder.id] = Object.assign({}, ...MODULES.map((module) => module.data(consumer, folder, options)));
	}
	return { folders, stores };
}

/**
 * @param {object} kit the emulator's kit (test/emulator/kit.js) plus `api` (this API's route
 *   wrapper: consumer, connection, data layer, raw data), `once`, `paged`, `chiftError`,
 *   `validationError`.
 */
function accountingRoutes(kit) {
	const accounting = kit.api;
	/** A route on one folder's data: folder_id picks it; without one, the only folder (assumed: Chift's answer for several is undocumented). */
	const route = (resource, handler, method = 'GET') =>
		accounting(
			resource,
			(context) => {
				const { folders, stores } = context.store;
				const folderId = context.query.folder_id;
				let folder;
				if (folderId !== undefined) {
					folder = folders.find((candidate) => candidate.id === folderId);
					if (!folder) throw kit.chiftError(404, `Folder ${folderId} not found`, 'ERROR_FOLDER_NOT_FOUND');
				} else if (folders.length === 1) {
					folder = folders[0];
				} else {
					throw kit.chiftError(400, 'This accounting system holds several folders: choose one with folder_id', 'ERROR_FOLDER_ID_REQUIRED');
				}
				return handler({ ...context, folder, store: stores[folder.id] });
			},
			method,
		);
	const folderRoutes = [
		['GET', kit.at('/accounting/folders'), accounting('folders', ({ store }) => store.folders)],
		['GET', kit.at('/accounting/folders/{folder_id}'), accounting('folders', ({ store, params: [, folderId] }) => kit.find(store.folders, folderId, 'Folder'))],
	];
	return [...folderRoutes, ...MODULES.flatMap((module) => module.routes({ ...kit, route }))];
}

module.exports = { apiName: 'Accounting', storeKey: 'accounting', createData: createAccountingData, routes: accountingRoutes };
