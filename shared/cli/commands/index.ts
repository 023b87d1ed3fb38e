import type { Command } from '../command';

/** Every sub-command, in the order `reports --help` lists them. */
export const commands: readonly Command[] = [];
