import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProvinceConfig, parseProvinceConfig, type ProvinceConfig } from '../../../shared/config/province-config';
import { normalizeReport } from '../../../shared/domain/normalizer';
import { audienceOf, formerProvinceOf, recipientsOf, unitsOfFormerProvince } from '../../../shared/domain/routing';
import { decideRouting, reasonCodes, type RoutingRecord } from '../../../shared/domain/routing-decision';
import { assessText } from '../../../shared/domain/text-assessment';
import { ConfigError } from '../../../shared/errors';

const ROOT = join(__dirname, '..', '..', '..');
const haiPhong = loadProvinceConfig(join(ROOT, 'config', 'hai-phong.json'));
const formerHaiDuong = haiPhong.formerProvinces[0]!;
/** The units in force that took over the former Hai Duong districts, read from the config itself. */
const haiDuongArea = [...new Set(haiPhong.units.filter((unit) => formerHaiDuong.units.includes(unit.id)).flatMap((unit) => unit.ceased!.successors))].sort();
const everyUnitInForce = haiPhong.units.filter((unit) => unit.ceased === undefined).map((unit) => unit.id);

const provinceWideHaiDuong: RoutingRecord = {
  province: 'Hai Duong',
  organizer: 'Standing Committee of Hai Duong Provincial Party Committee',
  scope: 'province',
  organizerUnit: null,
  districts: [],
  language: 'en',
  event: { date: '2024-01-11' },
};

describe('a province merged into the configured one', () => {
  it('is found by its English and Vietnamese names, folded, and only by them', () => {
    expect(formerProvinceOf('Hai Duong', haiPhong)?.id).toBe('hai-duong');
    expect(formerProvinceOf('Hải Dương', haiPhong)?.id).toBe('hai-duong');
    expect(formerProvinceOf('Hai Phong', haiPhong)).toBeNull();
    expect(formerProvinceOf('Hung Yen', haiPhong)).toBeNull();
    expect(formerProvinceOf(null, haiPhong)).toBeNull();
  });

  it('covers exactly the communes and wards that took over its districts, none of the old city', () => {
    const area = unitsOfFormerProvince(formerHaiDuong, haiPhong);
    expect(area).toEqual(haiDuongArea);
    expect(area.length).toBeGreaterThan(40);
    expect(area.length).toBeLessThan(everyUnitInForce.length);
    // Communes formed on the Hai Phong side before the merger are not part of it.
    expect(area).not.toContain('xa-an-khanh');
  });

  it('sends a province-wide report of its own, from before the merger, to that area and the city offices', () => {
    expect(audienceOf(provinceWideHaiDuong, haiPhong)).toEqual(haiDuongArea);
    const units = recipientsOf(provinceWideHaiDuong, haiPhong).map((office) => office.unit ?? 'city-level');
    expect(units).toContain('city-level');
    expect(units.filter((unit) => unit !== 'city-level').sort()).toEqual(haiDuongArea.filter((id) => units.includes(id)));
    const decision = decideRouting(provinceWideHaiDuong, haiPhong);
    expect(decision.action).toBe('publish');
    if (decision.action !== 'publish') return;
    expect(decision.audience).toEqual(haiDuongArea);
    expect(decision.provinceWide).toBe(false);
    expect(reasonCodes(decision.reasons)).toEqual(['former-province-wide']);
  });

  it('sends a report of one of its former districts to that district\'s successors only', () => {
    const record: RoutingRecord = { ...provinceWideHaiDuong, scope: 'district', organizer: 'Gia Loc District Party Committee', organizerUnit: 'huyen-gia-loc', districts: ['huyen-gia-loc'] };
    const decision = decideRouting(record, haiPhong);
    const giaLoc = haiPhong.units.find((unit) => unit.id === 'huyen-gia-loc')!;
    expect(decision.action).toBe('publish');
    if (decision.action !== 'publish') return;
    expect(decision.audience).toEqual([...giaLoc.ceased!.successors].sort());
    expect(reasonCodes(decision.reasons)).toContain('former-province');
  });

  it('holds a province-wide report of it whose organizer is not a provincial body, or is not stated', () => {
    const notProvincial = decideRouting({ ...provinceWideHaiDuong, organizer: 'Hội Nông dân xã Thanh Hải' }, haiPhong);
    expect(notProvincial.action).toBe('hold');
    expect(reasonCodes(notProvincial.reasons)).toContain('not-a-provincial-body');
    const noOrganizer = decideRouting({ ...provinceWideHaiDuong, organizer: null }, haiPhong);
    expect(reasonCodes(noOrganizer.reasons)).toContain('no-organizer');
  });

  it('routes the province-wide Hai Duong sample, parsed under the Hai Phong config, to the Hai Duong area', () => {
    const text = readFileSync(join(ROOT, 'samples', 'hai-duong-2024-01-11-advisory-agencies.en.txt'), 'utf8');
    const record = normalizeReport(text, { referenceDate: '2024-01-12', config: haiPhong });
    const decision = decideRouting(record, haiPhong, { text: assessText(text, haiPhong) });
    expect({ province: record.province, scope: record.scope }).toEqual({ province: 'Hai Duong', scope: 'province' });
    expect(decision.action).toBe('publish');
    if (decision.action === 'publish') expect(decision.audience).toEqual(haiDuongArea);
  });

  it('leaves a config without former provinces as it was: another province reaches only the units it names', () => {
    const haiDuong = loadProvinceConfig(join(ROOT, 'config', 'hai-duong.json'));
    expect(haiDuong.formerProvinces).toEqual([]);
    expect(audienceOf({ ...provinceWideHaiDuong, province: 'Hai Phong' }, haiDuong)).toEqual([]);
  });
});

describe('former provinces in the config', () => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'config', 'hai-phong.json'), 'utf8')) as ProvinceConfig & Record<string, unknown>;
  const withFormer = (former: Record<string, unknown>) => ({ ...raw, formerProvinces: [{ ...raw.formerProvinces[0], ...former }] });
  const problems = (value: unknown): string[] => {
    try {
      parseProvinceConfig(value, 'test');
      return [];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return [...error.issues];
    }
  };

  it('must name former units of the config that ceased by the merger', () => {
    expect(problems(withFormer({ units: ['huyen-gia-loc', 'huyen-khong-co'] })).join('\n')).toMatch(/unknown unit "huyen-khong-co"/);
    expect(problems(withFormer({ units: ['xa-nam-sach'] })).join('\n')).toMatch(/"xa-nam-sach" has not ceased/);
    expect(problems(withFormer({ ceased: '2024-01-01' })).join('\n')).toMatch(/ceased on 2025-07-01, after the former province/);
    expect(problems(withFormer({ id: 'hai-phong' })).join('\n')).toMatch(/the configured province itself/);
    expect(problems(withFormer({ unitz: [] })).join('\n')).toMatch(/unitz/);
  });
});
