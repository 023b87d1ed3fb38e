import { loadProvinceConfig, officesOf, parseProvinceConfig } from '../../../shared/config/province-config';
import {
  AUDIENCE_ATTRIBUTE,
  audienceOf,
  filterPolicyFor,
  filterPolicyProblems,
  matchesFilterPolicy,
  recipientsOf,
  routingAttributes,
  subscriptionPlan,
  type RoutableReport,
} from '../../../shared/domain/routing';
import { ConfigError } from '../../../shared/errors';

const config = loadProvinceConfig();
const allUnits = config.units.map((unit) => unit.id).sort();

function report(overrides: Partial<RoutableReport>): RoutableReport {
  return { province: 'Hai Duong', scope: 'district', organizerUnit: null, districts: [], ...overrides };
}

describe('audienceOf', () => {
  it('sends a province-scope report of the configured province to every unit', () => {
    expect(audienceOf(report({ scope: 'province' }), config)).toEqual(allUnits);
  });

  it('matches the province name without diacritics and in Vietnamese', () => {
    expect(audienceOf(report({ scope: 'province', province: 'Hải Dương' }), config)).toEqual(allUnits);
  });

  it('sends a district-held report to its unit and every other unit it names', () => {
    expect(audienceOf(report({ organizerUnit: 'gia-loc', districts: ['tu-ky'] }), config)).toEqual(['gia-loc', 'tu-ky']);
  });

  it('does not send another province\'s report to every unit, only to units it names', () => {
    expect(audienceOf(report({ scope: 'province', province: 'Thanh Hoa' }), config)).toEqual([]);
    expect(audienceOf(report({ scope: 'province', province: 'Thanh Hoa', districts: ['thanh-ha'] }), config)).toEqual(['thanh-ha']);
  });

  it('ignores unit ids the config does not know', () => {
    expect(audienceOf(report({ organizerUnit: 'nowhere', districts: ['nam-sach', 'elsewhere'] }), config)).toEqual(['nam-sach']);
  });
});

describe('filter policies', () => {
  const offices = officesOf(config);
  const attributesFor = (units: string[]) => routingAttributes(units, config, 'report.created');

  it('lets each unit office receive exactly the notices whose audience holds its unit', () => {
    const notice = attributesFor(['gia-loc', 'tu-ky']);
    const receivers = offices.filter((office) => matchesFilterPolicy(filterPolicyFor(office, config), notice)).map((office) => office.id);
    expect(receivers.sort()).toEqual(['gia-loc', 'province-archive', 'tu-ky']);
  });

  it('agrees with recipientsOf for every single-unit and whole-province audience', () => {
    const cases: RoutableReport[] = [report({ scope: 'province' }), ...allUnits.map((unit) => report({ organizerUnit: unit }))];
    for (const routable of cases) {
      const attributes = attributesFor(audienceOf(routable, config));
      const matched = offices.filter((office) => matchesFilterPolicy(filterPolicyFor(office, config), attributes)).map((o) => o.id);
      expect(matched.sort()).toEqual(recipientsOf(routable, config).map((o) => o.id).sort());
    }
  });

  it('sends a notice for no unit to province offices only, without an empty String.Array', () => {
    const attributes = attributesFor([]);
    expect(attributes[AUDIENCE_ATTRIBUTE]).toBeUndefined();
    const matched = offices.filter((office) => matchesFilterPolicy(filterPolicyFor(office, config), attributes)).map((o) => o.id);
    expect(matched).toEqual(['province-archive']);
  });

  it('reports a policy over the SNS limits', () => {
    expect(filterPolicyProblems({ a: ['1'], b: ['1'], c: ['1'], d: ['1'], e: ['1'], f: ['1'] })).toEqual([
      'has 6 attribute keys; SNS allows 5',
    ]);
    const many = Array.from({ length: 13 }, (_, i) => `v${i}`);
    expect(filterPolicyProblems({ a: many, b: many })).toEqual(['has 169 value combinations; SNS allows 150']);
    expect(filterPolicyProblems({ a: many })).toEqual([]);
  });

  it('plans one subscription per office endpoint, each with its office policy', () => {
    const plan = subscriptionPlan(config);
    expect(plan).toHaveLength(config.offices.reduce((sum, office) => sum + office.endpoints.length, 0));
    expect(plan.find((entry) => entry.officeId === 'nam-sach')?.filterPolicy).toEqual({ audience: ['nam-sach'] });
    expect(plan.find((entry) => entry.officeId === 'province-archive')?.filterPolicy).toEqual({ province: ['hai-duong'] });
  });

  it('catches an office subscribed to the wrong unit', () => {
    const broken = JSON.parse(JSON.stringify(config)) as typeof config;
    const namSach = broken.offices.find((office) => office.id === 'nam-sach');
    if (namSach) namSach.unit = 'kim-thanh';
    const notice = attributesFor(['nam-sach']);
    const matched = officesOf(broken).filter((office) => matchesFilterPolicy(filterPolicyFor(office, broken), notice)).map((o) => o.id);
    expect(matched).not.toContain('nam-sach');
  });
});

describe('province config validation', () => {
  const valid = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
  const withOffices = (offices: unknown[]) => ({ ...valid, offices });

  it('accepts the default configuration', () => {
    expect(() => parseProvinceConfig(valid)).not.toThrow();
  });

  it.each([
    ['an unknown protocol', { id: 'x', name: 'X', unit: 'nam-sach', endpoints: [{ protocol: 'fax', endpoint: '123' }] }, 'protocol'],
    ['a malformed e-mail', { id: 'x', name: 'X', unit: 'nam-sach', endpoints: [{ protocol: 'email', endpoint: 'not-mail' }] }, 'e-mail'],
    ['a phone number not in E.164', { id: 'x', name: 'X', unit: 'nam-sach', endpoints: [{ protocol: 'sms', endpoint: '0912345678' }] }, 'E.164'],
    ['an http (not https) URL', { id: 'x', name: 'X', unit: 'nam-sach', endpoints: [{ protocol: 'https', endpoint: 'http://a.example' }] }, 'https'],
    ['an unknown unit', { id: 'x', name: 'X', unit: 'atlantis', endpoints: [{ protocol: 'email', endpoint: 'a@b.vn' }] }, 'unknown unit'],
  ])('rejects %s with a message that says so', (_label, office, message) => {
    expect(() => parseProvinceConfig(withOffices([office]))).toThrow(ConfigError);
    expect(() => parseProvinceConfig(withOffices([office]))).toThrow(new RegExp(message));
  });

  it('rejects a duplicate office id', () => {
    const office = { id: 'nam-sach', name: 'A', endpoints: [{ protocol: 'email', endpoint: 'a@b.vn' }] };
    expect(() => parseProvinceConfig(withOffices([office, office]))).toThrow(/duplicate office id "nam-sach"/);
  });
});

describe('audienceOf with former units and their successors (Hai Phong after the 2025 reorganization)', () => {
  const haiPhong = loadProvinceConfig(`${__dirname}/../../../config/hai-phong.json`);
  const namSach = haiPhong.units.find((unit) => unit.id === 'huyen-nam-sach')!;

  it('sends a report held by a former district to the offices of the units that took over its area', () => {
    const audience = audienceOf({ province: 'Hai Phong', scope: 'district', organizerUnit: 'huyen-nam-sach', districts: ['huyen-nam-sach'] }, haiPhong);
    expect(audience).toEqual([...namSach.ceased!.successors].sort());
    expect(recipientsOf({ province: 'Hai Phong', scope: 'district', organizerUnit: 'huyen-nam-sach', districts: [] }, haiPhong).map((office) => office.unit ?? 'city').sort()).toEqual(
      ['city', ...namSach.ceased!.successors].sort(),
    );
  });

  it('keeps a unit in force as itself and names no former unit in a city-wide audience', () => {
    expect(audienceOf({ province: 'Hai Phong', scope: 'commune', organizerUnit: 'xa-nam-sach', districts: [] }, haiPhong)).toEqual(['xa-nam-sach']);
    const cityWide = audienceOf({ province: 'Hai Phong', scope: 'province', organizerUnit: null, districts: [] }, haiPhong);
    expect(cityWide).toHaveLength(114);
    expect(cityWide).not.toContain('huyen-nam-sach');
  });
});
