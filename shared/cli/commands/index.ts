import type { CommandEntry } from '../command';

/**
 * Every sub-command, in the order `reports --help` lists them. Each module is required
 * only when its command runs: `reports parse` never loads the AWS SDK.
 * To add a command: one entry here, `load` requiring its module.
 */
export const commands: readonly CommandEntry[] = [
  { name: 'parse', summary: 'normalize one report file and print its record as JSON', load: () => require('./parse').parseCommand },
  { name: 'local', summary: 'run the whole pipeline locally on embedded emulators (npm start)', load: () => require('./local').localCommand },
];
