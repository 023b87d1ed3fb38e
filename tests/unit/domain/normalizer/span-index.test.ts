import fc from 'fast-check';
import { spanIndex } from '../../../../shared/domain/normalizer/span-index';

const spansArbitrary = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 60 },
);
const rangeArbitrary = fc.tuple(fc.integer({ min: -2, max: 75 }), fc.integer({ min: 0, max: 15 })).map(([from, length]) => [from, from + length] as const);

describe('span index', () => {
  it('answers covers, contains and overlaps as a scan of every span would, for spans in any order', () => {
    fc.assert(
      fc.property(spansArbitrary, rangeArbitrary, (spans, [from, to]) => {
        const index = spanIndex(spans);
        expect(index.covers(from)).toBe(spans.some((span) => span.start <= from && from < span.end));
        expect(index.contains(from, to)).toBe(spans.some((span) => span.start <= from && span.end >= to));
        expect(index.overlaps(from, to)).toBe(spans.some((span) => span.start < to && from < span.end));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a span that starts late but reaches past an earlier, shorter one', () => {
    const index = spanIndex([
      { start: 0, end: 30 },
      { start: 10, end: 12 },
    ]);
    expect(index.covers(20)).toBe(true);
    expect(index.contains(15, 25)).toBe(true);
    expect(index.overlaps(29, 40)).toBe(true);
    expect(index.overlaps(30, 40)).toBe(false);
  });

  it('answers no for every question when there are no spans', () => {
    const index = spanIndex([]);
    expect([index.covers(0), index.contains(0, 0), index.overlaps(0, 1)]).toEqual([false, false, false]);
  });
});
