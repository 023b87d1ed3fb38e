import { extractAwards } from '../../../../shared/domain/normalizer/awards';
import { extractPeople } from '../../../../shared/domain/normalizer/people';
import { analyse } from '../../../../shared/domain/normalizer/tokens';

function read(text: string, language: 'vi' | 'en', eventYear: number | null = 2024) {
  const doc = analyse(text);
  return extractAwards(doc, eventYear, language, extractPeople(doc, [], language).mentions);
}
const awards = (text: string, language: 'vi' | 'en', eventYear: number | null = 2024) =>
  read(text, language, eventYear).awards.map(({ count, recipient, award, name }) => `${count} ${recipient} ${award}${name ? ` (${name})` : ''}`);

describe('awards on the span layer', () => {
  it('reads Vietnamese counts of collectives and individuals, from several givers in one sentence', () => {
    expect(
      awards('Dịp này, Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể, 10 cá nhân; UBND tỉnh tặng Giấy khen cho 32 tập thể và 86 cá nhân có thành tích xuất sắc.', 'vi'),
    ).toEqual([
      '5 collective certificate of merit',
      '10 individual certificate of merit',
      '32 collective certificate of commendation',
      '86 individual certificate of commendation',
    ]);
  });

  it('reads orders with their name and class, in both languages', () => {
    expect(awards('Thị xã Kinh Môn long trọng đón nhận Huân chương Lao động hạng Nhất.', 'vi')).toEqual(['1 collective medal (Labour Order, First Class)']);
    expect(awards('The President presented the first-class Labour Order to the hospital.', 'en')).toEqual(['1 collective medal (Labour Order, First Class)']);
    expect(awards('Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho 3 tập thể và 5 cá nhân.', 'vi')).toEqual([
      '3 collective medal (Labour Order, Second Class)',
      '5 individual medal (Labour Order, Second Class)',
    ]);
    expect(awards('The second-class and third-class Labour Orders were awarded to outstanding officials.', 'en')).toEqual([
      'null individual medal (Labour Order, Second Class)',
      'null individual medal (Labour Order, Third Class)',
    ]);
  });

  it('reads an order named short in the headline and in full in the lead as one award', () => {
    expect(awards('Thành phố Hải Dương nhận Huân chương hạng Nhất\n\nSáng 18/10, TP Hải Dương tổ chức lễ kỷ niệm và đón nhận Huân chương Lao động hạng Nhất.', 'vi')).toEqual(['1 collective medal (Labour Order, First Class)']);
  });

  it('counts named people as individual recipients', () => {
    expect(
      awards('The Chairwoman presented the first class Labour Order to Standing Vice Chairwoman Tong Thi Phong, Chairman of the Committee for External Relations Nguyen Van Giau and Chairman of the Finance Committee Nguyen Duc Hai.', 'en'),
    ).toEqual(['3 individual medal (Labour Order, First Class)']);
    expect(awards('Phó Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ cho bà Nguyễn Thị Nhung.', 'vi')).toEqual(['1 individual certificate of merit']);
  });

  it('reads an award to many recipients without a number as uncounted, once per kind of recipient', () => {
    expect(awards('Đồng chí Phó Chủ tịch UBND tỉnh trao cờ thi đua, bằng khen của UBND tỉnh cho các tập thể, cá nhân có thành tích tiêu biểu.', 'vi')).toEqual([
      'null collective emulation flag',
      'null collective certificate of merit',
      'null individual certificate of merit',
    ]);
    expect(awards('The Labour Orders were awarded to outstanding officials of the agencies.', 'en')).toEqual(['null individual medal (Labour Order)']);
    expect(awards('On the occasion, the province honoured 60 exemplary individuals, and outstanding collectives and individuals of the contest.', 'en')).toEqual([
      '60 individual commendation',
      'null collective commendation',
      'null individual commendation',
    ]);
  });

  it('reads an emulation flag written with words between "cờ" and "thi đua", and English counts with describing words', () => {
    expect(awards('Ban Thường vụ tặng cờ dẫn đầu phong trào thi đua cho Hội Liên hiệp Phụ nữ thành phố.', 'vi')).toEqual(['1 collective emulation flag']);
    expect(awards('The Vice Chairman presented certificates of merit from the Prime Minister to nine full-time NA deputies.', 'en')).toEqual(['9 individual certificate of merit']);
    expect(awards('On the occasion, the province honoured 60 exemplary individuals.', 'en')).toEqual(['60 individual commendation']);
  });

  it('does not read statistics or awards of earlier years', () => {
    expect(awards('Trong 5 năm, đã có 1.860 lượt tập thể và 4.520 lượt cá nhân được khen thưởng các cấp.', 'vi')).toEqual([]);
    expect(awards('The hospital was honoured with the Labour Order, third class, in 2015.', 'en', 2024)).toEqual([]);
  });

  it('quotes the phrase each award was read from and is less sure of an award without a count', () => {
    const text = 'Chủ tịch UBND huyện tặng Giấy khen cho 35 tập thể.';
    const counted = read(text, 'vi');
    expect(counted.awards[0]!.evidence).toEqual([{ start: 25, end: 49, quote: 'Giấy khen cho 35 tập thể' }]);
    expect(counted.confidence).toBeGreaterThanOrEqual(0.9);
    expect(read('Bệnh viện đón nhận Huân chương Lao động hạng Ba.', 'vi').confidence).toBeLessThan(counted.confidence);
    expect(read('Hội nghị tổng kết công tác năm 2024.', 'vi').confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads prizes of a contest, "giải" only after a giving verb, and keeps the counted telling over the headline', () => {
    expect(
      awards('Hội Cựu chiến binh tỉnh tổ chức trao giải cuộc thi tìm hiểu truyền thống.\nBan tổ chức đã trao giải thưởng cho 11 tập thể, 28 cá nhân có thành tích xuất sắc.', 'vi'),
    ).toEqual(['11 collective prize', '28 individual prize']);
    expect(awards('Tỉnh tặng Bằng khen cho 3 tập thể vì có giải pháp hay trong giải quyết thủ tục.', 'vi')).toEqual(['3 collective certificate of merit']);
    expect(awards('The union presented prizes to 12 students.', 'en')).toEqual(['12 individual prize']);
  });

  it('reads a group named before a passive verb as uncounted recipients, once per award', () => {
    expect(
      awards('Giám đốc Công an tỉnh trao Bằng khen và Giấy khen cho các tập thể và cá nhân.\nNhiều tập thể, cá nhân được Bộ Công an, UBND tỉnh tặng Bằng khen, Giấy khen vì có thành tích xuất sắc.', 'vi'),
    ).toEqual([
      'null collective certificate of merit',
      'null individual certificate of merit',
      'null collective certificate of commendation',
      'null individual certificate of commendation',
    ]);
  });

  it('is less sure of awards in a sentence about the past term or the years behind, unless it ties them to the event', () => {
    const history = read('Trong nhiệm kỳ qua, Đảng bộ huyện được Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.', 'vi');
    const event = read('Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.', 'vi');
    expect(history.awards).toHaveLength(1);
    expect(history.confidence).toBeLessThan(0.9);
    expect(event.confidence).toBeGreaterThanOrEqual(0.9);
    expect(read('Over the past 75 years, the force has received 12 Labour Orders for 12 units.', 'en').confidence).toBeLessThan(0.9);
  });

  it('reads the parts of a total after "Trong đó" as that total, not as more awards', () => {
    expect(
      awards('Chi bộ có 20 đảng viên được trao tặng Huy hiệu Đảng. Trong đó, 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; 18 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.', 'vi'),
    ).toEqual(['20 individual party membership badge']);
    // Without a total before it, a breakdown's award is the award itself.
    expect(awards('Trong đó, UBND tỉnh tặng Bằng khen cho 5 tập thể.', 'vi')).toEqual(['5 collective certificate of merit']);
  });

  it('does not read "năm" after a number (years) as the count five', () => {
    expect(awards('Lãnh đạo huyện tặng giấy khen cho các tập thể có thành tích trong 15 năm tổ chức phong trào.', 'vi')).toEqual(['null collective certificate of commendation']);
  });

  it('reads a group honoured without a count at the event, uncounted, but not praise in a speech', () => {
    const event = read('On this occasion, the committee also commended exemplary organizations and individuals who helped flood victims.', 'en');
    expect(event.awards.map(({ count, recipient, award }) => `${count} ${recipient} ${award}`)).toEqual(['null collective commendation', 'null individual commendation']);
    expect(event.confidence).toBeLessThan(0.9);
    expect(awards('Đồng chí Bí thư biểu dương các tập thể, cá nhân đã nỗ lực trong thời gian qua.', 'vi')).toEqual([]);
    expect(awards('Dịp này, Ủy ban MTTQ tỉnh biểu dương các tập thể, cá nhân tiêu biểu.', 'vi')).toEqual(['null collective commendation', 'null individual commendation']);
    // The word that introduces the recipients ("cho"), and English groups in the plural with no word before them.
    expect(awards('Tại hội nghị, Huyện ủy đã khen thưởng cho các tập thể, cá nhân xuất sắc.', 'vi')).toEqual(['null collective commendation', 'null individual commendation']);
    expect(awards('On this occasion, the union honoured collectives and individuals with outstanding achievements.', 'en')).toEqual(['null collective commendation', 'null individual commendation']);
    expect(awards('On this occasion, the union honoured its founders.', 'en')).toEqual([]);
    // One number for both kinds, after the verb or before a passive: each kind uncounted; an approximate one gives none.
    expect(awards('Dịp này, Ủy ban MTTQ tỉnh khen thưởng 58 tập thể, cá nhân có thành tích xuất sắc.', 'vi')).toEqual(['null collective commendation', 'null individual commendation']);
    expect(awards('On this occasion, 78 collectives and individuals were rewarded by the provincial People\'s Committee.', 'en')).toEqual(['null collective commendation', 'null individual commendation']);
    expect(awards('Dịp này, Ủy ban MTTQ tỉnh khen thưởng hơn 700 tập thể, cá nhân.', 'vi')).toEqual([]);
    expect(awards('Dịp này, Ủy ban MTTQ tỉnh khen thưởng 15 tập thể và 30 cá nhân.', 'vi')).toEqual(['15 collective commendation', '30 individual commendation']);
  });

  it('reads no award from a proposal or a plan, in both languages', () => {
    expect(awards('Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể, 6 cá nhân.', 'vi')).toEqual([]);
    expect(awards('Ban Thường vụ sẽ trao Giấy khen cho các chi bộ tiêu biểu vào cuối năm.', 'vi')).toEqual([]);
    expect(awards('The meeting agreed to propose that the Prime Minister award certificates of merit to 3 collectives.', 'en')).toEqual([]);
    expect(awards('The district will present certificates of commendation to outstanding units next month.', 'en')).toEqual([]);
  });

  it('reads no award from what was received before the event: times, years in a row, an earlier year', () => {
    expect(awards('Đảng bộ xã đã 4 lần được Ban Thường vụ Huyện ủy tặng Giấy khen.', 'vi')).toEqual([]);
    expect(awards('Nhiều năm liền, Hội Nông dân xã được Trung ương Hội tặng Cờ thi đua.', 'vi')).toEqual([]);
    expect(awards('Năm 2021, trường được Bộ Giáo dục và Đào tạo tặng Bằng khen.', 'vi', 2024)).toEqual([]);
    expect(awards('In 2020, the cooperative was awarded a certificate of merit by the Prime Minister.', 'en', 2024)).toEqual([]);
    expect(awards('The hospital had been awarded the third-class Labour Order twice.', 'en')).toEqual([]);
    // Words after the award describe its recipients: the award is the event's.
    expect(awards('Dịp này, Ban Thường vụ tặng Giấy khen cho 9 chi bộ hoàn thành xuất sắc nhiệm vụ 5 năm liền.', 'vi')).toEqual(['9 collective certificate of commendation']);
    expect(awards('Tại buổi lễ, Hội đã được Trung ương Hội tặng Cờ thi đua.', 'vi')).toEqual(['1 collective emulation flag']);
  });

  it('reads recipients counted before a passive verb in a summary of the years behind as history', () => {
    expect(awards('Qua 10 năm thực hiện, 26 tập thể và 41 cá nhân được UBND tỉnh tặng Bằng khen.', 'vi')).toEqual([]);
    expect(awards('Over the past five years, 14 units were awarded certificates of merit by the PPC.', 'en')).toEqual([]);
  });

  it('gives counts listed before a passive verb each to the award after it', () => {
    expect(awards('Dịp này, 18 tập thể, 27 cá nhân được Ban Thường vụ Tỉnh đoàn tặng Bằng khen.', 'vi')).toEqual([
      '18 collective certificate of merit',
      '27 individual certificate of merit',
    ]);
    expect(awards('On this occasion, thirteen units and 22 individuals received certificates of merit from the PPC.', 'en')).toEqual([
      '13 collective certificate of merit',
      '22 individual certificate of merit',
    ]);
  });

  it('reads Party badges of several seniorities listed by their years as one badge', () => {
    expect(awards('Đồng chí Bí thư Đảng ủy trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho 19 đảng viên.', 'vi')).toEqual(['19 individual party membership badge']);
  });

  it('reads letters of commendation, and an award to people named only by what they are as uncounted individuals', () => {
    expect(awards('Dịp này, Ban Thường vụ Thị ủy trao thư biểu dương cho 12 tập thể và 31 cá nhân.', 'vi')).toEqual(['12 collective commendation', '31 individual commendation']);
    expect(awards('Đồng chí Chủ tịch UBND xã trao Huy hiệu 55 năm tuổi Đảng cho đảng viên cao tuổi.', 'vi')).toEqual(['null individual party membership badge']);
    // A body named after the award is still one collective.
    expect(awards('Phó Chủ tịch nước trao Huân chương Độc lập hạng Ba cho Sở Y tế.', 'vi')).toEqual(['1 collective medal (Independence Order, Third Class)']);
  });

  it('counts awards written with their number before them when the recipients are not counted', () => {
    expect(awards('Dịp này, UBND tỉnh trao 36 Cờ thi đua cho các đơn vị dẫn đầu phong trào.', 'vi')).toEqual(['36 collective emulation flag']);
    expect(awards('Đồng chí Bí thư Thị ủy trao tặng 42 Huy hiệu Đảng đợt 7/11.', 'vi')).toEqual(['42 individual party membership badge']);
    expect(awards('On this occasion, the committee presented 21 excellent emulation flags to units.', 'en')).toEqual(['21 collective emulation flag']);
  });

  it('reads a Party badge handed over without a recipient as uncounted individuals, and awards presented to no one written as none', () => {
    expect(awards('Tại buổi lễ, đồng chí Phó Bí thư Đảng ủy trao Huy hiệu Đảng.', 'vi')).toEqual(['null individual party membership badge']);
    expect(awards('The Resistance War Order, the Fatherland Defence Order and certificates of merit were also presented at the ceremony.', 'en')).toEqual([]);
    expect(awards('The provincial leader pinned the 50-year badge on Party member Lo Van Piem.', 'en')).toEqual(['1 individual party membership badge']);
  });

  it('is less sure of the awards when it read a sentence as a plan or an earlier award', () => {
    const plain = read('Dịp này, UBND huyện tặng Giấy khen cho 8 tập thể.', 'vi');
    const withPlan = read('Dịp này, UBND huyện tặng Giấy khen cho 8 tập thể. Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho 2 cá nhân.', 'vi');
    expect(plain.confidence).toBeGreaterThanOrEqual(0.9);
    expect(withPlan.awards).toHaveLength(1);
    expect(withPlan.confidence).toBeLessThan(0.9);
  });
});

describe('awards handed out at the event, not proposed or counted elsewhere', () => {
  it('does not read awards a council proposes or submits to be decided later', () => {
    expect(awards('Hội đồng Thi đua - Khen thưởng huyện thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 4 đơn vị và Bằng khen cho 11 cá nhân.', 'vi')).toEqual([]);
    expect(awards('Ủy ban MTTQ tỉnh đề xuất Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 8 cá nhân.', 'vi')).toEqual([]);
    expect(awards('The council recommended the Labour Order, Third Class, for two collectives.', 'en')).toEqual([]);
    // A proposal cited as the basis of the award does not make it a proposal.
    expect(awards('Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 10 tập thể.', 'vi')).toEqual(['10 collective certificate of merit']);
    expect(awards('At the proposal of the Ministry, the Prime Minister presented certificates of merit to 4 collectives.', 'en')).toEqual(['4 collective certificate of merit']);
    // A request after the hand-over does not undo it.
    expect(awards('Chủ tịch UBND tỉnh trao Bằng khen cho 10 tập thể và đề nghị các đơn vị tiếp tục phát huy.', 'vi')).toEqual(['10 collective certificate of merit']);
  });

  it('does not read awards of the guests a sentence lists as attending', () => {
    expect(awards('Dự hội nghị có 150 đại biểu đại diện cho các tập thể, cá nhân được tặng Bằng khen trong năm.', 'vi')).toEqual([]);
    expect(awards('The congress was attended by 250 delegates, including 30 who received certificates of merit.', 'en')).toEqual([]);
    expect(awards('Attending the ceremony were leaders of the province and 40 individuals who received certificates of merit last year.', 'en')).toEqual([]);
    // An attending guest who hands awards over does hand them over.
    expect(awards('Tham dự buổi lễ, đồng chí Nguyễn Văn Hải đã trao Huân chương Lao động hạng Ba cho 2 tập thể.', 'vi')).toEqual(['2 collective medal (Labour Order, Third Class)']);
    expect(awards('Attending the ceremony, Vice President Vo Thi Anh Xuan presented the Labour Order to the school.', 'en')).toEqual(['1 collective medal (Labour Order)']);
  });

  it('does not read awards planned for later, written between the award and its recipients', () => {
    expect(awards('Bằng khen sẽ được trao cho 20 tập thể tại hội nghị tổng kết.', 'vi')).toEqual([]);
    expect(awards('Certificates of merit will be presented to 10 collectives at the year-end conference.', 'en')).toEqual([]);
  });

  it('reads a number right before the award as the number of awards, for the recipients named after the list', () => {
    expect(awards('Thừa ủy quyền của Chủ tịch nước, đồng chí Phó Bí thư Tỉnh ủy trao tặng 2 Huân chương Lao động hạng Ba cho các tập thể có thành tích xuất sắc.', 'vi')).toEqual([
      '2 collective medal (Labour Order, Third Class)',
    ]);
    expect(awards('Nhân dịp này, Hội Cựu chiến binh tỉnh đã tặng 6 Bằng khen của Trung ương Hội; 19 Giấy khen của Hội tỉnh cho các hội viên tiêu biểu.', 'vi')).toEqual([
      '6 individual certificate of merit',
      '19 individual certificate of commendation',
    ]);
    expect(awards('The Prime Minister presented three Labour Orders, Second Class, to the company and its two branches.', 'en')).toEqual(['3 collective medal (Labour Order, Second Class)']);
    // Emulation flags go to collectives whoever the list names.
    expect(awards('Dịp này, UBND tỉnh trao 3 Cờ thi đua và 25 Bằng khen cho các điển hình tiên tiến.', 'vi')).toEqual(['3 collective emulation flag', '25 individual certificate of merit']);
    // A year before the award is no count of it.
    expect(awards('Năm 2020, huyện tặng 30 Bằng khen cho các hộ gia đình.', 'vi')).toEqual([]);
  });

  it('reads "tặng" after an award as the word that introduces its recipients', () => {
    expect(awards('Lãnh đạo huyện trao bằng khen tặng các cá nhân có thành tích xuất sắc.', 'vi')).toEqual(['null individual certificate of merit']);
    // "tặng quà": there "tặng" gives gifts; the recipients follow "cho".
    expect(awards('Dịp này, lãnh đạo huyện trao Giấy khen, tặng quà cho các cháu học sinh có thành tích xuất sắc.', 'vi')).toEqual(['null individual certificate of commendation']);
  });

  it('reads a headline or caption that opens on honouring a group as the event honouring it, uncounted', () => {
    expect(awards('Tuyên dương các tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước', 'vi')).toEqual(['null collective commendation', 'null individual commendation']);
    expect(awards('Honouring outstanding collectives and individuals of the emulation movement', 'en')).toEqual(['null collective commendation', 'null individual commendation']);
    // Praise in the middle of a speech hands out nothing.
    expect(awards('Đồng chí Bí thư biểu dương các tập thể, cá nhân đã có nhiều đóng góp.', 'vi')).toEqual([]);
  });

  it('reads every count of a list before a passive verb and after an honouring verb', () => {
    expect(awards('Tại lễ, 6 tập thể, 14 cá nhân được tặng Giấy khen của Chủ tịch UBND huyện.', 'vi')).toEqual([
      '6 collective certificate of commendation',
      '14 individual certificate of commendation',
    ]);
    expect(awards('Nhân dịp này, Hội đồng đã tuyên dương 8 tập thể có thành tích xuất sắc, 12 cá nhân tiêu biểu.', 'vi')).toEqual(['8 collective commendation', '12 individual commendation']);
    expect(awards('At the conference, the district honoured 12 collectives and 30 individuals with outstanding achievements.', 'en')).toEqual([
      '12 collective commendation',
      '30 individual commendation',
    ]);
  });

  it('counts the people named before a passive verb as individuals, but not a body named after a person', () => {
    expect(awards('Dịp này, đồng chí Nguyễn Văn Hải được trao Huân chương Lao động hạng Nhì.', 'vi')).toEqual(['1 individual medal (Labour Order, Second Class)']);
    expect(awards('Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường được tặng Bằng khen của Chủ tịch UBND tỉnh.', 'vi')).toEqual(['3 individual certificate of merit']);
    expect(awards('Nguyen Van An and Tran Thi Binh were presented with certificates of merit.', 'en')).toEqual(['2 individual certificate of merit']);
    expect(awards('Trường Tiểu học Nguyễn Huệ được tặng Bằng khen.', 'vi')).toEqual(['1 collective certificate of merit']);
    expect(awards('Pham Van Dong Hospital was presented with the Labour Order.', 'en')).toEqual(['1 collective medal (Labour Order)']);
  });

  it('shares the recipients after a list of awards that each name their giver', () => {
    expect(awards('Bí thư Tỉnh ủy trao Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ cho các tập thể và cá nhân.', 'vi')).toEqual([
      'null collective emulation flag',
      'null collective certificate of merit',
      'null individual certificate of merit',
    ]);
    expect(
      awards('The Vice President presented emulation flags of the Government and certificates of merit from the Prime Minister to outstanding units and individuals.', 'en'),
    ).toEqual(['null collective emulation flag', 'null collective certificate of merit', 'null individual certificate of merit']);
  });

  it('reads the recipients written between the giving verb and "with" the award', () => {
    expect(awards('The provincial leaders presented 15 outstanding individuals with certificates of merit.', 'en')).toEqual(['15 individual certificate of merit']);
    expect(awards('The Chairman presented Nguyen Van An and Tran Thi Binh with the Labour Order, Third Class.', 'en')).toEqual(['2 individual medal (Labour Order, Third Class)']);
    expect(awards('The province presented the hospital with the Labour Order.', 'en')).toEqual(['1 collective medal (Labour Order)']);
  });

  it('lets honouring verbs joined before the recipients share their counts', () => {
    expect(awards('Hội nghị đã biểu dương, khen thưởng 50 tập thể, 80 cá nhân điển hình tiên tiến.', 'vi')).toEqual(['50 collective commendation', '80 individual commendation']);
  });

  it('reads a Party badge whose years are listed between "Huy hiệu" and "Đảng"', () => {
    expect(awards('Dịp này, Ban Thường vụ Huyện ủy trao Huy hiệu 30, 40, 45, 50 năm tuổi Đảng cho 89 đảng viên.', 'vi')).toEqual(['89 individual party membership badge']);
    expect(awards('Đồng chí Bí thư trao Huy hiệu 30 năm, 40 năm tuổi Đảng cho 12 đảng viên.', 'vi')).toEqual(['12 individual party membership badge']);
  });

  it('does not read the honours of the past term as honours of the event', () => {
    expect(awards('Trong nhiệm kỳ qua, Đảng bộ đã biểu dương 500 tập thể, 1.200 cá nhân.', 'vi')).toEqual([]);
    expect(awards('During the past term, the association honoured 85 collectives and 240 individuals.', 'en')).toEqual([]);
  });

  it('reads a personal name after the recipient word as one individual even when no person was read there', () => {
    const alone = (text: string, language: 'vi' | 'en') =>
      extractAwards(analyse(text), 2024, language, []).awards.map(({ count, recipient, award }) => `${count} ${recipient} ${award}`);
    expect(alone('Vice Chairman Le Van Hai presents a certificate of merit to Pham Thi Lan', 'en')).toEqual(['1 individual certificate of merit']);
    expect(alone('Phó Chủ tịch UBND tỉnh trao Bằng khen cho Nguyễn Văn Nam, giáo viên Trường THCS Lê Quý Đôn.', 'vi')).toEqual(['1 individual certificate of merit']);
    // A ward named after a person is a body.
    expect(alone('The Secretary presented a certificate of merit to Nguyen Hue Ward.', 'en')).toEqual(['1 collective certificate of merit']);
  });
});

describe('awards where a plan, a basis, an earlier award and a count meet', () => {
  it('reads a proposal cited as the basis right before the award as no plan', () => {
    expect(awards('Theo đề nghị của Sở, UBND tỉnh tặng Bằng khen cho 10 tập thể.', 'vi')).toEqual(['10 collective certificate of merit']);
    expect(awards('Xét đề nghị của Sở, UBND tỉnh tặng Bằng khen cho 10 tập thể.', 'vi')).toEqual(['10 collective certificate of merit']);
    // The words of a plan outside the basis still plan.
    expect(awards('Theo đề nghị của Sở, hội nghị đề nghị UBND tỉnh tặng Bằng khen cho 10 tập thể.', 'vi')).toEqual([]);
  });

  it('reads no award counted before it from what was received before the event', () => {
    expect(awards('Đảng bộ đã 3 lần được tặng 2 Bằng khen.', 'vi')).toEqual([]);
    expect(awards('The school had received 3 certificates of merit from the Ministry.', 'en')).toEqual([]);
  });

  it('gives the counts before each passive honouring verb to that verb only', () => {
    expect(awards('Tại hội nghị, 30 hộ gia đình được UBND xã biểu dương, 20 cá nhân được UBND xã biểu dương.', 'vi')).toEqual([
      '30 collective commendation',
      '20 individual commendation',
    ]);
  });
});

describe('awards in realistic report sentences', () => {
  const cases: readonly (readonly [text: string, language: 'vi' | 'en', expected: readonly string[]])[] = [
    ['Tại buổi lễ, Chủ tịch UBND tỉnh trao Bằng khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.', 'vi', ['12 collective certificate of merit', '25 individual certificate of merit']],
    [
      'Dịp này, Bộ trưởng Bộ Nội vụ trao Bằng khen của Thủ tướng Chính phủ cho 3 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 18 cá nhân.',
      'vi',
      ['3 collective certificate of merit', '18 individual certificate of merit'],
    ],
    ['Thay mặt lãnh đạo Đảng, Nhà nước, Phó Chủ tịch nước trao Huân chương Lao động hạng Ba cho Trường THPT chuyên Nguyễn Trãi.', 'vi', ['1 collective medal (Labour Order, Third Class)']],
    ['Nhân dịp này, 2 cá nhân được tặng Huân chương Lao động hạng Nhì.', 'vi', ['2 individual medal (Labour Order, Second Class)']],
    ['Đồng chí Bí thư Tỉnh ủy trao Cờ thi đua của Chính phủ cho các đơn vị dẫn đầu phong trào thi đua.', 'vi', ['null collective emulation flag']],
    ['Tại hội nghị, Ban Thường vụ Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho 15 đảng viên.', 'vi', ['15 individual party membership badge']],
    ['Đồng chí Bí thư Thành ủy trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Trần Văn Hùng.', 'vi', ['1 individual party membership badge']],
    ['Năm 2019, toàn tỉnh có 45 tập thể được tặng Bằng khen của Thủ tướng Chính phủ.', 'vi', []],
    ['Hội đồng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 7 tập thể và 9 cá nhân.', 'vi', []],
    ['Hội nghị thống nhất trình Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.', 'vi', []],
    ['Dịp này, Ủy ban MTTQ tỉnh đã trao 25 Bằng khen cho các cá nhân tiêu biểu.', 'vi', ['25 individual certificate of merit']],
    ['Hội nghị đã trao 3 Cờ thi đua của UBND tỉnh và 40 Bằng khen của Chủ tịch UBND tỉnh cho các tập thể.', 'vi', ['3 collective emulation flag', '40 collective certificate of merit']],
    ['Biểu dương các tập thể, cá nhân điển hình trong phong trào thi đua', 'vi', ['null collective commendation', 'null individual commendation']],
    [
      "At the ceremony, the provincial People's Committee presented certificates of merit to 14 collectives and 31 individuals.",
      'en',
      ['14 collective certificate of merit', '31 individual certificate of merit'],
    ],
    ['On this occasion, the State President presented the third-class Labour Order to the provincial General Hospital.', 'en', ['1 collective medal (Labour Order, Third Class)']],
    ["The council agreed to propose the Prime Minister's certificates of merit for 6 collectives and 4 individuals.", 'en', []],
    ['The Central Committee presented 20 certificates of merit to outstanding individuals.', 'en', ['20 individual certificate of merit']],
    ['Emulation flags were presented to the five leading units of the emulation cluster.', 'en', ['5 collective emulation flag']],
    ['Party membership badges were presented to 12 veteran Party members.', 'en', ['12 individual party membership badge']],
    ['In 2015, the school received the second-class Labour Order.', 'en', []],
    ['Certificates of merit will be presented to 10 collectives at the year-end conference.', 'en', []],
    ['The Secretary honoured outstanding collectives and individuals for their efforts.', 'en', []],
  ];
  it.each(cases)('%s', (text, language, expected) => {
    expect(awards(text, language)).toEqual(expected);
  });
});

describe('awards of an earlier day told in a review', () => {
  const byDate = (text: string, language: 'vi' | 'en', eventDate: string | null) => {
    const doc = analyse(text);
    return extractAwards(doc, eventDate ? Number(eventDate.slice(0, 4)) : null, language, extractPeople(doc, [], language).mentions, eventDate).awards.length;
  };

  it('leaves out prizes of a sentence that opens on a day before the event', () => {
    const vi = 'Ngày 12/3/2023, Hội Nông dân huyện tổ chức hội thi nhà nông giỏi, trao 02 giải Nhất và 04 giải Nhì cho các hội viên.';
    expect(byDate(vi, 'vi', '2023-08-20')).toBe(0);
    const en = 'On March 12, 2023, the district Farmers Association held a contest and presented prizes to 12 members.';
    expect(byDate(en, 'en', '2023-08-20')).toBe(0);
    expect(byDate(en, 'en', '2023-03-12')).toBe(1);
  });

  it('keeps them when the sentence opens on the event day, or when the event date is unknown', () => {
    const vi = 'Ngày 12/3/2023, Hội Nông dân huyện tổ chức hội thi nhà nông giỏi, trao 02 giải Nhất và 04 giải Nhì cho các hội viên.';
    expect(byDate(vi, 'vi', '2023-03-12')).toBe(2);
    expect(byDate(vi, 'vi', null)).toBe(2);
  });
});

describe('awards: a caption that the story tells again with counts', () => {
  it('drops the caption\'s uncounted honouring when the story honours the same groups counted with an award', () => {
    const vi = 'Biểu dương các tập thể, cá nhân tiêu biểu.\nDịp này, Hội Nông dân tỉnh đã biểu dương và tặng Giấy khen cho 12 tập thể và 20 cá nhân tiêu biểu năm 2024.';
    expect(awards(vi, 'vi')).toEqual(['12 collective certificate of commendation', '20 individual certificate of commendation']);
    // Without the counted telling, the caption's honouring stays.
    expect(awards('Biểu dương các tập thể, cá nhân tiêu biểu.', 'vi')).toEqual(['null collective commendation', 'null individual commendation']);
    const en = 'On this occasion, the union commended outstanding collectives and individuals.\nOn this occasion, the union honoured and presented certificates of merit to 12 collectives and 20 individuals.';
    expect(awards(en, 'en')).toEqual(['12 collective certificate of merit', '20 individual certificate of merit']);
  });
});

describe('awards: parts told far from their total', () => {
  it('are the total\'s parts when they add up to it exactly', () => {
    const text =
      'Ngày 10.7, huyện Tứ Kỳ biểu dương, khen thưởng 32 tập thể và 76 cá nhân có thành tích xuất sắc. Giai đoạn 2020- 2025, huyện phấn đấu hằng năm có 85% đơn vị đạt danh hiệu. Các phong trào được triển khai rộng khắp. Dịp này, UBND huyện đã biểu dương 21 tập thể và 55 cá nhân; khen thưởng 11 tập thể và 21 cá nhân có thành tích xuất sắc.';
    expect(awards(text, 'vi')).toEqual(['32 collective commendation', '76 individual commendation']);
    // Counts that do not add up to the total are awards of their own.
    expect(awards(text.replace('khen thưởng 11 tập thể', 'khen thưởng 12 tập thể'), 'vi')).toContain('12 collective commendation');
    expect(awards('On July 10, the district honoured 32 collectives and 76 individuals. On this occasion, the district People\'s Committee honoured 21 collectives and 55 individuals, and commended 11 collectives and 21 individuals.', 'en')).toEqual([
      '32 collective commendation',
      '76 individual commendation',
    ]);
  });
});

describe('awards: the breakdown of the years behind', () => {
  it('is history, also when a caption runs into the sentence that tells the years', () => {
    const text =
      'Ngày 10.7, huyện Tứ Kỳ biểu dương, khen thưởng 32 tập thể và 76 cá nhân.\nLãnh đạo huyện khen thưởng các tập thể 5 năm qua, các phong trào thi đua được triển khai rộng khắp. Nhiều tập thể và cá nhân được ghi nhận, khen thưởng. Trong đó có 1 cá nhân được tặng danh hiệu Chiến sĩ thi đua toàn quốc; 1 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.';
    expect(awards(text, 'vi')).toEqual(['32 collective commendation', '76 individual commendation']);
    // Without the years behind, the breakdown is the event's.
    expect(awards(text.replace('5 năm qua, ', ''), 'vi')).toContain('1 individual certificate of merit');
  });
});
