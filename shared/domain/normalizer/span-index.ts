/**
 * Questions asked many times of one fixed set of spans ("is this date inside a cited
 * document?", "is this place inside a publication stamp?"), each answered by a binary
 * search: asked of every span in turn, they made a text with many of both grow with the
 * square of its length.
 */
export interface SpanIndex {
  /** Some span has start <= position < end. */
  covers(position: number): boolean;
  /** Some span has start <= from and end >= to. */
  contains(from: number, to: number): boolean;
  /** Some span has start < to and from < end. */
  overlaps(from: number, to: number): boolean;
}

const SMALL = 16;

/** Indexes spans (in any order, overlapping or not) for {@link SpanIndex}'s questions. */
export function spanIndex(spans: readonly { readonly start: number; readonly end: number }[]): SpanIndex {
  // A few spans (most reports have a stamp or two) are asked faster than they are sorted.
  if (spans.length <= SMALL) {
    const few = spans.map(({ start, end }) => ({ start, end }));
    return {
      covers: (position) => few.some((span) => span.start <= position && position < span.end),
      contains: (from, to) => few.some((span) => span.start <= from && span.end >= to),
      overlaps: (from, to) => few.some((span) => span.start < to && from < span.end),
    };
  }
  const starts = spans.map((span) => span.start);
  const order = starts.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]!);
  const sortedStarts = Float64Array.from(order, (index) => starts[index]!);
  // furthestEnd[i]: the largest end among the first i + 1 spans by start.
  const furthestEnd = new Float64Array(order.length);
  let furthest = -Infinity;
  order.forEach((index, rank) => {
    furthest = Math.max(furthest, spans[index]!.end);
    furthestEnd[rank] = furthest;
  });
  /** How many spans start before `bound` (or at it, when `inclusive`). */
  const startingBefore = (bound: number, inclusive: boolean): number => {
    let low = 0;
    let high = sortedStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = sortedStarts[middle]!;
      if (start < bound || (inclusive && start === bound)) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const furthestEndBefore = (bound: number, inclusive: boolean): number => {
    const count = startingBefore(bound, inclusive);
    return count === 0 ? -Infinity : furthestEnd[count - 1]!;
  };
  return {
    covers: (position) => furthestEndBefore(position, true) > position,
    contains: (from, to) => furthestEndBefore(from, true) >= to,
    overlaps: (from, to) => furthestEndBefore(to, false) > from,
  };
}
