import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { foldName } from '../../../../shared/domain/fold';
import { decideRouting } from '../../../../shared/domain/routing-decision';
import { recipientsOf } from '../../../../shared/domain/routing';
import { haiPhong, read } from './helpers';

/**
 * The real reports of events after 1 July 2025 in Hải Phòng carry a `haiPhong` label: the
 * level of the body that held the event and the commune-level units the text names. Read
 * with config/hai-phong.json they must reach exactly those units' offices (and the city's).
 */
interface HaiPhongLabel {
  readonly referenceDate: string;
  readonly haiPhong: { readonly scope: 'province' | 'commune'; readonly units: readonly string[] };
}

const unitIdByName = new Map(haiPhong.units.filter((unit) => unit.ceased === undefined).map((unit) => [foldName(unit.nameVi), unit.id]));
const cases = ['tests/fixtures/real', 'tests/fixtures/real-fresh'].flatMap((dir) => {
  const full = path.resolve(__dirname, '../../../..', dir);
  return readdirSync(full)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => ({ name, label: JSON.parse(readFileSync(path.join(full, name), 'utf8')) as Partial<HaiPhongLabel> & { referenceDate: string } }))
    .filter((entry): entry is { name: string; label: HaiPhongLabel } => entry.label.haiPhong !== undefined)
    .map(({ name, label }) => ({ name, label, text: readFileSync(path.join(full, name.replace(/\.expected\.json$/, '.txt')), 'utf8') }));
});

describe('Hải Phòng reports after the reorganization, read with config/hai-phong.json', () => {
  it('has labelled reports in both languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(new Set(cases.map((entry) => entry.name.slice(0, 2)))).toEqual(new Set(['en', 'vi']));
  });

  it('publishes most of them (holding is the exception)', () => {
    const published = cases.filter(({ label, text }) => decideRouting(read(text, label.referenceDate, haiPhong), haiPhong).action === 'publish');
    expect(published.length).toBeGreaterThanOrEqual(Math.ceil(cases.length * 0.75));
  });

  // A report the normalizer cannot place is held, never sent; the ones it places must be exact.
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s reaches exactly its units when published', (_name, { label, text }) => {
    const record = read(text, label.referenceDate, haiPhong);
    const decision = decideRouting(record, haiPhong);
    if (decision.action === 'hold') return;
    const expected = label.haiPhong.units.map((name) => unitIdByName.get(foldName(name)) ?? `unknown:${name}`);
    const offices = recipientsOf(record, haiPhong).map((office) => office.unit ?? 'city');
    if (label.haiPhong.scope === 'province') expect(record.scope).toBe('province');
    else expect(offices.sort()).toEqual(['city', ...expected].sort());
  });
});
