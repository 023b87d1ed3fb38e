import { read } from './helpers';

describe('organizer of an English lead', () => {
  it('reads the body that inaugurated its sitting', () => {
    const record = read("On the morning of 4th December, the Provincial People's Council inaugurated its 22nd session.", '2023-12-05');
    expect(record.organizer).toBe("Provincial People's Council");
    expect(record.event.kind).toBe('session');
  });

  it('reads the body that posthumously awarded a certificate', () => {
    const record = read('On the afternoon of June 8, the working delegation of the Provincial Party Committee posthumously awarded a certificate of merit to a soldier.', '2022-06-09');
    expect(record.organizer).toMatch(/^[Ww]orking delegation of the Provincial Party Committee$/);
  });

  it('reads the owner of a capitalised event an official chaired', () => {
    const record = read('On the afternoon of May 12, Tran Van Binh, Deputy Secretary of the provincial Party Committee, chaired the Conference of the Executive Board of the Party Committee of the provincial People’s Committee.', '2024-05-13');
    expect(record.organizer).toMatch(/^Executive Board of the Party Committee of the provincial People’s Committee$/);
  });

  it('reads the owner of a sitting a person was elected at, written in lower case after "new"', () => {
    const record = read('Tran Thi Lan was reelected secretary at the first session of the new provincial Party Committee for the 2020-2025 tenure, held on September 21 afternoon.', '2020-09-22');
    expect(record.organizer).toMatch(/^[Pp]rovincial Party Committee$/);
    // The clause with a verb of its own ("was reelected") is not the subject of "held".
    expect(read('Tran Thi Lan was reelected at the first session of the Provincial Party Committee, held on September 21.', '2020-09-22').organizer).toBe('Provincial Party Committee');
    // Without an owner's word after "of the", no body is made up.
    expect(read('Tran Thi Lan was reelected at the first session of the new term, held on September 21 afternoon.', '2020-09-22').organizer).toBeNull();
  });

  it('reads the owner of a congress that is the subject', () => {
    const record = read('The first Congress of Delegates of the Hai Phong City Youth Union for the 2025–2030 term officially opened on the morning of October 2.', '2025-10-03');
    expect(record.organizer).toBe('Hai Phong City Youth Union');
    expect(record.event.kind).toBe('congress');
  });
});

describe('organizer of the same genres in Vietnamese', () => {
  it('reads the owner of a conference an official chaired', () => {
    const record = read('Chiều 12/5, đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 5.', '2024-05-13');
    expect(record.organizer).toBe("Ban Chấp hành Hội Nông dân tỉnh");
  });

  it('reads the owner of a congress of delegates that is the subject', () => {
    const record = read('Sáng 2/10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hải Phòng lần thứ I, nhiệm kỳ 2025-2030 khai mạc.', '2025-10-03');
    expect(record.organizer).toMatch(/^Đoàn TNCS Hồ Chí Minh thành phố Hải Phòng/);
    expect(record.event.kind).toBe('congress');
  });
});

describe('a photo file name glued to a caption', () => {
  it('is dropped from the caption it opens', () => {
    const en = read("Tu Ky People's Council closes its 3rd session\nIMG_2041_TuKy_12072022Tu Ky District People's Council closed its 3rd session on July 12.", '2022-07-13');
    expect(en.organizer).toBe("Tu Ky District People's Council");
    const vi = read('HĐND huyện Tứ Kỳ bế mạc kỳ họp thứ 3\nanh_1_12072022HĐND huyện Tứ Kỳ bế mạc kỳ họp thứ 3 vào ngày 12/7.', '2022-07-13');
    expect(vi.organizer).toBe('HĐND huyện Tứ Kỳ');
  });
});
