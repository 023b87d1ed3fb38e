import { read } from './helpers';

describe('a sitting of a standing board', () => {
  it('reads the counted session of an assembly standing committee as a meeting', () => {
    expect(read('The 31st session of the National Assembly (NA) Standing Committee opened in Hanoi on October 6 under the chair of the NA Chairman.', '2025-10-07').event.kind).toBe('meeting');
    expect(read('Sáng 6/10, Ủy ban Thường vụ Quốc hội tiến hành phiên họp thứ 31.', '2025-10-07').event.kind).toBe('meeting');
  });

  it('keeps the council session its standing board convenes', () => {
    expect(read("On June 20, the Standing Committee of the Provincial People's Council convened the 9th session of the Provincial People's Council.", '2024-06-21').event.kind).toBe('session');
    expect(read('Sáng 20/6, Thường trực HĐND tỉnh tổ chức kỳ họp thứ 9 HĐND tỉnh khóa XVII.', '2024-06-21').event.kind).toBe('session');
    // The council after a comma, as the session's name is often written.
    expect(read('Sáng 13/8, Thường trực HĐND tỉnh đã khai mạc kỳ họp thứ 2, HĐND tỉnh khóa VIII, nhiệm kỳ 2021-2026.', '2025-08-14').event.kind).toBe('session');
  });

  it('reads a joint meeting called by a council standing board as a meeting', () => {
    expect(read('Chiều 3/4, Thường trực HĐND huyện Thanh Miện tổ chức Hội nghị liên tịch chuẩn bị kỳ họp thứ 6.', '2023-04-04').event.kind).toBe('meeting');
    // Without the joint-meeting word it is still the plenum-like conference.
    expect(read('Chiều 3/4, Huyện ủy Thanh Miện tổ chức Hội nghị sơ kết công tác quý I.', '2023-04-04').event.kind).toBe('conference');
  });
});

describe('a counted meeting named by its owner', () => {
  it('reads a central committee meeting counted in words as a plenum', () => {
    expect(read('The eleventh meeting of the Communist Party of Vietnam Central Committee opened in Hanoi on April 10.', '2025-04-11').event.kind).toBe('conference');
    expect(read('The 5 th meeting of the Party Central Committee opened in Hanoi on May 3.', '2017-05-04').event.kind).toBe('conference');
  });

  it("reads a People's Council meeting as its session", () => {
    expect(read("On the morning of July 2, Hong Phong commune held the first People's Council meeting of the new term.", '2025-07-03').event.kind).toBe('session');
    // A meeting with the council is not its sitting.
    expect(read("On July 2, the commune Party Secretary held a meeting with the People's Council deputies.", '2025-07-03').event.kind).toBe('meeting');
  });
});

describe('a sitting that approves the drafts of congresses', () => {
  it('reads the kind from the sitting its guests attended, not from the congresses approved', () => {
    const en = read('On the morning of August 5, Tran Van Binh, Head of Working Group No. 3, chaired the approval of the Party Congresses of Hong Phong and Tan Loi communes.\nAttending the conference were leaders of provincial departments.', '2025-08-06');
    expect(en.event.kind).toBe('conference');
    const vi = read('Sáng 5/8, đồng chí Trần Văn Bình, Tổ trưởng Tổ công tác số 3 chủ trì duyệt văn kiện Đại hội Đảng bộ xã Hồng Phong.\nTham dự hội nghị có lãnh đạo các sở, ngành của tỉnh.', '2025-08-06');
    expect(vi.event.kind).toBe('conference');
  });
});
