import type { FieldConfidence, NormalizedReport } from '../record';
import type { ReportLabel } from './label';

/**
 * Scores normalized records against hand-made labels, field by field, the way the
 * labelled corpus defines it (tests/fixtures/CORPUS.md):
 * - set fields (documents, people, roles, districts, awards): precision, recall and F1
 *   over the whole corpus, each expected item matching at most one found item;
 * - single fields (language, event date, part of day, kind, organizer, province, scope,
 *   and the type and date of each expected document): the share of reports right;
 * - the overall score is the mean of every field that had something to find or found
 *   something; `routing` (province, scope and districts all right) is shown beside it.
 * Pure: the caller reads the files and runs the normalizer.
 */

/** One report to score: its label and what the normalizer produced (null when it failed). */
export interface ScoredReport {
  readonly name: string;
  readonly label: ReportLabel;
  readonly record: NormalizedReport | null;
  /** Why no record was produced. */
  readonly error?: string;
}

export const SET_FIELDS = ['documents', 'people', 'roles', 'districts', 'awards'] as const;
export const SINGLE_FIELDS = [
  'language',
  'event.date',
  'event.partOfDay',
  'event.kind',
  'organizer',
  'province',
  'scope',
  'documents.type',
  'documents.date',
] as const;

export type SetField = (typeof SET_FIELDS)[number];
export type SingleField = (typeof SINGLE_FIELDS)[number];

export interface SetFieldScore {
  readonly field: SetField;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Null when there was nothing to find and nothing was found. */
  readonly f1: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface SingleFieldScore {
  readonly field: SingleField;
  readonly right: number;
  readonly total: number;
  /** Null when no report had the field to check. */
  readonly accuracy: number | null;
}

/** Confidence bins of the calibration table: [from, to). The last bin includes 1. */
export const CALIBRATION_BINS: ReadonlyArray<readonly [number, number]> = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 0.95],
  [0.95, 1],
];

export interface CalibrationRow {
  readonly field: keyof FieldConfidence;
  /** Per bin: how many reports gave a confidence in it and how many of those were right. */
  readonly bins: ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number; readonly right: number }>;
  /** Reports with confidence >= 0.9 and how many of them were right. */
  readonly high: { readonly count: number; readonly right: number };
}

export interface CorpusScore {
  readonly reports: number;
  readonly setFields: readonly SetFieldScore[];
  readonly singleFields: readonly SingleFieldScore[];
  readonly routing: { readonly right: number; readonly total: number; readonly share: number };
  readonly overall: number;
  readonly misses: ReadonlyArray<{ readonly name: string; readonly misses: readonly string[] }>;
  readonly calibration: readonly CalibrationRow[];
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'cua', 'va', 'a', 'an']);

/** Case-, diacritics- and punctuation-insensitive form used for every comparison. */
export function foldForScoring(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^a-z0-9/'\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function documentKey(code: string): string {
  return foldForScoring(code).replace(/\s/g, '').toUpperCase();
}

function wordSet(value: unknown): Set<string> {
  return new Set(foldForScoring(value).split(' ').filter((word) => word && !STOP_WORDS.has(word)));
}

/** Word-overlap F1 of two phrases (1 when both are empty). */
export function wordOverlap(a: unknown, b: unknown): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  if (shared === 0) return 0;
  const precision = shared / left.size;
  const recall = shared / right.size;
  return (2 * precision * recall) / (precision + recall);
}

interface SetMatch<E, A> {
  readonly pairs: ReadonlyArray<readonly [E, A]>;
  readonly missed: readonly E[];
  readonly extra: readonly A[];
}

function matchByKey<E, A>(expected: readonly E[], actual: readonly A[], keyOfExpected: (item: E) => string, keyOfActual: (item: A) => string): SetMatch<E, A> {
  const used = new Set<number>();
  const pairs: Array<readonly [E, A]> = [];
  const missed: E[] = [];
  for (const item of expected) {
    const key = keyOfExpected(item);
    const index = actual.findIndex((candidate, i) => !used.has(i) && keyOfActual(candidate) === key);
    if (index >= 0) {
      used.add(index);
      pairs.push([item, actual[index]!]);
    } else {
      missed.push(item);
    }
  }
  return { pairs, missed, extra: actual.filter((_, i) => !used.has(i)) };
}

/** Roles match greedily when their word overlap is at least 0.7. */
function matchRoles(expected: readonly string[], actual: readonly string[]): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const role of expected) {
    let best = -1;
    let bestOverlap = 0;
    actual.forEach((candidate, index) => {
      if (used.has(index)) return;
      const overlap = wordOverlap(role, candidate);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = index;
      }
    });
    if (best >= 0 && bestOverlap >= 0.7) {
      used.add(best);
      tp++;
    }
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp };
}

const ORGANIZER_MATCH = 0.6;

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Scores every report and the corpus as a whole. */
export function scoreCorpus(reports: readonly ScoredReport[]): CorpusScore {
  const counts = Object.fromEntries(SET_FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }])) as Record<SetField, { tp: number; fp: number; fn: number }>;
  const checks = Object.fromEntries(SINGLE_FIELDS.map((field) => [field, { right: 0, total: 0 }])) as Record<SingleField, { right: number; total: number }>;
  const calibrationSamples = new Map<keyof FieldConfidence, Array<{ confidence: number; right: boolean }>>();
  const misses: Array<{ name: string; misses: string[] }> = [];
  let routingRight = 0;

  for (const { name, label, record, error } of reports) {
    const found: string[] = error ? [`no record: ${error}`] : [];
    const check = (field: SingleField, right: boolean, miss: () => string): boolean => {
      checks[field].total++;
      if (right) checks[field].right++;
      else found.push(miss());
      return right;
    };
    const add = (field: SetField, tp: number, fp: number, fn: number): void => {
      counts[field].tp += tp;
      counts[field].fp += fp;
      counts[field].fn += fn;
    };
    const event = record?.event;
    const right = {
      language: check('language', record?.language === label.language, () => `language ${record?.language} != ${label.language}`),
      eventDate: check('event.date', (event?.date ?? undefined) === (label.event.date ?? undefined) && record !== null, () => `event.date ${event?.date} != ${label.event.date}`),
      organizer: false,
      province: false,
      scope: false,
      districts: false,
      people: false,
      documents: false,
      awards: false,
    };
    check('event.partOfDay', record !== null && (event?.partOfDay ?? null) === label.event.partOfDay, () => `partOfDay ${event?.partOfDay} != ${label.event.partOfDay}`);
    check('event.kind', event?.kind === label.event.kind, () => `kind ${event?.kind} != ${label.event.kind}`);
    right.organizer = check('organizer', record !== null && wordOverlap(record.organizer, label.organizer) >= ORGANIZER_MATCH, () => `organizer "${record?.organizer}" != "${label.organizer}"`);
    right.province = check('province', record !== null && foldForScoring(record.province) === foldForScoring(label.province), () => `province ${record?.province} != ${label.province}`);
    right.scope = check('scope', record?.scope === label.scope, () => `scope ${record?.scope} != ${label.scope}`);

    const documents = matchByKey(label.documents, record?.documents ?? [], (d) => documentKey(d.code), (d) => documentKey(d.code));
    add('documents', documents.pairs.length, documents.extra.length, documents.missed.length);
    for (const [expected, actual] of documents.pairs) {
      check('documents.type', actual.type === expected.type, () => `doc ${expected.code} type ${actual.type} != ${expected.type}`);
      check('documents.date', (actual.date ?? null) === expected.date, () => `doc ${expected.code} date ${actual.date} != ${expected.date}`);
    }
    for (const missed of documents.missed) {
      checks['documents.type'].total++;
      checks['documents.date'].total++;
      found.push(`doc missed ${missed.code}`);
    }
    for (const extra of documents.extra) found.push(`doc extra ${extra.code}`);
    right.documents = documents.missed.length === 0 && documents.extra.length === 0;

    const people = matchByKey(label.people, record?.people ?? [], (p) => foldForScoring(p.name), (p) => foldForScoring(p.name));
    add('people', people.pairs.length, people.extra.length, people.missed.length);
    for (const [expected, actual] of people.pairs) {
      const roles = matchRoles(expected.roles, actual.roles);
      add('roles', roles.tp, roles.fp, roles.fn);
      if (roles.fp || roles.fn) found.push(`roles of ${expected.name}: got ${JSON.stringify(actual.roles)}`);
    }
    for (const missed of people.missed) {
      add('roles', 0, 0, missed.roles.length);
      found.push(`person missed ${missed.name}`);
    }
    for (const extra of people.extra) found.push(`person extra ${extra.name}`);
    right.people = people.missed.length === 0 && people.extra.length === 0;

    const districts = matchByKey(label.districts, record?.districts ?? [], String, String);
    add('districts', districts.pairs.length, districts.extra.length, districts.missed.length);
    for (const missed of districts.missed) found.push(`district missed ${missed}`);
    for (const extra of districts.extra) found.push(`district extra ${extra}`);
    right.districts = districts.missed.length === 0 && districts.extra.length === 0;

    const awardKey = (award: { count: number | null; recipient: string }): string => `${award.count}|${award.recipient}`;
    const awards = matchByKey(label.awards, record?.awards ?? [], awardKey, awardKey);
    add('awards', awards.pairs.length, awards.extra.length, awards.missed.length);
    for (const missed of awards.missed) found.push(`award missed ${missed.count} ${missed.recipient}`);
    for (const extra of awards.extra) found.push(`award extra ${extra.count} ${extra.recipient}`);
    right.awards = awards.missed.length === 0 && awards.extra.length === 0;

    if (right.province && right.scope && right.districts) routingRight++;
    if (record?.confidence) {
      for (const [field, confidence] of Object.entries(record.confidence) as Array<[keyof FieldConfidence, number]>) {
        if (field === 'genre') continue; // every labelled report is a report: nothing to check it against
        const samples = calibrationSamples.get(field) ?? [];
        samples.push({ confidence, right: right[field] });
        calibrationSamples.set(field, samples);
      }
    }
    if (found.length) misses.push({ name, misses: found });
  }

  const setFields: SetFieldScore[] = SET_FIELDS.map((field) => {
    const { tp, fp, fn } = counts[field];
    return {
      field,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      f1: ratio(2 * tp, 2 * tp + fp + fn),
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    };
  });
  const singleFields: SingleFieldScore[] = SINGLE_FIELDS.map((field) => ({ field, ...checks[field], accuracy: ratio(checks[field].right, checks[field].total) }));
  const scored = [...setFields.map((row) => row.f1), ...singleFields.map((row) => row.accuracy)].filter((value): value is number => value !== null);
  const calibration: CalibrationRow[] = [...calibrationSamples.entries()].map(([field, samples]) => ({
    field,
    bins: CALIBRATION_BINS.map(([from, to], index) => {
      const last = index === CALIBRATION_BINS.length - 1;
      const inBin = samples.filter((s) => s.confidence >= from && (s.confidence < to || (last && s.confidence <= to)));
      return { from, to, count: inBin.length, right: inBin.filter((s) => s.right).length };
    }),
    high: {
      count: samples.filter((s) => s.confidence >= 0.9).length,
      right: samples.filter((s) => s.confidence >= 0.9 && s.right).length,
    },
  }));
  return {
    reports: reports.length,
    setFields,
    singleFields,
    routing: { right: routingRight, total: reports.length, share: reports.length ? routingRight / reports.length : 0 },
    overall: scored.length ? scored.reduce((sum, value) => sum + value, 0) / scored.length : 0,
    misses: misses.sort((a, b) => b.misses.length - a.misses.length),
    calibration,
  };
}

const fixed = (value: number | null): string => (value === null ? '-' : value.toFixed(3));

/** The score as text: one line per field, a routing line, the worst files, `score: X.XXX` last. */
export function formatCorpusScore(score: CorpusScore, corpusName: string, options: { verbose?: boolean; calibration?: boolean } = {}): string {
  const lines = [`corpus ${corpusName}: ${score.reports} reports`];
  const cell = (value: number | null): string => (value === null ? '  -  ' : value.toFixed(3));
  for (const row of score.setFields) {
    lines.push(
      `${row.field.padEnd(18)} ${cell(row.f1)}  P ${fixed(row.precision)} R ${fixed(row.recall)} (tp ${row.truePositives} fp ${row.falsePositives} fn ${row.falseNegatives})`,
    );
  }
  for (const row of score.singleFields) lines.push(`${row.field.padEnd(18)} ${cell(row.accuracy)}  ${row.right}/${row.total}`);
  lines.push(`${'routing'.padEnd(18)} ${score.routing.share.toFixed(3)}  ${score.routing.right}/${score.routing.total} reports with province, scope and districts all right`);
  if (options.calibration) {
    lines.push('', 'calibration (reports right / reports in each confidence bin):');
    const header = CALIBRATION_BINS.map(([from, to]) => `[${from.toFixed(2)},${to.toFixed(2)}${to === 1 ? ']' : ')'}`.padStart(14));
    lines.push(`${'field'.padEnd(12)}${header.join('')}${'>= 0.90'.padStart(16)}`);
    if (score.calibration.length === 0) lines.push('  (the records carry no confidence)');
    for (const row of score.calibration) {
      const cells = row.bins.map((bin) => (bin.count ? `${bin.right}/${bin.count}` : '-').padStart(14));
      const high = row.high.count ? `${row.high.right}/${row.high.count} ${((100 * row.high.right) / row.high.count).toFixed(0)}%` : '-';
      lines.push(`${row.field.padEnd(12)}${cells.join('')}${high.padStart(16)}`);
    }
  }
  lines.push('', `files with misses: ${score.misses.length}/${score.reports}`);
  for (const file of options.verbose ? score.misses : score.misses.slice(0, 5)) {
    lines.push(`  ${file.name}: ${file.misses.length} miss(es)`);
    for (const miss of options.verbose ? file.misses : file.misses.slice(0, 4)) lines.push(`    - ${miss}`);
  }
  lines.push(`score: ${score.overall.toFixed(3)}`);
  return lines.join('\n');
}
