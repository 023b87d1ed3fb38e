import { extractPeople } from '../../../../shared/domain/normalizer/people';
import { analyse } from '../../../../shared/domain/normalizer/tokens';

const read = (text: string, language: 'vi' | 'en') => extractPeople(analyse(text), [], language);
const people = (text: string, language: 'vi' | 'en') => read(text, language).people.map(({ name, roles }) => ({ name, roles }));

describe('people on the span layer', () => {
  it('gives each name and title an evidence span that quotes the text', () => {
    const text = 'Đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy, chủ trì hội nghị. Bí thư Tỉnh ủy Trần Đức Thắng yêu cầu các đơn vị thực hiện.';
    const [person] = read(text, 'vi').people;
    expect(person!.name).toBe('Trần Đức Thắng');
    expect(person!.evidence!.name.map((span) => span.quote)).toEqual(['Trần Đức Thắng', 'Trần Đức Thắng']);
    for (const span of [...person!.evidence!.name, ...person!.evidence!.roles]) expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(person!.evidence!.roles.map((span) => span.quote)).toEqual(['Bí thư Tỉnh ủy']);
  });

  it('reads titles given by verbs', () => {
    expect(people('Đồng chí Lê Quốc Phong đã tái đắc cử Bí thư Thứ nhất Trung ương Đoàn khóa XI nhiệm kỳ 2017-2022.', 'vi')).toEqual([
      { name: 'Lê Quốc Phong', roles: ['Bí thư Thứ nhất Trung ương Đoàn'] },
    ]);
    expect(people('Mr. Duong Van Trang was re-elected as Secretary of the provincial Party Committee.', 'en')).toEqual([
      { name: 'Duong Van Trang', roles: ['Secretary of the provincial Party Committee'] },
    ]);
    expect(people('Hội nghị có Bí thư Tỉnh ủy là ông Nguyễn Văn Gấu.', 'vi')).toEqual([{ name: 'Nguyễn Văn Gấu', roles: ['Bí thư Tỉnh ủy'] }]);
    expect(people('Ông Võ Minh Tiến trúng cử chức vụ Chủ tịch HĐND xã, ông Nguyễn Hoàng Phong trúng cử chức vụ Chủ tịch UBND xã.', 'vi')).toEqual([
      { name: 'Võ Minh Tiến', roles: ['Chủ tịch HĐND xã'] },
      { name: 'Nguyễn Hoàng Phong', roles: ['Chủ tịch UBND xã'] },
    ]);
  });

  it('gives a verb after a list of names to each of them, and a pronoun to the person last named', () => {
    expect(people('Các đồng chí: Nguyễn Anh Tuấn, Bùi Quang Huy, Nguyễn Ngọc Lương cũng tái đắc cử Bí thư Trung ương Đoàn.', 'vi').map((p) => p.roles)).toEqual([
      ['Bí thư Trung ương Đoàn'],
      ['Bí thư Trung ương Đoàn'],
      ['Bí thư Trung ương Đoàn'],
    ]);
    expect(people('Mr. Le Van Hoa was born in 1961. He has held the positions of Commander of the Military Headquarters, Deputy Secretary of the Party Committee.', 'en')).toEqual([
      { name: 'Le Van Hoa', roles: ['Commander of the Military Headquarters', 'Deputy Secretary of the Party Committee'] },
    ]);
  });

  it('reads lower-case "member of" and "provincial", and English titles led by their body', () => {
    expect(people('Comrades: Vu Dai Thang, member of the Party Central Committee, Secretary of the Quang Ninh Provincial Party Committee; Nguyen Van Hoi, Chairman of the Vietnam Fatherland Front Committee of Quang Ninh province.', 'en')).toEqual([
      { name: 'Vu Dai Thang', roles: ['member of the Party Central Committee', 'Secretary of the Quang Ninh Provincial Party Committee'] },
      { name: 'Nguyen Van Hoi', roles: ['Chairman of the Vietnam Fatherland Front Committee of Quang Ninh province'] },
    ]);
    expect(people('NA Chairman Tran Thanh Man chaired the session. Politburo member, Prime Minister Pham Minh Chinh spoke.', 'en')).toEqual([
      { name: 'Tran Thanh Man', roles: ['NA Chairman'] },
      { name: 'Pham Minh Chinh', roles: ['Politburo member', 'Prime Minister'] },
    ]);
  });

  it('reads abbreviations inside titles and titles between dashes', () => {
    expect(people('Dự có đ/c Nguyễn Xuân Thoảng - PBT - Chủ tịch UBND cùng các đ/c trong BCH Đảng ủy.', 'vi')).toEqual([
      { name: 'Nguyễn Xuân Thoảng', roles: ['PBT', 'Chủ tịch UBND'] },
    ]);
    expect(people('Dự có Ủy viên T.Ư Đảng, Phó Bí thư Thành ủy Chu Ngọc Anh.', 'vi')).toEqual([{ name: 'Chu Ngọc Anh', roles: ['Ủy viên T.Ư Đảng', 'Phó Bí thư Thành ủy'] }]);
  });

  it('reads military and police ranks as titles', () => {
    expect(people('Thượng tướng Nguyễn Hồng Thái, Thứ trưởng Bộ Quốc phòng phát biểu.', 'vi')).toEqual([
      { name: 'Nguyễn Hồng Thái', roles: ['Thượng tướng', 'Thứ trưởng Bộ Quốc phòng'] },
    ]);
    expect(people('Lieutenant General Nguyen Van Son led the delegation.', 'en')).toEqual([{ name: 'Nguyen Van Son', roles: ['Lieutenant General'] }]);
  });

  it('reads several shared titles in one sentence, each list ending where the next title or a person with titles of their own starts', () => {
    expect(people("Attending were former Provincial Party Secretaries: Dang Van Cao, Nguyen Dinh Phach; former Permanent Deputy Secretaries of the Provincial Party Committee: Bui Quang Huy, Nguyen Khac Hao; Mr. Doan The Cuong, former Chairman of the Provincial People's Committee.", 'en')).toEqual([
      { name: 'Dang Van Cao', roles: ['Provincial Party Secretaries'] },
      { name: 'Nguyen Dinh Phach', roles: ['Provincial Party Secretaries'] },
      { name: 'Bui Quang Huy', roles: ['Permanent Deputy Secretaries of the Provincial Party Committee'] },
      { name: 'Nguyen Khac Hao', roles: ['Permanent Deputy Secretaries of the Provincial Party Committee'] },
      { name: 'Doan The Cuong', roles: ["former Chairman of the Provincial People's Committee"] },
    ]);
    // A list of titled entries goes on past its semicolons.
    expect(people('Dự có các đồng chí Ủy viên Trung ương Đảng: Phó Chủ nhiệm Ủy ban Quốc phòng Lê Quang Huy; Trung tướng Trần Quốc Tỏ - Thứ trưởng Bộ Công an.', 'vi').map((person) => person.roles[0])).toEqual(['Ủy viên Trung ương Đảng', 'Ủy viên Trung ương Đảng']);
  });

  it('reads a council deputy as a title, and gives none to the person last named when a pair of words counts the elected', () => {
    expect(people('Tại tổ bầu cử số 4, ông Vũ Đình Tĩnh, Chủ tịch UBND huyện, Đại biểu HĐND tỉnh, bà Ngô Thị Thu, Đại biểu HĐND tỉnh đã tiếp xúc cử tri.', 'vi')).toEqual([
      { name: 'Vũ Đình Tĩnh', roles: ['Chủ tịch UBND huyện', 'Đại biểu HĐND tỉnh'] },
      { name: 'Ngô Thị Thu', roles: ['Đại biểu HĐND tỉnh'] },
    ]);
    expect(people('Đến dự có Bí thư Huyện ủy Tháp Mười – Nguyễn Văn Vũ Minh.\nTỷ lệ cử tri đi bầu đạt 100%, có 25 ông, bà trúng cử Đại biểu HĐND xã Mỹ An.', 'vi')).toEqual([
      { name: 'Nguyễn Văn Vũ Minh', roles: ['Bí thư Huyện ủy Tháp Mười'] },
    ]);
  });

  it('reads a name before "continued to be elected as", and leaves the years after the title out as its term', () => {
    expect(people('Nguyen Van Hai continued to be elected as chairman of the District Veterans Union 2022 - 2027.', 'en')).toEqual([{ name: 'Nguyen Van Hai', roles: ['chairman of the District Veterans Union'] }]);
  });

  it('reads no name from a word cut off where the text ends, but keeps names of the Central Highlands that end the same way', () => {
    expect(people('Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Hải Dương Trầ', 'vi')).toEqual([]);
    expect(people('Dự đại hội có đồng chí Kpă Thuyên, Phó Chủ tịch UBND tỉnh.', 'vi')).toEqual([{ name: 'Kpă Thuyên', roles: ['Phó Chủ tịch UBND tỉnh'] }]);
  });

  it('gives a plural title before a list to every name of the list', () => {
    expect(people('Các Phó Bí thư Tỉnh ủy Bắc Ninh gồm có: Bà Nguyễn Thị Hương (Phó Bí thư Thường trực), ông Vương Quốc Tuấn (Chủ tịch UBND tỉnh).', 'vi')).toEqual([
      { name: 'Nguyễn Thị Hương', roles: ['Phó Bí thư Thường trực'] },
      { name: 'Vương Quốc Tuấn', roles: ['Phó Bí thư Tỉnh ủy Bắc Ninh', 'Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Also working were Party Central Committee members: Le Minh Hoan, Minister of Agriculture; Dao Ngoc Dung, Minister of Labour.', 'en')).toEqual([
      { name: 'Le Minh Hoan', roles: ['Party Central Committee members', 'Minister of Agriculture'] },
      { name: 'Dao Ngoc Dung', roles: ['Party Central Committee members', 'Minister of Labour'] },
    ]);
    // Written in lower case before the colon.
    expect(people("Attending were members of the Provincial Party Committee: Mai Son - Acting Chairman of the Provincial People's Committee; Lam Thi Huong Thanh - Director of the Provincial Police.", 'en')).toEqual([
      { name: 'Mai Son', roles: ['members of the Provincial Party Committee', "Acting Chairman of the Provincial People's Committee"] },
      { name: 'Lam Thi Huong Thanh', roles: ['members of the Provincial Party Committee', 'Director of the Provincial Police'] },
    ]);
    // A plural title, a comma, then "including" and the list; a body's size ("55 members, including") is no title.
    expect(people('The National Assembly deputies of Tien Giang province, including Vo Van Binh, Deputy Secretary of the Provincial Party Committee and Nguyen Thanh Hai, met voters.', 'en')).toEqual([
      { name: 'Vo Van Binh', roles: ['National Assembly deputies of Tien Giang province', 'Deputy Secretary of the Provincial Party Committee'] },
      { name: 'Nguyen Thanh Hai', roles: ['National Assembly deputies of Tien Giang province'] },
    ]);
    expect(people('The Presidium was elected, consisting of 55 members, including Prime Minister Pham Minh Chinh.', 'en')).toEqual([{ name: 'Pham Minh Chinh', roles: ['Prime Minister'] }]);
    // Without a colon, a lower-case plural shares nothing.
    expect(people("The members of the Provincial Party Committee met Mai Son, Acting Chairman of the Provincial People's Committee.", 'en')).toEqual([
      { name: 'Mai Son', roles: ["Acting Chairman of the Provincial People's Committee"] },
    ]);
  });

  it('does not give one name the title that runs into the next name', () => {
    expect(people('The Order went to Standing Vice Chairwoman Tong Thi Phong, Chairman of the Committee for External Relations Nguyen Van Giau.', 'en')).toEqual([
      { name: 'Tong Thi Phong', roles: ['Standing Vice Chairwoman'] },
      { name: 'Nguyen Van Giau', roles: ['Chairman of the Committee for External Relations'] },
    ]);
  });

  it('reads the office a Fatherland Front conference chose a person for by consultation (hiệp thương)', () => {
    expect(people('Tại hội nghị, bà Nguyễn Thị Thảo được hiệp thương cử làm Chủ tịch Ủy ban MTTQ phường Vĩnh Phú.', 'vi')).toEqual([
      { name: 'Nguyễn Thị Thảo', roles: ['Chủ tịch Ủy ban MTTQ phường Vĩnh Phú'] },
    ]);
    expect(people("At the first meeting, Nguyen Thi Thao was negotiated to be Chairwoman of the ward's Fatherland Front Committee.", 'en')).toEqual([
      { name: 'Nguyen Thi Thao', roles: ["Chairwoman of the ward's Fatherland Front Committee"] },
    ]);
  });

  it('does not take bylines, photo credits or namesakes for people', () => {
    expect(people('Bí thư Huyện ủy phát biểu. Ảnh: Nguyễn Văn Hải', 'vi')).toEqual([]);
    expect(people('Cán bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch UBND xã thăm trường Nguyễn Trãi.', 'vi')).toEqual([]);
    expect(people('Photo: Nguyen Van Hai. Students studied Ho Chi Minh Thought.', 'en')).toEqual([]);
    // A credit in brackets ends at its bracket: the caption after it names its people.
    expect(people('Chairwoman Nguyen Thi Le congratulates the Board. (Photo: Manh Hoa) Secretary of the Party Committee of Cu Chi District Nguyen Quyet Thang (L) congratulates the Board.', 'en').map((person) => person.name)).toEqual(['Nguyen Thi Le', 'Nguyen Quyet Thang']);
    expect(people('Bí thư Huyện ủy phát biểu (Ảnh: Nguyễn Văn Hải)', 'vi')).toEqual([]);
    // A monument's namesake, honoured as a comrade or titled, is no attendee; the one who came is.
    expect(people('Đoàn đã dâng hương tại tượng đài đồng chí Hoàng Văn Thụ và Lăng Chủ tịch Tôn Đức Thắng. Tham dự có đồng chí Nguyễn Văn Quân, Chủ tịch Hội CCB tỉnh.', 'vi')).toEqual([
      { name: 'Nguyễn Văn Quân', roles: ['Chủ tịch Hội CCB tỉnh'] },
    ]);
  });

  it('reads a name whose family name is also a given name before a middle name, and a name at the head of a list', () => {
    expect(people('Dự đại hội có đồng chí Đồng Văn Lưu – Tỉnh ủy viên, Bí thư Huyện ủy.', 'vi')).toEqual([
      { name: 'Đồng Văn Lưu', roles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy'] },
    ]);
    expect(people('Tham dự có các đồng chí: Uông Chu Lưu, Phó Chủ tịch Quốc hội.', 'vi')).toEqual([{ name: 'Uông Chu Lưu', roles: ['Phó Chủ tịch Quốc hội'] }]);
  });

  it('keeps a title said again with its place as one title, and a deputy title apart', () => {
    const found = people('Đồng chí Nguyễn Minh Hùng, Bí thư Thị ủy, dự lễ. Đọc diễn văn, đồng chí Nguyễn Minh Hùng - Bí thư Thị ủy Kinh Môn khẳng định.', 'vi');
    expect(found).toHaveLength(1);
    expect(found[0]!.roles).toHaveLength(1);
    expect(people('Mr. Do Van Binh, Secretary of the provincial Party Committee, spoke. Mr. Do Van Binh, Deputy Secretary of the Party Committee of Gia Lai, spoke.', 'en')[0]!.roles).toEqual([
      'Secretary of the provincial Party Committee',
      'Deputy Secretary of the Party Committee of Gia Lai',
    ]);
  });

  it('is more confident in a list read from titles than in names read from weak cues', () => {
    const strong = read('Đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy, chủ trì. Đồng chí Lê Văn Hiệu, Chủ tịch HĐND tỉnh, dự.', 'vi').confidence;
    const weak = read('Ông Khổng Minh phát biểu. Ông Lò Văn Páo cho biết.', 'vi').confidence;
    expect(strong).toBeGreaterThanOrEqual(0.9);
    expect(weak).toBeLessThan(strong);
  });

  it('gives a counted title to the list it links, and a listed title with its term between to each name', () => {
    expect(people('Ngoài ra còn có 3 Phó Bí thư khác là Đặng Hồng Sỹ, Bùi Thắng, Lưu Văn Trung.', 'vi')).toEqual([
      { name: 'Đặng Hồng Sỹ', roles: ['Phó Bí thư'] },
      { name: 'Bùi Thắng', roles: ['Phó Bí thư'] },
      { name: 'Lưu Văn Trung', roles: ['Phó Bí thư'] },
    ]);
    expect(people('Bộ Chính trị chỉ định các Phó Bí thư Tỉnh ủy Ninh Bình, nhiệm kỳ 2025-2030 gồm: ông Lê Quốc Chỉnh, Chủ tịch HĐND tỉnh; ông Phạm Quang Ngọc, Chủ tịch UBND tỉnh.', 'vi')).toEqual([
      { name: 'Lê Quốc Chỉnh', roles: ['Phó Bí thư Tỉnh ủy Ninh Bình', 'Chủ tịch HĐND tỉnh'] },
      { name: 'Phạm Quang Ngọc', roles: ['Phó Bí thư Tỉnh ủy Ninh Bình', 'Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('drops a title the end of an excerpt cuts mid-word, and keeps one the text ends on whole', () => {
    expect(people('Trưởng ban Tổ chức Trung ương Lê Minh Hưng trao quyết định.\nÔng Lê Minh Hưng, Ủy viên Bộ Ch', 'vi')).toEqual([
      { name: 'Lê Minh Hưng', roles: ['Trưởng ban Tổ chức Trung ương'] },
    ]);
    expect(people('Ông Lê Minh Hưng, Ủy viên Bộ Chính trị', 'vi')).toEqual([{ name: 'Lê Minh Hưng', roles: ['Ủy viên Bộ Chính trị'] }]);
    // A caption cut off at the page's end repeats, cut short, a title given in full above.
    expect(
      people('Hà Thị Nga, Vice President of the Central Committee of the Vietnam Fatherland Front, attended the Congress.\nHà Thị Nga, Vice President of the Central Committee of the Vie', 'en'),
    ).toEqual([{ name: 'Hà Thị Nga', roles: ['Vice President of the Central Committee of the Vietnam Fatherland Front'] }]);
  });

  it('reads a capitalized honorific before a full name as the honorific, and a family name of that spelling as a name', () => {
    expect(people('Ông Kim Ngọc Thái làm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long', 'vi').map((person) => person.name)).toEqual(['Kim Ngọc Thái']);
    expect(people('Đồng chí Ông Văn Tùng, Bí thư Đảng ủy xã, phát biểu.', 'vi').map((person) => person.name)).toEqual(['Ông Văn Tùng']);
  });

  it('keeps "<Place> Provincial Party Secretary" and "Secretary of the Provincial Party Committee" as one title', () => {
    const text = 'Nguyen Dinh Trung, Secretary of the Provincial Party Committee, attended. Dak Lak Provincial Party Secretary Nguyen Dinh Trung delivered the opening speech.';
    expect(people(text, 'en')).toEqual([{ name: 'Nguyen Dinh Trung', roles: ['Secretary of the Provincial Party Committee'] }]);
  });

  it('reads English titles written with a hyphen ("Vice-Chairman") as those written without', () => {
    const text =
      "Attending were Nguyen Van Truong, Vice-Chairman of the Provincial People's Council, and Tran Van Binh, Provincial Party Committee Member and Standing Vice-Chairman of the Provincial People's Council.";
    expect(people(text, 'en')).toEqual([
      { name: 'Nguyen Van Truong', roles: ["Vice-Chairman of the Provincial People's Council"] },
      { name: 'Tran Van Binh', roles: ['Provincial Party Committee Member', "Standing Vice-Chairman of the Provincial People's Council"] },
    ]);
  });

  it('ends a title before an honorific that opens the next person ("... and Mr. Y")', () => {
    expect(
      people('The meeting was attended by Mr. Tran Duc Thang, Secretary of the Provincial Party Committee and Mr. Le Van Hieu, Chairman of the Provincial People’s Council.', 'en'),
    ).toEqual([
      { name: 'Tran Duc Thang', roles: ['Secretary of the Provincial Party Committee'] },
      { name: 'Le Van Hieu', roles: ['Chairman of the Provincial People’s Council'] },
    ]);
  });

  it('reads a lower-case title after a joiner before the name, with the body it heads', () => {
    expect(people('The Labour Order went to Mr. Nguyen Duc Hai, and head of the NA Committee for Deputy Affairs Tran Van Tuy.', 'en')).toEqual([
      { name: 'Nguyen Duc Hai', roles: [] },
      { name: 'Tran Van Tuy', roles: ['head of the NA Committee for Deputy Affairs'] },
    ]);
  });

  it('reads abbreviated titles after the name, joined to their body by a dot', () => {
    expect(people('Đ/c Trần Văn Nam – PBT thường trực, CT.HĐND xã chủ trì; cùng dự có đ/c Lê Thị Hoa – UVBTV, PCT.UBND xã.', 'vi')).toEqual([
      { name: 'Trần Văn Nam', roles: ['PBT thường trực', 'CT.HĐND xã'] },
      { name: 'Lê Thị Hoa', roles: ['UVBTV', 'PCT.UBND xã'] },
    ]);
  });

  it('reads a second title joined by "cum" inside a segment', () => {
    expect(people('Speaking at the event was Tran Van Binh, member of Standing Committee, Head of Propaganda of Provincial Party Committee cum Chairman of Provincial Fatherland Front Committee.', 'en')).toEqual([
      { name: 'Tran Van Binh', roles: ['member of Standing Committee', 'Head of Propaganda of Provincial Party Committee', 'Chairman of Provincial Fatherland Front Committee'] },
    ]);
  });

  it('reads a full name without a title right after the recipient word of an award, but not a body named after a person', () => {
    expect(people('The chairman presents certificates of merit to Pham Thi Lan and Vo Van Kiet.', 'en').map(({ name }) => name)).toEqual(['Pham Thi Lan', 'Vo Van Kiet']);
    expect(people('The chairman presents a certificate of merit to Ho Chi Minh City Youth Union.', 'en')).toEqual([]);
    expect(people('Pham Thi Lan spoke at the meeting.', 'en')).toEqual([]);
  });

  it('reads a name after the body of a city ("HĐND thành phố"), which is no street named after a person', () => {
    expect(people('Dự có Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Đinh Văn Khải; Trưởng Ban Dân vận Thành ủy Mai Thị Hạnh.', 'vi')).toEqual([
      { name: 'Đinh Văn Khải', roles: ['Phó Bí thư Thành ủy', 'Chủ tịch HĐND thành phố'] },
      { name: 'Mai Thị Hạnh', roles: ['Trưởng Ban Dân vận Thành ủy'] },
    ]);
    expect(people('Đoàn đã đến thăm phố Lê Văn Hưu.', 'vi')).toEqual([]);
  });

  it('reads titles listed before a name right after "and" that follows another name', () => {
    expect(people('Attending were Politburo member Ho Van Tuan and Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People\'s Council Dang Quoc Vinh.', 'en')).toEqual([
      { name: 'Ho Van Tuan', roles: ['Politburo member'] },
      { name: 'Dang Quoc Vinh', roles: ['Standing Deputy Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Council"] },
    ]);
  });

  it('reads a lower-case title after "and" as one more title', () => {
    expect(people('Present was Ha Minh Tri, member of the Provincial Party Committee\'s Standing Board and head of its Mass Mobilisation Department.', 'en')).toEqual([
      { name: 'Ha Minh Tri', roles: ["member of the Provincial Party Committee's Standing Board", 'head of its Mass Mobilisation Department'] },
    ]);
  });

  it('does not give a person titles after a semicolon that run into the next name', () => {
    expect(
      people('Attending were Comrade Lo Van Sinh, Secretary of the Provincial Party Committee; Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People\'s Committee Vi Duc Tam.', 'en'),
    ).toEqual([
      { name: 'Lo Van Sinh', roles: ['Secretary of the Provincial Party Committee'] },
      { name: 'Vi Duc Tam', roles: ['Deputy Secretary of the Provincial Party Committee', "Chairman of the Provincial People's Committee"] },
    ]);
  });

  it('reads abbreviated titles such as "TUV" and stops a title at a lower-case verb', () => {
    expect(people('Đồng chí Hà Văn Sơn, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.', 'vi')).toEqual([
      { name: 'Hà Văn Sơn', roles: ['TUV', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện'] },
    ]);
    expect(people('Phó Chủ tịch HĐND xã Lý Thị Ngân điều hành phiên thảo luận.', 'vi')).toEqual([{ name: 'Lý Thị Ngân', roles: ['Phó Chủ tịch HĐND xã'] }]);
    expect(people('Bà Tạ Thu Trang, Phó Giám đốc Học viện Chính trị khu vực III, trình bày tham luận.', 'vi')).toEqual([
      { name: 'Tạ Thu Trang', roles: ['Phó Giám đốc Học viện Chính trị khu vực III'] },
    ]);
  });

  it('keeps the titles before the last "và" / "and" between two names with the first name', () => {
    expect(people('Thiếu tướng Đào Văn Lợi, Phó Giám đốc Công an tỉnh và Đại tá Mạc Văn Hòa, Chính ủy Bộ Chỉ huy Quân sự tỉnh cùng dự.', 'vi')).toEqual([
      { name: 'Đào Văn Lợi', roles: ['Thiếu tướng', 'Phó Giám đốc Công an tỉnh'] },
      { name: 'Mạc Văn Hòa', roles: ['Đại tá', 'Chính ủy Bộ Chỉ huy Quân sự tỉnh'] },
    ]);
    expect(people('Senior Lieutenant General Ha Van Cuong, Deputy Minister of Public Security and Colonel Ton Van Duc, Director of the provincial Police, attended.', 'en')).toEqual([
      { name: 'Ha Van Cuong', roles: ['Senior Lieutenant General', 'Deputy Minister of Public Security'] },
      { name: 'Ton Van Duc', roles: ['Colonel', 'Director of the provincial Police'] },
    ]);
  });

  it('reads the titles after a caption\'s place in the picture', () => {
    expect(people('Đồng chí Quách Văn Tài (thứ 3 từ phải sang), Bí thư Đảng ủy xã trao quà cho các hộ nghèo.', 'vi')).toEqual([
      { name: 'Quách Văn Tài', roles: ['Bí thư Đảng ủy xã'] },
    ]);
    expect(people('Mr. Kieu Van Long (second from left), Chairman of the district People\'s Committee, visits the farm.', 'en')).toEqual([
      { name: 'Kieu Van Long', roles: ["Chairman of the district People's Committee"] },
    ]);
  });

  it('gives a title after "các đồng chí" and before a colon to every name listed', () => {
    expect(people('Các đồng chí Phó Chủ tịch UBND tỉnh: Lưu Văn Bản, Nông Thị Hà cùng dự.', 'vi')).toEqual([
      { name: 'Lưu Văn Bản', roles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Nông Thị Hà', roles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });

  it('reads a "thứ nhất" (first) deputy title in lower case before a name', () => {
    expect(people('Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng T.Ư Đoàn Minh Khuê dự lễ.', 'vi')).toEqual([
      { name: 'Đoàn Minh Khuê', roles: ['Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng T.Ư'] },
    ]);
  });

  it('reads a title that opens the clause before a comma and an honorific', () => {
    expect(people('Chủ tịch UBND huyện, ông Lục Văn Thái cho biết huyện đã hoàn thành chỉ tiêu.', 'vi')).toEqual([{ name: 'Lục Văn Thái', roles: ['Chủ tịch UBND huyện'] }]);
    expect(people('The Vice Chairwoman of the district People\'s Committee, Ms. Kha Thi Lien, said the plan was on track.', 'en')).toEqual([
      { name: 'Kha Thi Lien', roles: ["Vice Chairwoman of the district People's Committee"] },
    ]);
    // A title said of someone else, or after another person, is not this person's.
    expect(people('Authorized by the State President, Comrade Phi Van Tuan presented the order.', 'en')).toEqual([{ name: 'Phi Van Tuan', roles: [] }]);
    expect(people('Dự có ông Tô Văn Lâm – Bí thư Huyện ủy, bà Thân Thị Yến – Phó Chủ tịch UBND huyện.', 'vi')).toEqual([
      { name: 'Tô Văn Lâm', roles: ['Bí thư Huyện ủy'] },
      { name: 'Thân Thị Yến', roles: ['Phó Chủ tịch UBND huyện'] },
    ]);
  });

  it('reads a title given by a verb after an article, after "is currently", and after a pronoun that opens a clause', () => {
    expect(people('Mr. Lam Van Duc was born in 1968; he is currently a member of the Provincial Party Committee and Secretary of the Ha Quang district Party Committee.', 'en')).toEqual([
      { name: 'Lam Van Duc', roles: ['member of the Provincial Party Committee', 'Secretary of the Ha Quang district Party Committee'] },
    ]);
    expect(people('Ms. Vi Thi Hoa spoke first. At the 2020 congress, she was elected an alternate member of the Party Central Committee.', 'en')).toEqual([
      { name: 'Vi Thi Hoa', roles: ['alternate member of the Party Central Committee'] },
    ]);
  });

  it('gives each name of a comma list the titles after it, never the previous name\'s last title', () => {
    expect(
      people('Tham dự có các đồng chí: Hầu Văn Chử - Bí thư Đảng ủy, Chủ tịch HĐND xã, Lò Thị Mai, Phó Bí thư Thường trực Đảng ủy xã, Giàng A Dê, Phó Bí thư, Chủ tịch UBND xã.', 'vi'),
    ).toEqual([
      { name: 'Hầu Văn Chử', roles: ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã'] },
      { name: 'Lò Thị Mai', roles: ['Phó Bí thư Thường trực Đảng ủy xã'] },
      { name: 'Giàng A Dê', roles: ['Phó Bí thư', 'Chủ tịch UBND xã'] },
    ]);
    expect(people('Dự có đồng chí Khổng Thị Vân - Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh.', 'vi')).toEqual([
      { name: 'Khổng Thị Vân', roles: ['Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh'] },
    ]);
  });
});


describe('people: a committee member title that opens on the committee word', () => {
  it('reads "Thị ủy viên", "Đảng ủy viên" whole and keeps the titles after them', () => {
    expect(people('Dự hội nghị có đồng chí Trần Văn Lợi, Thị ủy viên, Bí thư Đảng ủy phường An Lưu.', 'vi')).toEqual([
      { name: 'Trần Văn Lợi', roles: ['Thị ủy viên', 'Bí thư Đảng ủy phường An Lưu'] },
    ]);
    expect(people('Bà Lê Thị Hoa – Đảng ủy viên, Chủ tịch Hội Nông dân xã, phát biểu.', 'vi')).toEqual([
      { name: 'Lê Thị Hoa', roles: ['Đảng ủy viên', 'Chủ tịch Hội Nông dân xã'] },
    ]);
    expect(people('Mr. Tran Van Loi, member of the Town Party Committee, Secretary of the An Luu Ward Party Committee, spoke.', 'en')).toEqual([
      { name: 'Tran Van Loi', roles: ['member of the Town Party Committee', 'Secretary of the An Luu Ward Party Committee'] },
    ]);
  });
});

describe('people: "và các" before a title opens the titles of others', () => {
  it('ends the first person\'s titles before "và các Ủy viên ..." and gives that title to the list after it', () => {
    expect(
      people('Dự có đồng chí Lê Văn Hải, Phó Bí thư Huyện ủy và các Ủy viên Ban Thường vụ Huyện ủy: Trần Thị Mai, Trưởng ban Dân vận Huyện ủy; Phạm Văn Tú, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.', 'vi'),
    ).toEqual([
      { name: 'Lê Văn Hải', roles: ['Phó Bí thư Huyện ủy'] },
      { name: 'Trần Thị Mai', roles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Trưởng ban Dân vận Huyện ủy'] },
      { name: 'Phạm Văn Tú', roles: ['Ủy viên Ban Thường vụ Huyện ủy', 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy'] },
    ]);
    // "và" inside one body's name stays.
    expect(people('Dự có đồng chí Lê Văn Hải, Trưởng ban Tuyên giáo và Dân vận Huyện ủy.', 'vi')).toEqual([{ name: 'Lê Văn Hải', roles: ['Trưởng ban Tuyên giáo và Dân vận Huyện ủy'] }]);
    const en = people('Attending were Mr. Le Van Hai, Deputy Secretary of the District Party Committee, and the other members of the Standing Board: Tran Thi Mai, Head of the Mass Mobilization Board.', 'en');
    expect(en[0]).toEqual({ name: 'Le Van Hai', roles: ['Deputy Secretary of the District Party Committee'] });
  });
});

describe('people: a level committee written in lower case', () => {
  it('keeps "huyện ủy", "tỉnh ủy" in lower case on the title', () => {
    expect(people('Đồng chí Hoàng Văn Nam, Tỉnh ủy viên, Bí thư huyện ủy, phát biểu chỉ đạo.', 'vi')).toEqual([{ name: 'Hoàng Văn Nam', roles: ['Tỉnh ủy viên', 'Bí thư huyện ủy'] }]);
    expect(people('Đồng chí Đỗ Thị Lan, Phó bí thư thường trực tỉnh ủy chủ trì hội nghị.', 'vi')).toEqual([{ name: 'Đỗ Thị Lan', roles: ['Phó bí thư thường trực tỉnh ủy'] }]);
    // A lower-case verb after the level still ends the title.
    expect(people('Phó Chủ tịch UBND huyện Trần Văn Tú chủ trì.', 'vi')[0]?.roles).toEqual(['Phó Chủ tịch UBND huyện']);
    expect(people('Mr. Hoang Van Nam, secretary of the district party committee, spoke.', 'en')).toEqual([{ name: 'Hoang Van Nam', roles: ['secretary of the district party committee'] }]);
  });
});

describe('people: a dash between two titles', () => {
  it('splits "Tỉnh ủy viên- Bí thư ..." into two titles, and keeps a dash inside a body\'s name', () => {
    expect(people('Dự có đồng chí Vũ Văn Hưng, Tỉnh ủy viên- Bí thư Huyện ủy Thanh Hà.', 'vi')).toEqual([{ name: 'Vũ Văn Hưng', roles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy Thanh Hà'] }]);
    expect(people('Dự có đồng chí Vũ Văn Hưng, Huyện ủy viên - Chủ tịch Hội Nông dân huyện.', 'vi')).toEqual([{ name: 'Vũ Văn Hưng', roles: ['Huyện ủy viên', 'Chủ tịch Hội Nông dân huyện'] }]);
    expect(people('Dự có đồng chí Vũ Văn Hưng, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện.', 'vi')).toEqual([{ name: 'Vũ Văn Hưng', roles: ['Chủ tịch Hội đồng Thi đua - Khen thưởng huyện'] }]);
    expect(people('Mr. Vu Van Hung, member of the Provincial Party Committee - Secretary of the Thanh Ha District Party Committee, spoke.', 'en')).toEqual([
      { name: 'Vu Van Hung', roles: ['member of the Provincial Party Committee', 'Secretary of the Thanh Ha District Party Committee'] },
    ]);
  });
});

describe('people: a dash between the titles and the name', () => {
  it('reads an en dash as a hyphen is read ("Chủ tịch HĐND huyện Bến Lức – Dương Văn Út đề nghị")', () => {
    for (const dash of ['-', '–']) {
      expect(people(`Phát biểu bế mạc kỳ họp, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Bến Lức ${dash} Dương Văn Út đề nghị các cấp thực hiện.`, 'vi')).toEqual([
        { name: 'Dương Văn Út', roles: ['Phó Bí thư Thường trực Huyện ủy', 'Chủ tịch HĐND huyện Bến Lức'] },
      ]);
    }
    expect(people('Speaking at the closing, Chairman of the Ben Luc District People\'s Council – Duong Van Ut asked the units to act.', 'en')[0]?.roles).toEqual(["Chairman of the Ben Luc District People's Council"]);
  });
});

describe('people: a specialist\'s post', () => {
  it('is a title before the one a vote gives', () => {
    expect(people('Kỳ họp đã bầu ông Lê Đình Hiệu, Chuyên viên Phòng LĐTB&XH huyện Thủy Nguyên, giữ chức Phó Chủ tịch UBND xã Trung Hà.', 'vi')).toEqual([
      { name: 'Lê Đình Hiệu', roles: ['Chuyên viên Phòng LĐTB&XH huyện Thủy Nguyên', 'Phó Chủ tịch UBND xã Trung Hà'] },
    ]);
    // Plural, lower-case staff are no title of a named person.
    expect(people('Dự hội nghị có các chuyên viên các phòng của huyện.', 'vi')).toEqual([]);
  });
});

describe('people: a dash inside a body named after two fields of work', () => {
  it('keeps "Hội đồng Thi đua – Khen thưởng tỉnh" whole in a run of titles set off by dashes', () => {
    expect(people('Kết luận hội nghị: Chủ tịch UBND tỉnh Cao Văn Trọng – Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh giao Thường trực thực hiện.', 'vi')).toEqual([
      { name: 'Cao Văn Trọng', roles: ['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh'] },
    ]);
    // A dash before another title still splits the run.
    expect(people('Dự có ông Cao Văn Trọng – Chủ tịch UBND tỉnh – Chủ tịch Hội đồng Thi đua tỉnh.', 'vi')[0]?.roles).toEqual(['Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng Thi đua tỉnh']);
  });
});
