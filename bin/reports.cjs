#!/usr/bin/env node
'use strict';
// The `reports` command.
require('./require-node.cjs');
require(require('./cli-bundle.cjs').cliBundle())
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
