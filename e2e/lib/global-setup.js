'use strict';
/**
 * jest globalSetup of the real-n8n projects: installs the n8n releases (and Chromium) a project
 * needs (and, for the queue project, Redis and PostgreSQL) before any test worker starts, so that an install never runs inside a test's timeout,
 * whether jest was started by `npm test` or directly. Jest calls a project's globalSetup only when
 * one of its tests is selected. Does nothing when everything is in place.
 */
const { ensureSetup } = require('../../scripts/setup');
const { compatVersions } = require('./compat-versions');

module.exports = async (globalConfig, projectConfig) => {
	const project = projectConfig.displayName?.name;
	if (project === 'compat') {
		ensureSetup({ npm: false, n8nVersions: compatVersions() });
	} else if (project === 'queue') {
		ensureSetup({ npm: false, queue: true, n8nVersions: ['2.8.4'] });
	} else {
		ensureSetup({ npm: false, browser: true, n8nVersions: ['2.8.4'] });
	}
};
