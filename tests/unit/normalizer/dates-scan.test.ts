import { dateScanMatches, findDates, partBefore, partBeforeByPatterns, type DateScanMatches } from '../../../shared/domain/normalizer/dates';
import { pieceTexts, scanTexts } from './scan-texts';

/** Each scan's matches as index, text and groups: what findDates reads of them. */
const shape = (matches: DateScanMatches): [string, (string | number | undefined)[][]][] =>
  Object.entries(matches).map(([scan, found]) => [scan, found.map((match) => [match.index, ...match])]);

describe('date scans over candidate positions', () => {
  it('find exactly the matches of the whole-text scans on every fixture text and generated report', () => {
    const differing: string[] = [];
    let matches = 0;
    for (const { name, text } of scanTexts()) {
      const candidates = dateScanMatches(text);
      matches += Object.values(candidates).reduce((sum, found) => sum + found.length, 0);
      if (JSON.stringify(shape(candidates)) !== JSON.stringify(shape(dateScanMatches(text, 'whole')))) differing.push(name);
    }
    expect(differing).toEqual([]);
    // The texts do hold dates: the comparison is not between two empty lists.
    expect(matches).toBeGreaterThan(1000);
  });

  it('find exactly the matches of the whole-text scans on strings built to reach the corners', () => {
    const pieces = [
      'ngày ', 'Ngày ', 'NGÀY ', 'ạngày ', 'tháng ', ' năm ', 'May ', 'may', 'Sept. ', 'Jan.', 'August ', 'xMay ', 'ạMay ', '_May ', 'of ', 'the ',
      '5', '12', '123', '2024', '1999', '/', ' / ', '-', '.', ',', ' ', '  ', '\n', '\u00a0', '\u3000', 'đến ', 'tới ', 'hết ', 'và ', 'VÀ ', 'and ',
      'to ', '–', '&', 'st ', 'th', 'nd ', 'ST ', '(', 'từ ', 'from ', 'sáng ', 'chiều ', 'Chiều ', 'on ', 'a',
      // Whole dates of each scan, to be glued to the pieces above.
      '18đến 20/8', '18 tới ngày 20/8/2025', '7 và 8/8', '7,8/5', '23-24/6', '27 và 28-7', '16 và sáng 17.10', 'August 18-20, 2025',
      'from August 18 to 20', '25th to 27th October', '10 and 11 January', '5-3', '12/28/2016', '5 tháng 3', '14 of May', 'Sáng 5-3', 'ngày 27VÀ 28-7', 'Ngày 25,26-3', 'ngày (17 và 18-4)', 'ngày ( 17, 18-4', '( 17 và 18-4',
    ];
    const differing = pieceTexts(pieces, 20_000, 7).filter((text) => JSON.stringify(shape(dateScanMatches(text))) !== JSON.stringify(shape(dateScanMatches(text, 'whole'))));
    expect(differing).toEqual([]);
  });

  it('reads a text holding "ſ" or the Kelvin sign with the patterns as written', () => {
    // Under the `u` flag "ſ" matches the "s" of "August": such text is scanned whole.
    expect(findDates('Auguſt 5, 2024 \u212a').map((mention) => [mention.day, mention.month, mention.year])).toEqual([[5, 8, 2024]]);
    expect(findDates('August 5, 2024').map((mention) => [mention.day, mention.month, mention.year])).toEqual([[5, 8, 2024]]);
  });
});

describe('part of day before a date', () => {
  it('reads as the two patterns do before every digit run of the fixture texts and generated reports', () => {
    const differing: string[] = [];
    let parts = 0;
    for (const { name, text } of scanTexts()) {
      for (const run of text.matchAll(/\d+/g)) {
        const before = text.slice(Math.max(0, run.index - 40), run.index);
        for (const vietnamese of [true, false]) {
          const part = partBefore(before, vietnamese);
          if (part !== null) parts++;
          if (part !== partBeforeByPatterns(before, vietnamese)) differing.push(`${name} @${run.index}`);
        }
      }
    }
    expect(differing).toEqual([]);
    expect(parts).toBeGreaterThan(100);
  });

  it('reads as the two patterns do on strings built to reach the corners', () => {
    const pieces = ['Sáng', 'sáng ', 'SÁNG ', 'ſáng ', 'chiều tối ', 'Chiều ', 'tối ', 'trưa ', 'đêm ', 'Đêm ', 'hôm qua ', 'nay ', 'ngày ', '(', 'thứ Hai, ',
      'morning ', 'Morning of ', 'on the afternoon of ', 'In the evening, ', 'night ', 'early ', 'Early ', '. ', '\n', 'the ', 'Monday, ', 'x', ' '];
    const differing = pieceTexts(pieces, 20_000, 17).filter((before) => partBefore(before, true) !== partBeforeByPatterns(before, true) || partBefore(before, false) !== partBeforeByPatterns(before, false));
    expect(differing).toEqual([]);
  });
});
