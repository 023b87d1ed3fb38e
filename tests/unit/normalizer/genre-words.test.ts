import { genreWordCount, genreWordCountByScan } from '../../../shared/domain/normalizer/confidence';
import { analyse } from '../../../shared/domain/normalizer/tokens';
import { pieceTexts, scanTexts } from './scan-texts';

describe('genre words counted from the tokens', () => {
  it('equal the whole-text scan on every fixture text and generated report', () => {
    const differing: string[] = [];
    let hits = 0;
    for (const { name, text } of scanTexts()) {
      const count = genreWordCount(text, analyse(text));
      hits += count;
      if (count !== genreWordCountByScan(text)) differing.push(name);
    }
    expect(differing).toEqual([]);
    expect(hits).toBeGreaterThan(1000);
  });

  it('equal the whole-text scan on strings built to reach the corners', () => {
    const pieces = [
      'hội nghị', 'Hội Nghị', 'HỘI NGHỊ', 'hội', 'nghị', 'lễ', 'Lễ', 'tọa đàm', 'toạ đàm', 'Toạ Đàm', 'đại hội', 'đại biểu', 'kỳ họp', 'buổi làm việc',
      'conference', "conference's", 'Conference’s', 'meetings', 'session', 'speaking at', 'speaking', 'at', 'chaired', 'x', '5', '\u0301', "'", '’',
      ' ', '  ', '\n', ',', '-', '(', 'ă', '\u00a0',
    ];
    const texts = pieceTexts(pieces, 5000, 13);
    const differing = texts.filter((text) => genreWordCount(text, analyse(text)) !== genreWordCountByScan(text));
    expect(differing).toEqual([]);
  });

  it('stops at the end of the opening and at the cap as the scan does', () => {
    // A word cut by the end of the opening: "meeting" of "meetings" is a match of the slice.
    const cut = `${'x '.repeat(1496)} meetings`;
    expect(genreWordCountByScan(cut)).toBe(1);
    expect(genreWordCount(cut, analyse(cut))).toBe(1);
    const many = 'hội nghị '.repeat(30);
    expect(genreWordCount(many, analyse(many))).toBe(10);
    // "ſ" is an "s" only under the pattern's case folding: such text is scanned whole.
    const longS = 'the ſeſſion opened';
    expect(genreWordCount(longS, analyse(longS))).toBe(1);
  });
});
