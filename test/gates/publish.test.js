'use strict';
/**
 * n8n's verification gates, as tests: `n8n-node lint` in strict mode, our eslint, n8n's scanner on
 * the packed tarball, and the publishing workflow (.github/workflows/publish.yml) whose steps run
 * here as written, up to `npm publish --dry-run` of the packed package (offline, with no registry
 * reachable: nothing is published and nothing leaves the machine).
 *
 * `npm test` builds before jest starts; the Build step is not run again here because the engine
 * tests read dist/ in parallel workers.
 */
const childProcess = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const workflowText = fs.readFileSync(path.join(root, '.github', 'workflows', 'publish.yml'), 'utf8');
const STEP_TIMEOUT_MS = 5 * 60 * 1000;

/** The named steps of the workflow, in order: `- name: X` followed by `run: command`. */
function workflowSteps(text) {
	const steps = [];
	for (const match of text.matchAll(/^\s*- name: (.+)\n(?:\s*#.*\n)*\s*run: (.+)$/gm)) {
		steps.push({ name: match[1].trim(), run: match[2].trim() });
	}
	return steps;
}

function runStep(command) {
	// Without jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base then pretends every file is named
	// Test.node.ts and is a trigger (its own test mode), and reports errors that do not exist.
	const { NODE_ENV, ...env } = process.env;
	const result = childProcess.spawnSync('bash', ['-c', command], {
		cwd: root,
		encoding: 'utf8',
		env: { ...env, FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
		timeout: STEP_TIMEOUT_MS,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const steps = workflowSteps(workflowText);
const step = (name) => {
	const found = steps.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`publish.yml has no step named "${name}"`);
	return found;
};

describe('n8n verification gates', () => {
	afterAll(() => fs.rmSync(path.join(root, 'release'), { recursive: true, force: true }));

	test('strict mode is on and eslint.config.mjs is n8n-node-cli\'s default', () => {
		// n8n-node lint skips its strict check silently when it cannot read the files: check here too.
		expect(manifest.n8n.strict).toBe(true);
		const template = path.join(
			root,
			'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs',
		);
		const normalise = (file) => fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ').trim();
		expect(normalise(path.join(root, 'eslint.config.mjs'))).toBe(normalise(template));
	});

	test('the workflow publishes with provenance on a version tag, after build, lint and scan', () => {
		expect(workflowText).toMatch(/on:\n\s+push:\n\s+tags:\n\s+- '\*\.\*\.\*'/);
		expect(workflowText).toMatch(/id-token: write/);
		expect(steps.map((candidate) => candidate.name)).toEqual([
			'Use npm 11',
			'Install dependencies',
			'Build',
			'Lint',
			'Scan',
			'Pack',
			'Publish',
		]);
		expect(step('Install dependencies').run).toBe('npm ci');
		expect(step('Build').run).toBe('npm run build');
		expect(step('Publish').run).toMatch(/^npm publish \.\/release\/\*\.tgz .*--provenance/);
	});

	test('Use npm 11: this machine already has it', () => {
		// Not run here (it would replace this machine's npm): trusted publishing needs npm >= 11.5.1.
		const version = childProcess.execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
		expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(11);
	});

	test('Lint: n8n-node lint (strict) and our eslint pass with no problem', () => {
		const { status, output } = runStep(step('Lint').run);
		expect(output).not.toMatch(/Strict mode violation/);
		expect(output).toMatch(/n8n-node lint/);
		expect({ status, output }).toEqual({ status: 0, output: expect.any(String) });
	}, STEP_TIMEOUT_MS);

	test('Scan: n8n\'s scanner finds 0 errors and 0 warnings in the sources and the packed tarball', () => {
		const { status, output } = runStep(step('Scan').run);
		expect(output).toMatch(/^source: \d+ files, 0 errors, 0 warnings$/m);
		expect(output).toMatch(/^tarball: \d+ files, 0 errors, 0 warnings$/m);
		expect(output).not.toMatch(/^tarball: 0 files/m);
		expect(status).toBe(0);
	}, STEP_TIMEOUT_MS);

	test('Pack: the tarball holds the compiled nodes and credential, nothing else of the repository', () => {
		fs.rmSync(path.join(root, 'release'), { recursive: true, force: true });
		const { status, output } = runStep(step('Pack').run);
		expect({ status, output }).toEqual({ status: 0, output: expect.any(String) });
		const tarballs = fs.readdirSync(path.join(root, 'release')).filter((file) => file.endsWith('.tgz'));
		expect(tarballs).toEqual([`${manifest.name}-${manifest.version}.tgz`]);
		const files = childProcess
			.execFileSync('tar', ['-tzf', path.join(root, 'release', tarballs[0])], { encoding: 'utf8' })
			.trim()
			.split('\n')
			.map((file) => file.replace(/^package\//, ''));
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(files).toContain(file);
		expect(files).not.toContain('dist/package.json');
		const outsideDist = files.filter((file) => !file.startsWith('dist/'));
		expect(outsideDist.sort()).toEqual(['LICENSE', 'README.md', 'index.js', 'package.json']);
		expect(files.filter((file) => /(^|\/)(test|e2e)\//.test(file))).toEqual([]);
	}, STEP_TIMEOUT_MS);

	test('Publish: npm publish --dry-run of the packed tarball, offline', () => {
		// The workflow's own command line, with npm's dry run and a registry nobody listens on.
		const command = `${step('Publish').run} --dry-run --offline --registry=http://127.0.0.1:9/`;
		const { status, output } = runStep(command);
		expect(output).toMatch(new RegExp(`\\+ ${manifest.name}@${manifest.version.replace(/\./g, '\\.')}`));
		expect(output).toMatch(/\(dry-run\)/);
		expect(status).toBe(0);
	}, STEP_TIMEOUT_MS);
});
