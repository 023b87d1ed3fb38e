import { read } from './helpers';

describe('event kind on real leads', () => {
  it('reads the kind from the words that name the event', () => {
    expect(read('Sáng 26/9, Đại hội Đảng bộ thành phố Hải Phòng lần thứ nhất diễn ra phiên làm việc thứ nhất.', '2025-09-27').event.kind).toBe('congress');
    expect(read("Attending the 13th meeting of the 16th provincial People's Council on July 24, the Chairwoman spoke.", '2020-07-25').event.kind).toBe('session');
    expect(read('On March 5, the Bac Ninh Provincial Party Committee held its 26th meeting.', '2024-03-06').event.kind).toBe('conference');
    expect(read('Ngày 15/1, Thị ủy Kinh Môn tổng kết công tác năm 2019.', '2020-01-16').event.kind).toBe('conference');
    expect(read('On March 16, the Prime Minister worked with the Standing Committee of Hai Duong Provincial Party Committee.', '2023-03-17').event.kind).toBe('meeting');
    expect(read('Sáng 30/1, Đảng ủy xã Hưng Long tổ chức hội nghị giao ban.', '2026-01-31').event.kind).toBe('meeting');
  });

  it('reads a body that receives a delegation as holding a meeting, and as the organizer', () => {
    const vi = read('Chiều 8/4, Thường trực HĐND tỉnh Cao Bằng tiếp đoàn công tác của tỉnh Quảng Tây.', '2024-04-09');
    expect(vi).toMatchObject({ organizer: 'Thường trực HĐND tỉnh Cao Bằng', province: 'Cao Bang', event: { kind: 'meeting' } });
    expect(read("On April 8, the Cao Bang Provincial People's Committee received a delegation of Guangxi.", '2024-04-09').event.kind).toBe('meeting');
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
