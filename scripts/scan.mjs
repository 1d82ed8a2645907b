// n8n's verification scan (@n8n/scan-community-package), run locally on what would be published.
//
// The real scan first checks the npm provenance of a published version, then lints two things with
// one ESLint configuration: the source the provenance points at (package.json, nodes/, credentials/)
// and the compiled files of the published tarball. This script lints the same two things with the
// scanner's own configuration (its buildScanConfig and file patterns): the repository's sources,
// and the tarball `npm pack` makes from the current build (run `npm run build` first). Unlike the
// scanner, which fails on errors only, it fails on warnings too.
//
//   node scripts/scan.mjs [--json]      exit 0 when both legs report 0 errors and 0 warnings
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import glob from 'fast-glob';
import { buildScanConfig, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// The scanner's pattern for the tarball leg (analyzePackageByName).
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

async function lint(directory, patterns) {
	// The scanner's ESLint options: its configuration only, inline `eslint-disable` comments ignored.
	const eslint = new ESLint({
		cwd: directory,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
	});
	const files = glob.sync(patterns, {
		cwd: directory,
		absolute: true,
		ignore: ['node_modules/**', '**/package-lock.json'],
	});
	const results = await eslint.lintFiles(files);
	const problems = results.flatMap((result) =>
		result.messages.map((message) => ({
			file: path.relative(directory, result.filePath),
			line: message.line,
			severity: message.severity === 2 ? 'error' : 'warning',
			rule: message.ruleId,
			message: message.message,
		})),
	);
	return {
		files: files.length,
		errors: problems.filter((problem) => problem.severity === 'error').length,
		warnings: problems.filter((problem) => problem.severity === 'warning').length,
		problems,
	};
}

function packAndExtract() {
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chift-scan-'));
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
			cwd: root,
			encoding: 'utf8',
		}),
	);
	const tarball = path.join(workDir, packed[0].filename);
	execFileSync('tar', ['-xzf', tarball, '-C', workDir]);
	return { workDir, packageDir: path.join(workDir, 'package') };
}

const { workDir, packageDir } = packAndExtract();
try {
	const report = {
		source: await lint(root, SOURCE_FILE_PATTERNS),
		tarball: await lint(packageDir, TARBALL_FILE_PATTERNS),
	};
	if (process.argv.includes('--json')) {
		process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	} else {
		for (const [leg, result] of Object.entries(report)) {
			process.stdout.write(`${leg}: ${result.files} files, ${result.errors} errors, ${result.warnings} warnings\n`);
			for (const problem of result.problems) {
				process.stdout.write(`  ${problem.file}:${problem.line} ${problem.severity} ${problem.rule}: ${problem.message}\n`);
			}
		}
	}
	const clean = Object.values(report).every((result) => result.files > 0 && result.errors + result.warnings === 0);
	process.exitCode = clean ? 0 : 1;
} finally {
	fs.rmSync(workDir, { recursive: true, force: true });
}
