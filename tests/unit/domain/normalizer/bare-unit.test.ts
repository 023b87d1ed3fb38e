import { provinceOfBareUnitName } from '../../../../shared/domain/normalizer/places';
import { read } from './helpers';

describe('a unit written by its bare name', () => {
  it('is looked up in the era: one province, the highest level of the units that bear it', () => {
    // Đô Lương: a district of Nghệ An and its township.
    expect(provinceOfBareUnitName('Đô Lương', 'district-era')).toEqual({ province: 'Nghe An', level: 'district' });
    // Vĩnh Thạnh: districts of Cần Thơ and Bình Định.
    expect(provinceOfBareUnitName('Vĩnh Thạnh', 'district-era')).toBeNull();
    // A province's name is no unit's, whatever bears it too.
    expect(provinceOfBareUnitName('Hải Dương', 'district-era')).toBeNull();
    expect(provinceOfBareUnitName('Không Có Nơi Này', 'district-era')).toBeNull();
  });

  it('tells the province and level of an organizer the text names no province for, below the confidence a router acts on alone', () => {
    const record = read('Sáng ngày 30/3, Đô Lương tổ chức hội nghị quán triệt nghị quyết Trung ương. Tới dự có đồng chí Nguyễn Văn A, Bí thư huyện ủy.', '2015-03-31');
    expect(record.organizer).toBe('Đô Lương');
    expect(record.province).toBe('Nghe An');
    expect(record.scope).toBe('district');
    expect(record.confidence?.province).toBeLessThan(0.9);
    expect(record.confidence?.scope).toBeLessThan(0.9);
    expect(record.confidence?.organizer).toBeLessThan(0.9);
    expect(record.warnings).toContain("no province named in the text; read from the unit the organizer's bare name is");
  });

  it('leaves a name two provinces bear, and a text that names its province, as they were', () => {
    const twoProvinces = read("On July 29, Vĩnh Thạnh held a conference on the year's tasks.", '2016-07-30');
    expect(twoProvinces.province).toBeNull();
    const named = read('Sáng ngày 30/3, Đô Lương tổ chức hội nghị. Tới dự có lãnh đạo tỉnh Thanh Hóa.', '2015-03-31');
    expect(named.province).toBe('Thanh Hoa');
  });
});
