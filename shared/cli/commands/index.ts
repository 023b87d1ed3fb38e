import type { CommandEntry } from '../command';

/**
 * Every sub-command, in the order `reports --help` lists them. Each module is required
 * only when its command runs: `reports parse` never loads the AWS SDK.
 * To add a command: one entry here, `load` requiring its module.
 */
export const commands: readonly CommandEntry[] = [
  { name: 'parse', summary: 'normalize one report file and print its record as JSON', load: () => require('./parse').parseCommand },
  { name: 'score', summary: 'score the normalizer on a labelled corpus, field by field', load: () => require('./score').scoreCommand },
  { name: 'local', summary: 'run the whole pipeline locally on embedded emulators (npm start)', load: () => require('./local').localCommand },
  { name: 'upload', summary: 'upload report files or folders and wait for the parser to decide each', load: () => require('./upload').uploadCommand },
  { name: 'list', summary: 'list reports by district, dates, document, person or status', load: () => require('./list').listCommand },
  { name: 'show', summary: 'show one report: people, documents, tasks, versions, history', load: () => require('./show').showCommand },
  { name: 'failed', summary: 'list uploads that failed and were quarantined', load: () => require('./failed').failedCommand },
  { name: 'review', summary: 'list reports held for review: why, title, where they would go', load: () => require('./review').reviewCommand },
  { name: 'approve', summary: 'publish a held report as decided', load: () => require('./approve').approveCommand },
  { name: 'correct', summary: 'store a corrected version of a report and publish it', load: () => require('./correct').correctCommand },
  { name: 'reject', summary: 'close a held report without sending it', load: () => require('./reject').rejectCommand },
  { name: 'redrive', summary: 'move messages from the ingest dead-letter queue back to the ingest queue', load: () => require('./redrive').redriveCommand },
  { name: 'offices', summary: 'list offices, their endpoints and subscription filter policies', load: () => require('./offices').officesCommand },
  { name: 'users', summary: 'add, remove and list the office accounts of the portal', load: () => require('./users').usersCommand },
  { name: 'watch', summary: 'print notices as the offices receive them (local run)', load: () => require('./watch').watchCommand },
];
