'use strict';
/**
 * What the engine tests of Chift Accounting share: a stack per test file (useStack: emulator checked
 * against Chift's OpenAPI document when it stops, request log emptied before each test), and helpers
 * to run the node and look at what reached the emulator.
 */
const { useStack, CONSUMERS } = require('./support');

/** Call at the top of a test file; the helpers work inside its tests. */
function useAccountingStack() {
	const handle = useStack();
	const stack = () => handle.stack;
	const accountingRequests = () => stack().emulator.requests.filter((r) => r.path.includes('/accounting/'));
	return {
		/** The stack (emulator, harness) of the running test. */
		stack,
		/** Runs Chift Accounting (consumer Bistro Central, one folder, unless the parameters say) with these parameters. */
		run: (resource, operation, parameters = {}, items, options) => stack().runNode('chiftAccounting', { resource, operation, ...parameters }, items, options),
		accountingRequests,
		lastRequest: () => accountingRequests()[accountingRequests().length - 1],
		/** The emulator's records of one folder of a consumer's accounting. */
		store: (consumerId = CONSUMERS.bistro, folderId = '1001') => stack().emulator.data.accounting[consumerId].stores[folderId],
	};
}

module.exports = { useAccountingStack };
