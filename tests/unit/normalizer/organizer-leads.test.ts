import { parse } from './helpers';

describe('organizer: lead shapes read on new pages', () => {
  it('reads the clause after a date set off by a comma, past a bracketed update stamp', () => {
    expect(
      parse('Họp Tiểu ban nhân sự Đại hội Đảng bộ huyện ( Cập nhật ngày: 05/03/2024 )Sáng ngày 05/03/2024, Tiểu ban nhân sự Đại hội Đảng bộ huyện lần thứ XXI họp phiên thứ hai để rà soát danh sách.', '2024-03-06').organizer,
    ).toBe('Tiểu ban nhân sự Đại hội Đảng bộ huyện');
    expect(
      parse('Personnel subcommittee meets (Updated: 05/03/2024)On 05/03/2024, Personnel Subcommittee of the District Party Congress held its second meeting to review the list.', '2024-03-06').organizer,
    ).toBe('Personnel Subcommittee of the District Party Congress');
  });

  it('skips an abbreviated city or town written after the venue, and keeps a body word after it', () => {
    expect(parse('Tối 12.5, tại Nhà hát Trung tâm, TP. Lạng Sơn, Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 190 năm thành lập tỉnh.', '2024-05-13')).toMatchObject({
      organizer: 'Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn',
      scope: 'province',
      province: 'Lang Son',
    });
    expect(parse('Sáng 20/4, tại Quảng trường Trung tâm, TX Kinh Môn, Thị ủy, HĐND, UBND thị xã tổ chức lễ kỷ niệm ngày giải phóng.', '2024-04-21').organizer).toBe('Thị ủy, HĐND, UBND thị xã');
  });

  it('takes the body an event is named after when the subject is only a place', () => {
    expect(parse('On the morning of March 4, Tuyen Quang province opened the 18th Congress of Tuyen Quang Provincial Party Committee, term 2020-2025.', '2020-03-05')).toMatchObject({
      organizer: 'Tuyen Quang Provincial Party Committee',
      event: { kind: 'congress' },
    });
    expect(parse('Sáng 4/3, tỉnh Tuyên Quang khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020-2025.', '2020-03-05').organizer).toBe('Đảng bộ tỉnh');
    // A body as the subject is kept.
    expect(parse('On the morning of March 4, the Tuyen Quang Provincial People’s Committee opened the Conference of the Provincial Farmers’ Association.', '2020-03-05').organizer).toBe(
      'Tuyen Quang Provincial People’s Committee',
    );
  });

  it('spells out an acronym organizer by the name the text gave it in brackets', () => {
    expect(
      parse("On June 2, Chairman of the Bac Kan provincial People's Committee (PPC) Hoang Duy Chinh and Vice Chairman of the PPC Dinh Quang Tuyen checked the progress of a bridge project.", '2024-06-03'),
    ).toMatchObject({ organizer: "Bac Kan provincial People's Committee (PPC)", province: 'Bac Kan', scope: 'province' });
    expect(parse('Chiều 3/6, ông Lò Văn Tú, Chủ tịch Hội đồng nhân dân (HĐND) huyện Mường Tè và Phó Chủ tịch HĐND Lý Thị Hoa đi kiểm tra công trình.', '2024-06-04')).toMatchObject({
      organizer: 'Hội đồng nhân dân (HĐND) huyện Mường Tè',
      scope: 'district',
    });
  });

  it('reads the delegation an official heads as the organizer of what they chair or check', () => {
    expect(
      parse('Chiều 8/5, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Nội vụ, Trưởng Đoàn kiểm tra số 3 của Ban Bí thư Hà Minh Tuấn chủ trì hội nghị thông qua dự thảo báo cáo kết quả kiểm tra.', '2024-05-09').organizer,
    ).toBe('Đoàn kiểm tra số 3 của Ban Bí thư');
    expect(
      parse('On May 8, Mr. Ha Minh Tuan, Deputy Minister of Home Affairs and Head of the Inspection Team of the Secretariat, inspected the Standing Board of the Provincial Party Committee.', '2024-05-09').organizer,
    ).toBe('Inspection Team of the Secretariat');
    // The head of a province's National Assembly deputies is no delegation sent to check: the first office holds.
    expect(parse('Sáng 9/4, đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh chủ trì hội nghị quán triệt nghị quyết.', '2024-04-10').organizer).toBe('Tỉnh ủy');
  });

  it('reads a council or a congress that elects at its sitting as the organizer, and its sitting as the kind', () => {
    expect(parse("On the afternoon of October 5, at the 12th Session, the 16th Lao Cai Provincial People's Council elected Mr. Tran Van Nam as Chairman of the provincial People's Committee.", '2023-10-06')).toMatchObject({
      organizer: "16th Lao Cai Provincial People's Council",
      event: { kind: 'session' },
    });
    expect(parse('Chiều 5/10, HĐND tỉnh Lào Cai khóa XVI đã bầu ông Trần Văn Nam giữ chức Chủ tịch UBND tỉnh.', '2023-10-06')).toMatchObject({
      organizer: 'HĐND tỉnh Lào Cai khóa XVI',
      event: { kind: 'session' },
    });
    // A congress named by its organisation, a day named after another: the congress holds it, whatever its vote names.
    expect(parse('On the same day, the provincial Party Congress elected 49 members, including the members of the Commission of Inspection.', '2020-10-15')).toMatchObject({
      organizer: 'Provincial Party Congress',
      event: { kind: 'congress' },
    });
    expect(parse('Cùng ngày, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết công tác dân vận.', '2020-10-15').organizer).toBe('Ban Thường vụ Huyện ủy');
    // A person elected is no body.
    expect(parse('On October 5, Mr. Tran Van Nam was elected Chairman of the provincial People\'s Committee.', '2023-10-06').organizer).toBeNull();
  });

  it('reads the first body of a conference two bodies co-chaired between them', () => {
    expect(
      parse("On the morning of May 30, comrade Hoang Van Minh, Permanent Vice Chairman of the Son La Provincial People's Council and comrade Bounmy Keo, Vice Chairman of the Luang Prabang Provincial People's Council co-chaired a conference to share experiences between the People's Councils of Son La and Luang Prabang provinces.", '2024-05-31').organizer,
    ).toBe("People's Councils of Son La");
    expect(
      parse('On the morning of May 30, Vice Chairman Hoang Van Minh chaired a working session between the Son La Provincial People\'s Committee and the Department of Finance.', '2024-05-31').organizer,
    ).toBe("Son La Provincial People's Committee");
  });

  it('reads a supervision team named after a citing clause, whose own words are no verb', () => {
    // "kỳ họp" names a session, "Đoàn giám sát" a delegation; "12/QĐ-HĐND" is a cited decision, whose date opens no clause.
    expect(
      parse('Thực hiện Quyết định số 12/QĐ-HĐND ngày 03/3/2025 của Thường trực HĐND tỉnh về thành lập Đoàn giám sát việc giải quyết kiến nghị của cử tri sau kỳ họp thứ 20, ngày 18/3/2025, Tổ 1 Đoàn giám sát do bà Vi Thị Hạnh, Trưởng Ban Dân tộc HĐND tỉnh, làm Tổ trưởng đã tiến hành giám sát tại UBND xã Tân Lập.', '2025-03-19'),
    ).toMatchObject({ organizer: 'Tổ 1 Đoàn giám sát', event: { kind: 'inspection', date: '2025-03-18' } });
    expect(
      parse("Implementing Decision No. 12/QD-HDND dated March 3, 2025 of the Standing Committee of the Provincial People's Council, on March 18, 2025, Team 1 of the Supervision Delegation led by Ms. Vi Thi Hanh supervised the settlement of voters' petitions in Tan Lap commune.", '2025-03-19'),
    ).toMatchObject({ organizer: 'Team 1 of the Supervision Delegation', event: { kind: 'inspection', date: '2025-03-18' } });
    expect(parse('Sáng 5/3, Đoàn giám sát HĐND tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế tại xã Tân Lập.', '2025-03-06').organizer).toBe('Đoàn giám sát HĐND tỉnh');
  });

  it('reads the body a person held a working session with, named as a whole ("tập thể"), as its host', () => {
    expect(parse('Đây là chỉ đạo của đồng chí Rah Lan Chung – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai tại buổi làm việc với tập thể Ban Thường vụ Huyện ủy Chư Păh vào chiều nay (4/12) nhằm đánh giá kết quả.', '2024-12-05')).toMatchObject({
      organizer: 'Ban Thường vụ Huyện ủy Chư Păh',
      province: 'Gia Lai',
      scope: 'district',
    });
  });

  it('reads no body from a caption of a person acting on another\'s authority ("Thừa ủy quyền của ..., đồng chí ...")', () => {
    const record = parse('Thừa uỷ quyền của Chủ tịch nước, Đồng chí Lâm Thị Phương Thanh, - Bí thư Tỉnh ủy Lạng Sơn trao Huân chương Độc lập hạng Nhất cho TP Lạng Sơn.\n(PLVN) - Tối 16/10, Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam TP Lạng Sơn đã tổ chức Lễ kỷ niệm 70 năm Ngày giải phóng TP Lạng Sơn.', '2020-10-17');
    expect(record).toMatchObject({ organizer: 'Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam TP Lạng Sơn', scope: 'district', event: { date: '2020-10-16', kind: 'ceremony' } });
  });

  it('reads the body a person "had a meeting with" as its host', () => {
    expect(parse('Prime Minister Nguyen Xuan Phuc had a working session with the Standing Committee of Tra Vinh Provincial Party Committee on January 14.', '2020-01-15')).toMatchObject({
      organizer: 'Standing Committee of Tra Vinh Provincial Party Committee',
      province: 'Tra Vinh',
      event: { kind: 'meeting' },
    });
  });

  it('reads the body a person visits as the host of the visit', () => {
    expect(parse('Chiều 20-10, Phó Chủ tịch UBND tỉnh Nông Văn Tâm đến thăm và chúc mừng tập thể cán bộ, hội viên Hội Nông dân tỉnh nhân dịp kỷ niệm ngày thành lập Hội.', '2023-10-21')).toMatchObject({
      organizer: 'Hội Nông dân tỉnh',
      event: { kind: 'meeting' },
    });
    expect(
      parse("On the afternoon of October 20, Vice Chairman of the Provincial People's Committee Nong Van Tam visited and congratulated officials and members of the Provincial Farmers' Association on the occasion of its founding anniversary.", '2023-10-21').organizer,
    ).toBe("Provincial Farmers' Association");
  });

  it('reads a delegation that paid a working visit', () => {
    expect(
      parse('Hanoi (VNA) – A delegation of the Ministry of Health led by Deputy Minister Tran Van Thuan has paid a working visit to the northern province of Ha Giang to review healthcare for ethnic minorities.', '2024-03-06'),
    ).toMatchObject({ organizer: 'Delegation of the Ministry of Health', province: 'Ha Giang', event: { kind: 'meeting' } });
    expect(parse('Sáng 5/3, Đoàn công tác của Bộ Y tế đã đến thăm và làm việc với Sở Y tế tỉnh Hà Giang.', '2024-03-06').organizer).toBe('Đoàn công tác của Bộ Y tế');
  });

  it('reads the numbered delegation or working group a chair heads, also in the passive', () => {
    expect(
      parse('On the morning of July 29, comrade Ho Van Nam - Member of the Standing Committee, Head of Working Group No. 3 chaired the approval of the Party Congresses of two communes.', '2023-07-30').organizer,
    ).toBe('Working Group No. 3');
    expect(
      parse('A conference was held in Hanoi on March 9 to announce an inspection decision. The conference was chaired by Politburo member Tran Van Son, who is also head of Inspection Delegation No. 4 of the Secretariat.', '2024-03-10'),
    ).toMatchObject({ organizer: 'Inspection Delegation No. 4 of the Secretariat', event: { kind: 'conference' } });
    expect(
      parse('Sáng 9/3, hội nghị công bố quyết định kiểm tra diễn ra dưới sự chủ trì của đồng chí Lê Văn Tâm, Ủy viên Bộ Chính trị, Trưởng Đoàn kiểm tra số 4 của Ban Bí thư.', '2024-03-10'),
    ).toMatchObject({ organizer: 'Đoàn kiểm tra số 4 của Ban Bí thư', event: { kind: 'conference' } });
    expect(
      parse('Sáng 29/7, đồng chí Hồ Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn công tác số 3 của Ban Thường vụ Tỉnh ủy chủ trì hội nghị duyệt văn kiện đại hội.', '2023-07-30').organizer,
    ).toBe('Đoàn công tác số 3 của Ban Thường vụ Tỉnh ủy');
  });

  it('reads the owner of the sitting a later sentence names, past an ordinal in words', () => {
    expect(
      parse("HUE — Nguyen Van Phuong has been elected Chairman of the municipal People's Committee. The election took place at the fourth session of the eighth People's Council of Hue city on October 3.", '2023-10-04'),
    ).toMatchObject({ organizer: "People's Council of Hue city", event: { kind: 'session', date: '2023-10-03' } });
    expect(
      parse('HUẾ — Ông Nguyễn Văn Phương đã được bầu giữ chức Chủ tịch UBND thành phố. Cuộc bầu cử diễn ra tại kỳ họp thứ tư HĐND thành phố Huế khóa VIII ngày 3/10.', '2023-10-04'),
    ).toMatchObject({ organizer: 'HĐND thành phố Huế', event: { kind: 'session', date: '2023-10-03' } });
  });

  it('gives a council read from its election a cautious confidence, below that of a body that held the sitting', () => {
    const elected = parse("On the afternoon of October 5, the 16th Lao Cai Provincial People's Council elected Mr. Tran Van Nam as Chairman of the provincial People's Committee.", '2023-10-06');
    const held = parse("On the afternoon of October 5, the 16th Lao Cai Provincial People's Council held its 12th session.", '2023-10-06');
    expect(elected.organizer).toBe(held.organizer);
    expect(elected.confidence?.organizer).toBeLessThan(0.9);
    expect(held.confidence?.organizer).toBeGreaterThanOrEqual(0.9);
  });

  it('cuts the chair named with "do ... chủ trì" out of the subject, and reads no one province for a team hosted by several', () => {
    expect(
      parse('Sáng 3/9, tại Trụ sở Trung ương Đảng, Tổ công tác số 2 Bộ Chính trị do Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính chủ trì làm việc với Ban Thường vụ Tỉnh ủy Sơn La, Thanh Hóa, Bắc Ninh.', '2023-09-04'),
    ).toMatchObject({ organizer: 'Tổ công tác số 2 Bộ Chính trị', province: null, event: { kind: 'meeting' } });
    expect(
      parse("On September 3, at the Party Central Committee headquarters, the Politburo's Working Group No. 2 worked with the Standing Boards of the Party Committees of Son La, Thanh Hoa and Bac Ninh provinces.", '2023-09-04'),
    ).toMatchObject({ organizer: "Politburo's Working Group No. 2", province: null });
    // One host ties the team to its province.
    expect(parse("On September 3, the Politburo's Working Group No. 2 worked with the Standing Board of the Son La Provincial Party Committee.", '2023-09-04').province).toBe('Son La');
    expect(parse('Ngày 21/8, tại Trụ sở Trung ương Đảng, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Hà Nội và Thành phố Hồ Chí Minh để cho ý kiến vào dự thảo văn kiện.', '2023-08-22').province).toBeNull();
    expect(parse('Ngày 21/8, tại Trụ sở Trung ương Đảng, Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Ninh Bình và tỉnh Lào Cai để cho ý kiến vào dự thảo văn kiện.', '2023-08-22').province).toBeNull();
  });

  it('reads the subject after a participial opening clause', () => {
    expect(parse('Joining other localities across the country, Lai Chau province held a ceremony on June 30 morning to announce the new communes.', '2025-07-01').organizer).toBe('Lai Chau province');
    expect(parse('Hưởng ứng Tháng hành động vì môi trường, sáng 5/6, Huyện đoàn Tam Đường tổ chức lễ ra quân.', '2024-06-06').organizer).toBe('Huyện đoàn Tam Đường');
  });

  it('reads the body of the first office of an official who chaired a sitting named after no body', () => {
    expect(parse("On June 16, Chairman of Hau Giang Provincial People's Committee Dong Van Thanh chaired a meeting to review preparations for the merger.", '2025-06-17')).toMatchObject({
      organizer: "Hau Giang Provincial People's Committee",
      event: { kind: 'meeting' },
    });
    expect(parse('Ngày 16/6, đồng chí Đồng Văn Thanh, Chủ tịch UBND tỉnh Hậu Giang chủ trì cuộc họp nghe báo cáo công tác chuẩn bị sáp nhập.', '2025-06-17').organizer).toBe('UBND tỉnh Hậu Giang');
  });

  it('reads a body named after a place and a year elsewhere: its own province is the one written with its kind, and the year names it', () => {
    expect(parse('Đại hội Hội Cựu chiến binh Điện Biên Phủ năm 1954 tỉnh Thái Bình\nSáng 14/11, Hội Cựu chiến binh Điện Biên Phủ năm 1954 tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ 4, nhiệm kỳ 2024 – 2029.', '2024-11-15')).toMatchObject({
      event: { date: '2024-11-14', kind: 'congress' },
      province: 'Thai Binh',
    });
    expect(parse('On November 14, the Association of Quang Tri Citadel Veterans of 1972 of Nghe An province held its third congress for the 2024-2029 term.', '2024-11-15')).toMatchObject({
      event: { date: '2024-11-14', kind: 'congress' },
      province: 'Nghe An',
    });
    // The headline writes the name without the abbreviation the lead adds: its year is still the name's.
    expect(parse('Đại hội đại biểu Hội Chiến sĩ Thành cổ Quảng Trị năm 1972 tỉnh Phú Thọ lần thứ I\n\nNgày 3/12, Hội Chiến sĩ Thành cổ Quảng Trị (CSTCQT) năm 1972 tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025–2030.', '2025-12-04').event.date).toBe('2025-12-03');
    // Two provinces in the organizer's name leave the province in doubt: held for review, whichever is read.
    expect(parse('Sáng 14/11, Hội Cựu chiến binh Điện Biên Phủ năm 1954 tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ 4.', '2024-11-15').confidence!.province).toBeLessThan(0.9);
    expect(parse('Sáng 14/11, Hội đồng hương Thái Bình tại Hà Nội tổ chức gặp mặt đầu xuân.', '2024-11-15')).toMatchObject({ province: 'Ha Noi' });
    // A year of the text that names no body still tells the year of an undated day.
    expect(parse('Tổng kết năm 2023\nNgày 5/1, Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết công tác năm 2023.', '2026-12-01').event.date).toBe('2024-01-05');
  });

  it('reads no organizer from a caption of the new executive committee presented to the congress', () => {
    const record = parse('Ban Chấp hành Hội Cựu chiến binh tỉnh Đồng Tháp khóa VII ra mắt trước Đại hội.\n\nTrong 2 ngày 21 – 22/09/2022, Hội Cựu chiến binh tỉnh Đồng Tháp tổ chức Đại hội đại biểu lần thứ VII.', '2022-09-22');
    expect(record).toMatchObject({ organizer: 'Hội Cựu chiến binh tỉnh Đồng Tháp', event: { date: '2022-09-21', kind: 'congress' } });
    // A body that launches something still held the event.
    expect(parse('Sáng 5/3, Huyện đoàn Nam Sách ra mắt mô hình thanh niên tình nguyện.', '2024-03-06').organizer).toBe('Huyện đoàn Nam Sách');
  });

  it('reads a unit named with its level word right after a date with no comma, and no date of a document it implements', () => {
    expect(parse('Thực hiện Kế hoạch số 282 /KHHĐNVQS ngày 29/9/2023 của UBND huyện về tuyển chọn công dân nhập ngũ năm 2024. Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức Lễ giao nhận quân năm 2024 tại sân vận động huyện.', '2024-02-27')).toMatchObject({
      organizer: 'Huyện Thường Xuân',
      scope: 'district',
      province: 'Thanh Hoa',
      event: { date: '2024-02-26', partOfDay: 'morning', kind: 'ceremony' },
    });
  });

  it('reads a unit named with its level word and its province in brackets as the body', () => {
    expect(parse('Sáng 27-1, phường Phú Lợi (TPHCM) tổ chức họp mặt kỷ niệm 96 năm Ngày thành lập Đảng.', '2026-01-28')).toMatchObject({ province: 'Ho Chi Minh', scope: 'commune' });
  });

  it('reads the owner of a conference named by its purpose, after the purpose', () => {
    expect(parse('Speaking at the conference to summarize the work of 2022, approving the program of coordinated action in 2023 of the Hai Duong Provincial Fatherland Front Committee on the morning of January 16, comrade Le Van Hieu requested more effort.', '2023-01-17')).toMatchObject({
      organizer: 'Hai Duong Provincial Fatherland Front Committee',
      province: 'Hai Duong',
      scope: 'province',
      event: { date: '2023-01-16' },
    });
    // The purpose's own "of" names no body.
    expect(parse('Speaking at the conference to review the work of 2022, comrade Le Van Hieu requested more effort.', '2023-01-17').organizer).toBeNull();
  });

  it('reads the body before a date set off by a comma, with its term', () => {
    expect(parse('Hội đồng nhân dân tỉnh Lào Cai khóa XV, ngày 12/7 đã tổ chức kỳ họp thứ nhất.', '2016-07-13')).toMatchObject({ organizer: 'Hội đồng nhân dân tỉnh Lào Cai khóa XV', event: { date: '2016-07-12', kind: 'session' } });
    expect(parse('The People’s Council of Lao Cai province, on July 12, held its first session.', '2016-07-13')).toMatchObject({ organizer: 'People’s Council of Lao Cai province', event: { date: '2016-07-12', kind: 'session' } });
  });

  it('names a province renamed since as it was on the event\'s day', () => {
    expect(parse('Sáng 5/3, Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị sơ kết công tác quý I.', '2019-03-06').province).toBe('Thua Thien Hue');
    expect(parse('On March 5, the Party Committee of Hue city held a conference.', '2025-03-06').province).toBe('Hue');
  });

  it('reads a lead\'s date cut off above it with its venue, and "Sáng nay, 10-11" after a bare page date', () => {
    expect(parse('Chiều ngày 14/5/2022. Tại nhà văn hóa thôn. Chi hội Cựu chiến binh thôn Đông tổ chức Đại hội lần thứ V.', '2022-05-15').event).toMatchObject({ date: '2022-05-14', partOfDay: 'afternoon' });
    expect(parse('On the afternoon of May 14. At the village hall. The village Veterans Association held its fifth congress.', '2022-05-15').event).toMatchObject({ date: '2022-05-14', partOfDay: 'afternoon' });
    expect(parse('20/5/2022 Sáng nay, 14-5, đồng chí Lê Văn Hòa, Chủ tịch HĐND tỉnh chủ trì kỳ họp chuyên đề HĐND tỉnh.', '2022-05-20').event).toMatchObject({ date: '2022-05-14', partOfDay: 'morning' });
    // "Sáng nay" alone is the page's day.
    expect(parse('20/5/2022 Sáng nay, đồng chí Lê Văn Hòa, Chủ tịch HĐND tỉnh chủ trì kỳ họp chuyên đề HĐND tỉnh.', '2022-05-21').event).toMatchObject({ date: '2022-05-20', partOfDay: 'morning' });
  });

  it('reads a meeting with voters as a meeting, not the session it comes before or after', () => {
    expect(parse('On the morning of July 8, in Bao Loc ward, Deputy Prime Minister Le Thanh Long attended a meeting with voters with the National Assembly Delegation of Lam Dong province after the 9th session of the 15th National Assembly.', '2025-07-09').event.kind).toBe('meeting');
    expect(parse('On the afternoon of December 13, continuing the program of meeting with voters after the 10th session of the 15th National Assembly, the Provincial National Assembly Delegation met voters of Minh Xuan ward.', '2025-12-14').event.kind).toBe('meeting');
    expect(parse('Sáng 8/7, Đoàn đại biểu Quốc hội tỉnh Lâm Đồng tiếp xúc cử tri sau kỳ họp thứ 9, Quốc hội khóa XV.', '2025-07-09').event.kind).toBe('meeting');
    // A conference that is itself the meeting with voters.
    expect(parse('Sáng 31/7/2019, Thường trực HĐND huyện phối hợp với MTTQ huyện tổ chức Hội nghị tiếp xúc cử tri sau kỳ họp thứ 10 HĐND tỉnh.', '2019-08-01').event.kind).toBe('meeting');
    // The delegation named in the sentence holds it, not the assembly whose session it follows.
    expect(parse('On the morning of July 8, in Bao Loc ward, Deputy Prime Minister Le Thanh Long attended a meeting with voters with the National Assembly Delegation of Lam Dong province after the 9th session of the 15th National Assembly.', '2025-07-09')).toMatchObject({
      organizer: 'National Assembly Delegation of Lam Dong province',
      province: 'Lam Dong',
    });
  });

  it('reads the deputies named as a group as the host of a meeting with voters', () => {
    const deputies = parse(
      'On May 20, the National Assembly deputies of Ben Tre province, including Mr. Tran Van A and Ms. Le Thi B, met with more than 300 voters of Mo Cay district.\nAt the meeting, the NA deputies reported the results of the 7th session of the 15th NA.',
      '2024-05-21',
    );
    expect(deputies).toMatchObject({ organizer: 'National Assembly deputies of Ben Tre province', province: 'Ben Tre', event: { kind: 'meeting' } });
    const delegates = parse('On June 29, NA delegates of Ha Tinh province had meetings with voters in Huong Son district after the 5th session, 15th National Assembly.', '2023-06-30');
    expect(delegates).toMatchObject({ organizer: 'NA delegates of Ha Tinh province', province: 'Ha Tinh' });
    const numbered = parse('Ahead of the 8th session of the 15th National Assembly, Delegation No. 2 of the Binh Dinh Province NA Deputies met local voters in An Nhon town on October 9.', '2024-10-10');
    expect(numbered).toMatchObject({ organizer: 'Delegation No. 2 of the Binh Dinh Province NA Deputies', province: 'Binh Dinh' });
    expect(parse('Sáng 9/10, Tổ đại biểu Quốc hội số 2 tỉnh Bình Định tiếp xúc cử tri thị xã An Nhơn.', '2024-10-10')).toMatchObject({ province: 'Binh Dinh', event: { kind: 'meeting' } });
  });
});

describe('organizer: a sitting held under the chairmanship of an official', () => {
  it('reads the body of the office the chair holds when the sitting names no body', () => {
    const en = parse(
      "On the afternoon of May 6, under the chairmanship of comrade Le Van Hai - Member of the Provincial Party Standing Committee, Head of the Provincial Party Committee's Commission for Propaganda, a conference was held to review the press awards.",
      '2024-05-07',
    );
    expect(en.organizer).toBe("Provincial Party Committee's Commission for Propaganda");
    // Another of the chair's offices may be meant: held for review.
    expect(en.confidence?.organizer).toBeLessThan(0.9);
    const vi = parse(
      'Sáng 6/5, dưới sự chủ trì của đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo công tác tuyển quân tỉnh, hội nghị triển khai công tác tuyển quân được tổ chức tại Hội trường UBND tỉnh.',
      '2024-05-07',
    );
    expect(vi.organizer).toBe('Ban chỉ đạo công tác tuyển quân tỉnh');
    expect(vi.confidence?.organizer).toBeLessThan(0.9);
  });

  it('keeps the body named as the subject after the chair', () => {
    expect(
      parse('Chiều 12/3, dưới sự chủ trì của đồng chí Lê Minh Hòa, Phó Bí thư Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy thảo luận về dự thảo đề án phát triển du lịch.', '2024-03-13').organizer,
    ).toBe('Ban Thường vụ Tỉnh ủy');
    expect(
      parse('On March 12, under the chairmanship of Le Minh Hoa, Permanent Deputy Secretary of the Provincial Party Committee, the Provincial Party Standing Committee discussed the draft tourism scheme.', '2024-03-13').organizer,
    ).toBe('Provincial Party Standing Committee');
  });
});

describe('organizer: an -ing word that names a body', () => {
  it('keeps "Working Group" with its list of numbers, unlike an opening participial clause', () => {
    expect(parse('On May 5, Working Group No. 2, No. 5 of the Politburo worked with the Standing Boards of two provincial Party Committees.', '2024-05-06').organizer).toBe(
      'Working Group No. 2, No. 5 of the Politburo',
    );
    expect(parse('Ngày 5/5, Tổ công tác số 2, số 5 của Bộ Chính trị làm việc với Ban Thường vụ hai Tỉnh ủy.', '2024-05-06').organizer).toBe('Tổ công tác số 2, số 5 của Bộ Chính trị');
    // A participle that opens the sentence is still a clause before the subject.
    expect(parse('Responding to the campaign, the Provincial Youth Union held a tree-planting ceremony on May 5.', '2024-05-06').organizer).toBe('Provincial Youth Union');
  });
});

describe('organizer: teams sent by a body, and a relative day after a long opening clause', () => {
  it('reads several teams written in lower case before the body that sent them', () => {
    const vi = parse('Sáng 9-7, các đoàn công tác của Ban Thường vụ Tỉnh ủy đã đến làm việc tại các xã mới thành lập.', '2025-07-10');
    expect(vi.organizer).toBe('Các đoàn công tác của Ban Thường vụ Tỉnh ủy');
    expect(parse('Sáng 9-7, đoàn công tác của UBND tỉnh đã đến kiểm tra tiến độ xây dựng trường học.', '2025-07-10').organizer).toBe('Đoàn công tác của UBND tỉnh');
  });

  it('reads the subject after "Sáng nay" that follows a long opening clause', () => {
    const vi = parse(
      'Thực hiện chương trình làm việc định kỳ mỗi tháng một lần để nghe các sở, ngành báo cáo khó khăn, vướng mắc, Sáng nay, Thường trực Huyện ủy đã nghe báo cáo tiến độ các dự án trọng điểm.',
      '2023-05-15',
    );
    expect(vi.organizer).toBe('Thường trực Huyện ủy');
    expect(vi.event.kind).toBe('meeting');
    expect(
      parse('As part of its monthly programme to hear reports from departments on their difficulties, this morning, the District Party Standing Board listened to reports on key projects.', '2023-05-15').organizer,
    ).toBe('District Party Standing Board');
  });
});

describe('organizer: the members a congress is named after, and their union', () => {
  it('reads the owner of the congress whose closing session the lead names', () => {
    expect(parse('On May 20, the closing session of the 8th Congress of the Da Nang Farmers’ Association took place in Da Nang.', '2023-05-21')).toMatchObject({
      organizer: 'Da Nang Farmers’ Association',
      event: { kind: 'congress' },
    });
    expect(parse('Chiều 20/5, phiên bế mạc Đại hội đại biểu Hội Nông dân thành phố lần thứ VIII diễn ra tại Hội trường thành phố.', '2023-05-21').organizer).toBe('Hội Nông dân thành phố');
  });

  it('reads the union the text names for the members an event is named after, below routing confidence', () => {
    const owner = parse(
      'On May 20, the closing session of the 8th Congress of Da Nang Farmers (2023-2028) was held in the city. The Executive Board of the Da Nang Farmers’ Association for the 2023-2028 term was announced.',
      '2023-05-21',
    );
    expect(owner).toMatchObject({ organizer: 'Da Nang Farmers’ Association', event: { kind: 'congress' } });
    expect(owner.confidence?.organizer).toBeLessThan(0.9);
    const named = parse('On the afternoon of May 20, the 8th Quang Nam Provincial Veterans’ Congress ended. The congress elected the Standing Board of the Provincial Veterans’ Association.', '2023-05-21');
    expect(named).toMatchObject({ organizer: 'Provincial Veterans’ Association', event: { kind: 'congress' } });
    const vi = parse(
      'Đại hội đại biểu Hội Nông dân tỉnh lần thứ X\nSáng 20/5, tại Hội trường tỉnh, đã diễn ra phiên thứ nhất, Đại hội đại biểu Nông dân tỉnh Quảng Nam lần thứ X, nhiệm kỳ 2023-2028.',
      '2023-05-21',
    );
    expect(vi.organizer).toBe('Hội Nông dân tỉnh');
    expect(vi.confidence?.organizer).toBeLessThan(0.9);
  });
});

describe('organizer: a headline run into the story before the paper\'s name', () => {
  it('reads the story\'s subject after "(paper) -", not the headline\'s words', () => {
    expect(parse('Tổng kết công tác Mặt trận năm 2023 (Baotinh.vn) - Ủy ban MTTQ huyện Yên Thành tổ chức hội nghị tổng kết công tác năm 2023.', '2024-01-10').organizer).toBe(
      'Ủy ban MTTQ huyện Yên Thành',
    );
    expect(parse('Reviewing the Front\'s work in 2023 (Baotinh.vn) - The Fatherland Front Committee of Yen Thanh district held a conference to review its work in 2023.', '2024-01-10').organizer).toBe(
      'Fatherland Front Committee of Yen Thanh district',
    );
    // A place's name before the agency's code is a dateline, read as before.
    expect(parse('Yen Thanh (VNA) – The Fatherland Front Committee of Yen Thanh district held a conference on January 9.', '2024-01-10').organizer).toBe('Fatherland Front Committee of Yen Thanh district');
  });

  it('reads bodies that commend people as the subject, and keeps an emulation council\'s name whole', () => {
    expect(parse('(Baotinh.vn) - Huyện ủy Yên Thành đã khen thưởng cho các tập thể, cá nhân xuất sắc tại Hội nghị tổng kết công tác xây dựng Đảng năm 2023.', '2024-01-10').organizer).toBe('Huyện ủy Yên Thành');
    expect(parse('Sáng 9/1, Hội đồng thi đua khen thưởng huyện họp xét khen thưởng năm 2023.', '2024-01-10').organizer).toBe('Hội đồng thi đua khen thưởng huyện');
  });
});

describe('organizer: a venue given with its address in brackets', () => {
  it('reads the subject after a venue whose bracketed address has commas', () => {
    expect(parse('On the morning of May 4, at the Provincial Culture House (No. 12 Le Loi Street, Hai Chau Ward), the Provincial Youth Union held its 10th congress.', '2024-05-05').organizer).toBe(
      'Provincial Youth Union',
    );
    expect(parse('Sáng 4/5, tại Nhà Văn hóa tỉnh (số 12 đường Lê Lợi, phường Hải Châu), Tỉnh đoàn tổ chức Đại hội đại biểu lần thứ X.', '2024-05-05').organizer).toBe('Tỉnh đoàn');
  });
});

describe('organizer: a delegation of bodies opened in lower case, and a standing vice chair\'s body', () => {
  it('reads a delegation whose senders open with a lower-case level word', () => {
    expect(parse('A delegation of the provincial Party Committee, People’s Council and People’s Committee on July 27 held an incense-offering ceremony at the martyrs’ cemetery.', '2024-07-28').organizer).toBe(
      'Delegation of the provincial Party Committee, People’s Council and People’s Committee',
    );
  });

  it('reads the body after "Thường trực", which qualifies a vice chair\'s title', () => {
    expect(parse('Sáng 15/5, đồng chí Lê Văn Hùng, Phó Chủ tịch Thường trực UBND tỉnh chủ trì Hội nghị triển khai công tác phòng, chống thiên tai.', '2024-05-16').organizer).toBe('UBND tỉnh');
    expect(parse('On May 15, Le Van Hung, Standing Vice Chairman of the Provincial People’s Committee, chaired a conference on disaster prevention.', '2024-05-16').organizer).toBe('Provincial People’s Committee');
  });
});

describe('organizer: "Đại hội Đại biểu" written with capitals', () => {
  it('reads the owner after a capitalized "Đại biểu"', () => {
    expect(parse('Sáng ngày 21/7/2020, Đại hội Đại biểu Đảng bộ huyện Tân Phú lần thứ XI, nhiệm kỳ 2020-2025 tổ chức phiên trù bị tại Hội trường huyện.', '2020-07-22').organizer).toBe('Đảng bộ huyện Tân Phú');
  });
});

describe('organizer: co-organising bodies and a partner named with "jointly with"', () => {
  it('reads the subject of "co-organised" and cuts a partner after "jointly with"', () => {
    expect(parse('The youth unions of the Provincial Agencies Bloc and Bac Kan city on March 2 co-organised a ceremony to launch the Youth Month.', '2024-03-03').organizer).toBe(
      'Youth unions of the Provincial Agencies Bloc and Bac Kan city',
    );
    expect(parse('On March 2, the Bac Kan Provincial Youth Union jointly with the Provincial Historical Science Association organised a history contest.', '2024-03-03').organizer).toBe('Bac Kan Provincial Youth Union');
    expect(parse('Ngày 2/3, Tỉnh đoàn Bắc Kạn phối hợp với Hội Khoa học Lịch sử tỉnh tổ chức cuộc thi tìm hiểu lịch sử.', '2024-03-03').organizer).toBe('Tỉnh đoàn Bắc Kạn');
  });
});

describe('organizer: a Party congress at work, and the committee it is held by', () => {
  it('reads the Party Committee the text names for a provincial Party congress read as the body, below routing confidence', () => {
    const en = parse(
      'On October 26, the 19th Provincial Party Congress, term 2020 - 2025, entered its third working day. The Executive Board of the 19th Provincial Party Committee was launched at the Congress.',
      '2020-10-27',
    );
    expect(en).toMatchObject({ organizer: '19th Provincial Party Committee', event: { kind: 'congress' } });
    expect(en.confidence?.organizer).toBeLessThan(0.9);
    expect(parse('Sáng 26/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX bước vào ngày làm việc thứ ba.', '2020-10-27')).toMatchObject({ organizer: 'Đảng bộ tỉnh', event: { kind: 'congress' } });
    // With no committee named, the congress's own name stays, held for review.
    const bare = parse('On October 26, the Quang Nam Provincial Party Congress entered its second working day.', '2020-10-27');
    expect(bare.confidence?.organizer).toBeLessThan(0.9);
  });
});

describe('organizer: a publication stamp between the headline and the story on one line', () => {
  it('reads the subject after a stamp glued to the headline', () => {
    expect(
      parse('Hội nghị báo cáo viên quý I tiến tới Đại hội Hội Nông dân tỉnh lần thứ 1208/01/2024 - 09:15:00 Hội Nông dân tỉnh Bắc Kạn vừa tổ chức hội nghị báo cáo viên quý I/2024.', '2024-01-09').organizer,
    ).toBe('Hội Nông dân tỉnh Bắc Kạn');
    expect(parse("Reporters' conference ahead of the 12th Farmers' Congress 08/01/2024 - 09:15 The Bac Kan Farmers' Association held a press conference on its 12th congress.", '2024-01-09').organizer).toBe(
      "Bac Kan Farmers' Association",
    );
  });
});

describe('organizer: a team named by the document it checks', () => {
  it('reads the team up to the document, below routing confidence since it names no sender', () => {
    const vi = parse('Chiều 12/8, Đoàn giám sát thực hiện Nghị quyết số 20-NQ/TW ngày 1/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI về “Phát triển khoa học và công nghệ” có buổi làm việc với Thường trực Tỉnh ủy.', '2023-08-13');
    expect(vi.organizer).toBe('Đoàn giám sát thực hiện Nghị quyết số 20-NQ/TW');
    expect(vi.confidence?.organizer).toBeLessThan(0.9);
    // A document cited by a body's subject still opens no subject.
    expect(parse('Thực hiện Nghị quyết số 20-NQ/TW, chiều 12/8, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết.', '2023-08-13').organizer).toBe('Ban Thường vụ Huyện ủy');
  });
});

describe('organizer: the words between the body and its verb', () => {
  it('leaves "has just" and "recently" out of the body', () => {
    expect(parse('The Standing Board of the Provincial Veterans’ Association has just held a conference to review its work in 2023.', '2023-12-21').organizer).toBe(
      'Standing Board of the Provincial Veterans’ Association',
    );
    expect(parse('The Executive Committee of the District Youth Union recently organised a seminar on start-ups.', '2024-04-02').organizer).toBe('Executive Committee of the District Youth Union');
  });

  it('leaves "quyết định" out of a body that decides to convene a sitting', () => {
    expect(parse('Ngày 12/6, Thường trực Hội đồng nhân dân huyện Cẩm Giàng quyết định triệu tập Kỳ họp thứ 8.', '2024-06-13').organizer).toBe('Thường trực Hội đồng nhân dân huyện Cẩm Giàng');
  });

  it('does not take the body that launched a campaign or signed a text as the one that holds the event', () => {
    const launched = parse('Ngày 4/10, hưởng ứng phong trào do Sở Văn hóa và Thể thao phát động, Hội Liên hiệp Phụ nữ huyện tổ chức ra quân dọn vệ sinh.', '2024-10-05');
    expect(launched.organizer).toBe('Hội Liên hiệp Phụ nữ huyện');
    expect(parse('Ngày 4/10, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị do Ban Thường vụ Huyện ủy chỉ đạo.', '2024-10-05').organizer).toBe('Hội Liên hiệp Phụ nữ huyện');
  });
});

describe('organizer: an earlier verb inside the subject, and a council named by its delegates', () => {
  it('cuts the subject at "vừa" or "đã" that open an earlier verb', () => {
    expect(parse('Huyện ủy Gia Lộc vừa có văn bản về thời gian tổ chức Đại hội đại biểu Đảng bộ huyện.', '2024-05-02').organizer).toBe('Huyện ủy Gia Lộc');
  });

  it('reads the council for its delegates', () => {
    expect(parse("At the closing sitting, the Provincial People's Council delegates discussed and voted to pass 20 resolutions.", '2024-12-11').organizer).toBe("Provincial People's Council");
  });
});

describe('organizer: a delegation and the leader who heads it', () => {
  it('leaves "do ... làm Trưởng đoàn" out of the delegation', () => {
    expect(parse('Ngày 20/1, Đoàn công tác Hội Nông dân tỉnh do Phó Chủ tịch Hội Nông dân tỉnh Trần Văn Lộc làm Trưởng đoàn đến thăm, chúc Tết các hội viên.', '2024-01-21').organizer).toBe('Đoàn công tác Hội Nông dân tỉnh');
  });
});

describe('organizer: what a ceremony is named for', () => {
  it('does not read the act or the honourees a ceremony is named for as its body', () => {
    expect(parse('On July 26, the Ceremony of Flower Offering for Fallen Soldiers was held at the district cemetery.', '2024-07-27').organizer).toBeNull();
    expect(parse('On July 26, the ceremony of the District Youth Union was held at the district cemetery.', '2024-07-27').organizer).toBe('District Youth Union');
  });
});

describe('organizer: a partner joined by "collaborated with", and a second item of the same day', () => {
  it('reads the subject of "collaborated with ... to hold"', () => {
    expect(parse('On August 15, the Thanh Ha District Party Committee collaborated with the veterans’ liaison board to hold a get-together.', '2019-08-16').organizer).toBe('Thanh Ha District Party Committee');
  });

  it('skips "Also this morning" before the body', () => {
    expect(parse('Also this morning, the Provincial Women’s Union held a conference to review its work.', '2019-01-30').organizer).toBe('Provincial Women’s Union');
  });
});

describe('organizer: the subject of a passive', () => {
  it('does not read the work that was done as the body', () => {
    const task = parse('Sáng 3/8, công tác chuẩn bị Đại hội Hội Cựu chiến binh huyện đã được triển khai kỹ lưỡng.', '2025-08-04');
    expect(task.organizer).not.toMatch(/^Công tác/u);
    // An event held names its owner after it.
    expect(parse('Sáng 3/8, Hội nghị Ban Chấp hành Hội Cựu chiến binh huyện Kim Thành đã được tổ chức.', '2025-08-04').organizer).toBe('Ban Chấp hành Hội Cựu chiến binh huyện Kim Thành');
  });

  it("prefers the headline's body to a holder read only late in the story, and skips sentences about the time behind", () => {
    const page =
      'Thường trực Huyện ủy Tứ Kỳ gặp mặt hội đồng hương Tứ Kỳ tại thành phố Hồ Chí Minh\n\n' +
      'Ngày 18/12/2022, đoàn công tác của huyện đã có buổi gặp mặt Hội đồng hương Tứ Kỳ tại Thành phố Hồ Chí Minh. Dự buổi gặp mặt có đồng chí Vũ Xuân Đạt, Phó Bí thư Thường trực Huyện ủy.\n\n' +
      'Thời gian qua, Hội đồng hương Tứ Kỳ tại TP HCM thường xuyên theo dõi tình hình của hội viên, tổ chức thăm hỏi hội viên lúc ốm đau. Ngoài ra, Hội còn thường xuyên kêu gọi, quyên góp tiền, hiện vật, tổ chức các hoạt động nhân đạo.';
    expect(parse(page, '2022-12-27')).toMatchObject({ organizer: 'Thường trực Huyện ủy Tứ Kỳ', province: 'Hai Duong', districts: ['tu-ky'] });
    // A headline whose subject is a place alone ("TP Lạng Sơn kỷ niệm ...") leaves the story's holder.
    const place = 'Tứ Kỳ biểu dương điển hình tiên tiến\n\nSáng 5/3/2020, tại hội trường huyện. Các đại biểu dự lễ. Đại biểu đã nghe báo cáo. UBND huyện Tứ Kỳ tổ chức hội nghị biểu dương điển hình tiên tiến.';
    expect(parse(place, '2020-03-06').organizer).not.toBe('Tứ Kỳ');
  });

  it('reads no holder from an event named by the document it adopted', () => {
    const page =
      'Bình Giang kỷ niệm 90 năm Ngày truyền thống ngành tuyên giáo của Đảng\n\n01/08/2020 07:00\n\n' +
      'Đội ngũ cán bộ tuyên giáo huyện Bình Giang tích cực tuyên truyền, góp phần đưa Nghị quyết Đại hội Đảng bộ các cấp vào thực tiễn.\n\n' +
      'Sáng 31.7, Ban Tuyên giáo Huyện uỷ Bình Giang tổ chức kỷ niệm 90 năm Ngày truyền thống ngành tuyên giáo của Đảng.';
    expect(parse(page, '2020-08-01')).toMatchObject({ organizer: 'Ban Tuyên giáo Huyện uỷ Bình Giang', scope: 'district', districts: ['binh-giang'] });
  });

  it('reads the verb right after the title of a delegation\'s head, not the team a number names', () => {
    expect(parse('Sáng 13/4/2021, Đoàn công tác của Ủy ban bầu cử tỉnh Nghệ An do đồng chí Bùi Thanh An làm Trưởng đoàn kiểm tra công tác chuẩn bị bầu cử tại huyện Yên Thành.', '2021-04-14').organizer).toBe(
      'Đoàn công tác của Ủy ban bầu cử tỉnh Nghệ An',
    );
    expect(parse('Chiều 14/3/2026, Chủ tịch Quốc hội Trần Thanh Mẫn, Trưởng đoàn kiểm tra số 11 của Bộ Chính trị đã chủ trì Hội nghị công bố Quyết định kiểm tra.', '2026-03-15').organizer).not.toBe('Quốc hội');
  });
});
