'use strict';
// The `reports` command runs from an esbuild bundle of its TypeScript sources
// (dist/cli.cjs), rebuilt automatically whenever a source file is newer than the bundle:
// start-up stays fast (no per-run TypeScript compilation) and never runs stale code.
const { existsSync, readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli.cjs');
// infra/ too: the local run synthesizes the stack's template to provision from it.
const SOURCE_DIRS = ['shared', 'functions', 'infra'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return SOURCE_DIRS.some((dir) => newestSource(path.join(root, dir)) > built);
}

/** Returns the bundle's path, building it first when missing or stale. */
function cliBundle() {
  if (isStale()) {
    require('esbuild').buildSync({
      entryPoints: [path.join(root, 'shared', 'cli', 'main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      // Dependencies load from node_modules as usual; only the project's own code is bundled.
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'error',
    });
  }
  return bundle;
}

module.exports = { cliBundle };
