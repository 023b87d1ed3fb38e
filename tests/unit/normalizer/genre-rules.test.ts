import { parse } from './helpers';

const people = (text: string) => parse(text).people.map(({ name, roles }) => ({ name, roles }));
const awards = (text: string) => parse(text, '2024-12-31').awards.map(({ count, recipient, award }) => ({ count, recipient, award }));

describe('awards: a count before a noun for people is individuals', () => {
  it('reads modifiers before the English noun', () => {
    expect(awards('The Provincial Women\'s Union presented certificates of commendation to 12 exemplary women members and 4 grassroots associations.')).toEqual([
      { count: 12, recipient: 'individual', award: 'certificate of commendation' },
      { count: 4, recipient: 'collective', award: 'certificate of commendation' },
    ]);
    expect(awards('The district awarded certificates of merit to 7 outstanding youth union members.')).toEqual([
      { count: 7, recipient: 'individual', award: 'certificate of merit' },
    ]);
  });

  it('reads Vietnamese nouns for people, the noun first', () => {
    expect(awards('Dịp này, Huyện đoàn tặng Giấy khen cho 9 đoàn viên tiêu biểu và 3 chi đoàn xuất sắc.').map((a) => [a.count, a.recipient])).toEqual([
      [9, 'individual'],
      [3, 'collective'],
    ]);
    expect(awards('Hội Nông dân tỉnh tặng Bằng khen cho 6 hội viên và 11 cán bộ xã.').map((a) => [a.count, a.recipient])).toEqual([
      [6, 'individual'],
      [11, 'individual'],
    ]);
  });
});

describe('roles: "concurrently" and "kiêm" open another title', () => {
  it('keeps the title after "concurrently" apart', () => {
    expect(people('Mr. Pham Van Hai, Chairman of the Commune People\'s Committee, concurrently Commander of the Commune Military Command, spoke.')[0]!.roles).toEqual([
      "Chairman of the Commune People's Committee",
      'Commander of the Commune Military Command',
    ]);
    expect(people('Mr. Pham Van Hai, Secretary of the Commune Party Committee and concurrently Chairman of the Commune People\'s Council, spoke.')[0]!.roles).toEqual([
      'Secretary of the Commune Party Committee',
      "Chairman of the Commune People's Council",
    ]);
  });

  it('keeps the title after ", kiêm" apart', () => {
    expect(people('Ông Phạm Văn Hải, Chủ tịch UBND xã, kiêm Chỉ huy trưởng Ban Chỉ huy quân sự xã cho biết.')[0]!.roles).toEqual([
      'Chủ tịch UBND xã',
      'Chỉ huy trưởng Ban Chỉ huy quân sự xã',
    ]);
  });
});

describe('people: a two-syllable name after a level body\'s title', () => {
  it('finds the name before a verb', () => {
    expect(people('Phó Chủ tịch UBND huyện Đỗ Tâm trình bày tờ trình.')).toEqual([{ name: 'Đỗ Tâm', roles: ['Phó Chủ tịch UBND huyện'] }]);
    expect(people('Vice Chairwoman of the District People\'s Committee Do Tam presented the report.')).toEqual([
      { name: 'Do Tam', roles: ["Vice Chairwoman of the District People's Committee"] },
    ]);
  });

  it('keeps a name the text also uses as a place a place', () => {
    expect(people('Chủ tịch UBND xã Lê Lợi phát biểu. Hội nghị diễn ra tại xã Lê Lợi.')).toEqual([]);
  });
});

describe('organizer: a delegation or working group of a body is taken whole', () => {
  it('reads "Đoàn giám sát của ..." and "a monitoring delegation of ..."', () => {
    expect(parse('Sáng 4/9, Đoàn giám sát của Ban Thường vụ Huyện ủy Gia Lộc làm việc với Đảng ủy xã Gia Tân.').organizer).toBe('Đoàn giám sát của Ban Thường vụ Huyện ủy Gia Lộc');
    expect(parse('On September 4, a monitoring delegation of the Standing Board of Gia Loc District Party Committee worked with the Party Committee of Gia Tan Commune.').organizer).toBe(
      'Monitoring delegation of the Standing Board of Gia Loc District Party Committee',
    );
  });
});

describe('roles: commas inside a body name', () => {
  it('continues a Vietnamese title over lower-case words after a comma', () => {
    expect(people('Đồng chí Lê Minh Tâm, Phó Trưởng Ban Chỉ đạo công tác phòng, chống tội phạm, ma túy huyện phát biểu.')[0]!.roles).toEqual([
      'Phó Trưởng Ban Chỉ đạo công tác phòng, chống tội phạm, ma túy huyện',
    ]);
  });

  it('continues an English title over a capitalized list closed by "and"', () => {
    expect(people('Comrade Le Minh Tam, Head of the Steering Committee for Science, Technology, Innovation and Digital Transformation, spoke.')[0]!.roles).toEqual([
      'Head of the Steering Committee for Science, Technology, Innovation and Digital Transformation',
    ]);
  });

  it('still starts a new title or stops at a verb after a comma', () => {
    expect(people('Đồng chí Lê Minh Tâm, Trưởng Ban Chỉ đạo phát triển du lịch huyện, Phó Chủ tịch UBND huyện, cho biết.')[0]!.roles).toEqual([
      'Trưởng Ban Chỉ đạo phát triển du lịch huyện',
      'Phó Chủ tịch UBND huyện',
    ]);
    expect(people('Ông Trần Văn Bình, Chủ tịch UBND tỉnh chỉ đạo các sở, ngành.')[0]!.roles).toEqual(['Chủ tịch UBND tỉnh']);
  });
});

describe('roles: lower-case words of a body name', () => {
  it('keeps "Hợp tác xã", "Trung tâm" and their descriptions', () => {
    expect(people('Bà Lương Thị Mai, Giám đốc Hợp tác xã dịch vụ thương mại Đức Chính cho biết.')[0]!.roles).toEqual(['Giám đốc Hợp tác xã dịch vụ thương mại Đức Chính']);
    expect(people('Dự có Giám đốc Trung tâm dịch vụ nông nghiệp huyện Trần Thị Hạnh.')).toEqual([{ name: 'Trần Thị Hạnh', roles: ['Giám đốc Trung tâm dịch vụ nông nghiệp huyện'] }]);
  });
});

describe('people: surnames missing from the list', () => {
  it('reads them after an honorific or a title', () => {
    expect(people('Ông Khổng Tước Minh, Giám đốc Sở Tư pháp phát biểu.').map((p) => p.name)).toEqual(['Khổng Tước Minh']);
    expect(people('Đồng chí Ưng Văn Toàn, Bí thư Đảng ủy xã dự.').map((p) => p.name)).toEqual(['Ưng Văn Toàn']);
    expect(people('Comrade Khuong Van Toan, Director of the Department of Justice, spoke.').map((p) => p.name)).toEqual(['Khuong Van Toan']);
    expect(people('Secretary of the Commune Party Committee Khuong Thi Lan attended.')).toEqual([{ name: 'Khuong Thi Lan', roles: ['Secretary of the Commune Party Committee'] }]);
  });

  it('does not read a capitalized run without honorific or title as a person', () => {
    expect(people('Sản phẩm Khương Văn Thành được bày bán.')).toEqual([]);
  });
});

describe('people: titles from several mentions', () => {
  it('adds titles a later mention gives, without repeating', () => {
    expect(people('Comrade Nguyen Thi Hoa, Secretary of the District Party Committee, attended. District Party Secretary Nguyen Thi Hoa spoke. Nguyen Thi Hoa, Head of the District Steering Committee for New Rural Development, concluded.')).toEqual([
      { name: 'Nguyen Thi Hoa', roles: ['Secretary of the District Party Committee', 'Head of the District Steering Committee for New Rural Development'] },
    ]);
    expect(people('Đồng chí Nguyễn Thị Hoa, Bí thư Huyện ủy dự. Bí thư Huyện ủy Nguyễn Thị Hoa, Chủ tịch HĐND huyện phát biểu. Chủ tịch Hội đồng nhân dân huyện Nguyễn Thị Hoa kết luận.')).toEqual([
      { name: 'Nguyễn Thị Hoa', roles: ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'] },
    ]);
  });
});

describe('new rules stay fast on long inputs', () => {
  it('parses long comma chains and long capitalized runs quickly', () => {
    const chain = `Ông Lê Văn An, Trưởng Ban Chỉ đạo phát triển ${'khoa học, công nghệ, '.repeat(3000)}tỉnh cho biết.`;
    const runs = `${'Chủ tịch UBND huyện Vũ Hùng Khương Văn Thành '.repeat(2000)}. ${'15 outstanding union young '.repeat(3000)}members received certificates of merit.`;
    const started = Date.now();
    parse(chain);
    parse(runs);
    parse(`Đoàn kiểm tra của ${'Ban '.repeat(20000)}`);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('district portal pages: abbreviated titles, a dash after the date, an anniversary get-together', () => {
  it('reads the abbreviated titles district and commune portals write', () => {
    expect(people('Hôm nay, ngày 13/5/2022 - HĐND xã tổ chức kỳ họp thứ tư. Về dự có đồng chí Nguyễn Văn Giảng - PBTTT Huyện ủy - CTHĐND huyện; đồng chí Hoàng Đình Nam - UVBTV - TBDV Huyện ủy.')).toEqual([
      { name: 'Nguyễn Văn Giảng', roles: ['PBTTT Huyện ủy', 'CTHĐND huyện'] },
      { name: 'Hoàng Đình Nam', roles: ['UVBTV', 'TBDV Huyện ủy'] },
    ]);
    expect(people('Sáng 20/1, Ban CHQS xã tổ chức hội nghị. Dự có Trung tá Đặng Văn Luân - Phó Chỉ huy trưởng - Tham mưu trưởng Ban CHQS huyện Tứ Kỳ; Mẹ VNAH Hà Thị Tuất; Trung tướng Hà Minh Thám - Anh hùng LLVT nhân dân.')).toEqual([
      { name: 'Đặng Văn Luân', roles: ['Trung tá', 'Phó Chỉ huy trưởng', 'Tham mưu trưởng Ban CHQS huyện Tứ Kỳ'] },
      { name: 'Hà Thị Tuất', roles: ['Mẹ VNAH'] },
      { name: 'Hà Minh Thám', roles: ['Trung tướng', 'Anh hùng LLVT nhân dân'] },
    ]);
  });

  it('takes the body after a date that a dash closes', () => {
    expect(parse('Hôm nay, ngày 13/5/2022 - HĐND xã Gio Châu tổ chức kỳ họp thứ tư (kỳ họp chuyên đề).', '2022-05-14').organizer).toBe('HĐND xã Gio Châu');
  });

  it('reads a get-together marking an anniversary, set off by a comma, as a ceremony', () => {
    expect(parse('Sáng 22/4, Ban CHQS huyện Ninh Giang tổ chức gặp mặt, kỷ niệm 75 năm ngày truyền thống LLVT huyện.', '2022-04-25').event.kind).toBe('ceremony');
    expect(parse('Sáng 22/4, Ban Thường vụ Huyện ủy tổ chức gặp mặt, trao đổi với các đồng chí nguyên lãnh đạo huyện.', '2022-04-25').event.kind).toBe('meeting');
  });
});

describe('election reports: posts held on, posts hoped for, lower-case words of a department', () => {
  it('gives the post a person is elected "to continue holding"', () => {
    expect(people("On June 23, the town People's Council held its first session. The delegates elected comrade Pham Chi Kien, Deputy Secretary of the Town Party Committee, to continue holding the position of Chairman of the Town People's Committee for the 2021-2026 term.")).toEqual([
      { name: 'Pham Chi Kien', roles: ['Deputy Secretary of the Town Party Committee', "Chairman of the Town People's Committee"] },
    ]);
  });

  it('gives no post a person would hold if elected', () => {
    expect(people('Sáng 5/2, Ủy ban MTTQ thành phố tổ chức hội nghị tiếp xúc cử tri. Ông Lê Minh Hưng, Trưởng ban Tổ chức Trung ương, nhấn mạnh nếu được bầu là đại biểu Quốc hội, ông sẽ luôn lắng nghe cử tri.')).toEqual([
      { name: 'Lê Minh Hưng', roles: ['Trưởng ban Tổ chức Trung ương'] },
    ]);
    expect(people('On February 5, the city Fatherland Front held a meeting with voters. Mr. Le Minh Hung, Head of the Central Organization Commission, said that if elected as a National Assembly deputy, he would listen to voters.')).toEqual([
      { name: 'Le Minh Hung', roles: ['Head of the Central Organization Commission'] },
    ]);
  });

  it('keeps the lower-case words of a department\'s name in the title', () => {
    expect(people('Sáng 9/8, Đảng ủy xã tổ chức Đại hội. Đến dự có ông Thái Văn Khởi – Trưởng Phòng Tuyên truyền và Xuất bản Ban Tuyên giáo Tỉnh ủy An Giang.')).toEqual([
      { name: 'Thái Văn Khởi', roles: ['Trưởng Phòng Tuyên truyền và Xuất bản Ban Tuyên giáo Tỉnh ủy An Giang'] },
    ]);
  });
});

describe('province from the publisher: a city body or units in the plural are local', () => {
  it('takes the province of the paper whose address the page ends with', () => {
    const text = "On the morning of November 28, comrade Nguyen Van Phu and delegation group No. 4 of the City People's Council met with voters of Nam Sach, Thai Tan and An Phu communes.\nVoters raised many issues.\nDuc ThiemSource: https://baohaiphong.vn/cu-tri-khu-vuc-nam-sach-528096.html";
    expect(parse(text, '2025-11-29').province).toBe('Hai Phong');
    // A national story on the same paper names no local body: its province is not the paper's.
    expect(parse('On the morning of November 28, the National Assembly discussed the draft law.\nSource: https://baohaiphong.vn/quoc-hoi-528097.html', '2025-11-29').province).toBeNull();
  });
});
