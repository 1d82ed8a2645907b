// Before `npm start` / `npm test` on a fresh clone: install the npm packages (from the lockfile)
// when they are missing or older than the lockfile, and Debian's Chromium for the browser test
// when it is missing and this user may install it. Prints what it does; does nothing otherwise.
const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const run = (command, args) => {
	process.stderr.write(`[setup] ${command} ${args.join(' ')}\n`);
	childProcess.execFileSync(command, args, { cwd: root, stdio: 'inherit' });
};
const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

const installed = path.join(root, 'node_modules', '.package-lock.json');
if (mtime(installed) < mtime(path.join(root, 'package-lock.json'))) {
	run('npm', ['ci', '--no-audit', '--no-fund']);
}

const wantsBrowser = process.argv.includes('--browser');
const hasChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((file) => fs.existsSync(file));
if (wantsBrowser && !hasChromium) {
	if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
	} else {
		process.stderr.write('[setup] The browser test needs Chromium: sudo apt-get install -y --no-install-recommends chromium\n');
	}
}
