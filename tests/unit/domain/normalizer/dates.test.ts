import { contextYears, findDates } from '../../../../shared/domain/normalizer/dates';
import { read } from './helpers';

describe('event date on real pages', () => {
  it('never takes the publication stamp for the event, and takes the year from it', () => {
    const vi = read('Hội nghị sơ kết quý I\n14/04/2021 18:19\nChiều 12/4, Ban Thường vụ Huyện ủy Gia Lộc tổ chức hội nghị sơ kết quý I.', '2026-11-01');
    expect(vi.event).toMatchObject({ date: '2021-04-12', partOfDay: 'afternoon' });
    const en = read('Council meets\nPublishedTime : 09:32, 30/06/2021\nOn the morning of June 29, the Provincial People\'s Council held a meeting.', '2026-11-01');
    expect(en.event).toMatchObject({ date: '2021-06-29', partOfDay: 'morning' });
    expect(en.evidence?.eventDate[0]?.quote).toBe('June 29');
  });

  it('lets a year written in the lead win over a far upload day', () => {
    expect(read('Năm 2018, ngày 5/3, Huyện ủy Nam Sách tổ chức hội nghị tổng kết công tác năm 2018.', '2026-11-01').event.date).toBe('2018-03-05');
    expect(read('On December 18, Nam Sach District Party Committee held a conference to review its work in 2019.', '2026-11-01').event.date).toBe('2019-12-18');
    // The review of 2024 with the tasks of 2025, held in January: the next year.
    expect(read('Ngày 10/1, Huyện ủy Tứ Kỳ tổ chức hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.', '2026-11-01').event.date).toBe('2025-01-10');
  });

  it('keeps the upload day when it agrees with the text', () => {
    expect(read('Tối 15/3, UBND thành phố Hải Dương tổ chức lễ tôn vinh doanh nghiệp tiêu biểu năm 2024.', '2025-03-16').event.date).toBe('2025-03-15');
  });

  it('puts an event in the year nearest the page\'s stamp, and reads English day ranges', () => {
    const text = 'Provincial News\nThe congress closes\nTUESDAY, 27/10/2020 18:30:29\nFrom 25th to 27th October, the 17th Congress of the Provincial Party Committee of the 2020-2025 term took place.';
    expect(read(text, '2026-11-01')).toMatchObject({ event: { date: '2020-10-25', kind: 'congress' }, organizer: 'Provincial Party Committee' });
    // Announced the day before, the same sentence names a planned event: no event date yet.
    const announced = 'Provincial News\nThe congress opens on Sunday\nSATURDAY, 24/10/2020 10:30:29\nFrom 25th to 27th October, the 17th Congress of the Provincial Party Committee of the 2020-2025 term will take place.';
    expect(read(announced, '2026-11-01').event).toMatchObject({ date: null, kind: 'congress' });
    const december = read('Tổng kết năm\n02/01/2025 08:00\nChiều 30/12, Huyện ủy Gia Lộc tổ chức hội nghị tổng kết.', '2026-11-01');
    expect(december.event.date).toBe('2024-12-30');
  });

  it('dates a two-day event by its first day', () => {
    expect(findDates('Ngày 23-24/6/2022, tại hội trường')[0]).toMatchObject({ day: 23, month: 6, year: 2022 });
    expect(findDates('Trong hai ngày 7 và 8/8, Đảng bộ')[0]).toMatchObject({ day: 7, month: 8, year: null });
    expect(read('Ngày 07,08/5/2020, Đảng bộ xã Ngọc Kỳ tổ chức Đại hội.', '2020-05-09').event.date).toBe('2020-05-07');
    // "mùng 4 và mùng 5/8": each day after "mùng".
    expect(findDates('diễn ra trong 2 ngày (mùng 4 và mùng 5/8)')[0]).toMatchObject({ day: 4, month: 8, year: null });
    expect(read('Đại hội đại biểu MTTQ tỉnh Thái Nguyên lần thứ XVI diễn ra trong 2 ngày (mùng 4 và mùng 5/8/2024).', '2024-08-06').event.date).toBe('2024-08-04');
  });

  it('reads the date of the organizer\'s sentence when the lead has none, and skips an anniversary in brackets', () => {
    const text = 'NA leader urges support for businesses.\nHai Duong (VNA) - The NA Chairwoman has asked the province to back workers.\nAttending the 13th meeting of the 16th provincial People\'s Council on July 24, she praised the province.';
    expect(read(text, '2020-07-25')).toMatchObject({ event: { date: '2020-07-24', kind: 'session' }, organizer: "16th provincial People's Council" });
    expect(read('On May 19, the province held a ceremony marking the anniversary (May 21) of the visit.', '2023-05-20').event.date).toBe('2023-05-19');
  });

  it('finds the years the lead names on their own, not those of dates, terms or spans', () => {
    const text = 'Sơ kết quý I/2024, nhiệm kỳ 2020-2025, kỷ niệm (1930 - 2025), Chỉ thị ngày 14/6/2023 và năm 2024.';
    expect(contextYears(text, 0, text.length, []).map((found) => found.year)).toEqual([2024, 2024]);
  });

  it('reads the lead\'s date on the line after a headline that ends with a document\'s code', () => {
    const vi = read('Thị ủy Kinh Môn học tập Nghị quyết 57-NQ/TW\nNgày 12/3, Thị ủy Kinh Môn tổ chức hội nghị học tập nghị quyết.', '2025-03-13');
    expect(vi.event.date).toBe('2025-03-12');
    const en = read('Nghe An studies Resolution 57-NQ/TW\nOn March 12, the Nghe An Provincial Party Committee held a conference to study the resolution.', '2025-03-13');
    expect(en.event.date).toBe('2025-03-12');
  });

  it('reads the part of day from the clock of the opening when the date does not give it', () => {
    const vi = read('Ngày 20/5/2022, Hội Nông dân xã Đoàn Tùng tổ chức Đại hội lần thứ X.\nĐại hội khai mạc lúc 14 giờ 30 tại hội trường xã.', '2022-05-21');
    expect(vi.event).toMatchObject({ date: '2022-05-20', partOfDay: 'afternoon' });
    expect(read('Ngày 20/5/2022, Hội Nông dân xã Đoàn Tùng tổ chức Đại hội. Đại hội bắt đầu lúc 7h30.', '2022-05-21').event.partOfDay).toBe('morning');
    const en = read("On May 20, 2022, the Tay Ninh Provincial People's Council held its fifth session. The session opened at 8:00 a.m. at the council hall.", '2022-05-21');
    expect(en.event.partOfDay).toBe('morning');
    expect(read('On May 20, 2022, the Tay Ninh Provincial People’s Council held a meeting. It began at 2 p.m.', '2022-05-21').event.partOfDay).toBe('afternoon');
  });

  it('reads no part of day from a number that is not a clock, nor over the part the date gives', () => {
    expect(read('Ngày 20/5/2022, Hội Nông dân xã Đoàn Tùng tổ chức Đại hội với 120 đại biểu; đại hội diễn ra tại 3 điểm.', '2022-05-21').event.partOfDay).toBeNull();
    expect(read('Chiều 20/5/2022, Hội Nông dân xã Đoàn Tùng tổ chức Đại hội. Đại hội khai mạc lúc 8 giờ.', '2022-05-21').event.partOfDay).toBe('afternoon');
  });

  it('dates a span of days written as one by its first day, with the year written after the last', () => {
    expect(read('Từ ngày 14 đến 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII đã diễn ra.', '2026-11-01').event.date).toBe('2020-10-14');
    expect(read('From October 14 to 16, 2020, the 12th congress of the Bac Kan provincial Party Organisation took place.', '2026-11-01').event.date).toBe('2020-10-14');
    expect(read('On October 14-15, 2020, the Bac Kan Provincial Party Committee held its congress.', '2026-11-01').event.date).toBe('2020-10-14');
  });

  it('takes the year of a congress from the first year of the term it opens, over a later upload day', () => {
    const vi = read('Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII, nhiệm kỳ 2020 - 2025 khai mạc.', '2026-11-01');
    expect(vi.event.date).toBe('2020-10-14');
    expect(vi.confidence!.eventDate).toBeLessThan(0.9);
    expect(read('On October 14, the Bac Kan provincial Party Organisation opened its congress for the 2020-2025 term.', '2026-11-01').event.date).toBe('2020-10-14');
    // A conference ahead of a congress, or a review of a term, is not that congress.
    expect(read('Sáng 14/10, Ban Thường vụ Tỉnh ủy Bắc Kạn tổ chức hội nghị chuẩn bị Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.', '2019-11-01').event.date).toBe('2019-10-14');
    // An upload in the term's first year keeps its own year.
    expect(read('Sáng 14/10, Đại hội Hội Nông dân tỉnh Bắc Kạn nhiệm kỳ 2023 - 2028 khai mạc.', '2023-10-15').event.date).toBe('2023-10-14');
  });

  it('reads "chiều tối" as the evening and a part of day before "qua" (yesterday) with the date in brackets', () => {
    expect(read('Chiều tối 14/7, Hội Nông dân tỉnh Yên Bái tổ chức chương trình giao lưu.', '2024-07-15').event.partOfDay).toBe('evening');
    expect(read('Sáng qua (14/7), Hội Nông dân tỉnh Yên Bái tổ chức hội nghị.', '2024-07-15').event).toMatchObject({ date: '2024-07-14', partOfDay: 'morning' });
  });

  it('dates a two-day event whose month follows a dash or a dot by its first day, only where dates are written so', () => {
    expect(read('Ngày 14 và 15-9, Hội Nông dân huyện Tân Phú tổ chức đại hội.', '2021-09-20').event.date).toBe('2021-09-14');
    expect(read('Ngày 3, 4-12, Đảng bộ xã An Phú tổ chức đại hội.', '2021-12-06').event.date).toBe('2021-12-03');
    expect(read('Chiều 8 và sáng 9.11, Đại hội Hội Cựu chiến binh tỉnh tiếp tục chương trình làm việc.', '2021-11-10').event).toMatchObject({ date: '2021-11-08', partOfDay: 'afternoon' });
    expect(read("On the afternoon of November 8 and morning of November 9, the provincial Veterans' Association congress continued.", '2021-11-10').event).toMatchObject({
      date: '2021-11-08',
      partOfDay: 'afternoon',
    });
    // A list of figures is no date.
    expect(findDates('đạt 25, 26.5% và 31,2%').length).toBe(0);
  });
});

describe('date scans with and without the u flag', () => {
  it('reads a month written with a long s as the u patterns do (their case folding pairs it with s)', () => {
    // Under `iu`, "ſ" folds to "s": "Auguſt" is August, "SEPT" spelt with the long s too.
    expect(findDates('On Auguſt 5, 2024, the council met.')[0]).toMatchObject({ day: 5, month: 8, year: 2024 });
    expect(findDates('The session ran from 3 to 5 Sept. 2023 and closed on 5 Auguſt.').map((date) => [date.day, date.month])).toEqual([
      [3, 9],
      [5, 8],
    ]);
  });

  it('reads the same dates in a text without those letters', () => {
    expect(findDates('On August 5, 2024, the council met; ngày 7 tháng 8 năm 2024 và 9/8.').map((date) => [date.day, date.month, date.year])).toEqual([
      [5, 8, 2024],
      [7, 8, 2024],
      [9, 8, null],
    ]);
  });
});
