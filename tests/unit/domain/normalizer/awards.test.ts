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

