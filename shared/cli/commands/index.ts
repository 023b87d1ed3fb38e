import type { Command } from '../command';
import { localCommand } from './local';

/** Every sub-command, in the order `reports --help` lists them. */
export const commands: readonly Command[] = [localCommand];
