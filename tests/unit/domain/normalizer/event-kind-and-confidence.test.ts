import { extractEventKind, kindFromStory, kindOfVerb } from '../../../../shared/domain/normalizer/event-kind';
import { read } from './helpers';

describe('event kind on real leads', () => {
  it('reads the kind from the words that name the event', () => {
    expect(read('Sáng 26/9, Đại hội Đảng bộ thành phố Hải Phòng lần thứ nhất diễn ra phiên làm việc thứ nhất.', '2025-09-27').event.kind).toBe('congress');
    expect(read("Attending the 13th meeting of the 16th provincial People's Council on July 24, the Chairwoman spoke.", '2020-07-25').event.kind).toBe('session');
    expect(read('On March 5, the Bac Ninh Provincial Party Committee held its 26th meeting.', '2024-03-06').event.kind).toBe('conference');
    expect(read('Ngày 15/1, Thị ủy Kinh Môn tổng kết công tác năm 2019.', '2020-01-16').event.kind).toBe('conference');
    // A body that organizes an assessment, a summary or a preliminary review of a text's implementation holds a conference.
    expect(read('On the morning of May 17, the Party Committee of the Bloc of Agencies of Hai Duong province organized an assessment of the implementation results of Conclusion No. 01-KL/TW.', '2024-05-18').event.kind).toBe('conference');
    expect(read('On May 17, the District Party Committee held a preliminary review of 3 years of implementing Directive 05.', '2024-05-18').event.kind).toBe('conference');
    expect(read('On March 16, the Prime Minister worked with the Standing Committee of Hai Duong Provincial Party Committee.', '2023-03-17').event.kind).toBe('meeting');
    expect(read('Sáng 30/1, Đảng ủy xã Hưng Long tổ chức hội nghị giao ban.', '2026-01-31').event.kind).toBe('meeting');
  });

  it('reads the day and the kind of the sitting a sentence after a dateless lead names', () => {
    const record = read('Secretary of the Hai Phong Party Committee Le Tien Chau has required strong focus on plan implementation.\nSecretary of the Hai Phong Party Committee Le Tien Chau chaired a meeting of the committee’s Standing Board on September 9 to review the city’s socio-economic situation.', '2025-09-10');
    expect(record.event).toMatchObject({ date: '2025-09-09', kind: 'meeting' });
    // A day the sentence only speaks of is none.
    expect(read('The chairman stressed the targets.\nHe said the plan adopted on September 9 must be carried out.', '2025-09-10').event.date).toBeNull();
  });

  it('reads the kind from a later sentence that says the sitting took place ("đã diễn ra lễ ...")', () => {
    expect(read('VTV.vn - Tối 20/4, tại Quảng trường Sao Đỏ, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã trao Nghị quyết thành lập thành phố Chí Linh cho lãnh đạo thành phố.\n\nTối 20/4, tại tỉnh Hải Dương, đã diễn ra lễ công bố nghị quyết của Ủy ban Thường vụ Quốc hội.', '2019-04-21').event.kind).toBe('ceremony');
  });

  it('reads a body that receives a delegation as holding a meeting, and as the organizer', () => {
    const vi = read('Chiều 8/4, Thường trực HĐND tỉnh Cao Bằng tiếp đoàn công tác của tỉnh Quảng Tây.', '2024-04-09');
    expect(vi).toMatchObject({ organizer: 'Thường trực HĐND tỉnh Cao Bằng', province: 'Cao Bang', event: { kind: 'meeting' } });
    expect(read("On April 8, the Cao Bang Provincial People's Committee received a delegation of Guangxi.", '2024-04-09').event.kind).toBe('meeting');
  });
});

describe('event kind: a sitting named by its ceremony, a press conference, a site check', () => {
  it('reads the opening or closing ceremony of a sitting as that sitting', () => {
    expect(extractEventKind('Sáng 3-12, tại nhà văn hóa huyện đã diễn ra lễ khai mạc Đại hội đại biểu Hội Nông dân huyện lần thứ X.', 0)).toBe('congress');
    expect(extractEventKind('Chiều 9-7 diễn ra lễ bế mạc kỳ họp thứ 8 HĐND huyện.', 0)).toBe('session');
    expect(extractEventKind('The opening ceremony of the 9th congress of the provincial Farmers Association took place on Monday.', 0)).toBe('congress');
    // A ceremony of its own stays a ceremony.
    expect(extractEventKind('Sáng 2-9, xã tổ chức lễ kỷ niệm 80 năm Quốc khánh.', 0)).toBe('ceremony');
    expect(extractEventKind('The opening ceremony of the new bridge drew a crowd.', 0)).toBe('ceremony');
  });

  it('reads a congress subject named with its ordinal and its body', () => {
    expect(read("On the morning of June 4, the 12th Lang Son Provincial Farmers' Congress closed.", '2023-06-05').event.kind).toBe('congress');
    expect(read('Sáng 4-6, Đại hội Hội Nông dân tỉnh lần thứ XII bế mạc.', '2023-06-05').event.kind).toBe('congress');
  });

  it("reads a congress's official session as the congress, its term outside the body's name", () => {
    const record = read("The official session of the 16th Vietnam Fatherland Front (VFF) Congress of Hoa Binh province for the 2024 - 2029 tenure took place at the province's Cultural Palace on August 1.", '2024-08-02');
    expect(record).toMatchObject({ event: { kind: 'congress' }, organizer: '16th Vietnam Fatherland Front (VFF) Congress of Hoa Binh province', province: 'Hoa Binh' });
  });

  it('reads the launch of an emulation drive as a ceremony', () => {
    expect(read('Sáng ngày 06/01/2022, Huyện đoàn Phù Mỹ tổ chức phát động thi đua chào mừng Đại hội Đoàn các cấp.', '2022-01-07').event.kind).toBe('ceremony');
    // A drive the body launched some time before is no event of the story's.
    expect(read('Sáng 7/3, Hội LHPN huyện tổ chức hội nghị tổng kết; năm qua Hội đã phát động thi đua trong hội viên.', '2022-03-08').event.kind).toBe('conference');
  });

  it('reads a press conference as a conference', () => {
    expect(extractEventKind('Chiều 10-3, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo về lễ hội đền Kiếp Bạc.', 0)).toBe('conference');
    expect(extractEventKind('The provincial Party Committee held a press conference on the festival.', 0)).toBe('conference');
  });

  it('reads checking the progress of works as an inspection', () => {
    expect(extractEventKind('The district chairman checked the progress of road works in An Phu commune.', 0)).toBe('inspection');
    expect(extractEventKind('Lãnh đạo huyện kiểm tra tiến độ thi công cầu Bình.', 0)).toBe('inspection');
    expect(extractEventKind('The chairman checked his notes and spoke.', 0)).toBe('other');
  });
});

describe('event kind from the story: a working session, an inspection team, a congress in session', () => {
  it('reads the working session of a sitting as that sitting', () => {
    expect(kindFromStory(['Ông Lê Văn Tâm tiếp tục giữ chức Chủ tịch Hội.', 'Ngày 5-10, Hội Nông dân tỉnh tiến hành phiên làm việc thứ hai đại hội đại biểu lần thứ IX.'])).toBe('congress');
    expect(kindFromStory(['Mr. Le Van Tam keeps his post.', 'Delegates met in the second working session of the 9th provincial Farmers Congress on Monday.'])).toBe('congress');
  });

  it('reads a lead that tells an inspection team at work as an inspection', () => {
    expect(kindFromStory(['Ngày 12-5, đồng chí Trần Văn Bình làm trưởng đoàn Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy tại Huyện ủy Tứ Kỳ.'])).toBe('inspection');
    expect(kindFromStory(['On May 12, Mr. Tran Van Binh led an inspection team of the provincial Party Committee to Tu Ky district.'])).toBe('inspection');
    expect(kindFromStory(['Ngày 12-5, đồng chí Trần Văn Bình làm việc tại Huyện ủy Tứ Kỳ.'])).toBe('other');
  });

  it('reads a session held by an ordinal congress as the congress', () => {
    expect(extractEventKind('Continuing at the second session, on May 18, the 12th Congress of the Nam Sach District Party Committee elected its executive committee.', 0)).toBe('congress');
    expect(extractEventKind("At the 10th session, the provincial People's Council reviewed the resolution of the 13th Party Congress.", 0)).toBe('session');
    expect(kindFromStory(['The chairman was elected.', 'At the second session, the 12th Congress of the district Party Committee elected 39 members.'])).toBe('congress');
  });
});

describe('event kind: the event, not the events it is about', () => {
  it('does not take a congress or conference whose resolution is carried out, or that is prepared, for the event', () => {
    expect(read('Sáng 15/7, Huyện ủy Cẩm Giàng tổ chức sơ kết 3 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI.', '2023-07-16').event.kind).toBe('conference');
    expect(read('Ngày 2/10, Đảng ủy xã Tân Hưng tổ chức duyệt văn kiện Đại hội Đảng bộ xã lần thứ XV.', '2024-10-03').event.kind).toBe('meeting');
    expect(read("On April 9, the provincial Women's Union held a meeting to prepare for its 18th congress.", '2024-04-10').event.kind).toBe('meeting');
    expect(extractEventKind('the district implemented the resolution of the 13th National Party Congress', 0)).toBe('other');
    expect(extractEventKind("carrying out the 13th Party Congress's resolution", 0)).toBe('other');
  });

  it('reads review, study and drafting verbs after the organizer', () => {
    expect(kindOfVerb(' tổ chức tổng kết 10 năm thực hiện Chỉ thị')).toBe('conference');
    expect(kindOfVerb(' tổ chức học tập, quán triệt Nghị quyết')).toBe('conference');
    expect(kindOfVerb(' held a review of the movement')).toBe('conference');
    expect(kindOfVerb(' tổ chức duyệt chương trình')).toBe('meeting');
    expect(kindOfVerb(' cho ý kiến vào dự thảo báo cáo')).toBe('meeting');
    expect(kindOfVerb(' trao quà cho học sinh')).toBe('other');
    expect(kindOfVerb(' tổ chức trao Huy hiệu 30 năm tuổi Đảng')).toBe('ceremony');
    expect(kindOfVerb(' long trọng đón nhận Huân chương Lao động hạng Ba')).toBe('ceremony');
  });

  it('reads a sitting of a whole executive committee as its plenum, of its standing board as a meeting', () => {
    expect(read('Ngày 20/4, Ban Chấp hành Đảng bộ huyện Nam Sách tổ chức họp định kỳ quý I.', '2024-04-21').event.kind).toBe('conference');
    expect(read('On the morning of June 3, the provincial Party Executive Committee held a meeting to discuss the plan.', '2024-06-04').event.kind).toBe('conference');
    expect(read('On the afternoon of June 3, the Standing Board of the provincial Party Committee held a meeting with the delegation.', '2024-06-04').event.kind).toBe('meeting');
    expect(read('Ngày 6/3, Ban Chấp hành Hội Nông dân tỉnh họp với Đoàn công tác của Trung ương Hội.', '2024-03-07').event.kind).toBe('meeting');
    expect(read("On July 10, the Executive Committee of the provincial Farmers' Association met to review the first half of the year.", '2024-07-11').event.kind).toBe('conference');
    expect(read('On July 10, the Executive Committee of the Youth Union met with young entrepreneurs.', '2024-07-11').event.kind).toBe('meeting');
    // In English the whole committee is also "the provincial Party Committee"; its leaders meet without it.
    expect(read('On March 3, the provincial Party Committee held a meeting to review the first quarter.', '2024-03-04').event.kind).toBe('conference');
    const leaders = 'Leaders of the provincial Party Committee';
    expect(extractEventKind(`${leaders} held a meeting to discuss the plan.`, leaders.length)).toBe('meeting');
    expect(read('On March 3, the provincial Party Committee held a meeting with war veterans.', '2024-03-04').event.kind).toBe('meeting');
  });

  it('reads the sitting that the verb "họp" holds', () => {
    expect(read('Sáng 2/12, HĐND huyện Gia Lộc họp kỳ họp thứ 9.', '2024-12-03').event.kind).toBe('session');
    expect(read('Ngày 4/4, Ban Chấp hành Công đoàn tỉnh họp hội nghị lần thứ 3.', '2024-04-05').event.kind).toBe('conference');
  });

  it('reads a numbered meeting by its owner: a council sits in session, a Party committee in plenum', () => {
    expect(read("The 9th meeting, the 17th provincial People's Council term 2021-2026 opened on July 10.", '2024-07-11').event.kind).toBe('session');
    expect(read('On March 2, the Hai Duong Provincial Party Committee held the 18th meeting to review the first two months.', '2024-03-03').event.kind).toBe('conference');
  });

  it('reads a kind phrase cut by the end of the organizer, but not a place name that ends in its first syllable', () => {
    expect(extractEventKind('các vị đại biểu tham dự Kỳ họp, Hội đồng nhân dân tỉnh khai mạc', 'các vị đại biểu tham dự Kỳ'.length)).toBe('session');
    expect(read('Sáng 8/5, Ban Thường vụ Huyện ủy Tứ Kỳ họp cho ý kiến vào dự thảo báo cáo chính trị.', '2024-05-09').event.kind).toBe('meeting');
  });

  it('reads the kind from the story when the lead names no sitting', () => {
    expect(kindFromStory(['Mr. A took office on Monday.', 'The decision was read at the ceremony.'])).toBe('ceremony');
    expect(kindFromStory(['Ông Nguyễn Văn An nhận nhiệm vụ mới.', 'Phát biểu tại hội nghị, ông cảm ơn Ban Chấp hành.'])).toBe('conference');
    expect(kindFromStory(['Bà Trần Thị Bình được bầu giữ chức Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026.'])).toBe('session');
    expect(kindFromStory(['Ông Lê Văn Cường được bầu giữ chức Bí thư Tỉnh đoàn.'])).toBe('conference');
    expect(kindFromStory(['The river rose by two metres overnight.'])).toBe('other');
    expect(kindFromStory(["The council elected Mr. Hai as chairman of the People's Committee."])).toBe('session');
    // An officer "newly elected" earlier tells no election at this event.
    expect(kindFromStory(['The newly elected Chairman thanked voters.'])).toBe('other');
    expect(kindFromStory(['On the occasion, President Vo Van Thuong presented the first-class Labour Order to the province.'])).toBe('ceremony');
    // An award of an earlier year tells no hand-over at this event.
    expect(kindFromStory(['In 2022, the unit was awarded the emulation flag of the Government.'])).toBe('other');
    expect(kindFromStory(['Năm 2023, Hội được Trung ương Hội tặng Cờ thi đua xuất sắc.'])).toBe('other');
    expect(read("The provincial People's Committee on June 2 announced decisions on personnel.\nAlso at the ceremony, the chairman spoke.", '2024-06-03').event.kind).toBe('ceremony');
  });
});

describe('event kind in realistic leads', () => {
  const cases: readonly (readonly [lead: string, kind: string])[] = [
    ['Sáng 12/3, HĐND tỉnh khóa XVII tổ chức kỳ họp thứ 15.', 'session'],
    ['Sáng 10/12, HĐND tỉnh khai mạc kỳ họp thường lệ cuối năm.', 'session'],
    ['Chiều 4/6, Thường trực HĐND tỉnh họp phiên thường kỳ tháng 6.', 'meeting'],
    ['Chiều 20/5, Thường trực HĐND huyện Cẩm Giàng tổ chức họp liên tịch chuẩn bị kỳ họp thứ 8.', 'meeting'],
    ['Sáng 3/10, Ban Chấp hành Đảng bộ tỉnh họp phiên bất thường.', 'conference'],
    ['On June 5, the 7th session of the 15th National Assembly closed in Hanoi.', 'session'],
    ['Ngày 20/4, Ban Chấp hành Đảng bộ huyện Nam Sách tổ chức họp định kỳ quý I.', 'conference'],
    ['Sáng 8/5, Ban Thường vụ Huyện ủy Tứ Kỳ họp cho ý kiến vào dự thảo báo cáo chính trị.', 'meeting'],
    ['Ngày 2/10, Đảng ủy xã Tân Hưng tổ chức duyệt văn kiện Đại hội Đảng bộ xã lần thứ XV.', 'meeting'],
    ['Sáng 15/7, Huyện ủy Cẩm Giàng tổ chức sơ kết 3 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI.', 'conference'],
    ['Chiều 9/11, Thị ủy Kinh Môn tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 8.', 'conference'],
    ['Ngày 5/3, Hội Nông dân tỉnh tổ chức tổng kết công tác năm 2023.', 'conference'],
    ['Sáng 25/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII khai mạc phiên trù bị.', 'congress'],
    ['Sáng 3/2, Tỉnh ủy tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng.', 'ceremony'],
    ['Chiều 6/11, Ban Thường vụ Huyện ủy Gia Lộc tổ chức trao Huy hiệu 30, 40 năm tuổi Đảng cho 52 đảng viên.', 'ceremony'],
    ['Sáng 13/6, Ban Thường vụ Tỉnh ủy tổ chức gặp mặt cán bộ hưu trí nhân dịp kỷ niệm ngày thành lập.', 'ceremony'],
    ['Sáng 2/9, Bệnh viện Đa khoa tỉnh long trọng đón nhận Huân chương Lao động hạng Ba.', 'ceremony'],
    ['Ngày 14/8, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy kiểm tra công tác cán bộ tại Huyện ủy Thanh Hà.', 'inspection'],
    ['Sáng 19/5, đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Gia Lộc.', 'meeting'],
    ["On May 14, the provincial People's Council convened its 12th meeting.", 'session'],
    ["The 9th meeting, the 17th provincial People's Council term 2021-2026 opened on July 10.", 'session'],
    ['On March 2, the Hai Duong Provincial Party Committee held the 18th meeting to review the first two months.', 'conference'],
    ['On the morning of June 3, the provincial Party Executive Committee held a meeting to discuss the socio-economic plan.', 'conference'],
    ['On the afternoon of June 3, the Standing Board of the provincial Party Committee held a meeting with the delegation.', 'meeting'],
    ['On October 7, the Nam Sach district Party Committee held a conference to implement the resolution of the 13th National Party Congress.', 'conference'],
    ["On April 9, the provincial Women's Union held a meeting to prepare for its 18th congress.", 'meeting'],
    ["The provincial People's Committee on June 2 announced decisions on personnel.\nAlso at the ceremony, the chairman spoke.", 'ceremony'],
    ["Nguyen Van An has been elected as Chairman of the Hai Duong provincial People's Committee for the 2021-2026 term.", 'session'],
    ['Tran Thi Binh has been elected as Secretary of the provincial Youth Union for the 2022-2027 term.', 'conference'],
  ];
  it.each(cases)('%s', (lead, kind) => {
    expect(read(lead, '2024-12-20').event.kind).toBe(kind);
  });
});

describe('confidence per field', () => {
  it('is high for a lead that names its date, body and province', () => {
    const record = read('Sáng 9/7/2024, HĐND tỉnh Hải Dương khóa XVII tổ chức kỳ họp thứ 22. Đồng chí Lê Văn Hiệu chủ trì kỳ họp.', '2024-07-10');
    expect(record.confidence).toMatchObject({ language: expect.any(Number), eventDate: expect.any(Number) });
    for (const field of ['eventDate', 'organizer', 'province', 'scope'] as const) expect(record.confidence![field]).toBeGreaterThanOrEqual(0.9);
  });

  it('is low where the text does not tell', () => {
    const record = read('Danh sách đi chợ: cà chua, trứng, rau muống.', '2024-07-10');
    expect(record.organizer).toBeNull();
    for (const field of ['genre', 'eventDate', 'organizer', 'province'] as const) expect(record.confidence![field]).toBeLessThan(0.5);
  });

  it('is lower for a date read outside the lead than for one of the lead', () => {
    const inLead = read('On March 14, 2024, the Nam Sach District Party Committee held a conference.', '2024-03-15');
    const later = read('The Nam Sach District Party Committee reviewed its work.\nThe district has many tasks ahead of it this year.\nOn the afternoon of March 14, delegates discussed the plan.', '2024-03-15');
    expect(later.event.date).toBe(inLead.event.date);
    expect(inLead.confidence!.eventDate).toBeGreaterThanOrEqual(0.9);
    expect(later.confidence!.eventDate).toBeLessThan(0.9);
  });

  it('is below routing level for an organizer read loosely: a unit as the actor, a name over a comma', () => {
    const body = read('Sáng 20-7, Huyện ủy Gia Lộc tổ chức kỷ niệm 70 năm ngày thành lập Đảng bộ huyện.', '2016-07-21');
    const place = read('Sáng 20-7, huyện Gia Lộc tổ chức kỷ niệm 70 năm ngày thành lập Đảng bộ huyện.', '2016-07-21');
    expect(place.organizer).toBe('Huyện Gia Lộc');
    expect(body.confidence!.organizer).toBeGreaterThanOrEqual(0.9);
    expect(place.confidence!.organizer).toBeLessThan(0.9);
  });
});
