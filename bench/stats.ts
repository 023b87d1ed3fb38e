/** Small measurement helpers shared by the benchmark sections. */

export const nowNs = (): bigint => process.hrtime.bigint();
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);
export const mean = (samples: readonly number[]): number => (samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : Number.NaN);

/** Rounds for reports: enough digits to compare runs, not more. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Case- and diacritics-insensitive comparison key, the one `reports score` uses for names. */
export function foldForScore(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9/'\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const f1Of = ({ tp, fp, fn }: Counts): number => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));
export const addCounts = (into: Counts, more: Counts): void => {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
};

/** Set match by key, each expected item matching at most one actual item (as `reports score` does). */
export function matchSet(expected: readonly string[], actual: readonly string[], key: (s: string) => string): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const e of expected) {
    const k = key(e);
    const index = actual.findIndex((a, i) => !used.has(i) && key(a) === k);
    if (index >= 0) {
      used.add(index);
      tp++;
    }
  }
  return { tp, fp: actual.length - tp, fn: expected.length - tp };
}

/** One item per report: right is a hit; a wrong date is both a false positive and a miss. */
export function matchOne(expected: string | null, actual: string | null): Counts {
  if (actual !== null && actual === expected) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: actual !== null ? 1 : 0, fn: expected !== null ? 1 : 0 };
}
