import { readFileSync } from 'node:fs';
import {
  currentSuccessorsOf,
  loadProvinceConfig,
  officesOf,
  parseProvinceConfig,
  successorsOf,
  unitsInForceOn,
} from '../../../shared/config/province-config';
import { repoPath } from '../../../shared/paths';
import { provinceByCode, unitByCode } from '../../../shared/domain/gazetteer';
import { generateHaiPhongConfig, renderConfig } from '../../../scripts/generate-hai-phong-config';

const CONFIG_FILE = repoPath('config', 'hai-phong.json');

describe('config/hai-phong.json', () => {
  const config = loadProvinceConfig(CONFIG_FILE);

  it('is what the generator writes from the gazetteer', () => {
    expect(readFileSync(CONFIG_FILE, 'utf8')).toBe(renderConfig(generateHaiPhongConfig().config));
  });

  it('has the 114 commune-level units of Resolution 1669/NQ-UBTVQH15 from 1 July 2025', () => {
    const units = unitsInForceOn(config, '2025-07-01');
    const kinds: Record<string, number> = {};
    for (const unit of units) kinds[unit.kind] = (kinds[unit.kind] ?? 0) + 1;
    expect(units).toHaveLength(114);
    expect(kinds).toEqual({ commune: 67, ward: 45, 'special-zone': 2 });
  });

  it('gives every unit its official code, as the gazetteer has it', () => {
    for (const unit of unitsInForceOn(config, '2026-01-01')) {
      expect(unitByCode(unit.code ?? '', 'commune-era')?.nameVi).toBe(unit.nameVi);
    }
    const former = config.units.filter((unit) => unit.ceased !== undefined);
    expect(former.map((unit) => unit.code).sort()).toEqual(provinceByCode('30', 'district-era')?.units.map((unit) => unit.code).sort());
  });

  it('lists the 12 former Hai Duong district-level units before 1 July 2025', () => {
    expect(unitsInForceOn(config, '2025-06-30').map((unit) => unit.nameVi)).toEqual([
      'thành phố Hải Dương',
      'thành phố Chí Linh',
      'huyện Nam Sách',
      'thị xã Kinh Môn',
      'huyện Kim Thành',
      'huyện Thanh Hà',
      'huyện Cẩm Giàng',
      'huyện Bình Giang',
      'huyện Gia Lộc',
      'huyện Tứ Kỳ',
      'huyện Ninh Giang',
      'huyện Thanh Miện',
    ]);
  });

  // Resolution 1669/NQ-UBTVQH15, clauses 31 and 89-92: Gia Lộc's communes went to these five units.
  it('hands a former district to the communes formed from it', () => {
    expect(successorsOf(config, 'huyen-gia-loc', '2025-06-30')).toEqual(['huyen-gia-loc']);
    expect(currentSuccessorsOf(config, 'huyen-gia-loc')).toEqual(['phuong-thach-khoi', 'xa-gia-loc', 'xa-gia-phuc', 'xa-truong-tan', 'xa-yet-kieu']);
    // 64 of the 114 units were formed (wholly or in part) from former Hai Duong communes.
    const successors = new Set(config.units.flatMap((unit) => unit.ceased?.successors ?? []));
    expect(successors.size).toBe(64);
  });

  it('keeps two communes whose names differ only in diacritics apart', () => {
    const camGiang = config.units.filter((unit) => unit.id.startsWith('xa-cam-giang'));
    expect(camGiang.map((unit) => [unit.id, unit.nameVi])).toEqual([
      ['xa-cam-giang-10888', 'xã Cẩm Giang'],
      ['xa-cam-giang-10903', 'xã Cẩm Giàng'],
    ]);
  });

  it('has an office for each unit in force and one for the city', () => {
    const offices = officesOf(config);
    expect(offices).toHaveLength(115);
    expect(offices.filter((office) => office.level === 'province').map((office) => office.id)).toEqual(['thanh-pho-hai-phong']);
    const served = new Set(offices.map((office) => office.unit));
    expect(unitsInForceOn(config, '2026-01-01').every((unit) => served.has(unit.id))).toBe(true);
    expect(offices.find((office) => office.unit === 'xa-gia-loc')?.endpoints).toEqual([
      { protocol: 'email', endpoint: 'van-phong@xa-gia-loc.hai-phong.example.gov.vn' },
    ]);
  });

  it('can also list the 15 former district-level units of Hai Phong itself', () => {
    const full = parseProvinceConfig(generateHaiPhongConfig({ withFormerHaiPhong: true }).config);
    const former = full.units.filter((unit) => unit.ceased !== undefined);
    expect(former).toHaveLength(27);
    expect(currentSuccessorsOf(full, 'quan-le-chan').every((id) => id.startsWith('phuong-'))).toBe(true);
    expect(currentSuccessorsOf(full, 'huyen-bach-long-vi')).toEqual(['dac-khu-bach-long-vi']);
    expect(officesOf(full)).toHaveLength(115);
  });
});
