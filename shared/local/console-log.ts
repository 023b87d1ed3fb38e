import type { Log } from '../app/ports';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const WORD: Record<Level, string> = { debug: 'debug', info: 'info', warn: 'warning', error: 'error' };

/** One field as a person reads it: strings bare, the rest as JSON. */
function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A log entry as one readable line: "warning: message (key: value, ...)". */
export function humanLogLine(level: Level, message: string, extra: Record<string, unknown> = {}): string {
  const fields = Object.entries(extra).filter(([, value]) => value !== undefined);
  const details = fields.length ? ` (${fields.map(([name, value]) => `${name}: ${fieldText(value)}`).join(', ')})` : '';
  return `${WORD[level]}: ${message}${details}`;
}

/**
 * Log lines on stderr, so stdout stays free for command output: structured JSON (for
 * `--verbose` and machines), or one readable line per entry for a person at a terminal.
 */
export function consoleLog(minimum: Level = 'warn', fields: Record<string, unknown> = {}, format: 'json' | 'human' = 'json'): Log {
  const write = (level: Level) => (message: string, extra?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[minimum]) return;
    const line =
      format === 'human'
        ? humanLogLine(level, message, extra)
        : JSON.stringify({ level: level.toUpperCase(), message, timestamp: new Date().toISOString(), ...fields, ...extra });
    process.stderr.write(`${line}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
