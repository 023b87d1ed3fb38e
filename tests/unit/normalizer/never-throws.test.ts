import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { normalizeReport } from '../../../shared/domain/normalizer';
import { normalizedReportSchema } from '../../../shared/domain/record';
import { CORPUS_DIR, config } from './helpers';

const run = (text: string) => normalizeReport(text, { referenceDate: '2024-06-15', config });
const valid = (text: string) => {
  const record = run(text);
  const result = normalizedReportSchema.safeParse(record);
  if (!result.success) throw new Error(result.error.message);
  return record;
};

describe('never throws', () => {
  it('returns a valid record with warnings for an empty report', () => {
    const record = valid('');
    expect(record.warnings).toContain('the report is empty');
    expect(record.reportId).toMatch(/^r-[0-9a-f]{20}$/);
  });

  it('returns a valid record for whitespace and control characters', () => {
    expect(valid(' \n\t\r\u0000\u200b ').warnings.length).toBeGreaterThan(0);
  });

  it('warns about binary-looking input', () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    expect(valid(bytes.toString('latin1')).warnings.join(' ')).toMatch(/binary|garbled|participants|date/);
    expect(valid(new TextDecoder().decode(bytes)).warnings.join(' ')).toMatch(/binary|garbled/);
  });

  it('reads a 5 MB single line quickly and says it was cut', () => {
    const text = 'Comrade Nguyen Van A, Secretary of the Provincial Party Committee, 35-CT/TW, 12/3, held '.repeat(60_000);
    const started = performance.now();
    const record = valid(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(record.warnings.some((w) => w.includes('only the first'))).toBe(true);
  });

  it('survives inputs built to make regular expressions backtrack', () => {
    const nasty = [
      '1'.repeat(100_000),
      `${'1-'.repeat(50_000)}CT`,
      `${'A '.repeat(50_000)}x`,
      `${'Nguyen '.repeat(30_000)}.`,
      `${'Comrade, '.repeat(30_000)}`,
      `${'Bí thư Tỉnh ủy, '.repeat(20_000)}`,
      `${'/'.repeat(100_000)}`,
      `On ${'the '.repeat(30_000)}afternoon`,
      `${'certificates of merit to '.repeat(20_000)}`,
    ];
    for (const text of nasty) {
      const started = performance.now();
      valid(text);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('is deterministic and keys the report by its content', () => {
    const text = readFileSync(path.join(CORPUS_DIR, 'vi-01-dan-van-tong-ket-2024.txt'), 'utf8');
    const a = run(text);
    expect(run(text)).toEqual(a);
    expect(run(`  ${text.replace(/\n/g, '\n\n')}  `).reportId).toBe(a.reportId);
    expect(run(text.normalize('NFD')).contentHash).toBe(a.contentHash);
  });

  it('holds for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        valid(text);
      }),
      { numRuns: 300, seed: 20240611 },
    );
  });

  it('holds for arbitrary mixes of the genre\'s own words', () => {
    const words = ['Comrade', 'Nguyễn', 'Văn', 'Tuấn', ',', 'Bí thư', 'Huyện ủy', 'Chiều', '11/1', 'On the afternoon of', 'January 11', '35-CT/TW', 'ngày', 'tặng Bằng khen cho', '12', 'tập thể', 'and', 'held a conference', 'Thanh Ha', 'TP Hải Dương', ';', '.', '\n', 'kiêm', 'Mr.', '(', ')', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), (parts) => {
        valid(parts.join(' '));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
