import { foldName, stripDiacritics } from '../fold';
import { DATA_FILES, eraAt, provincesNamedOnceOrNow, readDataFile, type Era } from './index';

/**
 * Who held a province's top posts, and when: the Party committee's secretary, the People's
 * Committee's chair and the People's Council's chair. A page of a provincial paper often
 * never writes its province ("HĐND tỉnh", "đồng chí X, Bí thư Tỉnh ủy"); its reader knows
 * the province from who holds the post. The rows are facts gathered from public news pages,
 * each with the page that supports it (data/SOURCES.md, "Leaders").
 */

/** `secretary`: Bí thư Tỉnh ủy / Thành ủy; `ppc-chair`: Chủ tịch UBND; `council-chair`: Chủ tịch HĐND. */
export type LeaderPost = 'secretary' | 'ppc-chair' | 'council-chair';
export const LEADER_POSTS: readonly LeaderPost[] = ['secretary', 'ppc-chair', 'council-chair'];

/** One row of data/leaders.json. */
export interface LeaderRow {
  /** The province's name without prefix, as the gazetteer writes it in the era of `from`. */
  readonly province: string;
  readonly post: LeaderPost;
  readonly name: string;
  /**
   * First year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD) in the post; `null` when the
   * sources show the person in the post but not since when.
   */
  readonly from: string | null;
  /** Last year, month or day in the post; `null` while in office as far as the sources show. */
  readonly to: string | null;
  /** The last day is not in the sources: it is the successor's first, or the end of the district era. */
  readonly toInferred?: boolean;
  /** A public page whose text supports the row. */
  readonly source: string;
  readonly note?: string;
}

export interface LeadersFile {
  /** The day the rows were last checked against their sources. */
  readonly asOf: string;
  readonly rows: readonly LeaderRow[];
}

/** A holder of a post on a day, with the province as the record writes it (no diacritics). */
export interface LeaderMatch {
  readonly province: string;
  readonly post: LeaderPost;
  readonly name: string;
}

interface Term {
  readonly province: string;
  readonly post: LeaderPost;
  readonly name: string;
  /** First day in the post, less a month's grace (a report may be filed before the vote is reported). */
  readonly from: string;
  /** Last day in the post, plus two months' grace (the old holder's title lingers in reports). */
  readonly until: string;
}

const FROM_GRACE_DAYS = 31;
const UNTIL_GRACE_DAYS = 62;

function shiftDays(isoDay: string, days: number): string {
  const time = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** First day the sources can show a term from: a holder "from null" held the post before any of them. */
const EARLIEST_DAY = '1900-01-01';

/** The first day a year, month or day denotes. */
function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a year, month or day denotes. */
function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length !== 7) return value;
  const [year, month] = value.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The key names are compared by: the folded name ({@link foldName}) with its punctuation read as spaces. */
export function leaderNameKey(name: string): string {
  return foldName(name).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The era a row's province name belongs to: the era its first day (or else its last) falls in. */
function rowEra(row: LeaderRow): Era {
  const day = row.from !== null ? firstDay(row.from) : row.to !== null ? lastDay(row.to) : EARLIEST_DAY;
  return eraAt(day);
}

/**
 * Checks one row: its post, its dates, and that its province is a province of the era it
 * starts in. Returns the problem, or null.
 */
export function leaderRowProblem(row: LeaderRow): string | null {
  if (!LEADER_POSTS.includes(row.post)) return `unknown post "${row.post}"`;
  if (row.from !== null && !PARTIAL_DATE.test(row.from)) return `bad first date "${row.from}"`;
  if (row.to !== null && !PARTIAL_DATE.test(row.to)) return `bad last date "${row.to}"`;
  if (row.from === null && row.to === null) return 'neither a first nor a last date';
  if (row.from !== null && row.to !== null && lastDay(row.to) < firstDay(row.from)) return `last date ${row.to} before first date ${row.from}`;
  if (leaderNameKey(row.name).split(' ').length < 2) return `name "${row.name}" is not a full name`;
  if (!/^https?:\/\/\S+$/.test(row.source)) return `no source page`;
  if (provincesNamedOnceOrNow(row.province, rowEra(row)).length === 0) return `"${row.province}" is no province of the ${rowEra(row)}`;
  return null;
}

let terms: ReadonlyMap<string, readonly Term[]> | undefined;

function loadTerms(): ReadonlyMap<string, readonly Term[]> {
  const file = readDataFile<LeadersFile>(DATA_FILES[3]);
  const byName = new Map<string, Term[]>();
  for (const row of file.rows) {
    if (leaderRowProblem(row) !== null) continue;
    const province = provincesNamedOnceOrNow(row.province, rowEra(row))[0]!;
    const term: Term = {
      province: stripDiacritics(province.name),
      post: row.post,
      name: row.name,
      from: row.from === null ? EARLIEST_DAY : shiftDays(firstDay(row.from), -FROM_GRACE_DAYS),
      until: row.to === null ? '9999-12-31' : shiftDays(lastDay(row.to), UNTIL_GRACE_DAYS),
    };
    const key = leaderNameKey(row.name);
    const list = byName.get(key);
    if (list) list.push(term);
    else byName.set(key, [term]);
  }
  return byName;
}

/**
 * The provinces whose `post` the person of that name held on a day (with a month's grace
 * before and two after each term). Several provinces come back for namesakes, and for a
 * person who moved between two provinces within that grace; the caller decides from the
 * others the text names.
 */
export function leadersNamed(name: string, post: LeaderPost, isoDate: string): readonly LeaderMatch[] {
  terms ??= loadTerms();
  const found = terms.get(leaderNameKey(name)) ?? [];
  return found
    .filter((term) => term.post === post && term.from <= isoDate && isoDate <= term.until)
    .map((term) => ({ province: term.province, post: term.post, name: term.name }));
}
