import { read } from './helpers';

describe('date forms of real pages', () => {
  it('reads a full slashed date whose second number cannot be a month as month first', () => {
    const en = read('On the evening of 11/23/2018, Bac Ninh province held a ceremony to mark its founding anniversary.', '2018-11-24');
    expect(en.event.date).toBe('2018-11-23');
    expect(en.event.partOfDay).toBe('evening');
    // A date both orders could read keeps the day first.
    expect(read('On 3/11/2018, Bac Ninh province held a ceremony to mark its founding anniversary.', '2018-11-04').event.date).toBe('2018-11-03');
  });

  it('reads a dashed span opened by "từ" as the first day of a few-day event', () => {
    const vi = read('(12/10/2022)\nĐại hội đại biểu Hội Nông dân tỉnh lần thứ X diễn ra trong 2 ngày từ 12-14/10 tại Hội trường tỉnh.', '2022-10-13');
    expect(vi.event.date).toBe('2022-10-12');
    // Without the word that opens a span, two days apart are not a pair.
    expect(read('Sáng 12/10, Hội Nông dân tỉnh khai mạc Đại hội; 12-14/10 là số liệu của năm trước.', '2022-10-13').event.date).toBe('2022-10-12');
  });

  it('skips every holiday of a batch list before the event day', () => {
    const vi = read('Chi bộ thôn Đông tổ chức trao Huy hiệu Đảng đợt 3/2, 19/5/2023 cho 4 đồng chí vào sáng ngày 22/5/2023.', '2023-05-23');
    expect(vi.event.date).toBe('2023-05-22');
  });

  it('reads the date cut into a sentence of its own right above the lead', () => {
    const vi = read('Huyện ủy Gia Lộc trao Huy hiệu Đảng\nChiều ngày 14/3/2022. Ban Thường vụ Huyện ủy Gia Lộc tổ chức Lễ trao Huy hiệu Đảng cho 20 đảng viên.', '2022-03-15');
    expect(vi.event.date).toBe('2022-03-14');
    expect(vi.event.partOfDay).toBe('afternoon');
    const en = read('Gia Loc district hands Party badges\nOn the morning of March 14, 2022. The Gia Loc District Party Committee held a ceremony to present Party membership badges.', '2022-03-15');
    expect(en.event.date).toBe('2022-03-14');
    expect(en.event.partOfDay).toBe('morning');
  });
});
