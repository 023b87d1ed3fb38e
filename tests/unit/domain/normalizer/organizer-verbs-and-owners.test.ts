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

describe('bodies listed as the hosts of a ceremony', () => {
  it('reads bodies that "hold" it, with a manner adverbial before the object', () => {
    const record = read("In the morning of 21 January 2015, Dien Quang Commune Party, People's Council, People's Committee, Fatherland Front Committee of Vietnam hold in a solemn way the ceremony of announcing the decision of Quang Nam People's Committee.", '2015-01-29');
    expect(record.organizer).toBe("Dien Quang Commune Party, People's Council, People's Committee, Fatherland Front Committee of Vietnam");
    expect(record.scope).toBe('commune');
    // A plan to hold it names no host, nor does what a body will hold.
    expect(read("In the morning of 21 January 2015, the commune plans to hold a ceremony.", '2015-01-29').organizer).toBeNull();
    expect(read('Besides, the committee will hold a question-and-answer session during this sitting.', '2022-03-11').organizer).toBeNull();
  });
});

describe('the topic of a sitting after its body', () => {
  it('is not part of the body ("... on the consolidation of A and B took place")', () => {
    const record = read('Accordingly, on April 28, 2025, the Executive Committee of the Provincial Party Committee on the consolidation of Hai Duong and Hai Phong city took place at the Cultural Center.', '2025-04-29');
    expect(record.organizer).toBe('Executive Committee of the Provincial Party Committee');
    // The whole committee sitting is its plenum.
    expect(record.event.kind).toBe('conference');
    // A body's own remit in capitals stays.
    expect(read("On April 28, the Committee on Social Affairs held a meeting in Hai Duong.", '2025-04-29').organizer).toBe('Committee on Social Affairs');
  });

  it('makes a sitting of the whole executive committee a conference in Vietnamese too, not that of its standing board', () => {
    expect(read('Sáng 28/4, Ban Chấp hành Đảng bộ tỉnh Hải Dương họp để thống nhất chủ trương hợp nhất tỉnh.', '2025-04-29').event.kind).toBe('conference');
    expect(read('Sáng 28/4, Ban Thường vụ Tỉnh ủy Hải Dương họp để thống nhất chủ trương hợp nhất tỉnh.', '2025-04-29').event.kind).toBe('meeting');
  });
});

describe('a ceremony that honours a unit, its host unnamed', () => {
  it('is read as the unit\'s own, below the confidence a router acts on alone', () => {
    const en = read("YÊN BÁI — National Assembly Chairman Trần Thanh Mẫn on Saturday attended a ceremony announcing the Prime Minister’s decision on recognising Yên Bái Province's Văn Yên District to meet criteria of a new-style rural area in 2024.", '2025-01-04');
    expect(en.organizer).toBe('Văn Yên District');
    expect(en.scope).toBe('district');
    expect(en.province).toBe('Yen Bai');
    expect(en.confidence?.organizer).toBeLessThan(0.9);
    expect(en.confidence?.scope).toBeLessThan(0.9);
    const vi = read('Sáng 4/1, Chủ tịch Quốc hội Trần Thanh Mẫn dự Lễ công bố quyết định của Thủ tướng Chính phủ công nhận huyện Văn Yên, tỉnh Yên Bái đạt chuẩn nông thôn mới năm 2024.', '2025-01-05');
    expect(vi.organizer).toBe('huyện Văn Yên');
    expect(vi.scope).toBe('district');
    expect(vi.confidence?.province).toBeLessThan(0.9);
  });

  it('knows every kind of unit the level tables name: a city, a special zone', () => {
    const city = read('Sáng 4/1, Phó Thủ tướng dự Lễ công bố quyết định công nhận thành phố Chí Linh hoàn thành nhiệm vụ xây dựng nông thôn mới.', '2024-01-05');
    expect(city.organizer).toBe('thành phố Chí Linh');
    expect(city.scope).toBe('district');
    expect(city.organizerUnit).toBe('chi-linh');
    const zone = read('On August 4, the Deputy Prime Minister attended a ceremony honouring Van Don Special Zone for its achievements in 2025.', '2025-08-05');
    expect(zone.organizer).toBe('Van Don Special Zone');
    expect(zone.scope).toBe('commune');
    expect(zone.confidence?.scope).toBeLessThan(0.9);
  });

  it('leaves a named host in place', () => {
    const record = read('Sáng 4/1, UBND tỉnh Yên Bái tổ chức Lễ công bố quyết định công nhận huyện Văn Yên đạt chuẩn nông thôn mới.', '2025-01-05');
    expect(record.organizer).toBe('UBND tỉnh Yên Bái');
    expect(record.scope).toBe('province');
  });
});

describe('an emulation conference named after its unit', () => {
  it('is held by the unit written with its level word', () => {
    const record = read('Sáng 21.7, tại hội nghị điển hình tiên tiến huyện Ninh Giang lần thứ IV giai đoạn 2020 - 2025, thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện đã trao tặng Huân chương Lao động hạng ba cho 2 cá nhân.', '2020-07-22');
    expect(record.organizer).toBe('huyện Ninh Giang');
    expect(record.scope).toBe('district');
    expect(record.organizerUnit).toBe('ninh-giang');
    expect(read('Sáng 21.7, Đại hội Thi đua yêu nước tỉnh Hải Dương lần thứ V khai mạc.', '2020-07-22').organizer).toBe('tỉnh Hải Dương');
    // Another conference named with a topic and a place names no holder that way.
    expect(read('Sáng 21.7, tại hội nghị tổng kết công tác tuyên truyền huyện Ninh Giang, lãnh đạo huyện phát biểu.', '2020-07-22').organizer).not.toBe('huyện Ninh Giang');
  });
});

describe('a congress of delegates named after its unit alone', () => {
  it('is held by the unit, written with its level word, when its number or term follows', () => {
    const record = read('Ông Lê Văn Hiệu, Phó Bí thư Thành uỷ, Chủ tịch HĐND thành phố Hải Phòng nhấn mạnh như trên khi chỉ đạo đại hội đại biểu xã Nguyễn Lương Bằng lần thứ I, nhiệm kỳ 2025 – 2030, ngày 18/8.', '2025-08-19');
    expect(record.organizer).toBe('xã Nguyễn Lương Bằng');
    expect(record.scope).toBe('commune');
    expect(record.province).toBe('Hai Phong');
    expect(record.confidence?.organizer).toBeLessThan(0.9);
    // A congress of a mass organisation's delegates names the organisation, not the unit.
    expect(read('Sáng 20/4, Đại hội đại biểu phụ nữ xã Tân Lợi lần thứ XXII diễn ra.', '2021-04-21').organizer).not.toBe('xã Tân Lợi');
  });
});

describe('a special zone written in lower case after its name', () => {
  it('closes the body\'s name, in each of its translations, and makes the body a commune-level one', () => {
    for (const kind of ['special zone', 'special economic zone', 'special administrative zone']) {
      const record = read(`This is one of the notable information at the first conference of the Party Executive Committee of Cat Hai ${kind} for the 2025-2030 term held on October 2.`, '2025-10-03');
      expect(record.organizer).toBe(`Party Executive Committee of Cat Hai ${kind}`);
      expect(record.scope).toBe('commune');
      expect(record.province).toBe('Hai Phong');
    }
  });

  it('leaves a body named after a place it does not know, with no kind word, at a provincial default it is unsure of', () => {
    const record = read('On October 2, the Party Executive Committee of Tien Minh held its first conference.', '2025-10-03');
    expect(record.scope).toBe('province');
    expect(record.confidence?.scope).toBeLessThan(0.9);
    expect(read("On October 2, the Party Executive Committee of Tien Minh commune held its first conference.", '2025-10-03').confidence?.scope).toBeGreaterThanOrEqual(0.9);
  });
});
