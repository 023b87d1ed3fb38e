'use strict';
// Ends the run with the plain closing line `jest: N passed, N failed, N skipped` so that
// any reader of the log (people and CI) sees the totals in one place.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    console.log(`\njest: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`);
  }
}
module.exports = SummaryReporter;
