import { fold } from '../../../shared/domain/normalizer/text';
import { keywordHits, TOPIC_PATTERNS } from '../../../shared/domain/normalizer/topics';
import { pieceTexts, scanTexts } from './scan-texts';

const byMatch = (folded: string): number[] => TOPIC_PATTERNS.map((pattern) => folded.match(pattern)?.length ?? 0);

describe('topic keyword counts over word starts', () => {
  it('equal folded.match(pattern).length per topic on every fixture text and generated report', () => {
    const differing: string[] = [];
    let hits = 0;
    for (const { name, text } of scanTexts()) {
      const folded = fold(text);
      const counts = keywordHits(folded);
      hits += counts.reduce((sum, count) => sum + count, 0);
      if (counts.join() !== byMatch(folded).join()) differing.push(name);
    }
    expect(differing).toEqual([]);
    expect(hits).toBeGreaterThan(10_000);
  });

  it('equal folded.match(pattern).length on strings built to reach the corners', () => {
    const pieces = [
      'kiem tra ', 'kiem tra', 'giam sat', 'dang vien', 'dang', 'chi bo', 'bau', 'bau ', 'bauxit', 'so hoa', 'so ', 'e-government', 'e-', 'anti-corruption',
      'inspection commission', 'inspect', 'supervised', 'merger', 'merg', 'party members', 'party', 'kinh te - xa hoi', 'kinh te xa hoi', 'labour order',
      'labor order', 'certificate of merit', 'certificates of commendation', 'defense zone', 'defence', 'press', 'x', '_', "'", '\u2019', 'œ', '\u0301',
      '“', '-', ' ', '\n', '5', 'ă', 'streamlining', 'rectifying the party', 'mttq', 'grdp',
    ];
    const differing = pieceTexts(pieces, 5000, 11).filter((text) => keywordHits(text).join() !== byMatch(text).join());
    expect(differing).toEqual([]);
  });
});
