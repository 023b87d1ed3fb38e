#!/usr/bin/env node
'use strict';
// The `reports` command. Sources are TypeScript; tsx compiles them on the fly so the
// CLI always runs what is in the working tree (no stale build).
require('./require-node.cjs');
require('tsx/cjs/api').register();
require('../shared/cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
