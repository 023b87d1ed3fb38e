import { read } from './helpers';

describe('datelines and places that are no sign of the province', () => {
  it('reads an agency dateline that carries its filing day, with no dash, as page furniture', () => {
    const vi = read('Đà Nẵng (TTXVN 15/4/2023) Chiều 14/4/2023, Câu lạc bộ Hưu trí Công đoàn tổ chức gặp mặt hội viên.', '2023-04-15');
    expect(vi.province).toBeNull();
    expect(vi.event.date).toBe('2023-04-14');
    // The place of a lead that opens with it, with no agency, still counts.
    expect(read('Tại Đà Nẵng, chiều 14/4/2023, Câu lạc bộ Hưu trí Công đoàn tổ chức gặp mặt hội viên.', '2023-04-15').province).toBe('Da Nang');
  });

  it('names a body of the Women’s Union whole, "Liên hiệp" included', () => {
    const vi = read('Tại hội nghị lần thứ ba Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 14/4/2023, các ủy viên đã bầu bổ sung một Phó Chủ tịch.', '2023-04-15');
    expect(vi.organizer).toBe('Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam');
  });

  it('does not take the city where guests are based for the province of the event', () => {
    const en = read(
      'The opening ceremony saw the presence of the Prime Minister, deputies and representatives of foreign embassies based in Hanoi.\nThe assembly convened a preparatory meeting.',
      '2024-05-21',
    );
    expect(en.province).toBeNull();
    const vi = read('Dự lễ khai mạc có Thủ tướng Chính phủ và đại diện các cơ quan có trụ sở tại Hà Nội.\nQuốc hội đã họp phiên trù bị.', '2024-05-21');
    expect(vi.province).toBeNull();
  });

  it('still reads a national congress held at a venue whose city is given in brackets', () => {
    const vi = read(
      'Hôm nay (12-11), tại Hội trường Bộ Quốc phòng (TP Hà Nội), chính thức khai mạc Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028.',
      '2023-11-12',
    );
    expect(vi.organizer).toBe('Hội Nông dân Việt Nam');
    expect(vi.event.kind).toBe('congress');
    expect(vi.province).toBe('Ha Noi');
  });
});

describe('an acronym opening a headline after a stamp', () => {
  it('keeps the acronym in the body rather than reading it as a dateline', () => {
    const en = read(' date 2023-06-05 NA Standing Committee kicks off 24th sitting\nThe National Assembly Standing Committee will review three draft laws at the sitting, NA Chairman said.', '2023-06-05');
    expect(en.organizer).toBe('NA Standing Committee');
  });
});

describe('sittings', () => {
  it("reads a standing committee's sitting as a meeting and an assembly's as a session", () => {
    expect(read('The NA Standing Committee on June 5 opened its 24th sitting in Hanoi.', '2023-06-06').event.kind).toBe('meeting');
    expect(read('The 15th National Assembly on May 22 opened its fifth sitting in Hanoi.', '2023-05-23').event.kind).toBe('session');
  });

  it("reads a council's numbered meeting as a session with its term written between", () => {
    const en = read("In the morning of December 8, the 17th Provincial People's Council, 2021 - 2026 term opened the 12th meeting.", '2023-12-09');
    expect(en.event.kind).toBe('session');
    // A party committee's numbered meeting stays a plenum.
    const plenum = read('On December 8, the Provincial Party Committee, 2020 - 2025 term held the 20th meeting.', '2023-12-09');
    expect(plenum.event.kind).toBe('conference');
  });
});

describe('a programme that honours people', () => {
  it('is a ceremony, in both languages', () => {
    const en = read('The provincial Farmers’ Association on June 2 afternoon held a program honoring outstanding farmers of the province.', '2024-06-03');
    expect(en.event.kind).toBe('ceremony');
    expect(en.organizer).toBe('Provincial Farmers’ Association');
    expect(en.event.partOfDay).toBe('afternoon');
    expect(read('Chiều 2/6, Hội Nông dân tỉnh tổ chức chương trình tôn vinh nông dân sản xuất giỏi.', '2024-06-03').event.kind).toBe('ceremony');
  });

  it('is not read from a body that was honored to receive an award at another event', () => {
    const en = read('The Provincial Youth Union was honored to receive a Certificate of Merit at the third Congress of the Provincial Fatherland Front on October 4.', '2024-10-05');
    expect(en.event.kind).toBe('congress');
  });
});

describe('the first day and part of day of a sitting', () => {
  it('counts back from a closing day followed by how many days the sitting lasted', () => {
    expect(read("The 9th session of the Provincial People's Council concluded on July 12 after three days of discussions.", '2024-07-13').event.date).toBe('2024-07-10');
    expect(read('Kỳ họp thứ 9 HĐND tỉnh bế mạc ngày 12/7 sau 3 ngày làm việc.', '2024-07-13').event.date).toBe('2024-07-10');
    // A closing day alone is the day the text gives.
    expect(read("The 9th session of the Provincial People's Council concluded on July 12.", '2024-07-13').event.date).toBe('2024-07-12');
  });

  it('counts back from days of work that end on the date, whatever verb follows', () => {
    expect(read('Ngày 18/8, sau hai ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ xã Tiên Minh lần thứ nhất đã diễn ra thành công tốt đẹp.', '2025-08-19').event.date).toBe('2025-08-17');
    expect(read('On August 18, after two days of work, the first Congress of the Tien Minh commune Party Committee was a success.', '2025-08-19').event.date).toBe('2025-08-17');
    // Days counted for something else ("sau hai ngày mưa", after two days of rain) date no sitting.
    expect(read('Ngày 18/8, sau hai ngày mưa lớn, Đảng ủy xã Tiên Minh tổ chức hội nghị.', '2025-08-19').event.date).toBe('2025-08-18');
  });

  it('takes the part of day from the same day written again near the lead', () => {
    const en = read(
      'Chairman addresses the sitting on June 5. (Photo: VNA)The NA Standing Committee is set to review three draft laws during its 24th sitting that opened in Hanoi on June 5 morning.',
      '2023-06-05',
    );
    expect(en.event.date).toBe('2023-06-05');
    expect(en.event.partOfDay).toBe('morning');
  });
});

describe('a body that convenes the sitting', () => {
  it('is the organizer, whose plenum the sitting is', () => {
    const vi = read('Sáng 4/12, Ban Thường vụ Tỉnh ủy Hải Dương triệu tập Hội nghị Tỉnh ủy lần thứ ba để cho ý kiến về nhiều nội dung quan trọng.', '2025-12-05');
    expect(vi.organizer).toBe('Ban Thường vụ Tỉnh ủy Hải Dương');
    expect(vi.event.kind).toBe('conference');
  });
});

describe('a date given only by a later sentence that opens or closes the event', () => {
  it('reads the day a relative clause or a closing verb gives', () => {
    const en = read(
      'Tran Van A has been assigned to hold the Secretary position, according to a decision announced at the congress.\nParticipants at the congress, which concluded on November 14, also heard the new tenure’s plans.',
      '2025-11-15',
    );
    expect(en.event.date).toBe('2025-11-14');
    const vi = read('Ông Trần Văn A được chỉ định giữ chức Bí thư theo quyết định công bố tại đại hội.\nĐại hội bế mạc ngày 14/11 sau khi thông qua nghị quyết.', '2025-11-15');
    expect(vi.event.date).toBe('2025-11-14');
  });

  it('does not read a day the story only mentions', () => {
    const en = read('Tran Van A has been assigned to hold the Secretary position, according to a decision announced at the congress.\nThe plan, adopted on November 14, sets targets for 2030.', '2025-11-15');
    expect(en.event.date).toBeNull();
  });
});

describe('where a national body met, written after a long venue', () => {
  it('reads the city that follows the venue after a comma', () => {
    const vi = read(
      'Sáng 5-12, Đại hội đại biểu toàn quốc Hội Cựu giáo chức Việt Nam lần thứ IV đã khai mạc trọng thể tại Trung tâm Hội nghị Quốc gia, Hà Nội.',
      '2024-12-06',
    );
    expect(vi.province).toBe('Ha Noi');
    const en = read('On December 5, the National Assembly opened its eighth session at the National Convention Centre, Hanoi.', '2024-12-06');
    expect(en.province).toBe('Ha Noi');
  });
});

describe('a part of day before a doubled "ngày"', () => {
  it('is still the part of day of the date', () => {
    const vi = read('Chiều ngày ngày 27/12/2024, tại hội trường xã, Đảng ủy xã Hồng Lạc tổ chức hội nghị tổng kết công tác năm 2024.', '2024-12-28');
    expect(vi.event.date).toBe('2024-12-27');
    expect(vi.event.partOfDay).toBe('afternoon');
  });
});

describe('an office whose holder is named right after its body', () => {
  it('keeps the body and leaves out the holder', () => {
    const vi = read('Sáng nay (3/10), Chủ tịch UBND tỉnh Lê Văn Nam và Phó Chủ tịch UBND tỉnh Phạm Quốc Bảo đã đi kiểm tra công tác phòng chống lụt bão tại các xã ven biển.', '2025-10-03');
    expect(vi.organizer).toBe('UBND tỉnh');
    expect(vi.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Lê Văn Nam', 'Phạm Quốc Bảo']));
  });

  it('keeps a unit named after a person, which is no holder', () => {
    const vi = read('Sáng 3/10, UBND phường Trần Hưng Đạo tổ chức hội nghị tổng kết công tác dân vận năm 2025.', '2025-10-04');
    expect(vi.organizer).toBe('UBND phường Trần Hưng Đạo');
  });
});

describe('confidence of an organizer whose name is not read whole', () => {
  it('stays below 0.9 for a team named by its task alone', () => {
    const vi = read('Chiều 20/3, Đoàn giám sát, kiểm tra công tác bầu cử của Ủy ban Thường vụ Quốc hội đã có buổi làm việc tại tỉnh Quảng Bình.', '2021-03-21');
    expect(vi.organizer).toBe('Đoàn giám sát');
    expect(vi.confidence?.organizer).toBeLessThan(0.9);
  });

  it('stays below 0.9 for words the page ran together', () => {
    const en = read("The 12th meeting, the 8thProvincial People's Council -Session VIII, term 2021-2026 was officially opened on December 6.", '2023-12-07');
    expect(en.organizer).toMatch(/8thProvincial/);
    expect(en.confidence?.organizer).toBeLessThan(0.9);
    // The same lead written cleanly is read as surely as before.
    const clean = read("On December 6, the Provincial People's Council opened its 12th session.", '2023-12-07');
    expect(clean.confidence?.organizer).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a congress's preparatory sitting later in the day", () => {
  it('gives the part of day of the sitting, not of the morning visit', () => {
    const vi = read(
      'Các đại biểu dự Đại hội Hội Nông dân tỉnh.\nSáng 14-10, các đại biểu dâng hương tại Đền thờ liệt sĩ tỉnh; buổi chiều, Đại hội tiến hành họp phiên trù bị để thông qua chương trình làm việc.',
      '2025-10-15',
    );
    expect(vi.event.date).toBe('2025-10-14');
    expect(vi.event.partOfDay).toBe('afternoon');
    // A morning with no later sitting keeps its part of day.
    const morning = read('Các đại biểu dự Đại hội Hội Nông dân tỉnh.\nSáng 14-10, các đại biểu dâng hương tại Đền thờ liệt sĩ tỉnh.', '2025-10-15');
    expect(morning.event.partOfDay).toBe('morning');
  });
});

describe('a photo caption run into the lead', () => {
  it('reads the body a chairing official presided over a meeting for, the first of two parties', () => {
    const en = read(
      "Deputy Prime Minister speaks at the meeting on April 2. (Photo: VNA)Hanoi (VNA) – Deputy Prime Minister Tran Van B presided over a meeting between the Government's Steering Committee and the Standing Board of the Lao Cai provincial Party Committee on April 2.",
      '2024-04-03',
    );
    expect(en.organizer).toBe("Government's Steering Committee");
  });

  it('reads the lead past a photo credit that opens it', () => {
    const en = read("(Photo: VNA)Hanoi (VNA) – The Standing Board of the Lao Cai provincial Party Committee held a meeting on April 2.", '2024-04-03');
    expect(en.organizer).toBe('Standing Board of the Lao Cai provincial Party Committee');
  });
});

describe('a one-day event dated by its close', () => {
  it('keeps the day and leaves out the part of day of the close', () => {
    const en = read("After a day of active work, on the afternoon of November 20, the 12th Provincial Farmers' Congress, term 2023 - 2028 ended successfully.", '2023-11-21');
    expect(en.event.date).toBe('2023-11-20');
    expect(en.event.partOfDay).toBeNull();
    const vi = read('Sau một ngày làm việc khẩn trương, chiều 20/11, Đại hội đại biểu Hội Nông dân tỉnh lần thứ XII đã bế mạc.', '2023-11-21');
    expect(vi.event.date).toBe('2023-11-20');
    expect(vi.event.partOfDay).toBeNull();
    // A close told without how long the event lasted keeps its part of day.
    expect(read('Chiều 20/11, Đại hội đại biểu Hội Nông dân tỉnh lần thứ XII đã bế mạc.', '2023-11-21').event.partOfDay).toBe('afternoon');
  });
});
