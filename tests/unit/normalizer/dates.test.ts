import { findDates, resolveYear } from '../../../shared/domain/normalizer/dates';
import { parse } from './helpers';

describe('event date and part of day', () => {
  it('reads "On the afternoon of January 11" against the reference date', () => {
    const record = parse('On the afternoon of January 11, the Provincial People\'s Committee held a meeting.', '2024-01-12');
    expect(record.event).toMatchObject({ date: '2024-01-11', partOfDay: 'afternoon' });
  });

  it('puts a late-December event in the previous year when read in January', () => {
    expect(parse('On the morning of December 30, the Provincial Party Committee held a conference.', '2025-01-02').event.date).toBe('2024-12-30');
    expect(parse('Tối 31/12, UBND tỉnh tổ chức lễ đón năm mới.', '2025-01-01').event).toMatchObject({ date: '2024-12-31', partOfDay: 'evening' });
  });

  it('reads Vietnamese day/month forms with the part of day before them', () => {
    expect(parse('Chiều 11/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '2024-01-12').event).toMatchObject({ date: '2024-01-11', partOfDay: 'afternoon' });
    expect(parse('Sáng 5-3, UBND huyện tổ chức hội thảo.', '2025-03-06').event).toMatchObject({ date: '2025-03-05', partOfDay: 'morning' });
    expect(parse('Sáng ngày 15 tháng 8 năm 2024, Thị ủy tổ chức hội nghị.', '2025-01-01').event).toMatchObject({ date: '2024-08-15', partOfDay: 'morning' });
    expect(parse('Ngày 15/5, UBND huyện tổ chức đại hội.', '2025-05-17').event).toMatchObject({ date: '2025-05-15', partOfDay: null });
  });

  it('keeps a written year and reads ordinal days', () => {
    expect(parse('On March 14, 2024, the District Party Committee held a conference.', '2025-06-01').event.date).toBe('2024-03-14');
    expect(parse('On the morning of 21st May, the Front held its congress.', '2024-05-22').event).toMatchObject({ date: '2024-05-21', partOfDay: 'morning' });
  });

  it('does not take the date of a cited document or an anniversary span for the event', () => {
    const text =
      'Implementing Directive No. 35-CT/TW dated June 14, 2024 of the Politburo, on the evening of February 25 the hospital held a ceremony (February 27, 1955 - February 27, 2025).';
    expect(parse(text, '2025-02-26').event).toMatchObject({ date: '2025-02-25', partOfDay: 'evening' });
    const vi = 'Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, chiều 9/7 Huyện ủy tổ chức hội nghị.';
    expect(parse(vi, '2024-07-10').event.date).toBe('2024-07-09');
  });

  it('does not take a batch named after a holiday for the event day', () => {
    const text = 'Đảng bộ xã tổ chức Lễ trao Huy hiệu Đảng đợt 2/9/2025. Chiều ngày 24/9/2025, Đảng bộ xã long trọng tổ chức Lễ trao Huy hiệu Đảng đợt 2/9.';
    expect(parse(text, '2025-09-25').event).toMatchObject({ date: '2025-09-24', partOfDay: 'afternoon' });
  });

  it('reads an opening "Early September 18" as the morning', () => {
    expect(parse('Early September 18, the Front held its congress online.', '2020-09-20').event).toMatchObject({ date: '2020-09-18', partOfDay: 'morning' });
    expect(parse('In early September, on September 18, the Front held its congress.', '2020-09-20').event.partOfDay).toBeNull();
  });

  it('dates an event of several days by its first day', () => {
    expect(parse('After two days of working, the 6th session of the provincial People\'s Council ended on July 11 afternoon.', '2018-07-12').event).toMatchObject({ date: '2018-07-10', partOfDay: null });
    expect(parse('Sau 3 ngày làm việc, ngày 7/6/2020, Đại hội đại biểu Đảng bộ thành phố lần thứ XXIII đã bế mạc.', '2020-06-08').event.date).toBe('2020-06-05');
    const congress = 'Sáng ngày 19/8/2025, Đại hội đại biểu Đảng bộ xã lần thứ I đã chính thức khai mạc.\nĐại hội đã báo cáo kết quả phiên trù bị diễn ra vào ngày 18 tháng 8 năm 2025.';
    expect(parse(congress, '2025-08-19').event).toMatchObject({ date: '2025-08-18', partOfDay: null });
    expect(parse('On July 11, the session ended after two hours of debate.', '2018-07-12').event.date).toBe('2018-07-11');
  });

  it('warns when there is no date', () => {
    const record = parse('The Provincial People\'s Committee held a meeting.');
    expect(record.event.date).toBeNull();
    expect(record.warnings).toContain('event date not found');
  });

  it('does not read fractions or counts as dates', () => {
    expect(findDates('vượt 18/20 chỉ tiêu, 1.120 hộ, giai đoạn 2020-2025, tăng 10.2%')).toEqual([]);
  });

  it('resolves a year-less date to the latest one not after the reference date', () => {
    expect(resolveYear({ day: 11, month: 1, year: null }, '2024-01-12')).toBe('2024-01-11');
    expect(resolveYear({ day: 20, month: 1, year: null }, '2024-01-15')).toBe('2024-01-20');
    expect(resolveYear({ day: 29, month: 2, year: null }, '2025-03-01')).toBe('2024-02-29');
    expect(resolveYear({ day: 31, month: 2, year: 2024 }, '2024-03-01')).toBeNull();
  });

  it('reads a weekday between the part of day and the date', () => {
    expect(parse('On the morning of Saturday, January 11, the District Party Committee held a meeting.', '2025-01-12').event).toMatchObject({ date: '2025-01-11', partOfDay: 'morning' });
    expect(parse('Sáng thứ Bảy (11/1), Huyện ủy tổ chức hội nghị.', '2025-01-12')).toMatchObject({ event: { date: '2025-01-11', partOfDay: 'morning' }, organizer: 'Huyện ủy' });
  });

  it('counts a weekday of the lead back from the page stamp, with less confidence', () => {
    const page = 'Council session opens\n\nJuly 09, 2019, 11:13 [GMT+7]\n\nThe 11th session of the Da Nang People\'s Council opened at the meeting hall on Tuesday morning.';
    const record = parse(page, '2019-07-20');
    expect(record.event).toMatchObject({ date: '2019-07-09', partOfDay: 'morning' });
    expect(record.confidence?.eventDate).toBeLessThan(0.9);
    expect(parse('On May 2, the congress began its session on Wednesday.', '2024-05-03').event.date).toBe('2024-05-02');
    expect(parse('The congress began its first working session in Ha Noi on Wednesday.', '2024-10-18').event.date).toBe('2024-10-16');
  });

  it('counts back a weekday of the sentence that names the event\'s holder when the lead names no day', () => {
    const page =
      'Meeting marks the first general election\n\n30/12/2025 10:15\n\nVice Chairman of the National Assembly Le Minh Hoan hopes the deputies will keep proposing legislative initiatives.\n\n' +
      'He expressed his hope on Tuesday while attending a meeting held by the Khanh Hoa Province National Assembly Delegation.';
    const record = parse(page, '2026-01-05');
    expect(record.event.date).toBe('2025-12-30');
    expect(record.confidence?.eventDate).toBeLessThan(0.9);
    // A weekday of a later sentence that names no holder dates nothing.
    expect(parse(page.replace('while attending a meeting held by the Khanh Hoa Province National Assembly Delegation', 'to reporters'), '2026-01-05').event.date).toBeNull();
  });

  it('dates the event by a later sentence that opens on the sitting ("At a meeting with ... on November 17")', () => {
    const page =
      'Top legislator meets voters in Hai Phong city\n\nHai Phong (VNA) – Voters in Hai An district have expressed their support for decisions made at the recently-ended second session of the 15th legislature.\n' +
      'At a meeting with National Assembly Chairman Vuong Dinh Hue and a delegation of NA deputies in the city on November 17, they highlighted the shift to safe adaptation.';
    expect(parse(page, '2021-11-18').event.date).toBe('2021-11-17');
    // A sentence that only mentions a meeting in passing dates nothing.
    expect(parse(page.replace('At a meeting with', 'They spoke of'), '2021-11-18').event.date).toBeNull();
  });

  it('dates "this morning", "hôm nay" and "yesterday" by the page stamp, below routing confidence', () => {
    const stamp = 'Council session\n\n16/10/2024 09:12\n\n';
    const english = parse(`${stamp}This morning, the Hai Duong Provincial People's Council opened its 22nd session.`, '2024-10-20');
    expect(english).toMatchObject({ organizer: "Hai Duong Provincial People's Council", event: { date: '2024-10-16', partOfDay: 'morning' } });
    expect(english.confidence?.eventDate).toBeLessThan(0.9);
    expect(parse(`${stamp}Hôm qua, HĐND tỉnh Hải Dương khai mạc kỳ họp thứ 22.`, '2024-10-20')).toMatchObject({ organizer: 'HĐND tỉnh Hải Dương', event: { date: '2024-10-15' } });
    expect(parse(`${stamp}Sáng nay (16/10), HĐND tỉnh Hải Dương khai mạc kỳ họp thứ 22.`, '2024-10-20').event).toMatchObject({ date: '2024-10-16', partOfDay: 'morning' });
  });
});

describe('event date: spaced dashes and wire datelines', () => {
  it('reads a day and month joined by a spaced dash after "ngày" or a part of day', () => {
    expect(parse('(PV) Ngày 12 – 10, UBND tỉnh họp phiên thường kỳ tháng 10.', '2024-10-13').event).toMatchObject({ date: '2024-10-12', kind: 'meeting' });
    expect(parse('Chiều 3 - 4 - 2024, Huyện ủy tổ chức hội nghị sơ kết quý I.', '2024-04-05').event).toMatchObject({ date: '2024-04-03', partOfDay: 'afternoon' });
    // A spaced dash between two counts is no date.
    expect(parse('Hội nghị có 15 – 20 đại biểu mỗi điểm cầu. Ngày 9/4, Huyện ủy tổ chức hội nghị.', '2024-04-10').event.date).toBe('2024-04-09');
  });

  it('does not take the wire\'s day in a dateline for the event\'s', () => {
    expect(
      parse('Da Nang, June 12 (VNA) -- A workshop on coastal tourism was held in Da Nang city on June 10 and 11 by the municipal People\'s Committee.', '2024-06-13').event,
    ).toMatchObject({ date: '2024-06-10', kind: 'workshop' });
    expect(parse('Hanoi, 12/6 (VNA) - The Ministry of Health held a conference on June 11.', '2024-06-13').event.date).toBe('2024-06-11');
  });
});

describe('event date: an item of a list of events that opens with a bullet', () => {
  it('dates the event by the day that opens the first bulleted item after an undated lead', () => {
    const vi = parse('(Baotinh.vn) - Huyện ủy Yên Thành đã khen thưởng cho các tập thể, cá nhân xuất sắc năm 2023.\n\n* Ngày 9/01, Huyện ủy Yên Thành tổ chức Hội nghị tổng kết công tác năm 2023.', '2024-01-10');
    expect(vi.event.date).toBe('2024-01-09');
    expect(vi.confidence?.eventDate).toBeLessThan(0.9);
    expect(parse('Two district Party Committees commended outstanding members in 2023.\n\n- On January 9, the Yen Thanh District Party Committee held its year-end conference.', '2024-01-10').event.date).toBe('2024-01-09');
  });
});

describe('event date: a portal banner of the day, and the term of a congress whose resolution is reviewed', () => {
  it('does not take a weekday and date alone above the headline for the page\'s stamp', () => {
    expect(parse('Thứ tư,  15/05/2024\nHội Cựu chiến binh tỉnh sơ kết công tác quý I\nSáng nay (3/4), Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác quý I.', '2019-04-04').event.date).toBe('2019-04-03');
    expect(parse('Wednesday, 05/15/2024\nVeterans review first quarter\nOn April 3, the Provincial Veterans\' Association held a conference to review its work in the first quarter.', '2019-04-04').event.date).toBe('2019-04-03');
    // Below the headline, the same line is the story's own date.
    expect(parse('Hội Cựu chiến binh tỉnh sơ kết công tác quý I\nThứ tư, 03/04/2019\nSáng 3/4, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác quý I.', '2024-06-01').event.date).toBe('2019-04-03');
  });

  it('does not date a mid-term review by the term of the congress whose resolution it reviews', () => {
    expect(
      parse('Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Hội Cựu chiến binh tỉnh lần thứ VII, nhiệm kỳ 2022-2027, do Hội Cựu chiến binh tỉnh tổ chức vào sáng 12-6.', '2025-06-13').event.date,
    ).toBe('2025-06-12');
  });
});

describe('event date: three days listed one by one', () => {
  it('dates an event of three listed days by the first', () => {
    expect(parse('Trong 03 ngày, 10,11 và 12/6/2020, Đảng bộ huyện Tân Phú tổ chức Đại hội đại biểu lần thứ XI.', '2020-06-13').event.date).toBe('2020-06-10');
    expect(parse('Over three days, 10, 11 and 12/6/2020, the Tan Phu District Party Committee held its 11th congress.', '2020-06-13').event.date).toBe('2020-06-10');
    // Two days written with a dash after the month keep their first day.
    expect(parse('Ngày 16 và 17-4, Hội Nông dân huyện tổ chức Đại hội đại biểu lần thứ X.', '2018-04-18').event.date).toBe('2018-04-16');
  });
});

describe('event date: the first day of a sitting counted back from its close', () => {
  it('takes the part of day the story gives that first day when it writes it again', () => {
    expect(
      parse('Sau 3 ngày làm việc, chiều 14/7, Kỳ họp thứ 15 HĐND tỉnh Nam Định đã bế mạc.\n\nSáng 12/7, tại Hội trường tỉnh, HĐND tỉnh Nam Định khai mạc Kỳ họp thứ 15.', '2024-07-15').event,
    ).toMatchObject({ date: '2024-07-12', partOfDay: 'morning' });
    expect(
      parse("After two days of working, on the afternoon of June 6, the 9th session of the Provincial People's Council closed.\n\nOn the morning of June 5, the council opened its 9th session.", '2024-06-07').event,
    ).toMatchObject({ date: '2024-06-05', partOfDay: 'morning' });
    // The closing day's own part of day is still not the first day's.
    expect(parse('Sau 2 ngày làm việc, chiều 14/7, Kỳ họp thứ 15 HĐND tỉnh Nam Định đã bế mạc.', '2024-07-15').event).toMatchObject({ date: '2024-07-13', partOfDay: null });
  });
});

describe('event date: the day an occasion marks', () => {
  it('does not take the date named with "dịp" or "on the occasion of" as the event day', () => {
    expect(parse('Nhân dịp kỷ niệm Quốc khánh 2/9, huyện Bình Giang có 120 đảng viên được tặng Huy hiệu Đảng.', '2024-09-03').event.date).toBeNull();
    expect(parse('On the occasion of National Day September 2, 120 Party members of Binh Giang district were awarded Party membership badges.', '2024-09-03').event.date).toBeNull();
  });

  it('keeps the event day written after the occasion and a comma', () => {
    expect(parse('Nhân dịp kỷ niệm Quốc khánh 2/9, sáng 30/8, Huyện ủy Bình Giang tổ chức lễ trao Huy hiệu Đảng.', '2024-08-31').event).toMatchObject({ date: '2024-08-30', partOfDay: 'morning' });
    expect(parse('On the occasion of National Day September 2, on the morning of August 30, the Binh Giang District Party Committee held a ceremony.', '2024-08-31').event).toMatchObject({
      date: '2024-08-30',
      partOfDay: 'morning',
    });
  });
});

describe('event date: an undated lead over a sentence that dates the event', () => {
  it('takes the date set between a later subject and its verb, below routing confidence', () => {
    const en = parse('Stressing that the new bridge is a symbol of unity, Deputy Prime Minister Le Van Son said the province must keep its pace.\n\nDeputy Prime Minister Le Van Son on March 22 attended a ceremony to open the bridge in Thai Binh province.', '2024-03-23');
    expect(en.event.date).toBe('2024-03-22');
    expect(en.confidence?.eventDate).toBeLessThan(0.9);
    const vi = parse('Nhấn mạnh cây cầu là biểu tượng của sự đoàn kết, Phó Thủ tướng Lê Văn Sơn cho biết tỉnh cần giữ vững nhịp độ.\n\nPhó Thủ tướng Lê Văn Sơn ngày 22/3 đã dự lễ khánh thành cây cầu tại tỉnh Thái Bình.', '2024-03-23');
    expect(vi.event.date).toBe('2024-03-22');
  });

  it('does not take a date a later sentence gives for something else', () => {
    expect(parse('Stressing that the bridge is a symbol of unity, the Deputy Prime Minister said the province must keep its pace.\n\nThe province was re-established on January 1, 1997 and now has eight districts.', '2024-03-23').event.date).toBeNull();
  });
});

describe('event date: a founding day and its anniversary written as a span', () => {
  it('takes neither date of a span whose years are far apart, bracketed or not', () => {
    expect(parse('Chào mừng kỷ niệm 70 năm ngày thành lập Đảng bộ huyện 5/3/1954 – 5/3/2024, các chi bộ tổ chức nhiều hoạt động.', '2024-03-06').event.date).toBeNull();
    expect(parse('To celebrate the 70th anniversary of the district Party Committee 5/3/1954 – 5/3/2024, its cells held many activities.', '2024-03-06').event.date).toBeNull();
  });

  it('still reads the event day after the span', () => {
    expect(parse('Chào mừng kỷ niệm 70 năm ngày thành lập Đảng bộ huyện 5/3/1954 – 5/3/2024, sáng 4/3, Huyện ủy tổ chức lễ kỷ niệm.', '2024-03-06').event).toMatchObject({ date: '2024-03-04', partOfDay: 'morning' });
    expect(parse('To celebrate the 70th anniversary of the district Party Committee 5/3/1954 – 5/3/2024, on March 4, the District Party Committee held a ceremony.', '2024-03-06').event.date).toBe('2024-03-04');
  });
});

describe('event date: the year of an anniversary on a page read years later', () => {
  it('takes the year the anniversary span ends, below routing confidence', () => {
    const vi = parse('Ngày 25/1, Huyện ủy Gia Lộc tổ chức gặp mặt kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020).', '2026-06-01');
    expect(vi.event.date).toBe('2020-01-25');
    expect(vi.confidence?.eventDate).toBeLessThan(0.9);
    expect(parse('On January 25, the Gia Loc District Party Committee held a gathering to mark the 90th anniversary of the Communist Party of Vietnam (1930 - 2020).', '2026-06-01').event.date).toBe('2020-01-25');
  });

  it('ignores a span that does not agree with the count of years', () => {
    expect(parse('Ngày 25/1, Huyện ủy Gia Lộc tổ chức gặp mặt kỷ niệm 90 năm Ngày thành lập Đảng, nhiệm kỳ 2020 – 2025.', '2026-06-01').event.date).toBe('2026-01-25');
  });
});

describe('event date: a preview of an event that opens tomorrow', () => {
  it('gives no date to an event still to open', () => {
    expect(parse('Ngày mai (15/9), Đại hội đại biểu Hội Cựu chiến binh huyện Tứ Kỳ lần thứ VIII sẽ khai mạc tại Hội trường huyện.', '2024-09-14').event.date).toBeNull();
    expect(parse('Tomorrow (September 15), the 8th Congress of the Tu Ky District Veterans’ Association will open at the district hall.', '2024-09-14').event.date).toBeNull();
  });

  it('keeps the day before for a sitting that goes on tomorrow', () => {
    expect(parse('Tomorrow morning (September 15), the congress will continue its working session.', '2024-09-14').event.date).toBe('2024-09-14');
  });
});

describe('event date: planned days written with a venue or as a headline', () => {
  it('gives no event date to "will take place at ... on" or "to be held on"', () => {
    expect(parse('The anniversary of the provincial Fatherland Front will take place at the provincial cultural centre on Nov. 16.', '2024-11-09').event.date).toBeNull();
    expect(parse('Anniversary of the provincial Fatherland Front to be held on Nov. 16', '2024-11-09').event.date).toBeNull();
  });

  it('takes the year of an anniversary written with a month name', () => {
    expect(parse('A ceremony marking the 50th anniversary of the district (June 6, 1974-2024) was held on June 10 in Cam Giang district.', '2026-06-01').event.date).toBe('2024-06-10');
  });
});

describe('event date: a planned sitting named between "sẽ diễn ra" and its day', () => {
  it('gives no event date when the day follows "vào" after the sitting', () => {
    expect(parse('Công tác chuẩn bị đã hoàn tất. Theo kế hoạch, sẽ diễn ra phiên trù bị Đại hội Đảng bộ xã vào sáng ngày 21/8/2025.', '2025-08-20').event.date).toBeNull();
  });

  it('keeps a day held before a plan told later in the sentence', () => {
    expect(parse('Sáng 20/8, Đảng ủy xã tổ chức hội nghị; phiên trù bị sẽ diễn ra vào ngày 22/8.', '2025-08-21').event.date).toBe('2025-08-20');
  });
});

describe('a two-day event whose days are written in brackets', () => {
  it('is dated by its first day', () => {
    expect(parse('Trong 2 ngày (17 và 18-4), Hội Nông dân huyện Phú Bình tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2018-2023.', '2018-04-19').event.date).toBe('2018-04-17');
    expect(parse('Trong hai ngày ( 17, 18-4 ), Hội Nông dân huyện Phú Bình tổ chức Đại hội đại biểu lần thứ IX.', '2018-04-19').event.date).toBe('2018-04-17');
    // Not after a date word: a figure in brackets is no date.
    expect(findDates('Tỷ lệ đạt (17, 18-4 điểm) theo thang.').length).toBe(0);
  });
});
