// Our eslint, run by `npm run lint` after `n8n-node lint` (which must use the unchanged default
// eslint.config.mjs in strict mode). It lints what ships, package.json, nodes/ and credentials/,
// with n8n's community-node rules and the three rule sets of our own eslint-plugin-n8n-nodes-base
// (the default config brings an older copy of it), and `npm run lint` allows no warning.
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

const typescript = {
	parser: tsParser,
	parserOptions: { sourceType: 'module', extraFileExtensions: ['.json'] },
};

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'e2e/**', 'test/**', 'scripts/**', 'bench/**'] },
	{ files: ['package.json', 'nodes/**/*.ts', 'credentials/**/*.ts'], languageOptions: typescript },
	{ ...n8nCommunityNodesPlugin.configs.recommended, files: ['package.json', 'nodes/**/*.ts', 'credentials/**/*.ts'] },
	{
		files: ['package.json'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nNodesBase.configs.community.rules,
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Off as in n8n's own community-node config (@n8n/node-cli): a full URL is what users need.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Off as in @n8n/node-cli: they demand 'main' literals, which the community rule
			// node-connection-type-literal forbids in favour of NodeConnectionTypes.Main.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		rules: { 'no-console': 'error' },
	},
];
