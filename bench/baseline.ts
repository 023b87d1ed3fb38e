import * as chrono from 'chrono-node';
import nlp from 'compromise';

/**
 * What a JavaScript developer would otherwise reach for: compromise for people and
 * places, chrono-node for the event date. Used the way their READMEs show, with the
 * light clean-up anyone would add (trim punctuation, drop repeats), and no knowledge
 * of the genre: that knowledge is what the product's normalizer is for.
 */

export interface BaselineResult {
  readonly people: string[];
  readonly places: string[];
  /** YYYY-MM-DD of the first date in the text that names a day, or null. */
  readonly eventDate: string | null;
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

function clean(matches: readonly string[]): string[] {
  const trimmed = matches.map((m) => m.replace(/^[\s"“'(]+|[\s"”'),.;:!?]+$/g, '')).filter((m) => m.length > 1);
  const byKey = new Map<string, string>();
  for (const name of trimmed) if (!byKey.has(fold(name))) byKey.set(fold(name), name);
  // "Secretary Tran Duc Thang" and "Tran Duc Thang" are one person: the shorter, untitled form stays.
  const keys = [...byKey.keys()];
  return keys.filter((key) => !keys.some((other) => other !== key && key.endsWith(` ${other}`))).map((key) => byKey.get(key) ?? key);
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function extractBaseline(text: string, referenceDate: string): BaselineResult {
  const doc = nlp(text);
  const people = clean(doc.people().out('array') as string[]);
  const places = clean(doc.places().out('array') as string[]);
  const reference = new Date(`${referenceDate}T12:00:00Z`);
  let eventDate: string | null = null;
  for (const result of chrono.parse(text, reference)) {
    const start = result.start;
    if (!start.isCertain('day')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    eventDate = isoOf(year, month, day);
    break;
  }
  return { people, places, eventDate };
}
