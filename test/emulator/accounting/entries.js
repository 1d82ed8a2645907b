'use strict';
/** Accounting entries: see ./index.js for what a module declares. */

module.exports = {
	data: () => ({}),
	routes: () => [],
};
