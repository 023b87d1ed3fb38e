'use strict';
// The embedded emulators need Node.js >= 22.5. npm scripts and npx put the project's own
// Node (the `node` devDependency) first on PATH; started some other way (`node bin/...` on
// an older Node), the command runs itself again under the project's Node when it is
// installed, and otherwise explains the problem.
const path = require('node:path');
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 5)) {
  const projectNode = path.join(__dirname, '..', 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(projectNode) && process.env.REPORTS_REEXECUTED !== '1') {
    const result = spawnSync(projectNode, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, REPORTS_REEXECUTED: '1' },
    });
    if (result.error) {
      console.error(`reports: cannot start the project's Node.js (${result.error.message})`);
      process.exit(1);
    }
    process.exit(result.status ?? (result.signal ? 128 + 1 : 1));
  }
  console.error(
    `reports: Node.js ${process.versions.node} is too old and the project's own Node.js is not installed; ` +
      'run `npm ci` first (it installs Node.js 24 into node_modules), or install Node.js >= 22.5.',
  );
  process.exit(1);
}
