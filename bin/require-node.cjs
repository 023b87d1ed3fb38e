'use strict';
// The embedded emulators need Node.js >= 22.5. npm scripts and npx put the project's own
// Node (the `node` devDependency) first on PATH; this guard explains the problem when the
// command is started some other way with an older Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 5)) {
  console.error(
    `reports: Node.js ${process.versions.node} is too old; run through npm (npm start, npx reports, npm test) ` +
      'so the project\'s own Node.js 24 is used, or install Node.js >= 22.5.',
  );
  process.exit(1);
}
