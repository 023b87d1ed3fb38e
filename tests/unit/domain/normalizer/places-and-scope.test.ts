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
    // A province called by its old name in its own papers.
    expect(read('Sáng 10/10, Hội Cựu chiến binh tỉnh tổ chức dâng hương tưởng nhớ những người con ưu tú của quê hương Xứ Lạng.', '2024-10-11').province).toBe('Lang Son');
    // A unit's Youth Union names it too.
    expect(read('Sáng ngày 06/01/2022, Huyện đoàn Phù Mỹ tổ chức phát động thi đua.', '2022-01-07')).toMatchObject({ province: 'Binh Dinh', scope: 'district' });
    // A district merged away before the last list of the district era (Yên Dũng, into Bắc Giang city in 2025).
    expect(read('On the morning of November 6, the Standing Committee of Yen Dung District Party Committee held a conference.', '2024-11-07')).toMatchObject({ province: 'Bac Giang', scope: 'district' });
    expect(read('Ngày 21-10, tại TP. Nha Trang, Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh lần thứ XIII bế mạc.', '2016-10-22').province).toBe('Khanh Hoa');
  });

  it('tells the province from communes listed under one plural kind, in English', () => {
    const after = read('On the morning of October 23, 2025, the working delegation of the Provincial Party Standing Committee worked with the communes of Loc Binh, Khuat Xa, Loi Bac and Mau Son.', '2025-10-24');
    expect(after.province).toBe('Lang Son');
    expect(after.evidence!.province.map((span) => span.quote)).toEqual(expect.arrayContaining(['Loc Binh', 'Khuat Xa']));
    expect(read('On the morning of October 23, 2025, the Provincial Party Standing Committee worked with Khuat Xa and Mau Son communes.', '2025-10-24').province).toBe('Lang Son');
    // A list of lower-case words, or the parent the communes belong to, names no commune.
    expect(read('On the morning of October 23, 2025, the Provincial Party Standing Committee worked with the communes of the border area.', '2025-10-24').province).toBeNull();
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

  it('before the reorganisation, tells the province from a commune or ward named alone when only one province had it', () => {
    expect(read('Ngày 14/5/2020, Đảng bộ xã Lũng Cú tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2020 - 2025.', '2020-05-15')).toMatchObject({ province: 'Ha Giang', scope: 'commune', districts: [] });
    expect(read('On June 3, 2021, the Women’s Union of Hang Trong ward held a meeting on street vending.', '2021-06-04')).toMatchObject({ province: 'Ha Noi', scope: 'commune' });
    // A commune of the configured province: the province, but no district (the district is not named).
    expect(read('Sáng 9/4/2023, Hội Cựu chiến binh xã Đoàn Tùng tổ chức hội nghị sơ kết.', '2023-04-10')).toMatchObject({ province: 'Hai Duong', scope: 'commune', districts: [] });
  });

  it('leaves the province unset when the commune name was shared by several provinces, and tries no shorter name', () => {
    expect(read('Ngày 14/5/2020, Đảng bộ xã Thanh Xuân tổ chức Đại hội đại biểu lần thứ XXI.', '2020-05-15').province).toBeNull();
    // "xã Đông Xá" lay in two provinces; "xã Đông" of a third is not it.
    expect(read('Ngày 14/5/2020, Đảng bộ xã Đông Xá tổ chức Đại hội đại biểu lần thứ XXI.', '2020-05-15').province).toBeNull();
  });

  it('gives a province told by a former commune alone less than routing confidence, and lets any other place overrule it', () => {
    expect(read('Ngày 14/5/2020, Đảng bộ xã Lũng Cú tổ chức Đại hội đại biểu lần thứ XXI.', '2020-05-15').confidence!.province).toBeLessThan(0.9);
    // The commune list is the one of 2024-2025: a commune merged earlier may be missing, its name then pointing elsewhere.
    const record = read('Thực hiện kế hoạch của Huyện ủy Gia Lộc, ngày 5/3/2019, Đảng bộ xã Tả Van tổ chức hội nghị.', '2019-03-06');
    expect(record.province).toBe('Hai Duong');
  });

  it('ties a national body\'s event to the one province that hosted it or was its bridge point', () => {
    const host = read('Chiều 12/4/2024, Ban Bí thư Trung ương Đoàn làm việc với Ban Thường vụ Tỉnh đoàn Yên Bái về công tác thanh niên.', '2024-04-13');
    expect(host).toMatchObject({ province: 'Yen Bai', scope: 'province' });
    expect(read('On April 12, 2024, the Ministry of Health worked with the Standing Board of the Soc Trang Provincial Party Committee.', '2024-04-13').province).toBe('Soc Trang');
    const bridge = read('Sáng 7/10/2023, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Tại điểm cầu tỉnh Phú Yên, dự có lãnh đạo tỉnh.', '2023-10-08');
    expect(bridge.province).toBe('Phu Yen');
    const opening = read('On October 7, 2023, the Government held an online conference with localities. In Phu Yen, the event was attended by provincial leaders.', '2023-10-08');
    expect(opening.province).toBe('Phu Yen');
    // A tie read only from the wording around a place: held for review, never routed on its own.
    expect(bridge.confidence!.province).toBeLessThan(0.9);
  });

  it('ties no province to a national event with several bridge points, or named only in a dateline', () => {
    const many = read('Sáng 7/10/2023, Chính phủ tổ chức hội nghị trực tuyến. Tại điểm cầu tỉnh Phú Yên có lãnh đạo tỉnh; tại điểm cầu tỉnh Gia Lai có lãnh đạo tỉnh.', '2023-10-08');
    expect(many.province).toBeNull();
    expect(read('Hà Nội (TTXVN) – Sáng 7/10/2023, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ 8.', '2023-10-08').province).toBeNull();
  });

  it('does not route on a province named only as the home of a visiting delegation', () => {
    const vi = read('Sáng 5/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị học tập kinh nghiệm. Dự có đoàn công tác tỉnh Sơn La do đồng chí Phó Bí thư Tỉnh ủy dẫn đầu.', '2024-09-06');
    expect(vi.confidence!.province).toBeLessThan(0.9);
    const en = read('On September 5, the Provincial Party Committee\'s Standing Board held a meeting. A delegation from Son La province attended the meeting.', '2024-09-06');
    expect(en.confidence!.province).toBeLessThan(0.9);
    // The host named beside its guests is the province, and confidently so.
    const host = read('Sáng 5/9, Ban Thường vụ Tỉnh ủy Điện Biên tiếp đoàn công tác tỉnh Sơn La.', '2024-09-06');
    expect(host.province).toBe('Dien Bien');
    expect(host.confidence!.province).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the one-word and older spellings of provinces', () => {
    expect(read("On May 5, the Kontum Provincial People's Committee held a meeting.", '2024-05-06').province).toBe('Kon Tum');
    expect(read('Ngày 5/5, UBND tỉnh Bắc Cạn tổ chức hội nghị.', '2024-05-06').province).toBe('Bac Kan');
    expect(read('On May 5, the Danang City People’s Council held its 15th session.', '2024-05-06')).toMatchObject({ province: 'Da Nang', scope: 'province' });
    expect(read('On May 5, the Haiphong City Party Committee held a conference.', '2024-05-06').province).toBe('Hai Phong');
  });

  it('after the reorganisation, reads a ward named after a former province or city as that ward, of its province now', () => {
    expect(read('Chiều 10/10/2025, Hội Cựu chiến binh phường Bắc Giang tổ chức Đại hội lần thứ I.', '2025-10-11')).toMatchObject({ province: 'Bac Ninh', scope: 'commune' });
    expect(read('On October 10, 2025, the Women’s Union of Lao Cai ward held its first congress.', '2025-10-11')).toMatchObject({ province: 'Lao Cai', scope: 'commune' });
    // The ward's name is not the former province's: no province is read from it alone.
    expect(read('Chiều 10/10/2025, Hội Cựu chiến binh phường Bắc Giang tổ chức Đại hội lần thứ I.', '2025-10-11').evidence?.province[0]?.quote).toBe('phường Bắc Giang');
  });

  it('reads a ward whose name joins two names with a dash, spaced or not', () => {
    expect(read('Sáng 8/10/2025, Đảng ủy phường Lâm Viên - Đà Lạt tổ chức hội nghị.', '2025-10-09')).toMatchObject({ province: 'Lam Dong', scope: 'commune' });
    expect(read('Sáng 8/10/2025, Đảng ủy phường Lâm Viên-Đà Lạt tổ chức hội nghị.', '2025-10-09').province).toBe('Lam Dong');
    expect(read('On October 8, 2025, the Party Committee of Lam Vien - Da Lat ward held a conference.', '2025-10-09')).toMatchObject({ province: 'Lam Dong', scope: 'commune' });
  });

  it('reads the level of a body named after its province in the possessive from the unit it belongs to', () => {
    expect(read("On October 2, 2025, the Party Committee of Ca Mau province's Tan Thanh ward held its first congress.", '2025-10-03')).toMatchObject({ province: 'Ca Mau', scope: 'commune' });
    expect(read("On May 2, 2024, Lao Cai province's Sa Pa town Party Committee held a conference.", '2024-05-03')).toMatchObject({ province: 'Lao Cai', scope: 'district' });
    expect(read("On May 2, 2024, Lao Cai province's Party Committee held a conference.", '2024-05-03')).toMatchObject({ province: 'Lao Cai', scope: 'province' });
  });

  it('leaves the province of a national event met in Hanoi unknown when the page reports from its own unnamed bridge point', () => {
    const vi = read('Ngày 5-10, tại Hà Nội, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tổ chức hội nghị trực tuyến tới các tỉnh. Tại điểm cầu tỉnh ta, có 30 đại biểu dự.', '2023-10-06');
    expect(vi.province).toBeNull();
    const en = read("On October 5, in Hanoi, the Central Committee of the Vietnam Farmers' Union held an online conference. At our province's bridge point, 30 delegates attended.", '2023-10-06');
    expect(en.province).toBeNull();
    // Without such a bridge point the national body's event is where it met.
    expect(read('Ngày 5-10, tại Hà Nội, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tổ chức hội nghị.', '2023-10-06').province).toBe('Ha Noi');
  });
});

describe('a provincial body in a story of a province and a centrally run city', () => {
  it('belongs to the province: the city\'s bodies are called the city\'s', () => {
    const en = read('On April 28, the Executive Committee of the Provincial Party Committee met on merging Hai Duong province and Hai Phong city. Hai Duong and Hai Phong will form one city.', '2025-04-29');
    expect(en.province).toBe('Hai Duong');
    const vi = read('Ngày 28/4, Ban Chấp hành Đảng bộ tỉnh họp về việc hợp nhất tỉnh Hải Dương và thành phố Hải Phòng. Hải Dương và Hải Phòng sẽ thành một thành phố.', '2025-04-29');
    expect(vi.province).toBe('Hai Duong');
  });

  it('leaves a city\'s body, or a body of no level, to the votes of both', () => {
    const city = read('On April 28, the City Party Committee met on merging Hai Duong province and Hai Phong city. Hai Duong and Hai Phong will form one city.', '2025-04-29');
    expect(city.province).not.toBe('Hai Duong');
  });
});

describe('a body called municipal', () => {
  it("is a provincial city's before the reorganisation, and a centrally run city's body is the province's", () => {
    expect(read('On August 6, Hung Yen Municipal Party Committee solemnly organized the 21th Party Congress, term 2020 - 2025.', '2020-08-07')).toMatchObject({ province: 'Hung Yen', scope: 'district' });
    expect(read('On August 6, the Hanoi Municipal Party Committee organized a conference.', '2020-08-07')).toMatchObject({ province: 'Ha Noi', scope: 'province' });
    expect(read("A conference on the role of Municipal and Provincial People's Councils opened in Ben Tre province on November 5.", '2016-11-07').scope).toBe('province');
  });
});
