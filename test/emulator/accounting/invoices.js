'use strict';
/** Accounting invoices: see ./index.js for what a module declares. */

module.exports = {
	data: () => ({}),
	routes: () => [],
};
