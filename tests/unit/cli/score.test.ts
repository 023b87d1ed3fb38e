import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProvinceConfig } from '../../../shared/config/province-config';
import { labelSchema } from '../../../shared/domain/evaluation/label';
import { formatCorpusScore, scoreCorpus, wordOverlap, type ScoredReport } from '../../../shared/domain/evaluation/score';
import { normalizeReport } from '../../../shared/domain/normalizer';
import type { NormalizedReport } from '../../../shared/domain/record';

const root = path.resolve(__dirname, '../../..');
const config = loadProvinceConfig();
// The shared scorer beside a checkout when there is one, else the copy kept with the tests.
const sharedScorer = path.resolve(root, '../shared/tools/score.mjs');
const referenceScorer = existsSync(sharedScorer) ? sharedScorer : path.join(root, 'tests/support/reference-score.mjs');

function corpus(dir: string): Array<{ name: string; text: string; label: ReturnType<typeof labelSchema.parse> }> {
  const full = path.join(root, dir);
  return readdirSync(full)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(full, name), 'utf8'),
      label: labelSchema.parse(JSON.parse(readFileSync(path.join(full, name.replace(/\.txt$/, '.expected.json')), 'utf8'))),
    }));
}

/** Deliberate mistakes, so that the scores compared are not all 1.000. */
function damage(record: NormalizedReport, index: number): NormalizedReport {
  switch (index % 5) {
    case 0:
      return { ...record, people: record.people.slice(1), event: { ...record.event, date: '1999-01-01' } };
    case 1:
      return { ...record, districts: [...record.districts, 'thanh-mien'], organizer: 'Someone else entirely' };
    case 2:
      return { ...record, documents: record.documents.slice(0, -1), awards: [], scope: record.scope === 'province' ? 'district' : 'province' };
    case 3:
      return { ...record, people: record.people.map((p) => ({ ...p, roles: p.roles.slice(0, 1) })), province: null };
    default:
      return record;
  }
}

function parseReferenceOutput(output: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of output.split('\n')) {
    const match = /^(\S+(?: \(info\))?)\s+(\d\.\d{3})\s/.exec(line);
    if (match) values.set(match[1]!.replace(' (info)', ''), Number(match[2]));
    const overall = /^score: (\d\.\d{3})$/.exec(line);
    if (overall) values.set('score', Number(overall[1]));
  }
  return values;
}

describe('reports score', () => {
  it('agrees with the reference scorer within 0.005 on every field, on right and on damaged records', () => {
    const reports = [...corpus('tests/fixtures/corpus'), ...corpus('tests/fixtures/holdout')];
    const work = mkdtempSync(path.join(tmpdir(), 'score-agreement-'));
    const scored: ScoredReport[] = reports.map((report, index) => {
      const record = damage(normalizeReport(report.text, { referenceDate: report.label.referenceDate, config }), index);
      const stem = `${String(index).padStart(3, '0')}-${report.name.replace(/\.txt$/, '')}`;
      writeFileSync(path.join(work, `${stem}.txt`), report.text);
      writeFileSync(path.join(work, `${stem}.expected.json`), JSON.stringify(report.label));
      writeFileSync(path.join(work, `${stem}.txt.json`), JSON.stringify(record));
      return { name: `${stem}.txt`, label: report.label, record };
    });
    // The reference runs a command per report; `cat` hands it the record computed above.
    const output = execFileSync(process.execPath, [referenceScorer, '--corpus', work, '--cmd', 'cat {file}.json'], { encoding: 'utf8' });
    const reference = parseReferenceOutput(output);
    const ours = parseReferenceOutput(formatCorpusScore(scoreCorpus(scored), work));

    expect(reference.size).toBeGreaterThan(10);
    expect(ours.get('score')).toBeLessThan(0.95); // the damage shows
    for (const [field, value] of reference) {
      expect([field, Math.abs((ours.get(field) ?? -1) - value) <= 0.005]).toEqual([field, true]);
    }
  });

  it('counts a report without a record as wrong on every field it had to find', () => {
    const [report] = corpus('tests/fixtures/corpus');
    const score = scoreCorpus([{ name: report!.name, label: report!.label, record: null, error: 'decoder failed' }]);
    expect(score.overall).toBeLessThan(0.2);
    expect(score.misses[0]?.misses[0]).toBe('no record: decoder failed');
  });

  it('builds the calibration table from the records\' confidence', () => {
    const [report] = corpus('tests/fixtures/corpus');
    const record = normalizeReport(report!.text, { referenceDate: report!.label.referenceDate, config });
    const confident = { language: 0.99, genre: 0.99, eventDate: 0.95, organizer: 0.92, province: 0.97, scope: 0.4, districts: 0.6, people: 0.8, documents: 0.99, awards: 0.99 };
    const wrongDate = { ...record, event: { ...record.event, date: '1999-01-01' }, confidence: confident };
    const score = scoreCorpus([{ name: 'a.txt', label: report!.label, record: wrongDate }]);
    const dateRow = score.calibration.find((row) => row.field === 'eventDate');
    expect(dateRow?.high).toEqual({ count: 1, right: 0 });
    const scopeRow = score.calibration.find((row) => row.field === 'scope');
    expect(scopeRow?.bins[0]).toEqual({ from: 0, to: 0.5, count: 1, right: 1 });
    expect(formatCorpusScore(score, 'x', { calibration: true })).toMatch(/eventDate\s+-\s+-\s+-\s+-\s+0\/1\s+0\/1 0%/);
  });

  it('matches phrases by word overlap, ignoring case, diacritics and small words', () => {
    expect(wordOverlap('Ban Thường vụ Tỉnh ủy Hải Dương', 'ban thuong vu tinh uy hai duong')).toBe(1);
    expect(wordOverlap('Standing Committee of the Provincial Party Committee', 'Provincial Party Committee')).toBeCloseTo(6 / 7, 5); // words are a set: 3 shared of 4 and 3
    expect(wordOverlap(null, null)).toBe(1);
    expect(wordOverlap('People\'s Committee', null)).toBe(0);
  });
});

// A label the command reads must also be a label the reference reads: keep the corpora valid.
describe('labelled corpora', () => {
  it.each(['tests/fixtures/corpus', 'tests/fixtures/holdout'])('%s: every label parses and names its report', (dir) => {
    const full = path.join(root, dir);
    const labels = readdirSync(full).filter((name) => name.endsWith('.expected.json'));
    expect(labels.length).toBeGreaterThan(0);
    for (const name of labels) {
      expect(existsSync(path.join(full, name.replace(/\.expected\.json$/, '.txt')))).toBe(true);
      expect(() => labelSchema.parse(JSON.parse(readFileSync(path.join(full, name), 'utf8')))).not.toThrow();
    }
  });
});
