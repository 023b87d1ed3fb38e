import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { labelSchema } from '../../../shared/domain/evaluation/label';

const root = path.resolve(__dirname, '../../..');

/** Hai Duong's district-level unit ids (tests/fixtures/CORPUS.md). */
const DISTRICT_IDS = new Set([
  'hai-duong-city', 'chi-linh', 'kinh-mon', 'nam-sach', 'kim-thanh', 'thanh-ha',
  'cam-giang', 'binh-giang', 'gia-loc', 'tu-ky', 'ninh-giang', 'thanh-mien',
]);

// Labels of real pages carry bookkeeping of their own (url, sha256, note); keep it true to the
// text it describes, so a label can never silently drift from its report.
describe.each(['tests/fixtures/real', 'tests/fixtures/real-fresh', 'tests/fixtures/real-fresh2', 'tests/fixtures/real-fresh3', 'tests/fixtures/real-fresh4', 'tests/fixtures/real-fresh5', 'tests/fixtures/real-fresh6', 'tests/fixtures/real-fresh7', 'tests/fixtures/real-fresh8', 'tests/fixtures/real-fresh9', 'tests/fixtures/real-fresh10', 'tests/fixtures/real-fresh11', 'tests/fixtures/real-fresh12', 'tests/fixtures/real-fresh13', 'tests/fixtures/real-fresh14', 'tests/fixtures/real-fresh15', 'tests/fixtures/real-fresh16', 'tests/fixtures/real-fresh17', 'tests/fixtures/real-fresh18', 'tests/fixtures/real-fresh19', 'tests/fixtures/real-fresh20', 'tests/fixtures/real-fresh21', 'tests/fixtures/real-fresh22', 'tests/fixtures/real-fresh23'])('%s', (dir) => {
  const full = path.join(root, dir);
  const labels = readdirSync(full).filter((name) => name.endsWith('.expected.json')).sort();

  it('has labels', () => {
    expect(labels.length).toBeGreaterThan(0);
  });

  it.each(labels)('%s parses, matches its text and follows the corpus rules', (name) => {
    const raw = JSON.parse(readFileSync(path.join(full, name), 'utf8')) as Record<string, unknown>;
    const label = labelSchema.parse(raw);
    const text = readFileSync(path.join(full, name.replace(/\.expected\.json$/, '.txt')));
    expect(raw.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(typeof raw.url).toBe('string');
    expect(typeof raw.note).toBe('string');
    for (const id of label.districts) expect(DISTRICT_IDS.has(id)).toBe(true);
    // Hai Duong units exist as districts only before the 1 July 2025 merger.
    if (label.event.date !== null && label.event.date >= '2025-07-01') expect(label.districts).toEqual([]);
    for (const document of label.documents) expect(document.code).toBe(document.code.toUpperCase());
    for (const person of label.people) expect(new Set(person.roles).size).toBe(person.roles.length);
  });
});
