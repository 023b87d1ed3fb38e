#!/usr/bin/env node
'use strict';
// `npm test`: type-check, lint and the architecture check, then unit and infrastructure tests and the ports'
// contracts (fakes and the DynamoDB adapter on dynalite), the integration
// suite twice (embedded emulators, moto_server), the CLI end-to-end tests, the portal in
// a real browser and the reliability tests. Prints one closing line with the totals of every run.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const extra = process.argv.slice(2);
const outDir = mkdtempSync(path.join(tmpdir(), 'reports-test-'));

const runs = [
  { label: 'unit + infra + port contracts', args: ['--selectProjects', 'unit', 'infra', 'contract'], env: {} },
  { label: 'integration on embedded emulators', args: ['--selectProjects', 'integration'], env: { REPORTS_TEST_BACKEND: 'embedded' } },
  { label: 'integration on moto_server', args: ['--selectProjects', 'integration'], env: { REPORTS_TEST_BACKEND: 'moto' } },
  { label: 'CLI end to end', args: ['--selectProjects', 'e2e'], env: { REPORTS_TEST_BACKEND: 'embedded' } },
  // The office portal in Chromium (scripts/ensure-chromium.sh installs it when missing).
  { label: 'browser: the office portal in Chromium', args: ['--selectProjects', 'browser'], env: { REPORTS_TEST_BACKEND: 'embedded' } },
  { label: 'reliability: faults, routing property on moto, fuzzing', args: ['--selectProjects', 'reliability'], env: { REPORTS_TEST_BACKEND: 'embedded' } },
];

function step(label, command, args, env = {}) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

let failedSteps = 0;
if (step('type-check', bin('tsc'), ['--noEmit', '-p', root]) !== 0) failedSteps++;
if (step('lint', bin('eslint'), ['.']) !== 0) failedSteps++;
// Layers and import cycles (scripts/check-architecture.ts): domain code stays pure, use cases
// import no adapters, and no module imports itself through others.
if (step('architecture', process.execPath, [path.join(root, 'bin', 'run-ts.cjs'), path.join(root, 'scripts', 'check-architecture.ts')]) !== 0) failedSteps++;

let passed = 0;
let failed = 0;
let skipped = 0;
runs.forEach((run, index) => {
  // The browser tests drive Debian's Chromium: install it first when the machine lacks it.
  if (run.label.startsWith('browser') && step('Chromium for the browser tests', 'sh', [path.join(root, 'scripts', 'ensure-chromium.sh')]) !== 0) {
    failedSteps++;
  }
  const outputFile = path.join(outDir, `run-${index}.json`);
  const status = step(run.label, bin('jest'), [...run.args, '--json', `--outputFile=${outputFile}`, ...extra], run.env);
  try {
    const summary = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
    skipped += summary.numPendingTests + summary.numTodoTests;
    if (summary.numTotalTests === 0) {
      console.error(`${run.label}: no test ran`);
      failedSteps++;
    }
  } catch {
    console.error(`${run.label}: jest wrote no results`);
    failedSteps++;
  }
  if (status !== 0) failedSteps++;
});

console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps === 0 && failed === 0 ? 0 : 1);
