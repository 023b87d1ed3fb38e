import type { Log } from '../app/ports';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured JSON log lines on stderr, so stdout stays free for command output. */
export function consoleLog(minimum: Level = 'warn', fields: Record<string, unknown> = {}): Log {
  const write = (level: Level) => (message: string, extra?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[minimum]) return;
    process.stderr.write(`${JSON.stringify({ level: level.toUpperCase(), message, timestamp: new Date().toISOString(), ...fields, ...extra })}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
