#!/usr/bin/env node
'use strict';
// Runs one TypeScript script of the repository: `node bin/run-ts.cjs FILE [ARGS...]`.
require('./require-node.cjs');
require('tsx/cjs/api').register();
const path = require('node:path');
const file = process.argv[2];
if (!file) {
  console.error('usage: node bin/run-ts.cjs FILE.ts [ARGS...]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(file));
