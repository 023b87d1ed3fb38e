import { parse } from './helpers';

const people = (text: string) => parse(text).people.map(({ name, roles }) => ({ name, roles }));

describe('people and roles', () => {
  it('reads titles after the name and strips the honorific', () => {
    expect(people('Comrade Dang Quoc Hoan, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People\'s Council, chaired the conference.')).toEqual([
      { name: 'Dang Quoc Hoan', roles: ['Standing Deputy Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Council"] },
    ]);
    expect(people('Đồng chí Nguyễn Văn Quyết, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Thanh Miện chủ trì hội nghị.')).toEqual([
      { name: 'Nguyễn Văn Quyết', roles: ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Bí thư Huyện ủy Thanh Miện'] },
    ]);
  });

  it('reads titles before the name', () => {
    expect(people('Presenting the report, Member of the Provincial Party Standing Committee, Head of the Economic Commission of the Provincial Party Committee Bui Duc Manh said the plan was met.')).toEqual([
      { name: 'Bui Duc Manh', roles: ['Member of the Provincial Party Standing Committee', 'Head of the Economic Commission of the Provincial Party Committee'] },
    ]);
    expect(people('Dự hội nghị có Phó Trưởng Ban Tổ chức Tỉnh ủy Lưu Thị Bích Ngọc.')).toEqual([{ name: 'Lưu Thị Bích Ngọc', roles: ['Phó Trưởng Ban Tổ chức Tỉnh ủy'] }]);
    expect(people('Cùng dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phạm Quốc Tuấn và các đồng chí.')).toEqual([
      { name: 'Phạm Quốc Tuấn', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('strips Mr., Mrs., Ms., ông and bà', () => {
    const found = people('Mr. Tang Van Quynh, Secretary of Gia Loc District Party Committee, spoke. Mrs. Le Thi Thu Trang, Deputy Secretary of Kinh Mon Town Party Committee, spoke. Ông Phạm Văn Tú, Bí thư Huyện ủy Thanh Hà cho biết. Bà Lê Thị Hoa, Trưởng Ban Dân vận Thị ủy Kinh Môn phát biểu.');
    expect(found.map((p) => p.name)).toEqual(['Tang Van Quynh', 'Le Thi Thu Trang', 'Phạm Văn Tú', 'Lê Thị Hoa']);
    expect(found[3]!.roles).toEqual(['Trưởng Ban Dân vận Thị ủy Kinh Môn']);
  });

  it('splits title chains on "and" and "kiêm"', () => {
    expect(people('Comrade Vu Quang Trung, Secretary of the District Party Committee and Chairman of the District People\'s Council, attended.')[0]!.roles).toEqual([
      'Secretary of the District Party Committee',
      "Chairman of the District People's Council",
    ]);
    expect(people('Đồng chí Hoàng Minh Tuấn, Bí thư Thị ủy kiêm Chủ tịch HĐND thị xã chủ trì.')[0]!.roles).toEqual(['Bí thư Thị ủy', 'Chủ tịch HĐND thị xã']);
  });

  it('gives a shared plural title to each name of a pair, as the text writes it', () => {
    expect(people('Attending were Vice Chairmen of the Provincial People\'s Committee Ngo Thanh Tung and Pham Thi Ngoc Anh, together with leaders.')).toEqual([
      { name: 'Ngo Thanh Tung', roles: ["Vice Chairmen of the Provincial People's Committee"] },
      { name: 'Pham Thi Ngoc Anh', roles: ["Vice Chairmen of the Provincial People's Committee"] },
    ]);
  });

  it('reads a "Comrades:" list separated by semicolons', () => {
    const found = people('Comrades: Tran Duc Thang, Member of the Party Central Committee, Secretary of the Provincial Party Committee; Le Van Hieu, Chairman of the Provincial People\'s Council attended the conference.');
    expect(found).toEqual([
      { name: 'Tran Duc Thang', roles: ['Member of the Party Central Committee', 'Secretary of the Provincial Party Committee'] },
      { name: 'Le Van Hieu', roles: ["Chairman of the Provincial People's Council"] },
    ]);
  });

  it('lists a person once, keeping the fullest titles', () => {
    const found = people('Comrade Tran Duc Thang, Member of the Party Central Committee, Secretary of Hai Duong Provincial Party Committee, spoke. Later, Provincial Party Secretary Tran Duc Thang asked units to act. Comrade Tran Duc Thang thanked them.');
    expect(found).toEqual([{ name: 'Tran Duc Thang', roles: ['Member of the Party Central Committee', 'Secretary of Hai Duong Provincial Party Committee'] }]);
  });

  it('keeps a comma inside a body\'s name', () => {
    expect(people('Head of the District Office of Labour, Invalids and Social Affairs Tran Thi Ngoc Lan said so.')[0]!.roles).toEqual([
      'Head of the District Office of Labour, Invalids and Social Affairs',
    ]);
  });

  it('does not take place names for people', () => {
    expect(people('Leaders of An Lam, Hiep Cat and Nam Hung communes, the Lam Son - Sao Vang project, Thai Hoc commune and Sao Do ward spoke.')).toEqual([]);
    expect(people('Một đoàn cán bộ huyện Thạch Thành (tỉnh Thanh Hóa) và Thủ đô Hà Nội đến thăm.')).toEqual([]);
  });

  it('does not split a name from a province written before it', () => {
    expect(people('Dự lễ có Bí thư Thành ủy Hải Dương Nguyễn Quang Dũng.')).toEqual([{ name: 'Nguyễn Quang Dũng', roles: ['Bí thư Thành ủy Hải Dương'] }]);
    expect(people('Hai Duong Provincial Party Secretary Tran Duc Thang spoke.')[0]!.name).toBe('Tran Duc Thang');
  });

  it('reads titles in brackets, between dashes and with "former"/"nguyên"', () => {
    expect(people('Comrade Nguyen Thi Thu Ha (Vice Chairwoman of the District People\'s Council) reported.')[0]!.roles).toEqual(["Vice Chairwoman of the District People's Council"]);
    expect(people('Mr. Nguyen Hoai Nam - Director of the Department of Finance - said the budget was on track.')[0]!.roles).toEqual(['Director of the Department of Finance']);
    expect(people('Ông Vũ Văn Bình, nguyên Bí thư Huyện ủy Nam Sách, cũng dự.')[0]!.roles).toEqual(['nguyên Bí thư Huyện ủy Nam Sách']);
  });

  it('does not give one person the titles of the name before', () => {
    expect(people('Chairman of the Provincial People\'s Committee Trieu The Hung and Vice Chairman Luu Van Ban attended.')).toEqual([
      { name: 'Trieu The Hung', roles: ["Chairman of the Provincial People's Committee"] },
      { name: 'Luu Van Ban', roles: ['Vice Chairman'] },
    ]);
  });

  it('reads a lower-case Vietnamese title after the name and keeps a commune name in it', () => {
    expect(people('Ông Nguyễn Văn Tâm, phó chủ tịch UBND xã Hà Kỳ, phát biểu.')).toEqual([{ name: 'Nguyễn Văn Tâm', roles: ['phó chủ tịch UBND xã Hà Kỳ'] }]);
  });

  it('accepts a two-syllable name right after its title', () => {
    expect(people('General Secretary To Lam sent a letter.')).toEqual([{ name: 'To Lam', roles: ['General Secretary'] }]);
    expect(people('Tổng Bí thư Tô Lâm gửi thư chúc mừng.')).toEqual([{ name: 'Tô Lâm', roles: ['Tổng Bí thư'] }]);
  });

  it('does not take a body named after a person for that person', () => {
    expect(people('Director of Tran Hung Dao Hospital Nguyen Van Long spoke. Principal of Nguyen Trai High School Le Thi Mai attended.')).toEqual([
      { name: 'Nguyen Van Long', roles: ['Director of Tran Hung Dao Hospital'] },
      { name: 'Le Thi Mai', roles: ['Principal of Nguyen Trai High School'] },
    ]);
  });

  it('joins a line wrapped inside a sentence', () => {
    expect(people('Comrade Dang Quoc Hoan, Standing Deputy Secretary of the\nProvincial Party Committee, chaired the conference.')).toEqual([
      { name: 'Dang Quoc Hoan', roles: ['Standing Deputy Secretary of the Provincial Party Committee'] },
    ]);
  });
});

describe('titles that are not the person’s own, and the same office said twice', () => {
  it('gives the title after "thừa ủy quyền của", "on behalf of" to the principal, not to the person', () => {
    expect(people('Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Lê Văn Bình trao Huân chương Lao động cho ông.')).toEqual([
      { name: 'Lê Văn Bình', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Hoàng Văn Sơn gắn Huy hiệu cho các cựu chiến binh.')).toEqual([
      { name: 'Hoàng Văn Sơn', roles: ['Thiếu tướng'] },
    ]);
    expect(people('On behalf of the State President, Vice Chairwoman of the provincial People’s Committee Tran Thi Mai presented the order.')).toEqual([
      { name: 'Tran Thi Mai', roles: ['Vice Chairwoman of the provincial People’s Committee'] },
    ]);
  });

  it('drops a bare title that a fuller one of the person already says, with "&" names and synonyms', () => {
    expect(people('Lãnh đạo tỉnh chúc mừng Bộ trưởng Phan Văn Hòa. Bộ trưởng Bộ KH&CN Phan Văn Hòa phát biểu.')).toEqual([
      { name: 'Phan Văn Hòa', roles: ['Bộ trưởng Bộ KH&CN'] },
    ]);
    expect(people('Receiving the guests was Le Thi Lan, Permanent Vice Chairman of the Provincial People’s Council. Standing Vice Chairwoman of the Provincial People’s Council Le Thi Lan said the visit mattered.')).toEqual([
      { name: 'Le Thi Lan', roles: ['Permanent Vice Chairman of the Provincial People’s Council'] },
    ]);
    // The same title with a straight and a curly apostrophe.
    expect(people("Le Van Tam, head of the Party Central Committee's Economic Commission, spoke. Le Van Tam, head of the Party Central Committee’s Economic Commission, closed.")).toEqual([
      { name: 'Le Van Tam', roles: ["head of the Party Central Committee's Economic Commission"] },
    ]);
    expect(people('Attending was Do Van Hai, Deputy Chairman of the provincial People’s Committee. Vice Chairman Do Van Hai spoke next.')).toEqual([
      { name: 'Do Van Hai', roles: ['Deputy Chairman of the provincial People’s Committee'] },
    ]);
  });
});

describe('names that real pages write unusually', () => {
  it('reads "Tỉnh Đoàn", "Huyện Đoàn" as a body, not as the family name Đoàn', () => {
    expect(people('Đồng chí Đoàn Văn Hùng, Bí thư Huyện Đoàn Tiên Du, phát biểu tại hội nghị.')).toEqual([
      { name: 'Đoàn Văn Hùng', roles: ['Bí thư Huyện Đoàn Tiên Du'] },
    ]);
    expect(people('Secretary of the Provincial Youth Union Doan Van Hung spoke at the conference.').map((person) => person.name)).toEqual(['Doan Van Hung']);
  });

  it('keeps a middle syllable that names bodies elsewhere inside a name after an honorific', () => {
    expect(people('Hội nghị do bà Trần Đài Trang, Phó Chủ tịch UBND huyện, chủ trì.')).toEqual([{ name: 'Trần Đài Trang', roles: ['Phó Chủ tịch UBND huyện'] }]);
    expect(people('Ông Lê Văn Sơn, Giám đốc Đài Phát thanh tỉnh, phát biểu.')).toEqual([{ name: 'Lê Văn Sơn', roles: ['Giám đốc Đài Phát thanh tỉnh'] }]);
    expect(people('Mrs. Tran Dai Trang, Vice Chairwoman of the district People’s Committee, chaired the meeting.').map((person) => person.name)).toEqual(['Tran Dai Trang']);
  });

  it('reads a name before a possessive', () => {
    expect(people('Vice Chairwoman Nguyen Thi Lan’s report opened the meeting.')).toEqual([{ name: 'Nguyen Thi Lan', roles: ['Vice Chairwoman'] }]);
    expect(people("Director Pham Van Long's team inspected the dyke.")).toEqual([{ name: 'Pham Van Long', roles: ['Director'] }]);
  });

  it('reads a name whose last syllable was typed in lower case when the text writes it right elsewhere', () => {
    expect(people('Đồng chí Trần Thu hà, Phó Chủ tịch UBND tỉnh, phát biểu. Đồng chí Trần Thu Hà đề nghị các sở rà soát.')).toEqual([
      { name: 'Trần Thu Hà', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
    expect(people("Comrade Le Minh hung, Vice Chairman of the provincial People's Committee, spoke. Le Minh Hung asked the departments to act.")).toEqual([
      { name: 'Le Minh Hung', roles: ["Vice Chairman of the provincial People's Committee"] },
    ]);
  });
});

describe('people confidence', () => {
  const confidence = (text: string) => parse(text).confidence?.people ?? 0;

  it('is lower when a full name is left unread, in both languages', () => {
    expect(confidence('Đồng chí Trần Văn Hải, Bí thư Huyện ủy, chủ trì hội nghị.')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('Đồng chí Trần Văn Hải, Bí thư Huyện ủy, chủ trì hội nghị. Hội nghị ghi nhận đóng góp của Lê Thị Hồng Nhung trong năm.')).toBeLessThan(0.9);
    expect(confidence('Comrade Tran Van Hai, Secretary of the District Party Committee, chaired the meeting.')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('Comrade Tran Van Hai, Secretary of the District Party Committee, chaired the meeting. The meeting noted the work of Le Thi Hong Nhung over the year.')).toBeLessThan(0.9);
  });
});

describe('a name typed twice', () => {
  it('reads the name once', () => {
    expect(people('Chairman of the provincial People’s Committee Le Van Huong Le Van Huong spoke.')).toEqual([{ name: 'Le Van Huong', roles: ['Chairman of the provincial People’s Committee'] }]);
    expect(people('Chủ tịch UBND tỉnh Lê Văn Hưởng Lê Văn Hưởng phát biểu.')).toEqual([{ name: 'Lê Văn Hưởng', roles: ['Chủ tịch UBND tỉnh'] }]);
    // A family name that comes back alone is part of the name.
    expect(people('Chủ tịch UBND tỉnh Nguyễn Văn Nguyễn phát biểu.').map((person) => person.name)).toEqual(['Nguyễn Văn Nguyễn']);
  });
});

describe('a place named inside a title', () => {
  it('does not take "the Ha Khau District" inside a title for a person', () => {
    expect(people('Seeing the delegation off was Mr. Ly Quy, Chief of Office of the Ha Khau District Party Committee.')).toEqual([
      { name: 'Ly Quy', roles: ['Chief of Office of the Ha Khau District Party Committee'] },
    ]);
    expect(people('Tiễn đoàn có ông Lý Quý, Chánh Văn phòng Huyện ủy Hà Khẩu.')).toEqual([{ name: 'Lý Quý', roles: ['Chánh Văn phòng Huyện ủy Hà Khẩu'] }]);
  });
});

describe('people: lists, clause-opening chains and one-word verbs', () => {
  it('gives a shared plural title to a list opened by honorifics before the colon', () => {
    expect(people('Các Phó Chủ tịch Hội Nông dân tỉnh gồm các ông, bà: Trần Văn Lợi, Đỗ Thị Mai.')).toEqual([
      { name: 'Trần Văn Lợi', roles: ['Phó Chủ tịch Hội Nông dân tỉnh'] },
      { name: 'Đỗ Thị Mai', roles: ['Phó Chủ tịch Hội Nông dân tỉnh'] },
    ]);
    // Without the plural title, honorifics before a list give no title.
    expect(people('Dự hội nghị gồm các ông, bà: Trần Văn Lợi, Đỗ Thị Mai.').map((person) => person.roles)).toEqual([[], []]);
  });

  it('reads "tái cử" as a verb that gives a title', () => {
    expect(people('Bà Lương Thị Hạnh tái cử Chủ tịch Hội Liên hiệp Phụ nữ huyện nhiệm kỳ 2026 - 2031.')).toEqual([
      { name: 'Lương Thị Hạnh', roles: ['Chủ tịch Hội Liên hiệp Phụ nữ huyện'] },
    ]);
  });

  it('keeps every title of a chain that opens the clause before ", Name,"', () => {
    expect(people("Member of the Provincial Party Standing Committee, Director of the Department of Finance, Vu Thanh Binh, opened the workshop.")).toEqual([
      { name: 'Vu Thanh Binh', roles: ['Member of the Provincial Party Standing Committee', 'Director of the Department of Finance'] },
    ]);
    // A chain after another name stays that name's.
    expect(people('Le Van Son, Secretary of the District Party Committee, Chairman of the District People\'s Council, Vu Thanh Binh, and others attended.')[0]).toEqual({
      name: 'Le Van Son',
      roles: ['Secretary of the District Party Committee', "Chairman of the District People's Council"],
    });
  });

  it('gives a chain after a semicolon to the next name, not to the name before it', () => {
    expect(people("Vice Chairman of the District People's Council, Dang Van Hoa; Member of the District Party Standing Committee, Head of the District Police, Trinh Quoc Viet, attended.")).toEqual([
      { name: 'Dang Van Hoa', roles: ["Vice Chairman of the District People's Council"] },
      { name: 'Trinh Quoc Viet', roles: ['Member of the District Party Standing Committee', 'Head of the District Police'] },
    ]);
    expect(people('Tham dự có đồng chí Vi Văn Thành, Bí thư Đảng ủy xã; Phó Chủ tịch UBND xã, bà Lương Thị Hoa.')).toEqual([
      { name: 'Vi Văn Thành', roles: ['Bí thư Đảng ủy xã'] },
      { name: 'Lương Thị Hoa', roles: ['Phó Chủ tịch UBND xã'] },
    ]);
  });

  it('reads a title that holds a body\'s head whole, and the chain after it', () => {
    expect(people('Tiếp đoàn có ông Hoàng Văn Sơn, Đại biểu Quốc hội khóa XVI, Phó Bí thư Thường trực Tỉnh ủy.')).toEqual([
      { name: 'Hoàng Văn Sơn', roles: ['Đại biểu Quốc hội', 'Phó Bí thư Thường trực Tỉnh ủy'] },
    ]);
  });

  it('reads a lower-case body\'s head right after the title and the words that say what the body does', () => {
    expect(people('Bà Đinh Thị Thu, Phó Trưởng ban Chỉ đạo bầu cử huyện phát biểu.')).toEqual([{ name: 'Đinh Thị Thu', roles: ['Phó Trưởng ban Chỉ đạo bầu cử huyện'] }]);
    expect(people('Ông Lục Văn Tài - Trưởng cụm thi đua các xã vùng cao phát biểu.')[0]!.roles[0]).toMatch(/^Trưởng cụm thi đua/);
  });

  it('reads an English chain that opens on the body before the title, set off by commas around the name', () => {
    expect(people('At the ceremony, Provincial Party Committee member and Director of the Department of Justice, Luong Van Khai, read the decision.')).toEqual([
      { name: 'Luong Van Khai', roles: ['Provincial Party Committee member', 'Director of the Department of Justice'] },
    ]);
  });

  it('reads a lower-case title right after "Deputy", and a chain after "under the chairmanship of"', () => {
    expect(people('Also present was Senior Colonel Ha Van Tien, Deputy political commissar of the Provincial Border Guard Command.')).toEqual([
      { name: 'Ha Van Tien', roles: ['Senior Colonel', 'Deputy political commissar of the Provincial Border Guard Command'] },
    ]);
    expect(people("The meeting was held under the chairmanship of Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee Mai Van Thanh.")).toEqual([
      { name: 'Mai Van Thanh', roles: ['Deputy Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Committee"] },
    ]);
  });

  it('reads a middle name that opens a compound elsewhere as part of the name', () => {
    expect(people('Ông Trịnh Văn Hoá - Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu.').map((person) => person.name)).toEqual(['Trịnh Văn Hoá']);
    expect(people('Dự có Giám đốc Sở Nội vụ Lương Văn Hóa.').map((person) => person.name)).toEqual(['Lương Văn Hóa']);
  });

  it('ends a name after an honorific on a syllable that is a common word elsewhere, before a comma', () => {
    expect(people('Tới dự có bà Lò Thị Dự, nguyên Phó Chủ tịch UBND tỉnh.')).toEqual([{ name: 'Lò Thị Dự', roles: ['nguyên Phó Chủ tịch UBND tỉnh'] }]);
  });

  it('does not give a plural title after the comma to the person before it', () => {
    expect(people('Tham dự có bà Vi Thị Mận - Chủ tịch Hội Phụ nữ xã, các Phó Chủ tịch UBND xã và đại biểu.')).toEqual([
      { name: 'Vi Thị Mận', roles: ['Chủ tịch Hội Phụ nữ xã'] },
    ]);
    expect(people("Present were Mr. Lo Van Sinh, Chairman of the District Fatherland Front, the Vice Chairmen of the District People's Committee and deputies.")).toEqual([
      { name: 'Lo Van Sinh', roles: ['Chairman of the District Fatherland Front'] },
    ]);
  });

  it('reads a lower-case title right after a title as one more, but not a lower-case verb', () => {
    expect(people('Trung tá Vàng Văn Sáu, Phó Trưởng Công an huyện phụ trách Đảng bộ xã Nậm Cang dự kỳ họp.')).toEqual([
      { name: 'Vàng Văn Sáu', roles: ['Trung tá', 'Phó Trưởng Công an huyện', 'phụ trách Đảng bộ xã Nậm Cang'] },
    ]);
    expect(people('Ông Hoàng Văn Kiên, Phó Chủ tịch HĐND xã chủ tọa kỳ họp.')).toEqual([{ name: 'Hoàng Văn Kiên', roles: ['Phó Chủ tịch HĐND xã'] }]);
  });

  it('reads a possessive written with a typographic apostrophe inside an English title', () => {
    expect(people('Also present was Ms. Dinh Thi Lan, Vice Chairwoman of the district’s People’s Council.')).toEqual([
      { name: 'Dinh Thi Lan', roles: ['Vice Chairwoman of the district’s People’s Council'] },
    ]);
  });

  it('reads a title whose body is a unit of a larger body written after a comma', () => {
    expect(people('Dự hội nghị có Phó Vụ trưởng Vụ Tổng hợp, Ban Dân vận Trung ương Quách Thị Yến.')).toEqual([
      { name: 'Quách Thị Yến', roles: ['Phó Vụ trưởng Vụ Tổng hợp, Ban Dân vận Trung ương'] },
    ]);
    expect(people('Dự có Vụ trưởng Vụ Địa bàn 3, Cơ quan Ủy ban Kiểm tra Trung ương Mai Văn Chính.')).toEqual([
      { name: 'Mai Văn Chính', roles: ['Vụ trưởng Vụ Địa bàn 3, Cơ quan Ủy ban Kiểm tra Trung ương'] },
    ]);
  });

  it('reads "leader" as an English title and keeps "former" before the body that leads it', () => {
    expect(people('Among the guests were former Party leaders Ha Van Khoa and Trieu Thi Lanh.')).toEqual([
      { name: 'Ha Van Khoa', roles: ['former Party leaders'] },
      { name: 'Trieu Thi Lanh', roles: ['former Party leaders'] },
    ]);
    expect(people('Also present was former Provincial Party Secretary Luong Van Sinh.')).toEqual([{ name: 'Luong Van Sinh', roles: ['former Provincial Party Secretary'] }]);
  });

  it('reads the lower-case members of an association inside its name', () => {
    expect(people('Dự có anh Lâm Quốc Bảo, Phó Chủ tịch Hội sinh viên Việt Nam huyện và các đoàn viên.')).toEqual([
      { name: 'Lâm Quốc Bảo', roles: ['Phó Chủ tịch Hội sinh viên Việt Nam huyện'] },
    ]);
  });

  it('reads the words of an interim body inside a title', () => {
    expect(people('Chủ tịch UBND lâm thời phường, ông Quách Văn Lực cho biết.')).toEqual([{ name: 'Quách Văn Lực', roles: ['Chủ tịch UBND lâm thời phường'] }]);
  });

  it('reads "Vice Chairpersons" as a plural title and "appointed to the position of" as a verb that gives one', () => {
    expect(people("The forum was moderated by Vice Chairpersons Luu Van Quang and Kim Thi Hoa.")).toEqual([
      { name: 'Luu Van Quang', roles: ['Vice Chairpersons'] },
      { name: 'Kim Thi Hoa', roles: ['Vice Chairpersons'] },
    ]);
    expect(people('Ms. Kim Thi Hoa was appointed to the position of Director of the Department of Health.')).toEqual([
      { name: 'Kim Thi Hoa', roles: ['Director of the Department of Health'] },
    ]);
  });

  it('gives the title of a one-word verb to each name of the list right before it', () => {
    expect(people('Hoang Minh Duc, Pham Thi Lan and Dinh Van Khoa became Vice Chairmen of the District People\'s Committee.')).toEqual([
      { name: 'Hoang Minh Duc', roles: ["Vice Chairmen of the District People's Committee"] },
      { name: 'Pham Thi Lan', roles: ["Vice Chairmen of the District People's Committee"] },
      { name: 'Dinh Van Khoa', roles: ["Vice Chairmen of the District People's Committee"] },
    ]);
    expect(people('Ba đồng chí Lò Văn Pành, Vàng Thị Dua và Sùng Mí Chớ là Phó Bí thư Huyện ủy.').map((person) => person.roles)).toEqual([
      ['Phó Bí thư Huyện ủy'],
      ['Phó Bí thư Huyện ủy'],
      ['Phó Bí thư Huyện ủy'],
    ]);
  });

  it('keeps a number mark and its number inside a title: they name one group among several', () => {
    expect(people('Mr. Hoang Van Long, Deputy Head of the Organization Board, Head of Inspection Team No. 4, reported on the work.')).toEqual([
      { name: 'Hoang Van Long', roles: ['Deputy Head of the Organization Board', 'Head of Inspection Team No. 4'] },
    ]);
    expect(people('Đồng chí Vũ Thị Hạnh, Trưởng Cụm thi đua số 2, Chủ tịch UBND huyện Tứ Kỳ phát biểu tại hội nghị.')).toEqual([
      { name: 'Vũ Thị Hạnh', roles: ['Trưởng Cụm thi đua số 2', 'Chủ tịch UBND huyện Tứ Kỳ'] },
    ]);
    expect(people('Tới dự có đồng chí Chu Văn Sâm - Thường vụ Huyện ủy - Trưởng cụm KTXH số 5 phát biểu.')).toEqual([
      { name: 'Chu Văn Sâm', roles: ['Thường vụ Huyện ủy', 'Trưởng cụm KTXH số 5'] },
    ]);
    expect(people('Dự có đồng chí Lê Trí Vinh, Trưởng Ban Tổ chức Thành ủy, Tổ trưởng Tổ Công tác số 3, phát biểu.')).toEqual([
      { name: 'Lê Trí Vinh', roles: ['Trưởng Ban Tổ chức Thành ủy', 'Tổ trưởng Tổ Công tác số 3'] },
    ]);
    // A number after the title that is not marked as one stays out of it.
    expect(people('Mr. Hoang Van Long, Head of the Inspection Team, 2 days later reported on the work.')[0]!.roles).toEqual(['Head of the Inspection Team']);
  });

  it('reads a title after a role verb and the words naming the post ("chức vụ", "the position of")', () => {
    expect(people('Kỳ họp đã bầu bà Lê Thị Thu giữ chức vụ Phó Chủ tịch UBND xã Hồng Phong.')).toEqual([{ name: 'Lê Thị Thu', roles: ['Phó Chủ tịch UBND xã Hồng Phong'] }]);
    expect(people('Tại đại hội, ông Phạm Văn Đông tái đắc cử chức Chủ tịch Hội Cựu chiến binh huyện.')).toEqual([{ name: 'Phạm Văn Đông', roles: ['Chủ tịch Hội Cựu chiến binh huyện'] }]);
    expect(people('The council relieved Mr. Dinh Van Hoa from the post of Chairman of the district People’s Committee.')).toEqual([
      { name: 'Dinh Van Hoa', roles: ['Chairman of the district People’s Committee'] },
    ]);
    // The post's words alone give nothing: a title must follow them.
    expect(people('Ông Phạm Văn Đông tái đắc cử chức vụ này lần thứ hai.')[0]?.roles ?? []).toEqual([]);
  });

  it('gives the title of a verb after a list to every name, each with its own honorific, and keeps a title before the first its own', () => {
    expect(people('Mr Le Van Cuong and Mr Pham Van Duc were re-elected Deputy Secretaries of the district Party Committee.')).toEqual([
      { name: 'Le Van Cuong', roles: ['Deputy Secretaries of the district Party Committee'] },
      { name: 'Pham Van Duc', roles: ['Deputy Secretaries of the district Party Committee'] },
    ]);
    expect(people('Chairman of the district People’s Committee Le Van Cuong and Mr Pham Van Duc were elected members of the Standing Board.')).toEqual([
      { name: 'Le Van Cuong', roles: ['Chairman of the district People’s Committee', 'members of the Standing Board'] },
      { name: 'Pham Van Duc', roles: ['members of the Standing Board'] },
    ]);
    expect(people('Ông Trần Văn Bình và bà Lê Thị Cúc được bầu làm Phó Bí thư Đảng ủy xã.')).toEqual([
      { name: 'Trần Văn Bình', roles: ['Phó Bí thư Đảng ủy xã'] },
      { name: 'Lê Thị Cúc', roles: ['Phó Bí thư Đảng ủy xã'] },
    ]);
    // Without a verb after them, listed names keep their own titles.
    expect(people('Chủ tịch UBND xã Trần Văn Bình và ông Lê Văn Cúc phát biểu tại đại hội.')).toEqual([
      { name: 'Trần Văn Bình', roles: ['Chủ tịch UBND xã'] },
      { name: 'Lê Văn Cúc', roles: [] },
    ]);
  });

  it('reads a family name that is also a given name when it is written without diacritics, before a middle name', () => {
    expect(people('The meeting was attended by Deputy Secretary of the City Party Committee Van Thi Le Hang.')).toEqual([
      { name: 'Van Thi Le Hang', roles: ['Deputy Secretary of the City Party Committee'] },
    ]);
    expect(people('Dự hội nghị có Phó Bí thư Thành ủy Văn Thị Kim Oanh.')).toEqual([{ name: 'Văn Thị Kim Oanh', roles: ['Phó Bí thư Thành ủy'] }]);
    // Before a syllable that is no middle name it starts nothing: the place stays a place.
    expect(people('Mr. Nguyen Van Hung, Secretary of Kim Thanh District Party Committee, chaired.')).toEqual([
      { name: 'Nguyen Van Hung', roles: ['Secretary of Kim Thanh District Party Committee'] },
    ]);
  });

  it('reads the remit of a body after "on" in an English title, but not a date after it', () => {
    expect(people('Attending was Nguyen Thuy Anh, Chairwoman of the NA Committee on Social Affairs, who spoke.')).toEqual([
      { name: 'Nguyen Thuy Anh', roles: ['Chairwoman of the NA Committee on Social Affairs'] },
    ]);
    expect(people('Mr. Le Van Tam, Head of the Organization Board on March 5 said the plan was met.')).toEqual([{ name: 'Le Van Tam', roles: ['Head of the Organization Board'] }]);
  });

  it('gives the titles between two names to the second when the text names each person after a chain of titles', () => {
    expect(people('Member of the Party Central Committee, Secretary of the Provincial Party Committee Ha Thi Lan, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People’s Committee Vu Minh Tien, chaired the session.')).toEqual([
      { name: 'Ha Thi Lan', roles: ['Member of the Party Central Committee', 'Secretary of the Provincial Party Committee'] },
      { name: 'Vu Minh Tien', roles: ['Deputy Secretary of the Provincial Party Committee', 'Chairman of the Provincial People’s Committee'] },
    ]);
    expect(people('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Vũ Minh Tiến chủ trì hội nghị.')).toEqual([
      { name: 'Hà Thị Lan', roles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Vũ Minh Tiến', roles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
    ]);
    // A single title before the first name, or a joiner before the second, leaves the titles after the first name its own.
    expect(people('Attending were Colonel Le Van An, Political Commissar of the Provincial Military Command, and Senior Colonel Tran Van Binh.')).toEqual([
      { name: 'Le Van An', roles: ['Colonel', 'Political Commissar of the Provincial Military Command'] },
      { name: 'Tran Van Binh', roles: ['Senior Colonel'] },
    ]);
  });

  it('reads the last title of a chain after ", and", but not a title that opens the next person', () => {
    expect(people('Mr. Dinh Van Quy, Deputy Secretary of the provincial Party Committee, Head of the Propaganda Board, and Secretary of the Party Committee of Provincial Agencies, spoke.')).toEqual([
      { name: 'Dinh Van Quy', roles: ['Deputy Secretary of the provincial Party Committee', 'Head of the Propaganda Board', 'Secretary of the Party Committee of Provincial Agencies'] },
    ]);
    expect(people('Ông Đinh Văn Quý, Phó Bí thư Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, và Trưởng Ban Dân vận Tỉnh ủy, phát biểu.')).toEqual([
      { name: 'Đinh Văn Quý', roles: ['Phó Bí thư Tỉnh ủy', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy'] },
    ]);
    expect(people('Attending were Dinh Van Quy, Deputy Secretary of the provincial Party Committee, and Chairman of the provincial People’s Committee Le Van Tam.')).toEqual([
      { name: 'Dinh Van Quy', roles: ['Deputy Secretary of the provincial Party Committee'] },
      { name: 'Le Van Tam', roles: ['Chairman of the provincial People’s Committee'] },
    ]);
  });

  it('reads the title of a decision "đối với" the person it names, past a term set off by a comma', () => {
    expect(people('Kỳ họp thông qua Nghị quyết miễn nhiệm chức danh Phó Chủ tịch UBND xã khóa I, nhiệm kỳ 2021 - 2026 đối với ông Hoàng Văn Phúc vì lý do công tác.')).toEqual([
      { name: 'Hoàng Văn Phúc', roles: ['Phó Chủ tịch UBND xã'] },
    ]);
    expect(people('Hội nghị bầu bổ sung chức danh Ủy viên Ban Thường vụ Đảng ủy xã đối với bà Lý Thị Mai.')).toEqual([
      { name: 'Lý Thị Mai', roles: ['Ủy viên Ban Thường vụ Đảng ủy xã'] },
    ]);
    // A one-letter term ("khóa I") is a term, not part of the body's name.
    expect(people('Ông Lê Văn Bình, Chủ tịch HĐND xã khóa I, phát biểu khai mạc kỳ họp.')).toEqual([{ name: 'Lê Văn Bình', roles: ['Chủ tịch HĐND xã'] }]);
    // "đối với" after a verb of the sentence gives no title.
    expect(people('Đồng chí Trần Văn Nam đánh giá cao đối với ông Lê Văn Bình.').flatMap((person) => person.roles)).toEqual([]);
  });

  it('drops an English term after a title: "for the 2021-2026 tenure", "in the 2016-2021 tenure", "for 2012-2017"', () => {
    expect(people('Mr. Ly Van Hau was elected as Chairman of the municipal People’s Committee for the 2021–2026 tenure, with 95 percent.')[0]!.roles).toEqual(['Chairman of the municipal People’s Committee']);
    expect(people('Ly Van Hau, Chairman of the district’s People’s Committee in the 2016-2021 tenure, was re-appointed.')[0]!.roles).toEqual(['Chairman of the district’s People’s Committee']);
    expect(people('Ly Van Hau, First Secretary of the Central Committee of the Youth Union for 2012-2017 was re-elected.')[0]!.roles).toEqual(['First Secretary of the Central Committee of the Youth Union']);
  });

  it('reads a role verb with "also" in it after a list of names', () => {
    expect(people('Pham Van Hai, Do Thi Ngan and Trinh Quoc Bao were also re-elected as Deputy Secretaries of the Youth Union.')).toEqual([
      { name: 'Pham Van Hai', roles: ['Deputy Secretaries of the Youth Union'] },
      { name: 'Do Thi Ngan', roles: ['Deputy Secretaries of the Youth Union'] },
      { name: 'Trinh Quoc Bao', roles: ['Deputy Secretaries of the Youth Union'] },
    ]);
    expect(people('Các đồng chí Phạm Văn Hải, Đỗ Thị Ngân cũng được bầu làm Phó Bí thư Đoàn xã.')).toEqual([
      { name: 'Phạm Văn Hải', roles: ['Phó Bí thư Đoàn xã'] },
      { name: 'Đỗ Thị Ngân', roles: ['Phó Bí thư Đoàn xã'] },
    ]);
  });

  it('reads the first title of a list item that opens on "and" after a semicolon', () => {
    expect(people('Attending were Politburo member, Prime Minister Ho Duc Phoc; and Politburo member, Head of the Organization Commission Le Minh Khai.')).toEqual([
      { name: 'Ho Duc Phoc', roles: ['Politburo member', 'Prime Minister'] },
      { name: 'Le Minh Khai', roles: ['Politburo member', 'Head of the Organization Commission'] },
    ]);
    expect(people('Dự có Ủy viên Bộ Chính trị, Thủ tướng Hồ Đức Phớc; và Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lê Minh Khái.')).toEqual([
      { name: 'Hồ Đức Phớc', roles: ['Ủy viên Bộ Chính trị', 'Thủ tướng'] },
      { name: 'Lê Minh Khái', roles: ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư'] },
    ]);
  });

  it('reads an English title linked to the name by "is" or "include", and shares a plural one with the list after it', () => {
    expect(people('In which, the Chief of Office of the City People’s Council is Mr. Vu Dinh Lam. The Deputy Chiefs of Office include Mr. Ha Van Son, Tran Minh Duc.')).toEqual([
      { name: 'Vu Dinh Lam', roles: ['Chief of Office of the City People’s Council'] },
      { name: 'Ha Van Son', roles: ['Deputy Chiefs of Office'] },
      { name: 'Tran Minh Duc', roles: ['Deputy Chiefs of Office'] },
    ]);
    expect(people('Trong đó, Chánh Văn phòng HĐND thành phố là ông Vũ Đình Lâm.')).toEqual([{ name: 'Vũ Đình Lâm', roles: ['Chánh Văn phòng HĐND thành phố'] }]);
  });
  it('starts a name on a family name of the Hmong and Central Highlands peoples', () => {
    expect(people('Attending were: Siu Thi Hanh - Deputy Secretary of the District Party Committee; Mua A Chinh, Chairman of the District People\'s Council.')).toEqual([
      { name: 'Siu Thi Hanh', roles: ['Deputy Secretary of the District Party Committee'] },
      { name: 'Mua A Chinh', roles: ["Chairman of the District People's Council"] },
    ]);
    expect(people('Dự có bà Mạch Thị Vân, Phó Chủ tịch Hội.')).toEqual([{ name: 'Mạch Thị Vân', roles: ['Phó Chủ tịch Hội'] }]);
    expect(people('Dự hội nghị có các đồng chí: Rah Lan Bình - Phó Bí thư Huyện ủy; Kpă Hoa, Chủ tịch UBND huyện.')).toEqual([
      { name: 'Rah Lan Bình', roles: ['Phó Bí thư Huyện ủy'] },
      { name: 'Kpă Hoa', roles: ['Chủ tịch UBND huyện'] },
    ]);
  });
  it('gives a list item of titles joined by a dash to the name it runs into, and splits it at the dash', () => {
    expect(people('Sáng 3/4, Phó Bí thư Huyện ủy Lê Minh Tâm, Phó Chủ tịch UBND huyện - Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Đỗ Văn Khoa, Trưởng phòng Nội vụ Hà Thị Yến chủ trì hội nghị.')).toEqual([
      { name: 'Lê Minh Tâm', roles: ['Phó Bí thư Huyện ủy'] },
      { name: 'Đỗ Văn Khoa', roles: ['Phó Chủ tịch UBND huyện', 'Chỉ huy trưởng Ban Chỉ huy Quân sự huyện'] },
      { name: 'Hà Thị Yến', roles: ['Trưởng phòng Nội vụ'] },
    ]);
    expect(people('Attending were District Party Secretary Le Minh Tam, Vice Chairman of the District People\'s Committee - Head of the District Police Do Van Khoa, and others.')).toEqual([
      { name: 'Le Minh Tam', roles: ['District Party Secretary'] },
      { name: 'Do Van Khoa', roles: ["Vice Chairman of the District People's Committee", 'Head of the District Police'] },
    ]);
  });
  it('reads the abbreviation of a Central Committee member, with or without the dot, as a title', () => {
    expect(people('Đồng chí Lê Văn Tám, UVT.Ư Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.')).toEqual([{ name: 'Lê Văn Tám', roles: ['UVT.Ư Đảng', 'Bí thư Tỉnh ủy'] }]);
    expect(people('Dự có đồng chí Hồ Thị Mai, UVTƯ Đảng, Trưởng ban Dân vận Trung ương.')).toEqual([{ name: 'Hồ Thị Mai', roles: ['UVTƯ Đảng', 'Trưởng ban Dân vận Trung ương'] }]);
  });
  it('gives the title a decision takes away to the name after "của", not to the one who announces it', () => {
    expect(people('Đồng chí Trần Văn Bảy, Phó Trưởng Ban Tổ chức Trung ương công bố quyết định thôi giữ chức Chủ tịch UBND tỉnh của ông Lý Minh Sơn để nhận nhiệm vụ mới.')).toEqual([
      { name: 'Trần Văn Bảy', roles: ['Phó Trưởng Ban Tổ chức Trung ương'] },
      { name: 'Lý Minh Sơn', roles: ['Chủ tịch UBND tỉnh'] },
    ]);
  });
  it('reads a name that starts "Đoàn Thanh", which is no Youth Union', () => {
    expect(people('Dự có ông Đoàn Thanh Tùng, Giám đốc Sở Nội vụ và đại diện Đoàn Thanh niên tỉnh.')).toEqual([{ name: 'Đoàn Thanh Tùng', roles: ['Giám đốc Sở Nội vụ'] }]);
    expect(people('Attending were Mr. Doan Thanh Tung, Director of the Department of Home Affairs, and the provincial Youth Union.')).toEqual([
      { name: 'Doan Thanh Tung', roles: ['Director of the Department of Home Affairs'] },
    ]);
  });
  it('keeps the last title of a chain with the name before it when a joiner opens the next name', () => {
    expect(people('Dự có ông Lương Văn Hòa, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện và Đinh Thị Lan, Chủ tịch UBND huyện.')).toEqual([
      { name: 'Lương Văn Hòa', roles: ['Phó Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'] },
      { name: 'Đinh Thị Lan', roles: ['Chủ tịch UBND huyện'] },
    ]);
    expect(people("Mr. Luong Van Hoa, Deputy Secretary of the District Party Committee, Chairman of the District People's Council and Dinh Thi Lan, Chairwoman of the District People's Committee, attended.")).toEqual([
      { name: 'Luong Van Hoa', roles: ['Deputy Secretary of the District Party Committee', "Chairman of the District People's Council"] },
      { name: 'Dinh Thi Lan', roles: ["Chairwoman of the District People's Committee"] },
    ]);
  });
  it('drops the term of a title that a joiner follows', () => {
    expect(people("Mr. Vo Minh Duc was dismissed from the position of Vice Chairman of the Provincial People's Committee for the 2021-2026 term and Ms. Ha Thi Lan was elected.")[0]).toEqual({
      name: 'Vo Minh Duc',
      roles: ["Vice Chairman of the Provincial People's Committee"],
    });
    expect(people('Ông Võ Minh Đức thôi giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 và bà Hà Thị Lan được bầu bổ sung.')[0]).toEqual({ name: 'Võ Minh Đức', roles: ['Phó Chủ tịch UBND tỉnh'] });
  });
  it('reads a title that "is" or "assumes the position of" gives after the name or its titles, and a lower-case steering board', () => {
    expect(people("Under the decision, Mr. Dao Van Khanh - Vice Chairman of the Provincial People's Committee is the Head of the Board and Mr. Lam Quoc Viet - Director of the Department of Construction assumes the position of Deputy Head of the Board.")).toEqual([
      { name: 'Dao Van Khanh', roles: ["Vice Chairman of the Provincial People's Committee", 'Head of the Board'] },
      { name: 'Lam Quoc Viet', roles: ['Director of the Department of Construction', 'Deputy Head of the Board'] },
    ]);
    expect(people('Mr. Dao Van Khanh was assigned as the head of the steering board for the project.')).toEqual([{ name: 'Dao Van Khanh', roles: ['head of the steering board'] }]);
    expect(people('Theo quyết định, ông Đào Văn Khánh - Phó Chủ tịch UBND tỉnh làm Trưởng ban Chỉ đạo.')).toEqual([
      { name: 'Đào Văn Khánh', roles: ['Phó Chủ tịch UBND tỉnh', 'Trưởng ban Chỉ đạo'] },
    ]);
  });
  it('reads the past posts of a career summary given by "từng giữ các chức vụ" or "đã kinh qua các vị trí công tác"', () => {
    expect(people('Ông Lò Văn Khánh sinh năm 1972, đã từng giữ các chức vụ: Bí thư Huyện đoàn, Phó Chủ tịch UBND huyện; Giám đốc Sở Nội vụ.')).toEqual([
      { name: 'Lò Văn Khánh', roles: ['Bí thư Huyện đoàn', 'Phó Chủ tịch UBND huyện', 'Giám đốc Sở Nội vụ'] },
    ]);
    expect(people('Bà Vi Thị Hằng, quê ở xã Tân Lập, đã kinh qua các vị trí công tác Trưởng phòng Tài chính, Chánh Văn phòng Huyện ủy.')).toEqual([
      { name: 'Vi Thị Hằng', roles: ['Trưởng phòng Tài chính', 'Chánh Văn phòng Huyện ủy'] },
    ]);
    expect(people('Mr. Lo Van Khanh, born in 1972, has held the positions of Secretary of the District Youth Union, Director of the Department of Home Affairs.')).toEqual([
      { name: 'Lo Van Khanh', roles: ['Secretary of the District Youth Union', 'Director of the Department of Home Affairs'] },
    ]);
  });
  it('reads a title written before a colon and the honorific of the person who holds it', () => {
    expect(people('Ban Pháp chế có: Trưởng ban Pháp chế: ông Hoàng Văn Minh; Phó Trưởng ban Kinh tế - Ngân sách: bà Lê Thị Hoa.')).toEqual([
      { name: 'Hoàng Văn Minh', roles: ['Trưởng ban Pháp chế'] },
      { name: 'Lê Thị Hoa', roles: ['Phó Trưởng ban Kinh tế - Ngân sách'] },
    ]);
    expect(people('The new heads are: Head of the Legal Committee: Mr. Hoang Van Minh; Deputy Head of the Economic Committee: Ms. Le Thi Hoa.')).toEqual([
      { name: 'Hoang Van Minh', roles: ['Head of the Legal Committee'] },
      { name: 'Le Thi Hoa', roles: ['Deputy Head of the Economic Committee'] },
    ]);
  });
  it('keeps the same office held in an outgoing and a new term as two titles, each with its term', () => {
    expect(people('Đồng chí Hà Văn Tuấn, Bí thư Huyện ủy khóa XV, tiếp tục được bầu giữ chức Bí thư Huyện ủy khóa XVI.')).toEqual([
      { name: 'Hà Văn Tuấn', roles: ['Bí thư Huyện ủy khóa XV', 'Bí thư Huyện ủy khóa XVI'] },
    ]);
    expect(people('Mr. Ha Van Tuan, Secretary of the District Party Committee for the 2015-2020 term, was re-elected Secretary of the District Party Committee for the 2020-2025 term.')).toEqual([
      { name: 'Ha Van Tuan', roles: ['Secretary of the District Party Committee for the 2015-2020 term', 'Secretary of the District Party Committee for the 2020-2025 term'] },
    ]);
    // One term written twice, or in two ways, is one title without it.
    expect(people('Đồng chí Hà Văn Tuấn, Bí thư Huyện ủy khóa XV, nhiệm kỳ 2020-2025 chủ trì. Bí thư Huyện ủy khóa XV Hà Văn Tuấn phát biểu.')).toEqual([
      { name: 'Hà Văn Tuấn', roles: ['Bí thư Huyện ủy'] },
    ]);
  });
  it('gives the title of a verb to every item of a list opened by an honorific and a colon, each item a name with its titles', () => {
    expect(people('Các đồng chí: Lưu Văn Bình, Phó Bí thư Huyện ủy; Mai Thị Hà, Chủ tịch UBND huyện cùng được bầu giữ chức Ủy viên Ban Thường vụ Tỉnh ủy.')).toEqual([
      { name: 'Lưu Văn Bình', roles: ['Phó Bí thư Huyện ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy'] },
      { name: 'Mai Thị Hà', roles: ['Chủ tịch UBND huyện', 'Ủy viên Ban Thường vụ Tỉnh ủy'] },
    ]);
    expect(people("Comrades: Luu Van Binh, Deputy Secretary of the District Party Committee; Mai Thi Ha, Chairwoman of the District People's Committee were elected as members of the Provincial Party Standing Committee.")).toEqual([
      { name: 'Luu Van Binh', roles: ['Deputy Secretary of the District Party Committee', 'members of the Provincial Party Standing Committee'] },
      { name: 'Mai Thi Ha', roles: ["Chairwoman of the District People's Committee", 'members of the Provincial Party Standing Committee'] },
    ]);
    // An attendee list without such a verb keeps each item's titles.
    expect(people('Dự có các đồng chí: Lưu Văn Bình, Phó Bí thư Huyện ủy; Mai Thị Hà, Chủ tịch UBND huyện chủ trì hội nghị.')).toEqual([
      { name: 'Lưu Văn Bình', roles: ['Phó Bí thư Huyện ủy'] },
      { name: 'Mai Thị Hà', roles: ['Chủ tịch UBND huyện'] },
    ]);
  });
  it('reads an abbreviation with "&" defined in brackets as the name it spells, and keeps the office as first written in full', () => {
    expect(people('Sáng 2/3, ông Tạ Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư phát biểu. Trước đó, ông Tạ Văn Hòa - Phó Giám đốc Sở Kế hoạch và Đầu tư (KH&ĐT) được bổ nhiệm giữ chức Giám đốc Sở KH&ĐT.')).toEqual([
      { name: 'Tạ Văn Hòa', roles: ['Phó Giám đốc Sở Kế hoạch và Đầu tư', 'Giám đốc Sở Kế hoạch và Đầu tư'] },
    ]);
  });
  it('gives the title a decision ties to a person by "đối với" to the next person joined after that person\'s titles', () => {
    expect(people('Kỳ họp bầu bổ sung Ủy viên UBND tỉnh đối với ông Phan Văn Lộc, Giám đốc Sở Y tế và ông Mạc Thị Bình, Giám đốc Sở Xây dựng.')).toEqual([
      { name: 'Phan Văn Lộc', roles: ['Ủy viên UBND tỉnh', 'Giám đốc Sở Y tế'] },
      { name: 'Mạc Thị Bình', roles: ['Ủy viên UBND tỉnh', 'Giám đốc Sở Xây dựng'] },
    ]);
    // A one-word copula names one holder.
    expect(people('Trưởng ban là ông Phan Văn Lộc, Giám đốc Sở Y tế và ông Mạc Thị Bình, Giám đốc Sở Xây dựng.')).toEqual([
      { name: 'Phan Văn Lộc', roles: ['Trưởng ban', 'Giám đốc Sở Y tế'] },
      { name: 'Mạc Thị Bình', roles: ['Giám đốc Sở Xây dựng'] },
    ]);
  });
  it('shares a counted title written in lower case with the names that follow it, but not with a verb that follows', () => {
    expect(people("The congress elected 15 members, of whom Mrs. Le Thi Hoa was re-elected as Chairwoman of the Women's Union; 2 deputy chairwomen include Mrs. Pham Thi Lan and Mrs. Tran Thi Mai.")).toEqual([
      { name: 'Le Thi Hoa', roles: ["Chairwoman of the Women's Union"] },
      { name: 'Pham Thi Lan', roles: ['deputy chairwomen'] },
      { name: 'Tran Thi Mai', roles: ['deputy chairwomen'] },
    ]);
    expect(people('Hội nghị bầu bà Lê Thị Hoa giữ chức Chủ tịch Hội; 2 phó chủ tịch gồm bà Phạm Thị Lan và bà Trần Thị Mai.')).toEqual([
      { name: 'Lê Thị Hoa', roles: ['Chủ tịch Hội'] },
      { name: 'Phạm Thị Lan', roles: ['phó chủ tịch'] },
      { name: 'Trần Thị Mai', roles: ['phó chủ tịch'] },
    ]);
    expect(people('Đại hội bầu 15 ủy viên, trong đó bà Lê Thị Hoa được bầu giữ chức Chủ tịch Hội.')).toEqual([{ name: 'Lê Thị Hoa', roles: ['Chủ tịch Hội'] }]);
  });
  it('holds a list with two names one letter apart, one of which may be the other mistyped, at a lower confidence', () => {
    const text = (second: string) => `Mrs. Vo Thi Bich Ngan was elected Chairwoman of the Women's Union. Mrs. ${second} thanked the delegates.`;
    const same = parse(text('Vo Thi Bich Ngan')).confidence?.people ?? 0;
    const typo = parse(text('Vo Thi Binh Ngan')).confidence?.people ?? 1;
    expect(typo).toBeLessThan(same);
    expect(typo).toBeLessThan(0.9);
  });
  it('reads an English title whose leading body carries its abbreviation in brackets', () => {
    expect(people('Vietnam Fatherland Front (VFF) Chairman Do Van Chien visited the province.')).toEqual([{ name: 'Do Van Chien', roles: ['Vietnam Fatherland Front (VFF) Chairman'] }]);
    expect(people("Provincial People's Committee (PPC) Vice Chairman Le Van Nam and delegates attended.")).toEqual([
      { name: 'Le Van Nam', roles: ["Provincial People's Committee (PPC) Vice Chairman"] },
    ]);
  });
  it('leaves the titles before a joiner with the first person when a plural title after it opens a list of others', () => {
    expect(people("Comrades: Le Van Son - Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council and Vice Chairmen of the Provincial People's Council Pham Minh Tri, Vo Thi Lan chaired the session.")).toEqual([
      { name: 'Le Van Son', roles: ['Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Council"] },
      { name: 'Pham Minh Tri', roles: ["Vice Chairmen of the Provincial People's Council"] },
      { name: 'Vo Thi Lan', roles: ["Vice Chairmen of the Provincial People's Council"] },
    ]);
    expect(people('Các đồng chí: Lê Văn Sơn - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh Phạm Minh Trí, Võ Thị Lan chủ trì kỳ họp.')).toEqual([
      { name: 'Lê Văn Sơn', roles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
      { name: 'Phạm Minh Trí', roles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Võ Thị Lan', roles: ['Phó Chủ tịch HĐND tỉnh'] },
    ]);
  });
  it('reads the titles of a list item whose comma after the name was left out', () => {
    expect(people('Tham dự có các đồng chí: Lý Văn Hậu, Bí thư Huyện ủy; Tô Minh Khải Huyện ủy viên, Phó Chủ tịch UBND huyện; đại diện các ban, ngành.')).toEqual([
      { name: 'Lý Văn Hậu', roles: ['Bí thư Huyện ủy'] },
      { name: 'Tô Minh Khải', roles: ['Huyện ủy viên', 'Phó Chủ tịch UBND huyện'] },
    ]);
    expect(people("Attending were comrades: Ly Van Hau, Secretary of the District Party Committee; To Minh Khai Vice Chairman of the District People's Committee; and others.")).toEqual([
      { name: 'Ly Van Hau', roles: ['Secretary of the District Party Committee'] },
      { name: 'To Minh Khai', roles: ["Vice Chairman of the District People's Committee"] },
    ]);
  });
  it('reads a name the text hard-wrapped after an honorific and a family name, with its titles on the next line', () => {
    expect(people('Dự họp có đ/c Lê Minh Quý, Bí thư Huyện ủy; đ/c Trần\nĐức Lượng, Phó Chủ tịch HĐND huyện; đại diện các\nban, ngành.')).toEqual([
      { name: 'Lê Minh Quý', roles: ['Bí thư Huyện ủy'] },
      { name: 'Trần Đức Lượng', roles: ['Phó Chủ tịch HĐND huyện'] },
    ]);
    expect(people('Attending were Mr. Le Minh Quy, Secretary of the District Party Committee; Mr. Tran\nDuc Luong, Vice Chairman of the District People\'s Council.')).toEqual([
      { name: 'Le Minh Quy', roles: ['Secretary of the District Party Committee'] },
      { name: 'Tran Duc Luong', roles: ["Vice Chairman of the District People's Council"] },
    ]);
    // Without an honorific before the family name, the line break ends the run.
    expect(people('Hội nghị có báo cáo của Hội Lê\nMinh Quý về công tác năm.').map((person) => person.name)).not.toContain('Lê Minh Quý');
  });
  it('reads the title a decision ties by "đối với" to a person named after a rank', () => {
    expect(people('Kỳ họp bầu bổ sung Ủy viên UBND xã đối với Thiếu tá Hồ Văn Nghĩa - Trưởng Công an xã.')).toEqual([
      { name: 'Hồ Văn Nghĩa', roles: ['Ủy viên UBND xã', 'Thiếu tá', 'Trưởng Công an xã'] },
    ]);
  });
  it('gives the title of a verb to two names, each with its titles, joined by "và" or "and" before it', () => {
    expect(people('Kỳ họp bầu ông Vũ Văn Tài - Chỉ huy trưởng Quân sự xã và ông Đào Minh Khang - Trưởng Công an xã được bầu làm Ủy viên UBND xã.')).toEqual([
      { name: 'Vũ Văn Tài', roles: ['Chỉ huy trưởng Quân sự xã', 'Ủy viên UBND xã'] },
      { name: 'Đào Minh Khang', roles: ['Trưởng Công an xã', 'Ủy viên UBND xã'] },
    ]);
    expect(people("Mr. Vu Van Tai, Head of the Commune Military Command and Mr. Dao Minh Khang, Head of the Commune Police were elected as members of the Commune People's Committee.")).toEqual([
      { name: 'Vu Van Tai', roles: ['Head of the Commune Military Command', "members of the Commune People's Committee"] },
      { name: 'Dao Minh Khang', roles: ['Head of the Commune Police', "members of the Commune People's Committee"] },
    ]);
  });
  it('reads the titles a clause of two words or more opens after the name and its comma', () => {
    expect(people('Hoang Minh Duc, who was then Politburo member and Permanent member of the Secretariat, attended the congress.')).toEqual([
      { name: 'Hoang Minh Duc', roles: ['Politburo member', 'Permanent member of the Secretariat'] },
    ]);
    expect(people('Ông Hoàng Minh Đức, đang là Ủy viên Bộ Chính trị, dự đại hội.')).toEqual([{ name: 'Hoàng Minh Đức', roles: ['Ủy viên Bộ Chính trị'] }]);
  });
  it('reads a title set off by commas before a name when a clause opener comes before it', () => {
    expect(people('Mr. Pham Quoc Viet was assigned as head of the board, while Deputy Director of the Department of Finance, Lai Thi Thu, was named deputy head.')).toEqual([
      { name: 'Pham Quoc Viet', roles: ['head of the board'] },
      { name: 'Lai Thi Thu', roles: ['Deputy Director of the Department of Finance', 'deputy head'] },
    ]);
    expect(people('Ông Phạm Quốc Việt làm Trưởng ban, còn Phó Giám đốc Sở Tài chính, bà Lại Thị Thu làm Phó Trưởng ban.')).toEqual([
      { name: 'Phạm Quốc Việt', roles: ['Trưởng ban'] },
      { name: 'Lại Thị Thu', roles: ['Phó Giám đốc Sở Tài chính', 'Phó Trưởng ban'] },
    ]);
  });
  it('reads no person in a society\'s name after a title', () => {
    expect(people('Mr. Hoang Van Son, Chairman of the District Red Cross Society, opened the meeting.')).toEqual([
      { name: 'Hoang Van Son', roles: ['Chairman of the District Red Cross Society'] },
    ]);
  });
  it('reads titles given by "used to be", "had served as" and "will serve as"', () => {
    expect(people('The board will be headed by Dinh Quang Vu, who used to be director of the provincial Department of Finance.')).toEqual([
      { name: 'Dinh Quang Vu', roles: ['director of the provincial Department of Finance'] },
    ]);
    expect(people("Mr. Bui Thanh Son, who had served as Secretary of the Town Party Committee, will serve as chairman of the town People's Council.")).toEqual([
      { name: 'Bui Thanh Son', roles: ['Secretary of the Town Party Committee', "chairman of the town People's Council"] },
    ]);
  });
  it('reads a full name that a verb puts at the head of a group as a person', () => {
    expect(people('The inspection team was led by Dinh Quang Vu and visited three communes.')).toEqual([{ name: 'Dinh Quang Vu', roles: [] }]);
    expect(people('Đoàn kiểm tra của tỉnh, Đinh Quang Vũ dẫn đầu, đã làm việc tại ba xã.')).toEqual([{ name: 'Đinh Quang Vũ', roles: [] }]);
  });
  it('reads a full name after the recipient word and a noun of a person as the award\'s recipient', () => {
    expect(people('Bí thư Huyện ủy trao Huy hiệu Đảng cho đảng viên lão thành Trịnh Văn Lộc.')).toEqual([
      { name: 'Trịnh Văn Lộc', roles: [] },
    ]);
    expect(people('The district Party Secretary presented the 60-year Party membership badge to veteran party member Trinh Van Loc.')).toEqual([
      { name: 'Trinh Van Loc', roles: [] },
    ]);
  });
  it('reads the list of posts a verb opens with a colon, one title per semicolon', () => {
    expect(people("Mr. Dao Van Khanh worked at the Ministry of Industry, holding the following positions: Director of the Energy Department; Deputy Minister of Industry.")).toEqual([
      { name: 'Dao Van Khanh', roles: ['Director of the Energy Department', 'Deputy Minister of Industry'] },
    ]);
    expect(people('Ông Đào Văn Khánh công tác tại Bộ Công Thương, đã kinh qua các chức vụ: Vụ trưởng Vụ Ngân sách; Thứ trưởng Bộ Công Thương.')).toEqual([
      { name: 'Đào Văn Khánh', roles: ['Vụ trưởng Vụ Ngân sách', 'Thứ trưởng Bộ Công Thương'] },
    ]);
  });
  it('keeps one office when a chairman is first named of the place alone, then of its People\'s Committee', () => {
    expect(people("Mr. Vu Duc Thanh was elected Chairman of Nam Sach district. He was elected Chairman of the Nam Sach District People's Committee with all votes.")).toEqual([
      { name: 'Vu Duc Thanh', roles: ["Chairman of the Nam Sach District People's Committee"] },
    ]);
    expect(people('Ông Vũ Đức Thành được bầu làm Chủ tịch huyện Nam Sách. Ông Vũ Đức Thành được bầu giữ chức Chủ tịch UBND huyện Nam Sách.')).toEqual([
      { name: 'Vũ Đức Thành', roles: ['Chủ tịch UBND huyện Nam Sách'] },
    ]);
    // A chairman of the place and a chairman of its council are two offices.
    expect(people("Mr. Vu Duc Thanh was elected Chairman of Nam Sach district. He is also Chairman of the Nam Sach District People's Council.")[0]!.roles).toHaveLength(2);
  });
  it('reads no participant in a portal\'s credit line ("Editor-in-chief: ...", "Chịu trách nhiệm chính: ...")', () => {
    expect(people("Vice Chairman of the City People's Committee Do Minh Hai chaired the meeting.\n\nCITY PORTAL\nEditor-in-chief: Chief of Staff Luong Van Tien\n").map((p) => p.name)).toEqual(['Do Minh Hai']);
    expect(people('Phó Chủ tịch UBND thành phố Đỗ Minh Hải chủ trì hội nghị.\n\nCỔNG THÔNG TIN ĐIỆN TỬ\nChịu trách nhiệm chính: Chánh Văn phòng Lương Văn Tiến\n').map((p) => p.name)).toEqual(['Đỗ Minh Hải']);
  });
  it('gives a plural title to each name of the list a verb links it to, and a counted title past its term', () => {
    expect(people("The Vice Chairmen of the Provincial People's Council include Mr. Vu Van Hai; Ms. Tran Thi Nga, Mr. Do Quang Minh.")).toEqual([
      { name: 'Vu Van Hai', roles: ["Vice Chairmen of the Provincial People's Council"] },
      { name: 'Tran Thi Nga', roles: ["Vice Chairmen of the Provincial People's Council"] },
      { name: 'Do Quang Minh', roles: ["Vice Chairmen of the Provincial People's Council"] },
    ]);
    expect(people('Kỳ họp bầu bổ sung 02 Ủy viên UBND tỉnh, nhiệm kỳ 2021 - 2026, bao gồm: đồng chí Vũ Văn Hải - Tỉnh ủy viên, Giám đốc Sở Nội vụ; đồng chí Trần Thị Nga - Giám đốc Sở Tư pháp.')).toEqual([
      { name: 'Vũ Văn Hải', roles: ['Ủy viên UBND tỉnh', 'Tỉnh ủy viên', 'Giám đốc Sở Nội vụ'] },
      { name: 'Trần Thị Nga', roles: ['Ủy viên UBND tỉnh', 'Giám đốc Sở Tư pháp'] },
    ]);
    // A plural title with no list right after its verb names no one who comes later.
    expect(people("The Vice Chairmen of the Provincial People's Council were present, and Mr. Vu Van Hai, Director of the Department of Home Affairs, spoke.")).toEqual([
      { name: 'Vu Van Hai', roles: ['Director of the Department of Home Affairs'] },
    ]);
  });
  it('keeps a post whose body is written with lower-case words when the list of posts goes on with a title', () => {
    expect(people('Ông Lê Văn Tâm từng giữ các chức vụ Giám đốc Công ty cổ phần gạch men Thanh Bình, Phó Chủ tịch UBND huyện Gia Lộc; Bí thư Huyện ủy Tứ Kỳ.')).toEqual([
      { name: 'Lê Văn Tâm', roles: ['Giám đốc Công ty cổ phần gạch men Thanh Bình', 'Phó Chủ tịch UBND huyện Gia Lộc', 'Bí thư Huyện ủy Tứ Kỳ'] },
    ]);
    // A clause after the title is no part of it.
    expect(people('Ông Lê Văn Tâm, Phó Chủ tịch UBND huyện phát biểu, Bí thư Huyện ủy Tứ Kỳ Trần Văn Hòa chủ trì.')).toEqual([
      { name: 'Lê Văn Tâm', roles: ['Phó Chủ tịch UBND huyện'] },
      { name: 'Trần Văn Hòa', roles: ['Bí thư Huyện ủy Tứ Kỳ'] },
    ]);
  });
  it('gives a verb\'s title to every item of a list closed by semicolons, each opened by its honorific and the last by "and"', () => {
    expect(people("Comrade Vu Minh Duc, Head of the City Party Committee's Mass Mobilisation Commission; Comrade Le Thi Hoa, Vice Chairwoman of the City People's Council; and Comrade Tran Van Long, Vice Chairman of the City People's Committee, were elected to hold the position of Deputy Secretary of the City Party Committee.")).toEqual([
      { name: 'Vu Minh Duc', roles: ["Head of the City Party Committee's Mass Mobilisation Commission", 'Deputy Secretary of the City Party Committee'] },
      { name: 'Le Thi Hoa', roles: ["Vice Chairwoman of the City People's Council", 'Deputy Secretary of the City Party Committee'] },
      { name: 'Tran Van Long', roles: ["Vice Chairman of the City People's Committee", 'Deputy Secretary of the City Party Committee'] },
    ]);
    expect(people('Đồng chí Vũ Minh Đức, Trưởng Ban Dân vận Thành ủy; đồng chí Lê Thị Hoa, Phó Chủ tịch HĐND thành phố; và đồng chí Trần Văn Long, Phó Chủ tịch UBND thành phố, được bầu giữ chức Phó Bí thư Thành ủy.')).toEqual([
      { name: 'Vũ Minh Đức', roles: ['Trưởng Ban Dân vận Thành ủy', 'Phó Bí thư Thành ủy'] },
      { name: 'Lê Thị Hoa', roles: ['Phó Chủ tịch HĐND thành phố', 'Phó Bí thư Thành ủy'] },
      { name: 'Trần Văn Long', roles: ['Phó Chủ tịch UBND thành phố', 'Phó Bí thư Thành ủy'] },
    ]);
  });
  it('reads the heads of an emulation cluster or bloc as titles', () => {
    expect(people('Ông Trần Văn Bình, Phó Cụm trưởng Cụm thi đua số 3 chủ trì hội nghị. Cụm trưởng Lê Văn Tâm phát biểu.')).toEqual([
      { name: 'Trần Văn Bình', roles: ['Phó Cụm trưởng Cụm thi đua số 3'] },
      { name: 'Lê Văn Tâm', roles: ['Cụm trưởng'] },
    ]);
  });
  it('keeps a plural possessive before a lower-case word of the body inside the title', () => {
    expect(people("Ms. Pham Thi Lan, Deputy Head of the Thai Binh National Assembly deputies' delegation, spoke.")).toEqual([
      { name: 'Pham Thi Lan', roles: ["Deputy Head of the Thai Binh National Assembly deputies' delegation"] },
    ]);
  });
});

describe('people: titles given in order, and a shared title for the term', () => {
  it('gives each name its own title when the sentence says they go in order', () => {
    expect(people('Sáng 1/7, HĐND tỉnh tổ chức kỳ họp thứ nhất. Theo đó, bà Đặng Thu Hà và ông Phạm Vũ Hồng lần lượt trúng cử lại chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh.')).toEqual([
      { name: 'Đặng Thu Hà', roles: ['Chủ tịch HĐND'] },
      { name: 'Phạm Vũ Hồng', roles: ['Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Sáng 1/7, HĐND tỉnh tổ chức kỳ họp thứ nhất. Ông Nguyễn Văn Hải, ông Trần Văn Bình và bà Lê Thị Cúc lần lượt được bầu giữ chức Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch UBND tỉnh và Trưởng Ban Pháp chế HĐND tỉnh.')).toEqual([
      { name: 'Nguyễn Văn Hải', roles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Trần Văn Bình', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Lê Thị Cúc', roles: ['Trưởng Ban Pháp chế HĐND tỉnh'] },
    ]);
    expect(people("On July 1, the provincial People's Council held its first session. Nguyen Van Hai, Tran Van Binh and Le Thi Cuc were elected Chairman, Vice Chairman and Standing Member of the provincial People's Council, respectively.")).toEqual([
      { name: 'Nguyen Van Hai', roles: ['Chairman'] },
      { name: 'Tran Van Binh', roles: ['Vice Chairman'] },
      { name: 'Le Thi Cuc', roles: ["Standing Member of the provincial People's Council"] },
    ]);
    // Without "respectively", a list and its titles stay as they were read: every title to every name.
    expect(people("On July 1, the provincial People's Council held its first session. Mr. Nguyen Van Hai and Mr. Tran Van Binh were elected Vice Chairmen of the provincial People's Committee.").map((person) => person.roles.length)).toEqual([1, 1]);
  });

  it('reads a plural title with "this term" between it and its list', () => {
    expect(people('Sáng 1/7, HĐND tỉnh tổ chức kỳ họp thứ nhất. Các Phó Chủ tịch UBND tỉnh Kiên Giang trong nhiệm kỳ này, gồm ông Mai Văn Huỳnh, Mai Anh Tuấn và Lê Thị Minh Phụng.')).toEqual([
      { name: 'Mai Văn Huỳnh', roles: ['Phó Chủ tịch UBND tỉnh Kiên Giang'] },
      { name: 'Mai Anh Tuấn', roles: ['Phó Chủ tịch UBND tỉnh Kiên Giang'] },
      { name: 'Lê Thị Minh Phụng', roles: ['Phó Chủ tịch UBND tỉnh Kiên Giang'] },
    ]);
    expect(people("On July 1, the provincial People's Council held its first session. The Vice Chairmen of the provincial People's Committee for the new term include Mr. Mai Van Huynh, Mai Anh Tuan and Le Thi Minh Phung.")).toEqual([
      { name: 'Mai Van Huynh', roles: ["Vice Chairmen of the provincial People's Committee"] },
      { name: 'Mai Anh Tuan', roles: ["Vice Chairmen of the provincial People's Committee"] },
      { name: 'Le Thi Minh Phung', roles: ["Vice Chairmen of the provincial People's Committee"] },
    ]);
  });

  it('ends a title at a full stop glued to the next sentence after a two-letter syllable', () => {
    expect(people('Chiều 31/7, Đảng ủy xã Hùng Thắng tổ chức hội nghị. Đồng chí Lê Văn Hưng, Trưởng công an xã.Hội nghị đã thảo luận các nhiệm vụ.')).toEqual([
      { name: 'Lê Văn Hưng', roles: ['Trưởng công an xã'] },
    ]);
  });

  it('gives the posts of a later sentence that calls a person by honorific and given name to that person, both cases', () => {
    const text =
      'Chiều 26/10/2025, HĐND tỉnh Hưng Yên tổ chức kỳ họp thứ 30. Đại biểu bầu ông Đào Trọng Đức, Chánh Văn phòng Tỉnh ủy giữ chức Phó Chủ tịch HĐND tỉnh. ' +
      'Ông Đức từng giữ các chức Trưởng Ban Tổ chức Tỉnh ủy, Bí thư Huyện ủy Kim Động.';
    expect(people(text)).toEqual([
      { name: 'Đào Trọng Đức', roles: ['Chánh Văn phòng Tỉnh ủy', 'Phó Chủ tịch HĐND tỉnh', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Bí thư Huyện ủy Kim Động'] },
    ]);
    const later = text.replace('Ông Đức từng giữ các chức', 'Trước khi về tỉnh, ông Đức từng giữ các chức vụ quan trọng tại huyện:');
    expect(people(later)).toEqual(people(text));
    // Two people who share the given name: the sentence's owner cannot be told, and no one gets its posts.
    const two = text.replace('Ông Đức từng', 'Đại biểu bầu bà Lê Thị Đức, Giám đốc Sở Nội vụ. Ông Đức từng');
    expect(people(two).find((p) => p.name === 'Đào Trọng Đức')!.roles).not.toContain('Bí thư Huyện ủy Kim Động');
  });

  it('keeps the "Y" that opens an Ê Đê name, so a list of names keeps its shared title', () => {
    expect(
      people('On September 29, the Dak Lak Provincial Party Committee opened its Congress. The Politburo appointed comrades Ta Anh Tuan, Do Huu Huy and Y Giang Gry Nie Knong as Deputy Secretaries of the Provincial Party Committee.'),
    ).toEqual([
      { name: 'Ta Anh Tuan', roles: ['Deputy Secretaries of the Provincial Party Committee'] },
      { name: 'Do Huu Huy', roles: ['Deputy Secretaries of the Provincial Party Committee'] },
      { name: 'Y Giang Gry Nie Knong', roles: ['Deputy Secretaries of the Provincial Party Committee'] },
    ]);
    // "Y tế" (health) opens no name.
    expect(people('Sáng 5/3, Sở Y tế tổ chức hội nghị. Giám đốc Sở Y tế Nguyễn Văn Hòa phát biểu.').map((p) => p.name)).toEqual(['Nguyễn Văn Hòa']);
  });

  it('reads a rank written between a title and the name as a role of its own, both languages', () => {
    expect(people('Attending the event was Commander of the HCMC High Command Lieutenant General Nguyen Van Nam.')).toEqual([
      { name: 'Nguyen Van Nam', roles: ['Commander of the HCMC High Command', 'Lieutenant General'] },
    ]);
    expect(people('Dự hội nghị có Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Đại tá Nguyễn Văn Hùng.')).toEqual([
      { name: 'Nguyễn Văn Hùng', roles: ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Đại tá'] },
    ]);
  });

  it("keeps the story's title spelled out over the headline's abbreviation", () => {
    expect(people('Deputy PM Le Thanh Long works with Dien Bien\n\nOn November 8, Deputy Prime Minister Le Thanh Long led a Government delegation to Dien Bien.')).toEqual([
      { name: 'Le Thanh Long', roles: ['Deputy Prime Minister'] },
    ]);
  });

  it('reads "đại biểu" before a full name as the person\'s title', () => {
    expect(people('Sáng 7/8/2025, HĐND tỉnh Tây Ninh khai mạc kỳ họp thứ 2. Theo đó, đại biểu Nguyễn Văn Dũng được cho thôi làm nhiệm vụ vì nghỉ hưu.')).toEqual([
      { name: 'Nguyễn Văn Dũng', roles: ['đại biểu'] },
    ]);
    // "Đại biểu Quốc hội" stays the longer title.
    expect(people('Sáng 7/8/2025, HĐND tỉnh Tây Ninh khai mạc kỳ họp thứ 2. Dự kỳ họp có Đại biểu Quốc hội Nguyễn Văn Dũng.')).toEqual([
      { name: 'Nguyễn Văn Dũng', roles: ['Đại biểu Quốc hội'] },
    ]);
  });

  it('drops a title the end of the page cuts in its first letters', () => {
    expect(people('Sáng 5/3/2025, HĐND tỉnh tổ chức kỳ họp. Ông Vũ Tiến Phụng, Giám đốc Sở Nội vụ, từng giữ các chức Trưởng Ban Nội chính Tỉnh ủy, Chủ tịch U')).toEqual([
      { name: 'Vũ Tiến Phụng', roles: ['Giám đốc Sở Nội vụ', 'Trưởng Ban Nội chính Tỉnh ủy'] },
    ]);
  });

  it('splits two titles joined by "and" when a qualifier opens the second', () => {
    expect(people('Attending were Nguyen Thi Kim Ngan, former Politburo member and former Chairwoman of the National Assembly; General Le Hong Anh, former Politburo member and former Permanent Member of the Secretariat.')).toEqual([
      { name: 'Nguyen Thi Kim Ngan', roles: ['former Politburo member', 'former Chairwoman of the National Assembly'] },
      { name: 'Le Hong Anh', roles: ['General', 'former Politburo member', 'former Permanent Member of the Secretariat'] },
    ]);
  });

  it('takes the country named after an honorific in a title ("Bà mẹ Việt Nam anh hùng") for no person', () => {
    expect(people('Sáng 19/7/2017, UBND tỉnh tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 40 Mẹ. Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Hà trao tặng.')).toEqual([
      { name: 'Nguyễn Tuấn Hà', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });
});
