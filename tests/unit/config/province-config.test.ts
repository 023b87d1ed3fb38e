import { readFileSync } from 'node:fs';
import {
  DEFAULT_CONFIG_PATH,
  currentSuccessorsOf,
  loadProvinceConfig,
  officesOf,
  parseProvinceConfig,
  successorsOf,
  unitsInForceOn,
  type ProvinceConfig,
} from '../../../shared/config/province-config';
import { ConfigError } from '../../../shared/errors';

/** A small province that went through a reorganization on 2025-07-01. */
function reorganized(): Record<string, unknown> & { units: Record<string, unknown>[]; offices: Record<string, unknown>[] } {
  return {
    province: { id: 'hai-phong', code: '31', name: 'Hai Phong', nameVi: 'Hải Phòng' },
    units: [
      {
        id: 'huyen-gia-loc',
        kind: 'district',
        code: '297',
        name: 'Gia Loc District',
        nameVi: 'huyện Gia Lộc',
        ceased: { date: '2025-07-01', successors: ['xa-gia-loc', 'xa-yet-kieu'] },
      },
      { id: 'xa-gia-loc', kind: 'commune', code: '10999', name: 'Gia Loc Commune', nameVi: 'xã Gia Lộc', since: '2025-07-01' },
      { id: 'xa-yet-kieu', kind: 'commune', code: '11002', name: 'Yet Kieu Commune', nameVi: 'xã Yết Kiêu', since: '2025-07-01' },
      { id: 'phuong-a', kind: 'ward', name: 'A Ward', nameVi: 'phường A' },
    ],
    offices: [
      { id: 'xa-gia-loc', name: 'Gia Loc', endpoints: [{ protocol: 'email', endpoint: 'a@example.org' }] },
      { id: 'city', name: 'City', level: 'province', endpoints: [{ protocol: 'email', endpoint: 'b@example.org' }] },
    ],
  };
}

function problemsOf(raw: unknown): string[] {
  try {
    parseProvinceConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('unit model', () => {
  it('keeps the default Hai Duong config valid and unchanged in meaning', () => {
    const config = loadProvinceConfig(DEFAULT_CONFIG_PATH);
    const raw = JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')) as { units: unknown[]; offices: unknown[] };
    expect(config.units).toHaveLength(raw.units.length);
    expect(officesOf(config)).toHaveLength(raw.offices.length);
    expect(config.units.every((unit) => unit.ceased === undefined && unit.since === undefined)).toBe(true);
    expect(unitsInForceOn(config, '2026-01-01').map((unit) => unit.id)).toEqual(config.units.map((unit) => unit.id));
  });

  it('accepts units of every kind with codes, start dates and ceased units', () => {
    const raw = reorganized();
    raw.units.push({ id: 'dac-khu-cat-hai', kind: 'special-zone', code: '11311', name: 'Cat Hai Special Zone', nameVi: 'đặc khu Cát Hải' });
    const config = parseProvinceConfig(raw);
    expect(config.units.map((unit) => unit.kind)).toEqual(['district', 'commune', 'commune', 'ward', 'special-zone']);
  });

  it('collects every problem at once, naming each entry', () => {
    const raw = reorganized();
    raw.units[0] = { ...raw.units[0], ceased: { date: '2025-07-01', successors: ['xa-gia-loc', 'x'] } };
    raw.units[2] = { ...raw.units[2], kind: 'hamlet' };
    raw.units[3] = { ...raw.units[3], aliases: ['   '] };
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^units\[2\]\.kind: /),
        expect.stringMatching(/^units\[3\]\.aliases\[0\]: must not be empty/),
      ]),
    );
    // Cross-entry checks run once every entry is well-formed; then they too come all together.
    const second = reorganized();
    second.units[0] = { ...second.units[0], ceased: { date: '2025-07-01', successors: ['xa-gia-loc', 'x', 'huyen-gia-loc'] } };
    second.units[1] = { ...second.units[1], code: '297' };
    expect(problemsOf(second)).toEqual([
      'units[1].code: a commune has a 5-digit code, not "297"',
      'units[1].code: code "297" is already the code of units[0]',
      'units[0].ceased.successors[1]: unknown unit "x"',
      'units[0].ceased.successors[2]: unit "huyen-gia-loc" cannot succeed itself',
    ]);
  });

  it.each([
    ['a whitespace-only alias', (raw: ReturnType<typeof reorganized>) => void (raw.units[3] = { ...raw.units[3], aliases: [' \t '] }), /units\[3\]\.aliases\[0\]: must not be empty/],
    ['an alias without letters', (raw: ReturnType<typeof reorganized>) => void (raw.units[3] = { ...raw.units[3], aliases: ['12 - 3'] }), /units\[3\]\.aliases\[0\]: must contain a letter/],
    ['a code of the wrong form', (raw: ReturnType<typeof reorganized>) => void (raw.units[3] = { ...raw.units[3], code: '12a' }), /units\[3\]\.code: must be the official code/],
    ['a date that is no day', (raw: ReturnType<typeof reorganized>) => void (raw.units[1] = { ...raw.units[1], since: '2025-02-30' }), /units\[1\]\.since: is not a calendar date/],
    ['a unit ceased without successors', (raw: ReturnType<typeof reorganized>) => void (raw.units[0] = { ...raw.units[0], ceased: { date: '2025-07-01', successors: [] } }), /units\[0\]\.ceased\.successors: needs at least one successor/],
    ['a successor created after its predecessor ceased', (raw: ReturnType<typeof reorganized>) => void (raw.units[1] = { ...raw.units[1], since: '2025-08-01' }), /units\[0\]\.ceased\.successors\[0\]: successor "xa-gia-loc" comes into force on 2025-08-01/],
    ['an office of a ceased unit', (raw: ReturnType<typeof reorganized>) => void raw.offices.push({ id: 'huyen-gia-loc', name: 'Gia Loc District', endpoints: [{ protocol: 'email', endpoint: 'c@example.org' }] }), /offices\[2\]\.unit: office "huyen-gia-loc" serves unit "huyen-gia-loc", which ceased on 2025-07-01; serve its successors \(xa-gia-loc, xa-yet-kieu\)/],
    ['a unit that ceases before it starts', (raw: ReturnType<typeof reorganized>) => void (raw.units[3] = { ...raw.units[3], since: '2025-07-01', ceased: { date: '2025-07-01', successors: ['xa-gia-loc'] } }), /units\[3\]\.ceased\.date: unit "phuong-a" ceases on 2025-07-01, not after/],
  ])('rejects %s', (_case, edit, message) => {
    const raw = reorganized();
    edit(raw);
    expect(problemsOf(raw).join('\n')).toMatch(message);
  });

  it('rejects a blank province alias too', () => {
    const raw = reorganized();
    raw.province = { ...(raw.province as object), aliases: [''] };
    expect(problemsOf(raw)).toEqual(['province.aliases[0]: must not be empty']);
  });
});

describe('units over time', () => {
  let config: ProvinceConfig;
  beforeEach(() => {
    config = parseProvinceConfig(reorganized());
  });

  it('lists the former units before the reorganization and the new ones from its day', () => {
    expect(unitsInForceOn(config, '2025-06-30').map((unit) => unit.id)).toEqual(['huyen-gia-loc', 'phuong-a']);
    expect(unitsInForceOn(config, '2025-07-01').map((unit) => unit.id)).toEqual(['xa-gia-loc', 'xa-yet-kieu', 'phuong-a']);
    expect(unitsInForceOn(config, '2025-07-01T09:30:00+07:00').map((unit) => unit.id)).toContain('xa-gia-loc');
  });

  it('gives a unit in force itself and a ceased unit its successors', () => {
    expect(successorsOf(config, 'huyen-gia-loc', '2025-06-30')).toEqual(['huyen-gia-loc']);
    expect(successorsOf(config, 'huyen-gia-loc', '2025-07-01')).toEqual(['xa-gia-loc', 'xa-yet-kieu']);
    expect(successorsOf(config, 'phuong-a', '2030-01-01')).toEqual(['phuong-a']);
  });

  it('gives nothing for an unknown unit or one not yet in force', () => {
    expect(successorsOf(config, 'atlantis', '2025-07-01')).toEqual([]);
    expect(successorsOf(config, 'xa-gia-loc', '2025-06-30')).toEqual([]);
  });

  it('follows chains of successors', () => {
    const raw = reorganized();
    raw.units[1] = { ...raw.units[1], ceased: { date: '2027-01-01', successors: ['xa-moi'] } };
    raw.units.push({ id: 'xa-moi', kind: 'commune', name: 'Moi Commune', nameVi: 'xã Mới', since: '2027-01-01' });
    raw.offices = raw.offices.filter((office) => office.id !== 'xa-gia-loc');
    const chained = parseProvinceConfig(raw);
    expect(successorsOf(chained, 'huyen-gia-loc', '2026-01-01')).toEqual(['xa-gia-loc', 'xa-yet-kieu']);
    expect(successorsOf(chained, 'huyen-gia-loc', '2027-01-01')).toEqual(['xa-moi', 'xa-yet-kieu']);
    expect(currentSuccessorsOf(chained, 'huyen-gia-loc')).toEqual(['xa-moi', 'xa-yet-kieu']);
  });

  it('refuses a successor that ceased before its predecessor, so chains always end', () => {
    const raw = reorganized();
    raw.units[1] = { ...raw.units[1], since: undefined, ceased: { date: '2025-01-01', successors: ['huyen-gia-loc'] } };
    raw.offices = raw.offices.filter((office) => office.id !== 'xa-gia-loc');
    expect(problemsOf(raw)).toEqual([
      'units[0].ceased.successors[0]: successor "xa-gia-loc" ceased on 2025-01-01, not after "huyen-gia-loc" (2025-07-01)',
    ]);
  });
});

describe('one round of config problems', () => {
  const shipped = (): { units: Record<string, unknown>[]; offices: Array<Record<string, unknown> & { endpoints: unknown[] }> } =>
    JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));

  it('reports a bad phone, an unknown protocol, an unknown unit and a misspelt key together', () => {
    const config = shipped();
    config.offices[0]!.endpoints[0] = { protocol: 'sms', endpoint: '0912' };
    config.offices[1]!.endpoints[0] = { protocol: 'fax', endpoint: 'x' };
    config.offices[2]!.unit = 'no-such-unit';
    config.units[0]!.alias = ['x'];
    let issues: readonly string[] = [];
    try {
      parseProvinceConfig(config);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      issues = (error as ConfigError).issues;
    }
    expect(issues).toEqual([
      'units[0]: unknown key "alias" (did you mean "aliases"?)',
      expect.stringMatching(/^offices\[0\]\.endpoints\[0\]\.endpoint: is not a phone number/),
      expect.stringMatching(/^offices\[1\]\.endpoints\[0\]\.protocol: /),
      expect.stringMatching(/^offices\[2\]\.unit: office "\S+" serves unknown unit "no-such-unit"/),
    ]);
  });

  it('rejects unknown keys at every level instead of dropping them', () => {
    const config = shipped() as Record<string, unknown> & { offices: Array<Record<string, unknown>> };
    config.offices[0]!.level2 = 'unit';
    config.provinces = {};
    expect(() => parseProvinceConfig(config)).toThrow(/offices\[0\]: unknown key "level2"[\s\S]*\(root\): unknown key "provinces" \(did you mean "province"\?\)/);
  });
});
