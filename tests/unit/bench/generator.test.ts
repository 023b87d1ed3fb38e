import { generateCorpus, DEFAULT_MAX_BYTES, DEFAULT_MIN_BYTES, Rng } from '../../../bench/generator';
import { loadProvinceConfig } from '../../../shared/config/province-config';

const config = loadProvinceConfig();

describe('bench report generator', () => {
  it('gives the same reports for the same seed', () => {
    const a = generateCorpus({ seed: 123, count: 30, config });
    const b = generateCorpus({ seed: 123, count: 30, config });
    expect(b).toEqual(a);
  });

  it('gives other reports for another seed', () => {
    const a = generateCorpus({ seed: 123, count: 5, config });
    const b = generateCorpus({ seed: 124, count: 5, config });
    expect(b.map((r) => r.text)).not.toEqual(a.map((r) => r.text));
  });

  it('writes English and Vietnamese reports within the size range', () => {
    const corpus = generateCorpus({ seed: 7, count: 200, config });
    const languages = new Set(corpus.map((r) => r.language));
    expect([...languages].sort()).toEqual(['en', 'vi']);
    for (const report of corpus) {
      expect(report.bytes).toBe(Buffer.byteLength(report.text, 'utf8'));
      expect(report.bytes).toBeGreaterThanOrEqual(DEFAULT_MIN_BYTES);
      expect(report.bytes).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    }
    const sizes = corpus.map((r) => r.bytes);
    // Spread over the range, not bunched at one end.
    expect(Math.min(...sizes)).toBeLessThan(3 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(17 * 1024);
    expect(corpus.filter((r) => r.language === 'vi').every((r) => /[ạảãàáâậầấẩẫăắằặẳẵđơớờợởỡưứừựửữ]/i.test(r.text))).toBe(true);
  });

  it('writes the genre: document codes, titled people, both scopes', () => {
    const corpus = generateCorpus({ seed: 11, count: 100, config });
    expect(corpus.some((r) => /\b\d+-(NQ|CT|KL|KH)\/(TW|TU)\b/.test(r.text))).toBe(true);
    expect(corpus.some((r) => /\b\d+\/(QĐ|KH)-UBND\b/.test(r.text))).toBe(true);
    expect(new Set(corpus.map((r) => r.truth.scope))).toEqual(new Set(['province', 'district']));
    for (const report of corpus) {
      expect(report.truth.people.length).toBeGreaterThan(0);
      for (const name of report.truth.people) expect(report.text).toContain(name);
      expect(report.referenceDate >= report.truth.eventDate).toBe(true);
    }
  });

  it('draws reproducible numbers', () => {
    const a = new Rng(99);
    const b = new Rng(99);
    const draws = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
