'use strict';
/** Accounting ledger: see ./index.js for what a module declares. */

module.exports = {
	data: () => ({}),
	routes: () => [],
};
