import type { Log } from '../../shared/app/ports';

/** A structured log that keeps each line's level and message, for tests that check what was logged. */
export function recordingLog(): { entries: { level: string; message: string; fields?: Record<string, unknown> }[]; log: Log } {
  const entries: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    entries.push({ level, message, ...(fields ? { fields } : {}) });
  };
  return { entries, log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}
