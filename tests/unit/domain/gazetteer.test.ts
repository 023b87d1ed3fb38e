import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  provinceNameOn,
  REORGANIZATION_DATE,
  eraAt,
  formerCommunesNamed,
  formerCommunesOf,
  formerUnitsNamed,
  provinceByCode,
  provinceByName,
  provinceOfUnit,
  provincesAt,
  provincesNamed,
  successorOfProvince,
  successorsOfDistrict,
  unitByCode,
  unitsNamed,
} from '../../../shared/domain/gazetteer';

const provinceNamesOf = (units: ReturnType<typeof unitsNamed>): string[] => units.map((unit) => provinceOfUnit(unit).name);

describe('gazetteer eras', () => {
  it('has 63 provinces before 1 July 2025 and 34 from that day', () => {
    expect(provincesAt('2025-06-30')).toHaveLength(63);
    expect(provincesAt(REORGANIZATION_DATE)).toHaveLength(34);
    expect(provincesAt('2026-03-15T08:00:00+07:00')).toHaveLength(34);
  });

  it('counts 696 district-level units before and 3,321 commune-level units after', () => {
    const count = (date: string): number => provincesAt(date).reduce((sum, province) => sum + province.units.length, 0);
    expect(count('2024-12-31')).toBe(696);
    expect(count('2025-07-01')).toBe(3321);
  });

  it('dates a day by the reorganization', () => {
    expect(eraAt('2025-06-30')).toBe('district-era');
    expect(eraAt('2025-07-01')).toBe('commune-era');
  });
});

describe('provinceByName', () => {
  it('knows Hải Dương as a province before 1 July 2025 and not after', () => {
    expect(provinceByName('tỉnh Hải Dương', '2025-06-30')?.code).toBe('30');
    expect(provinceByName('Hai Duong', '2025-07-01')).toBeUndefined();
  });

  it('finds Hải Phòng in both eras, written either way', () => {
    expect(provinceByName('thành phố Hải Phòng', '2026-01-10')?.kind).toBe('municipality');
    expect(provinceByName('Hai Phong City', '2024-05-01')?.code).toBe('31');
    expect(provincesNamed('TP. Hải Phòng').map((province) => province.era).sort()).toEqual(['commune-era', 'district-era']);
  });

  it('names Hải Phòng as the successor of Hải Dương, formed from both', () => {
    const haiDuong = provinceByName('Hải Dương', '2024-01-01');
    expect(haiDuong).toBeDefined();
    const successor = successorOfProvince(haiDuong!);
    expect(successor?.nameVi).toBe('thành phố Hải Phòng');
    expect([...successor!.formedFrom].sort()).toEqual(['30', '31']);
  });

  it('tells a province from a centrally-run city of the same name', () => {
    expect(provincesNamed('thành phố Hải Dương')).toEqual([]);
    expect(provincesNamed('tỉnh Hải Dương')).toHaveLength(1);
  });
});

describe('provinceNameOn', () => {
  it('names a renamed province as it was on the day, with or without diacritics', () => {
    expect(provinceNameOn('Hue', '2019-08-17')).toBe('Thua Thien Hue');
    expect(provinceNameOn('Huế', '2024-12-31')).toBe('Thừa Thiên Huế');
    expect(provinceNameOn('Hue', '2025-01-01')).toBe('Hue');
    expect(provinceNameOn('Nghe An', '2019-08-17')).toBe('Nghe An');
    expect(provinceNameOn('Nowhere', '2019-08-17')).toBe('Nowhere');
  });
});

describe('unitsNamed', () => {
  it('names a numbered unit only with its own kind word', () => {
    expect(unitsNamed('quận 6', { era: 'district-era' }).map((unit) => unit.kind)).toEqual(['urban-district']);
    expect(unitsNamed('thành phố 6', { era: 'district-era' })).toEqual([]);
    expect(unitsNamed('huyện 6', { era: 'district-era' })).toEqual([]);
  });

  it('finds "thị xã Từ Sơn" in Bắc Ninh before 2025, though it became a city in 2021', () => {
    const units = unitsNamed('thị xã Từ Sơn', { date: '2019-05-02' });
    expect(provinceNamesOf(units)).toEqual(['Bắc Ninh']);
    expect(units[0]?.kind).toBe('city');
  });

  it('finds "xã Gia Lộc" in Hải Phòng after 1 July 2025, formed from the former Gia Lộc district', () => {
    const units = unitsNamed('xã Gia Lộc', { date: '2025-09-01' });
    expect(units.map((unit) => [unit.kind, unit.code, provinceOfUnit(unit).name])).toEqual([['commune', '10999', 'Hải Phòng']]);
    const former = unitsNamed('huyện Gia Lộc')[0];
    expect(units[0]?.formedFromDistricts).toEqual([former?.code]);
    expect(units[0]?.formedFromProvinces).toEqual(['30']);
  });

  it('keeps "huyện Gia Lộc" and "xã Gia Lộc" apart', () => {
    expect(unitsNamed('huyện Gia Lộc').map((unit) => unit.nameVi)).toEqual(['huyện Gia Lộc']);
    expect(unitsNamed('xã Gia Lộc').map((unit) => unit.nameVi)).toEqual(['xã Gia Lộc']);
    expect(unitsNamed('Gia Loc District').map((unit) => unit.level)).toEqual(['district']);
  });

  it('returns every same-named unit of every province and era when not narrowed', () => {
    const units = unitsNamed('gia loc');
    expect(units.map((unit) => `${unit.nameVi}, ${provinceOfUnit(unit).name}`).sort()).toEqual([
      'huyện Gia Lộc, Hải Dương',
      'phường Gia Lộc, Tây Ninh',
      'xã Gia Lộc, Hải Phòng',
    ]);
    expect(unitsNamed('gia loc', { provinceCode: '80' }).map((unit) => unit.kind)).toEqual(['ward']);
  });

  it('ignores case, diacritics, đ and spacing', () => {
    expect(unitsNamed('  PHƯỜNG   hải  dương ').map((unit) => unit.code)).toEqual(unitsNamed('phuong Hai Duong').map((unit) => unit.code));
    expect(unitsNamed('phuong Hai Duong')).toHaveLength(1);
  });

  it('tells apart names that differ only in diacritics when the text writes them', () => {
    const haiPhong = { provinceCode: '31' };
    expect(unitsNamed('xã Cẩm Giàng', haiPhong).map((unit) => unit.code)).toEqual(['10903']);
    expect(unitsNamed('xã Cẩm Giang', haiPhong).map((unit) => unit.code)).toEqual(['10888']);
    expect(unitsNamed('Cam Giang Commune', haiPhong).map((unit) => unit.code).sort()).toEqual(['10888', '10903']);
    expect(unitsNamed('huyện Cẩm Giàng').map((unit) => unit.code)).toEqual(['295']);
  });

  it('needs a kind word for a numbered unit', () => {
    expect(unitsNamed('1')).toEqual([]);
    expect(provinceNamesOf(unitsNamed('Quận 1'))).toEqual(['Hồ Chí Minh']);
  });

  it('finds special zones by either language', () => {
    expect(unitsNamed('đặc khu Bạch Long Vĩ').map((unit) => unit.kind)).toEqual(['special-zone']);
    expect(unitsNamed('Cat Hai special zone').map((unit) => provinceOfUnit(unit).name)).toEqual(['Hải Phòng']);
  });

  it('finds nothing for a name no unit has', () => {
    expect(unitsNamed('xã Không Có Thật')).toEqual([]);
  });
});

describe('successors and codes', () => {
  it('gives every former Hải Dương district-level unit successors in Hải Phòng only', () => {
    const haiDuong = provinceByCode('30', 'district-era');
    expect(haiDuong?.units).toHaveLength(12);
    for (const unit of haiDuong!.units) {
      const successors = successorsOfDistrict(unit);
      expect(successors.length).toBeGreaterThan(0);
      expect(new Set(successors.map((successor) => successor.provinceCode))).toEqual(new Set(['31']));
    }
  });

  it('has 114 commune-level units in Hải Phòng: 67 communes, 45 wards, 2 special zones', () => {
    const haiPhong = provinceByCode('31', 'commune-era');
    const kinds: Record<string, number> = {};
    for (const unit of haiPhong!.units) kinds[unit.kind] = (kinds[unit.kind] ?? 0) + 1;
    expect(kinds).toEqual({ commune: 67, ward: 45, 'special-zone': 2 });
    expect(haiPhong!.units.filter((unit) => unit.formedFromProvinces.includes('30'))).toHaveLength(64);
  });

  it('looks units up by their official code', () => {
    expect(unitByCode('10999', 'commune-era')?.nameVi).toBe('xã Gia Lộc');
    expect(unitByCode('297', 'district-era')?.nameVi).toBe('huyện Gia Lộc');
    expect(unitByCode('10999', 'district-era')).toBeUndefined();
  });
});

describe('former communes', () => {
  it('has the 10,047 commune-level units of 1 March 2025 under their districts', () => {
    const count = provincesAt('2024-01-01').reduce(
      (sum, province) => sum + province.units.reduce((inner, unit) => inner + formerCommunesOf(unit).length, 0),
      0,
    );
    expect(count).toBe(10047);
  });

  it('finds a former commune with its district and province', () => {
    const [yetKieu, ...others] = formerCommunesNamed('xã Yết Kiêu', { provinceCode: '30' });
    expect(others).toEqual([]);
    expect(unitByCode(yetKieu?.districtCode ?? '', 'district-era')?.nameVi).toBe('huyện Gia Lộc');
    // Gia Xuyên left huyện Gia Lộc for the city in 2019: the list holds its last district.
    expect(formerCommunesNamed('xã Gia Xuyên').map((commune) => unitByCode(commune.districtCode, 'district-era')?.nameVi)).toEqual([
      'thành phố Hải Dương',
    ]);
  });

  it('knows townships by their kind word in either language', () => {
    expect(formerCommunesNamed('thị trấn Gia Lộc').map((commune) => [commune.kind, commune.provinceCode])).toEqual([['township', '30']]);
    expect(formerCommunesNamed('Gia Loc township').map((commune) => commune.nameVi)).toEqual(['thị trấn Gia Lộc']);
    expect(formerCommunesNamed('xã Gia Lộc', { provinceCode: '30' })).toEqual([]);
  });

  it('narrows same-named communes to a province or district', () => {
    const everywhere = formerCommunesNamed('xã Tân Lập');
    expect(everywhere.length).toBeGreaterThan(10);
    expect(formerCommunesNamed('xã Tân Lập', { provinceCode: '01' }).every((commune) => commune.provinceCode === '01')).toBe(true);
  });
});

describe('gazetteer loading', () => {
  it('reads no data file at import, only on first use', () => {
    jest.isolateModules(() => {
      const fs = require('node:fs') as typeof import('node:fs');
      const read = jest.spyOn(fs, 'readFileSync');
      try {
        const gazetteer = require('../../../shared/domain/gazetteer') as typeof import('../../../shared/domain/gazetteer');
        expect(gazetteer.eraAt('2025-07-01')).toBe('commune-era');
        expect(read).not.toHaveBeenCalled();
        expect(gazetteer.provincesAt('2025-07-01')).toHaveLength(34);
        expect(read).toHaveBeenCalledTimes(2);
      } finally {
        read.mockRestore();
      }
    });
  });
});

describe('former district-level units', () => {
  it('keeps units of earlier lists that were merged away, with their province and the first list without them', () => {
    const [yenDung] = formerUnitsNamed('huyện Yên Dũng');
    expect(yenDung).toMatchObject({ name: 'Yên Dũng', kind: 'district', era: 'district-era', absentFrom: '2025-03-01' });
    expect(provinceOfUnit(yenDung!).name).toBe('Bắc Giang');
    expect(formerUnitsNamed('Hoanh Bo district').map((unit) => provinceOfUnit(unit).name)).toEqual(['Quảng Ninh']);
    // The kind must fit as for units in force: Yên Dũng was no commune.
    expect(formerUnitsNamed('xã Yên Dũng')).toEqual([]);
  });

  it('are not units in force: the lists of units and codes do not hold them', () => {
    expect(unitsNamed('huyện Yên Dũng', { era: 'district-era' })).toEqual([]);
    expect(provinceByCode('24', 'district-era')!.units.some((unit) => unit.name === 'Yên Dũng')).toBe(false);
    // A unit in force of that name elsewhere (huyện Kỳ Sơn, Nghệ An) stays what unitsNamed gives.
    expect(provinceNamesOf(unitsNamed('huyện Kỳ Sơn', { era: 'district-era' }))).toEqual(['Nghệ An']);
    expect(formerUnitsNamed('huyện Kỳ Sơn').map((unit) => provinceOfUnit(unit).name)).toEqual(['Hoà Bình']);
  });
});

describe('gazetteer data files', () => {
  const dir = path.resolve(__dirname, '../../../shared/domain/gazetteer/data');

  it('are compact, one line each', () => {
    for (const name of ['units-2024.json', 'units-2025.json', 'communes-2024.json']) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(text.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('give every commune-level unit a unique five-digit code', () => {
    const codes = provincesAt('2025-07-01').flatMap((province) => province.units.map((unit) => unit.code));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{5}$/.test(code))).toBe(true);
  });
});
