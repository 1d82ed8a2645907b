'use strict';
/** The n8n releases of the compatibility run; N8N_E2E_COMPAT_VERSIONS picks others ("none": none). */
const DEFAULT_COMPAT_VERSIONS = ['1.123.81', '2.41.1'];

function compatVersions(requested = process.env.N8N_E2E_COMPAT_VERSIONS) {
	if (requested === undefined || requested.trim() === '') return DEFAULT_COMPAT_VERSIONS;
	return requested
		.split(',')
		.map((version) => version.trim())
		.filter((version) => version && version !== 'none');
}

module.exports = { compatVersions, DEFAULT_COMPAT_VERSIONS };
