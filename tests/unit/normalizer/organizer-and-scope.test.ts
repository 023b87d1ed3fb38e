import { bacNinhConfig, parse } from './helpers';

describe('organizer, province and scope', () => {
  it('takes the subject of the lead after its date, English', () => {
    const record = parse('On the afternoon of January 11, the Standing Committee of Hai Duong Provincial Party Committee held a conference.', '2024-01-12');
    expect(record.organizer).toBe('Standing Committee of Hai Duong Provincial Party Committee');
    expect(record).toMatchObject({ province: 'Hai Duong', scope: 'province', organizerUnit: null });
  });

  it('takes the subject of the lead after its date, Vietnamese', () => {
    const record = parse('Sáng 9/7/2024, HĐND tỉnh Hải Dương khóa XVII tổ chức kỳ họp thứ 22.');
    expect(record.organizer).toBe('HĐND tỉnh Hải Dương khóa XVII');
    expect(record.scope).toBe('province');
  });

  it('leaves out the term and the leader of a delegation', () => {
    expect(parse('On the morning of December 19, the People\'s Council of Chi Linh City, term 2021-2026, held its 20th session.').organizer).toBe(
      "People's Council of Chi Linh City",
    );
    expect(parse('On October 15, a working delegation of the Provincial Party Committee led by Comrade Hoang Van Lich inspected the district.').organizer).toBe(
      'Working delegation of the Provincial Party Committee',
    );
  });

  it('is district scope with the unit when a district-level body of the province held the event', () => {
    expect(parse('On March 14, the Standing Committee of Nam Sach District Party Committee held a conference.')).toMatchObject({
      scope: 'district',
      organizerUnit: 'nam-sach',
      province: 'Hai Duong',
    });
    expect(parse('Tối 15/3, UBND thành phố Hải Dương tổ chức lễ đón nhận Cờ thi đua.')).toMatchObject({ scope: 'district', organizerUnit: 'hai-duong-city' });
    expect(parse('Sáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị.')).toMatchObject({ scope: 'district', organizerUnit: 'thanh-mien' });
  });

  it('is commune scope for the Party Committees of communes named together', () => {
    const record = parse('On August 22, the Party Committees of Huu Kiem and Mon Son communes organized their first congresses.', '2025-08-23');
    expect(record.scope).toBe('commune');
    // Several bodies named together: which one held the event is a weaker reading.
    expect(record.confidence?.organizer).toBeLessThan(0.9);
  });

  it('does not read a ward named after a province, or the President\'s name, as that province', () => {
    const ward = parse('Sáng 11/8, Đảng bộ phường Hòa Bình (TP Hải Phòng) tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030.', '2025-08-12');
    expect(ward.province).toBe('Hai Phong');
    const union = parse('On the morning of December 14, the Ho Chi Minh Communist Youth Union opened its 12th National Congress in Hanoi.', '2022-12-15');
    expect(union.province).not.toBe('Ho Chi Minh');
    expect(parse('On May 5, the Ho Chi Minh City People\'s Committee held a meeting.', '2024-05-06').province).toBe('Ho Chi Minh');
  });

  it('reads "thành phố" before a province-level city as the city, not as a street ("phố")', () => {
    expect(parse('Sáng 26/9/2024, Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ XXIII khai mạc.').province).toBe('Da Nang');
    expect(parse('Sáng 26/9/2025, Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I khai mạc.', '2025-09-27').province).toBe('Hai Phong');
    expect(parse('Chiều 14/3, tại Thành phố Hồ Chí Minh, Ban Thường vụ Thành ủy họp.', '2026-03-15').province).toBe('Ho Chi Minh');
    // A street of that name is still not the province.
    expect(parse('Sáng 5/3/2024, Hội Nông dân huyện tổ chức hội nghị tại số 5 phố Hà Nội.').province).not.toBe('Ha Noi');
  });

  it('reads an association named after the country as a national body that met where the lead says', () => {
    const text = 'Tối 27/11, tại Hà Nội, Hội LHPN Việt Nam tổ chức lễ trao giải thưởng. Giải thưởng được trao cho Hội LHPN huyện Hiệp Đức, tỉnh Quảng Nam và huyện Hiệp Đức.';
    expect(parse(text, '2023-11-28').province).toBe('Ha Noi');
  });

  it('takes a numbered delegation written in lower case, and skips an opening "Early September 18"', () => {
    const text = 'On the afternoon of February 21, in Hue city, inspection delegation No. 1925 led by Chief Justice Le Minh Tri announced the Politburo\'s decision.';
    expect(parse(text, '2025-02-23').organizer).toBe('Inspection delegation No. 1925');
    expect(parse('Early September 18, Central Committee of Vietnamese Fatherland Front organized its congress.', '2020-09-20').organizer).toBe('Central Committee of Vietnamese Fatherland Front');
  });

  it('takes another province from the organizer', () => {
    expect(parse('Sáng 18/11, Ban Thường vụ Tỉnh ủy Hưng Yên họp cho ý kiến vào dự thảo.')).toMatchObject({ province: 'Hung Yen', scope: 'province' });
    expect(parse('On June 4, the Standing Committee of Thanh Hoa Provincial Party Committee held a conference.')).toMatchObject({
      province: 'Thanh Hoa',
      districts: [],
    });
  });

  it('reads a provincial department or hospital as province scope', () => {
    expect(parse('On May 23, Hai Duong Department of Agriculture and Rural Development held a workshop.')).toMatchObject({ scope: 'province', organizer: 'Hai Duong Department of Agriculture and Rural Development' });
    expect(parse('On the evening of February 25, Hai Duong Provincial General Hospital held a ceremony.').scope).toBe('province');
  });

  it('works for another province by its config alone', () => {
    const record = parse('Sáng 2/4, Ban Thường vụ Thị ủy Quế Võ tổ chức hội nghị; đại diện TP Bắc Ninh và huyện Yên Phong dự.', '2025-04-03', bacNinhConfig);
    expect(record).toMatchObject({ province: 'Bac Ninh', scope: 'district', organizerUnit: 'que-vo' });
    expect(record.districts).toEqual(['que-vo', 'bac-ninh-city', 'yen-phong']);
  });

  it('warns when no organizer can be found', () => {
    expect(parse('Nothing in this text says who held anything.').warnings).toContain('organizer not found');
  });

  it('skips an opening place and reads a capitalized verb-like word as part of the name', () => {
    const record = parse('Chiều 20/2, tại Hội trường Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị tổng kết công tác kiểm tra.', '2025-02-21');
    expect(record.organizer).toBe('Ủy ban Kiểm tra Tỉnh ủy');
    expect(record.event).toEqual({ date: '2025-02-20', partOfDay: 'afternoon', kind: 'conference' });
  });

  it('does not take the event itself for the organizer', () => {
    expect(parse('Sáng nay (14/1), tại Hội trường, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị. Hội nghị thảo luận tờ trình.', '2025-01-14').organizer).toBe(
      'Ban Chấp hành Đảng bộ tỉnh',
    );
  });

  it('takes the body out of a subject that is the event itself', () => {
    expect(parse('Kỳ họp thứ 22 HĐND tỉnh Hải Dương khóa XVII khai mạc sáng 9/7.', '2024-07-10')).toMatchObject({
      organizer: 'HĐND tỉnh Hải Dương khóa XVII',
      event: { date: '2024-07-09', partOfDay: 'morning', kind: 'session' },
    });
    expect(parse("The 22nd session of the 17th Provincial People's Council opened on the morning of July 9.", '2024-07-10')).toMatchObject({
      organizer: "17th Provincial People's Council",
      event: { kind: 'session' },
    });
  });

  it('skips a dateline and a loose date phrase before the subject', () => {
    expect(parse('HAI DUONG - On January 10 and 11, the Standing Committee of Thanh Mien District Party Committee held a conference.', '2025-01-12')).toMatchObject({
      organizer: 'Standing Committee of Thanh Mien District Party Committee',
      organizerUnit: 'thanh-mien',
    });
    expect(parse('(Báo Hải Dương) - Trong 2 ngày 10 và 11/1, Huyện ủy Thanh Miện tổ chức hội nghị.', '2025-01-12').organizer).toBe('Huyện ủy Thanh Miện');
  });

  it('reads the organizer from the lead, not from a headline above it', () => {
    const text = 'Thanh Miện sơ kết 3 năm thực hiện Kết luận số 21-KL/TW\nSáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị sơ kết.';
    expect(parse(text, '2024-09-27')).toMatchObject({
      title: 'Thanh Miện sơ kết 3 năm thực hiện Kết luận số 21-KL/TW',
      organizer: 'Ban Thường vụ Huyện ủy Thanh Miện',
      event: { date: '2024-09-26', partOfDay: 'morning', kind: 'conference' },
    });
  });

  it('takes a unit named with its level word that holds the event, not one that only says where', () => {
    expect(parse('Sáng 20-7, huyện Gia Lộc tổ chức kỷ niệm 70 năm ngày thành lập Đảng bộ huyện.')).toMatchObject({ organizer: 'Huyện Gia Lộc', scope: 'district' });
    expect(parse('Ngày 17/10, tại Trung tâm Văn hóa, thành phố Hải Dương đã diễn ra Đại hội đại biểu Hội Nông dân tỉnh Hải Dương lần thứ X.')).toMatchObject({
      organizer: 'Hội Nông dân tỉnh Hải Dương',
      scope: 'province',
    });
  });

  it('reads a police or military body named in lower case after its head word', () => {
    expect(parse('BHG - Chiều 10.8, Công an tỉnh tổ chức gặp mặt kỷ niệm 75 năm Ngày truyền thống.').organizer).toBe('Công an tỉnh');
  });

  it('skips a section label before the lead and keeps bodies joined by a dash together', () => {
    const record = parse('Công tác tuyên truyền, giáo dục ĐTN: Tối 20/04, tại thành phố Hải Dương, Tỉnh đoàn – Hội LHTN Việt Nam tỉnh tổ chức chương trình.');
    expect(record).toMatchObject({ organizer: 'Tỉnh đoàn – Hội LHTN Việt Nam tỉnh', scope: 'province' });
  });

  it('reads the owner of an event after a bracket and skips a capitals dateline after a stamp', () => {
    expect(parse("On the morning of May 6, comrade Le Ngoc Chau, Chairman of the Provincial People's Committee chaired the May meeting (first time) of the Provincial People's Committee.").organizer).toBe(
      "Provincial People's Committee",
    );
    // A national congress is an event: its owner, the body, is the organizer.
    expect(parse('date 2024-10-16 HÀ NỘI The 10th National Congress of the Vietnam Fatherland Front began its first working session.').organizer).toBe('Vietnam Fatherland Front');
  });

  it('reads the subject after a date clause that closes an opening "on the occasion of" clause', () => {
    const record = parse('Nhân dịp Đại hội Công đoàn xã An Phú lần thứ I, nhiệm kỳ 2025–2030, chiều ngày 29/10, Ban Chấp hành Công đoàn xã An Phú đã tổ chức lễ dâng hương tại Đền liệt sĩ.', '2025-10-30');
    expect(record.organizer).toBe('Ban Chấp hành Công đoàn xã An Phú');
    expect(record.event.kind).toBe('ceremony');
  });

  it('reads the owner of a monthly regular meeting chaired by an official', () => {
    expect(parse('Sáng 6/5, đồng chí Lê Ngọc Châu, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 5 của UBND tỉnh.', '2025-05-07').organizer).toBe('UBND tỉnh');
    expect(parse('Sáng 6/5, đồng chí Lê Ngọc Châu, Chủ tịch UBND tỉnh chủ trì phiên họp UBND tỉnh thường kỳ tháng 5.', '2025-05-07').organizer).toBe('UBND tỉnh');
  });

  it('reads a body that opens with a lower-case level word after an article', () => {
    expect(parse("The provincial People's Council opened its 22nd session on October 16.", '2024-10-18')).toMatchObject({
      organizer: "Provincial People's Council",
      scope: 'province',
      event: { kind: 'session' },
    });
  });

  it('takes the body that holds the event, not the partner it works with', () => {
    expect(parse('Sáng 16/10, UBND tỉnh Hải Dương phối hợp với Bộ Y tế tổ chức hội thảo về chuyển đổi số.', '2024-10-18').organizer).toBe('UBND tỉnh Hải Dương');
    expect(parse('On the morning of October 16, the Hai Duong Department of Health, in coordination with the Ministry of Health, organized a workshop.', '2024-10-18').organizer).toBe(
      'Hai Duong Department of Health',
    );
    expect(parse('Sáng 16/10, Ban Tổ chức Tỉnh ủy và Sở Nội vụ tỉnh Hải Dương đồng tổ chức hội nghị tập huấn.', '2024-10-18').organizer).toBe(
      'Ban Tổ chức Tỉnh ủy và Sở Nội vụ tỉnh Hải Dương',
    );
  });

  it('reads an unnamed provincial body under a province\'s dateline as that province\'s, below routing confidence', () => {
    const en = parse("KON TUM — The provincial People's Committee held a meeting on Monday to review flood relief in the border communes.", '2023-10-10');
    expect(en).toMatchObject({ province: 'Kon Tum', scope: 'province' });
    expect(en.confidence?.province).toBeLessThan(0.9);
    const vi = parse('Tuyên Quang - Sáng 12/4, HĐND tỉnh tổ chức kỳ họp chuyên đề để xem xét các tờ trình về đầu tư công.', '2023-04-12');
    expect(vi).toMatchObject({ province: 'Tuyen Quang', scope: 'province' });
    expect(vi.confidence?.province).toBeLessThan(0.9);
  });

  it('does not tie a dateline to a body of another level, a national body or a text that names its province', () => {
    // A centrally run city's dateline over a "provincial" body: the body is some province's, not the city's.
    expect(parse("Hanoi (VNA) – The provincial People's Council convened its year-end session on December 5 to adopt the budget.", '2023-12-06').province).toBeNull();
    // A national body filed from a province: the dateline says where the reporter is.
    expect(parse('Đà Nẵng - Sáng 3/5, Bộ Tài chính tổ chức hội nghị tập huấn nghiệp vụ quản lý ngân sách.', '2023-05-03').province).toBeNull();
    // The text names the province: the text decides.
    expect(parse("GIA LAI — The People's Council of Kon Tum province opened its session on July 8.", '2023-07-09').province).toBe('Kon Tum');
  });

  it('ties a national body to the one province it visits, below routing confidence', () => {
    const en = parse("On March 5, the Ministry of Health visited the northern border province of Cao Bang to review the grassroots health network.", '2024-03-06');
    expect(en.province).toBe('Cao Bang');
    expect(en.confidence?.province).toBeLessThan(0.9);
    expect(parse("The National Assembly's Committee for Social Affairs on March 5 visited Cao Bang province to review clinics.", '2024-03-06').province).toBe('Cao Bang');
    // Two provinces visited: neither is the event's.
    expect(parse('On March 5, the Ministry of Health visited Cao Bang province and Lang Son province to review clinics.', '2024-03-06').province).toBeNull();
    expect(parse('Chiều 5/3, Ủy ban Xã hội của Quốc hội đến thăm tỉnh Cao Bằng và tỉnh Lạng Sơn để khảo sát y tế cơ sở.', '2024-03-06').province).toBeNull();
  });

  it('does not read "xã hội" (society) in a body\'s name as a commune', () => {
    expect(parse('Sáng 5/3, Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng tổ chức hội nghị tổng kết năm 2023.', '2024-03-06')).toMatchObject({ province: 'Cao Bang', scope: 'province' });
    expect(parse('Sáng 5/3, Ngân hàng Chính sách xã hội tỉnh Cao Bằng tổ chức hội nghị tổng kết năm 2023.', '2024-03-06').scope).toBe('province');
    expect(parse('Sáng 5/3, Ban Văn hóa - Xã hội HĐND tỉnh Cao Bằng tổ chức giám sát tại huyện Bảo Lạc.', '2024-03-06').scope).toBe('province');
    // A commune's own body is still the commune's.
    expect(parse('Sáng 5/3, Đảng ủy xã Quang Trung tổ chức hội nghị sơ kết công tác xã hội hóa giáo dục.', '2024-03-06').scope).toBe('commune');
  });

  it('ties the story to none of several provinces named as equals in one list', () => {
    expect(parse('Ngày 4/7, đoàn công tác do Thứ trưởng dẫn đầu đã làm việc với lãnh đạo các tỉnh Cao Bằng, Lạng Sơn, Bắc Kạn để tháo gỡ vướng mắc về đầu tư.', '2023-07-05').province).toBeNull();
    expect(parse('On July 4, a working team led by the deputy minister met leaders of Cao Bang, Lang Son and Bac Kan provinces to remove obstacles to investment.', '2023-07-05').province).toBeNull();
    // A body of one province with guests of others: the body's province.
    expect(parse('Ngày 4/7, Hội Nông dân tỉnh Cao Bằng tổ chức hội nghị, có đại biểu các tỉnh Lạng Sơn, Bắc Kạn dự.', '2023-07-05').province).toBe('Cao Bang');
  });

  it('reads commune scope from the opening when no organizer is read and it names only a commune\'s bodies', () => {
    const vi = parse('Chiều 12/3, tại hội trường UBND xã Quang Trung đã diễn ra hội nghị tổng kết công tác năm 2025.\nDự hội nghị có lãnh đạo Đảng ủy xã.', '2026-03-13');
    expect(vi.organizer).toBeNull();
    expect(vi.scope).toBe('commune');
    expect(vi.confidence?.scope).toBeLessThan(0.9);
    const en = parse("The commune People's Committee's year-end review was attended by 120 delegates on March 12.\nThe review was lively.", '2026-03-13');
    expect(en.scope).toBe('commune');
    // A provincial body or place in the same lines: the event may be theirs.
    expect(parse('Chiều 12/3, tại hội trường UBND xã Quang Trung đã diễn ra hội nghị của Hội Nông dân tỉnh.\nDự có nhiều đại biểu.', '2026-03-13').scope).toBe('province');
  });
  it('holds the provincial default for a body named after a place that is no province', () => {
    const en = parse("On July 28, the Phuoc Long People's Council opened its second session.", '2016-07-29');
    expect(en.scope).toBe('province');
    expect(en.confidence?.scope).toBeLessThan(0.9);
    expect(parse('Sáng 28/7, HĐND Phước Long khai mạc kỳ họp thứ hai.', '2016-07-29').confidence?.scope).toBeLessThan(0.9);
    // Named after a province, or after the country: the default stands.
    expect(parse("On July 28, the Quang Ninh People's Council opened its second session.", '2016-07-29').confidence?.scope).toBeGreaterThanOrEqual(0.9);
    expect(parse('On July 28, the Vietnam Fatherland Front Committee held a conference.', '2016-07-29').confidence?.scope).toBeGreaterThanOrEqual(0.9);
  });

  it('holds the level word of an organizer read over a clause', () => {
    const en = parse('So far, all the grassroots level and district level Party Congresses have been held successfully, the meeting heard.', '2020-09-02');
    expect(en.confidence?.scope).toBeLessThan(0.9);
    const vi = parse('Sáng 5/3, Huyện đoàn, Hội Liên hiệp Thanh niên huyện Gia Lộc tổ chức hội nghị.', '2024-03-06');
    expect(vi.scope).toBe('district');
    expect(vi.confidence?.scope).toBeLessThan(0.9);
    // A clean name keeps its level word's confidence.
    expect(parse('Sáng 5/3, Huyện đoàn Gia Lộc tổ chức hội nghị.', '2024-03-06').confidence?.scope).toBeGreaterThanOrEqual(0.9);
  });

  it('does not read a closing byline that is a place name as the story\'s province or unit', () => {
    const vi = parse('Hội nghị sơ kết công tác\n\nSáng 5/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTHÁI BÌNH\n', '2024-07-06');
    expect(vi.province).toBeNull();
    const en = parse('Conference reviews the half year\n\nOn July 5, the Standing Board of the Provincial Party Committee held a conference to review its work in the first half of the year.\n\nThanh Ha\n', '2024-07-06');
    expect(en.province).toBeNull();
    expect(en.districts).toEqual([]);
    // Two writers joined by a dash are a byline too; the story's own places still count.
    const both = parse('Sáng 5/7, Huyện ủy Gia Lộc tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ.\n\nKim Thành - Thanh Hà\n', '2024-07-06');
    expect(both.districts).toEqual(['gia-loc']);
    expect(both.province).toBe('Hai Duong');
    // A last line that is a sentence is prose, not a byline.
    expect(parse('Sáng 5/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng đầu năm tại trụ sở Tỉnh ủy.\n\nHội nghị diễn ra tại Thái Bình.\n', '2024-07-06').province).toBe('Thai Binh');
  });

  it('holds the scope of a name read over a passive clause, whose level word may be another body\'s', () => {
    const vi = parse('Đảng bộ xã Đông Phong và Đảng bộ Trường Chính trị tỉnh được Ban Thường vụ Huyện ủy Cẩm Giàng chọn tổ chức đại hội điểm nhiệm kỳ 2025-2030.', '2025-01-10');
    expect(vi.confidence?.scope).toBeLessThan(0.9);
    // The same bodies in the active voice keep their level word's confidence.
    const active = parse('Sáng 9/1, Ban Thường vụ Huyện ủy Cẩm Giàng tổ chức hội nghị chọn đơn vị tổ chức đại hội điểm.', '2025-01-10');
    expect(active.scope).toBe('district');
    expect(active.confidence?.scope).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take an English newspaper\'s name ("Follow Thai Binh Newspaper on") for the story\'s province', () => {
    const record = parse('Follow Thai Binh Newspaper on\nOn January 9, the Standing Committee of the District Party Committee held a conference to give opinions on the draft political report.', '2025-01-10');
    expect(record.province).toBeNull();
    expect(parse('Follow Thai Binh Online Newspaper on\nOn January 9, the Standing Committee of the Thai Binh Provincial Party Committee held a conference.', '2025-01-10').province).toBe('Thai Binh');
    // A station's masthead, in either language, names the station: at most the page's publisher, a reading that is held.
    const station = parse('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÁI BÌNH\nThai Binh Radio and Television\n\nSáng 9/1, Ban Thường vụ Huyện ủy tổ chức hội nghị cho ý kiến vào dự thảo báo cáo chính trị.', '2025-01-10');
    expect(station.confidence?.province).toBeLessThan(0.9);
  });
});


describe('a centrally run city\'s district translated "suburban", "rural" or "urban district"', () => {
  it('reads the district body and its level', () => {
    const record = parse("Leaders of the City worked with Co Do suburban district\nStanding vice chairman of Can Tho city People's Committee Le Van Tam on the morning of July 8 had a working session with Co Do suburban district People's Committee on social affairs.", '2016-07-09');
    expect(record.organizer).toBe("Co Do suburban district People's Committee");
    expect(record.scope).toBe('district');
    expect(parse("On March 3, the Ba Dinh urban district People's Council held its 12th session in Hanoi.", '2024-03-04').scope).toBe('district');
  });
});
