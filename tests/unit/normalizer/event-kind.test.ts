import { parse } from './helpers';

describe('event kind', () => {
  it.each([
    ['On May 2, the Provincial Party Committee held a conference to review Party congresses.', 'conference'],
    ['On May 2, the Provincial People\'s Committee held its regular meeting.', 'meeting'],
    ['On May 2, the district Fatherland Front held its 22nd congress.', 'congress'],
    ['On May 2, the People\'s Council of the city held its 20th session.', 'session'],
    ['On May 2, the hospital held a ceremony to receive the Labour Order.', 'ceremony'],
    ['On May 2, the Department of Agriculture held a workshop on lychee exports.', 'workshop'],
    ['On May 2, a working delegation of the Provincial Party Committee inspected preparations for congresses.', 'inspection'],
    ['Sáng 2/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết.', 'conference'],
    ['Sáng 2/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo trình Đại hội.', 'meeting'],
    ['Sáng 2/5, HĐND tỉnh tổ chức kỳ họp thứ 22.', 'session'],
    ['Sáng 2/5, UBND huyện tổ chức Đại hội thi đua yêu nước.', 'congress'],
    ['Tối 2/5, UBND thành phố tổ chức lễ đón nhận Cờ thi đua.', 'ceremony'],
    ['Sáng 2/5, Sở Nông nghiệp tổ chức hội thảo tiêu thụ vải thiều.', 'workshop'],
    ['Sáng 2/5, Đoàn công tác của Tỉnh ủy kiểm tra công tác chuẩn bị đại hội.', 'inspection'],
    // A commendation held of its own, and talks between two bodies.
    ['Sáng 8/7, Liên đoàn Lao động huyện Bình Giang tổ chức khen thưởng 4 tập thể và 15 cá nhân.', 'ceremony'],
    ['Police of Dien Bien district and Muang May district of Laos held talks in the Vietnamese locality on October 15.', 'meeting'],
    // A council's numbered meeting, as a translation writes its sitting, is a session; its standing board's meeting stays one.
    ["On the afternoon of September 10, the second Meeting - the 10th Provincial People's Council held a Closing session.", 'session'],
    ["On May 2, the Standing Board of the Provincial People's Council held its regular meeting.", 'meeting'],
  ])('%s -> %s', (text, kind) => {
    expect(parse(text).event.kind).toBe(kind);
  });

  it.each([
    ['Chiều 2/5, Công an tỉnh tổ chức gặp mặt kỷ niệm 75 năm Ngày truyền thống.', 'ceremony'],
    ['On May 2, the Provincial Youth Union held a meeting to honor outstanding young intellectuals.', 'ceremony'],
    ['Sáng 2/5, Tỉnh đoàn tổ chức gặp mặt tuyên dương trí thức trẻ tiêu biểu.', 'ceremony'],
    ['On May 2, the Provincial Youth Union held a meeting to review honours for young intellectuals.', 'meeting'],
    ['Sáng 2/5, huyện Gia Lộc tổ chức kỷ niệm 70 năm ngày thành lập Đảng bộ huyện.', 'ceremony'],
    ['Ngày 2/5, Hội Cựu chiến binh tỉnh tổ chức trao giải cuộc thi tìm hiểu về Đại hội Hội.', 'ceremony'],
    ['On the morning of May 2, the city organized a series of celebrations commemorating its founding.', 'ceremony'],
    ['Tối 2/5, Tỉnh đoàn tổ chức chương trình Festival thanh niên chào mừng kỷ niệm 50 năm Ngày Giải phóng.', 'other'],
    ['Chiều 2/5, tiếp tục ngày làm việc thứ nhất Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX.', 'congress'],
    ['On May 2, the first session of the Executive Board of the 16th provincial Party Committee elected its Standing Board.', 'conference'],
    ['On May 2, the 10th National Congress of the Fatherland Front began its first working session.', 'congress'],
    ['On the morning of May 2, the Provincial Youth Union held a gathering to celebrate the 94th anniversary of its founding.', 'ceremony'],
    ['On May 2, the Provincial Party Committee held a conference to mark the 95th anniversary of the Party.', 'conference'],
  ])('reads the genre: %s -> %s', (text, kind) => {
    expect(parse(text).event.kind).toBe(kind);
  });

  it('does not take "phối hợp" (combine) for "họp" (meet)', () => {
    expect(parse('Sáng 2/5, Sở Y tế phối hợp tổ chức hội thảo về chuyển đổi số.').event.kind).toBe('workshop');
  });

  it('says so when the kind is unknown', () => {
    expect(parse('On May 2, the province launched an app.').warnings).toContain('kind of event not recognized');
  });
});

describe('event kind: a congress served and a body that discusses', () => {
  it('does not take a congress a body serves for the event', () => {
    expect(parse('Ngày 3/3, Tiểu ban Lễ tân phục vụ Đại hội Đảng bộ tỉnh triển khai nhiệm vụ công tác lễ tân.', '2025-03-04').event.kind).toBe('conference');
    expect(parse('On March 3, the Logistics Subcommittee serving the Provincial Party Congress reviewed its tasks.', '2025-03-04').event.kind).toBe('conference');
    // The congress itself is still a congress.
    expect(parse('Ngày 3/3, Đảng bộ xã An Bình tổ chức Đại hội đại biểu lần thứ I.', '2025-03-04').event.kind).toBe('congress');
  });

  it('reads a body that discusses as meeting', () => {
    expect(parse('Chiều 12/3, Ban Thường vụ Huyện ủy thảo luận về đề án sáp nhập các thôn.', '2024-03-13').event.kind).toBe('meeting');
    expect(parse("On March 12, the District Party Standing Board discussed the plan to merge villages.", '2024-03-13').event.kind).toBe('meeting');
  });
});

describe('event kind: a congress an event plans for', () => {
  it('does not take the congress whose plan a training course deploys for the event', () => {
    const vi = parse('Ngày 3/9, Hội LHPN thành phố mở lớp tập huấn triển khai kế hoạch tổ chức Đại hội phụ nữ cấp xã.', '2025-09-04');
    expect(vi.organizer).toBe('Hội LHPN thành phố');
    expect(vi.event.kind).not.toBe('congress');
    expect(parse("On September 3, the City Women's Union opened a training course on the plan to organize the commune-level Women's Congresses.", '2025-09-04').event.kind).not.toBe('congress');
  });
});

describe('event kind: a council that passes resolutions', () => {
  it('reads a council passing its resolutions as a session, whatever the story calls the sitting', () => {
    expect(parse("At the meeting, the deputies of the Provincial People's Council of Nam Dinh discussed and voted unanimously to pass 9 resolutions on the afternoon of July 12.", '2024-07-13').event.kind).toBe('session');
    expect(parse('Chiều 12/7, các đại biểu HĐND tỉnh Nam Định đã biểu quyết thông qua 9 nghị quyết.', '2024-07-13').event.kind).toBe('session');
  });

  it('keeps a standing board that passes resolutions a meeting', () => {
    expect(parse('Chiều 12/7, Thường trực HĐND tỉnh Nam Định họp, thông qua 3 nghị quyết.', '2024-07-13').event.kind).toBe('meeting');
    expect(parse("On July 12, the Standing Committee of the Nam Dinh Provincial People's Council held a meeting and passed 3 resolutions.", '2024-07-13').event.kind).toBe('meeting');
  });
});
