import type { Command } from '../command';
import { parseCommand } from './parse';
import { localCommand } from './local';

/** Every sub-command, in the order `reports --help` lists them. */
export const commands: readonly Command[] = [parseCommand, localCommand];
