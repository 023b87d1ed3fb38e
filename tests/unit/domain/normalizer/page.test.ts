import { readLayout, isStampLine } from '../../../../shared/domain/normalizer/page';
import { analyse } from '../../../../shared/domain/normalizer/tokens';
import { read } from './helpers';

const layout = (text: string) => {
  const analysed = analyse(text);
  return { analysed, layout: readLayout(text, analysed.sentences) };
};

describe('page layout: furniture, headline and lead', () => {
  it('tells publication stamps from sentences, in both languages', () => {
    expect(isStampLine('WEDNESDAY, 11/07/2018 09:50:34')).toBe(true);
    expect(isStampLine('14/10/2024 18:19')).toBe(true);
    expect(isStampLine('PublishedTime : 09:32, 30/06/2021')).toBe(true);
    expect(isStampLine('Thứ Bảy 25/06/2022 15:48')).toBe(true);
    expect(isStampLine('Published on 22 - 03 - 2019')).toBe(true);
    expect(isStampLine('Ngày 5/3/2024, Huyện ủy tổ chức hội nghị.')).toBe(false);
    expect(isStampLine('On March 5, 2024, the council met.')).toBe(false);
  });

  it("skips a portal's day banner written in words and its poll's question above the story", () => {
    const text = 'Thứ hai, ngày 12 tháng 01 năm 2026\nThống kê hồ sơ\nĐánh giá thái độ phục vụ của cán bộ tiếp nhận hồ sơ ?\nHôm nay:\nỦy ban MTTQ Việt Nam phường tổ chức hội nghị hiệp thương\nChiều ngày 26/12 tại Hội trường, Ủy ban MTTQ Việt Nam phường Xuân Đài tổ chức Hội nghị hiệp thương.';
    const { analysed, layout: found } = layout(text);
    expect(analysed.sentences[found.headline!]!.text).toBe('Ủy ban MTTQ Việt Nam phường tổ chức hội nghị hiệp thương');
    expect(analysed.sentences[found.lead!]!.text).toMatch(/^Chiều ngày 26\/12/);
    expect(read(text, '2025-12-29')).toMatchObject({ organizer: 'Ủy ban MTTQ Việt Nam phường Xuân Đài', scope: 'commune', event: { date: '2025-12-26' } });
  });

  it('reads a "Today:" clock above the story as the site\'s, never as the publication day or the year of the event', () => {
    const text = 'Today: 19/03/2024 14:27:25 (GMT+7)\nTHE SPECIALIZED PAGE OF BAC GIANG NEWSPAPER ONLINE\n\nResolution to establish Bac Ly town announced\n\n(BGO) – On June 29 afternoon, the Party Committee of Hiep Hoa district held a ceremony.';
    expect(layout(text).layout.published).toBeNull();
    expect(read(text, '2022-06-30').event.date).toBe('2022-06-29');
  });

  it('skips section names and stamps above the story and reads the publication day', () => {
    const text = 'Provincial News\nCouncil reviews the first quarter\nMONDAY, 08/04/2019 10:05:11\nOn April 6, the Provincial People\'s Council held a meeting.';
    const { analysed, layout: found } = layout(text);
    expect(analysed.sentences[found.headline!]!.text).toBe('Council reviews the first quarter');
    expect(analysed.sentences[found.lead!]!.text).toMatch(/^On April 6/);
    expect(found.published).toEqual({ year: 2019, month: 4, day: 8 });
  });

  it("reads the story's own stamp between headline and lead, not the site's header of the day the page was saved", () => {
    const text = 'Thứ 3, 26/11/2024, 22:44[GMT+7]\n\nĐại hội Hội Cựu chiến binh huyện Quỳnh Phụ\n\nThứ 6, 25/11/2022 | 16:59:53\nSáng ngày 25/11, Hội Cựu chiến binh huyện Quỳnh Phụ tổ chức Đại hội lần thứ I.';
    const { analysed, layout: found } = layout(text);
    expect(analysed.sentences[found.headline!]!.text).toMatch(/^Đại hội Hội Cựu chiến binh/);
    expect(found.published).toEqual({ year: 2022, month: 11, day: 25 });
    expect(read(text, '2024-11-27').event.date).toBe('2022-11-25');
  });

  it('takes a sentence with a stamp right below it for the headline', () => {
    const text = 'Vườn vải sẽ mở cửa vào sáng 20/5 và lễ xuất khẩu sẽ được tổ chức tại ga.\n20/03/2024 16:52\nSáng 20/3, Sở Nông nghiệp tổ chức hội nghị bàn kế hoạch.';
    const { analysed, layout: found } = layout(text);
    expect(analysed.sentences[found.headline!]!.text).toMatch(/^Vườn vải/);
    expect(analysed.sentences[found.lead!]!.text).toMatch(/^Sáng 20\/3/);
  });

  it('reads a line that opens with the event date as the lead, full stop or not', () => {
    const text = 'Ngày 05/10/2023, Ban Chấp hành Đảng bộ huyện Gia Lộc tổ chức Hội nghị lần thứ 24\nDự hội nghị có các đồng chí lãnh đạo huyện.';
    expect(read(text, '2023-10-06').organizer).toBe('Ban Chấp hành Đảng bộ huyện Gia Lộc');
  });

  it('treats photo captions and credits as furniture', () => {
    const text = 'NA leader speaks at the session.\nPhoto: VNA\nThe National Assembly Standing Committee convened its 40th session on March 2.';
    const record = read(text, '2026-03-03');
    expect(record.event.date).toBe('2026-03-02');
    expect(record.organizer).toBe('National Assembly Standing Committee');
  });

  it('reads a box of other articles\' headlines after the story as furniture: their places are not the story\'s', () => {
    const vi = read('Sáng 5/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác 8 tháng.\nHội nghị đánh giá kết quả đạt được.\nTin liên quan\nGia Lai: Khai mạc Đại hội Hội Nông dân\nKon Tum đón nhận Huân chương Lao động', '2024-09-06');
    expect(vi.province).toBeNull();
    const en = read("On September 5, the Provincial People's Committee held a meeting on flood prevention.\nThe meeting reviewed the damage.\nRELATED NEWS\nGia Lai opens farmers' congress\nKon Tum receives Labour Order", '2024-09-06');
    expect(en.province).toBeNull();
  });

  it('keeps the story that follows a box of other articles', () => {
    const text = 'Sáng 5/9, Hội Nông dân tỉnh tổ chức hội nghị.\nXem thêm:\nGia Lai: Khai mạc Đại hội\nHội nghị diễn ra tại thành phố Kon Tum, tỉnh Kon Tum, với sự tham dự của 200 đại biểu đến từ các huyện.';
    expect(read(text, '2024-09-06').province).toBe('Kon Tum');
  });

  it('reads stamps with a short month name, the day before the month, or a machine\'s date and clock', () => {
    for (const stamp of ['Sep 12, 2024 08:30', 'Posted on 12 September 2024', '2024-09-12T08:30:00+07:00', '12 Sep 2024, 08:30']) {
      expect(isStampLine(stamp)).toBe(true);
      const record = read(`Council meets\n${stamp}\nOn the morning of September 11, the Provincial People's Council of Binh Phuoc held a meeting.`, '2026-11-01');
      expect(record.event.date).toBe('2024-09-11');
    }
  });
});
