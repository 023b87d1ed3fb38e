import { expectQuotesMatch, haiPhong, read } from './helpers';

describe('province, scope and units on real pages', () => {
  it('never assumes the configured province', () => {
    const record = read('Sáng 19/11, Ban Thường vụ Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42.', '2024-11-20');
    expect(record.province).toBeNull();
    expect(record.warnings).toContain('no province named');
    expect(record.confidence!.province).toBeLessThan(0.5);
  });

  it('tells the province from a unit alone, of the configured province or another', () => {
    expect(read('Ngày 5/3, Huyện ủy Nam Sách tổ chức hội nghị.', '2024-03-06')).toMatchObject({ province: 'Hai Duong', scope: 'district', organizerUnit: 'nam-sach' });
    expect(read('Ngày 5/3, Thị ủy Từ Sơn tổ chức hội nghị.', '2020-03-06').province).toBe('Bac Ninh');
    expect(read('Ngày 21-10, tại TP. Nha Trang, Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh lần thứ XIII bế mạc.', '2016-10-22').province).toBe('Khanh Hoa');
  });

  it('does not take a dateline or a newspaper for the province', () => {
    const record = read('HÀ NỘI — Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '2024-03-06');
    expect(record.province).toBeNull();
    // The newspaper is the page's publisher: a weaker reading than a place the text names.
    const paper = read('(Báo Hải Dương) - Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '2024-03-06');
    expect(paper.province).toBe('Hai Duong');
    expect(paper.confidence!.province).toBeLessThan(0.9);
  });

  it('reads units inside a person\'s name, or same-named communes and wards, as no unit', () => {
    const text = 'On May 5, the People\'s Committee of Quang Nam province held a meeting in Thanh Ha ward, Hoi An. Attending were Nguyen Thi Thanh Ha and Le Kim Thanh.';
    const record = read(text, '2024-05-06');
    expect(record.province).toBe('Quang Nam');
    expect(record.districts).toEqual([]);
    expect(read('Ngày 5/5, UBND tỉnh Thanh Hóa tổ chức hội nghị; dự có bà Nguyễn Thị Thanh Hà và ông Lê Kim Thành.', '2024-05-06').districts).toEqual([]);
  });

  it('reads a report of another province with one guest delegation from a configured unit as that province\'s', () => {
    const text = 'Sáng 5/5, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị. Thanh Hóa đón đoàn công tác huyện Gia Lộc đến học tập kinh nghiệm. Tỉnh Thanh Hóa đề ra nhiều mục tiêu.';
    expect(read(text, '2024-05-06')).toMatchObject({ province: 'Thanh Hoa', scope: 'province', districts: ['gia-loc'] });
  });

  it('reads the level of the organizer: province, district or commune, and a centrally run city as a province', () => {
    expect(read('Ngày 22/6/2021, Hội Cựu TNXP xã Ngọc Kỳ, huyện Tứ Kỳ tổ chức Đại hội.', '2021-06-23')).toMatchObject({ scope: 'commune', province: 'Hai Duong', districts: ['tu-ky'] });
    expect(read("On October 26, the Hai Phong City People's Council held its 30th session.", '2025-10-27')).toMatchObject({ scope: 'province', province: 'Hai Phong' });
    expect(read('On August 6, the Thanh Ha Commune Party Committee, Hai Phong City held its first congress.', '2025-08-07')).toMatchObject({ scope: 'commune', province: 'Hai Phong', districts: [] });
  });

  it('reads the merged province after 1 July 2025 and leaves the former districts out', () => {
    const record = read('Chiều 29/10, Công đoàn xã Nam Sách tổ chức lễ dâng hương.', '2025-10-30');
    expect(record).toMatchObject({ province: 'Hai Phong', scope: 'commune', districts: [] });
    expect(read('Chiều 29/10/2024, Huyện ủy Nam Sách tổ chức hội nghị.', '2024-10-30')).toMatchObject({ province: 'Hai Duong', districts: ['nam-sach'] });
  });

  it('with a config of former units, sends a report from before the reorganisation to the successors and after it to the commune', () => {
    const before = read('Sáng 5/3/2024, Ban Thường vụ Huyện ủy Gia Lộc tổ chức hội nghị.', '2024-03-06', haiPhong);
    expect(before.districts.sort()).toEqual(['phuong-thach-khoi', 'xa-gia-loc', 'xa-gia-phuc', 'xa-truong-tan', 'xa-yet-kieu']);
    const after = read('Sáng 5/9/2025, Đảng ủy xã Gia Lộc tổ chức hội nghị.', '2025-09-06', haiPhong);
    expect(after).toMatchObject({ scope: 'commune', organizerUnit: 'xa-gia-loc', districts: ['xa-gia-loc'] });
    expect(read('On August 6, the Thanh Ha Commune Party Committee held its congress, formed from communes of the old Thanh Ha district.', '2025-08-07', haiPhong).districts).toEqual(['xa-thanh-ha']);
  });

  it('reads a national body\'s province only where the text says it met', () => {
    expect(read('Hanoi (VNA) - The National Assembly Standing Committee held a ceremony on December 24.', '2020-12-25').province).toBeNull();
    expect(read('The National Assembly Standing Committee convened its 55th session at the National Assembly House in Hanoi on March 2.', '2026-03-03').province).toBe('Ha Noi');
  });

  it('quotes the text in every evidence span', () => {
    const text = 'Sáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị; đại diện huyện Gia Lộc và huyện Tứ Kỳ dự.';
    const record = read(text, '2024-09-27');
    expect(record.districts).toEqual(['thanh-mien', 'gia-loc', 'tu-ky']);
    expect(record.evidence?.districts['gia-loc']?.[0]?.quote).toBe('huyện Gia Lộc');
    expect(record.evidence?.scope[0]?.quote).toBe('Huyện ủy');
    expectQuotesMatch(text, record);
  });
});
