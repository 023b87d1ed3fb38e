import { parse } from './helpers';

const awards = (text: string, referenceDate = '2024-12-31') => parse(text, referenceDate).awards.map(({ count, recipient, award }) => ({ count, recipient, award }));

describe('awards', () => {
  it('reads one or two recipient groups per award, English', () => {
    expect(awards('On this occasion, the Provincial Party Standing Committee presented certificates of merit to 16 collectives and 24 individuals.')).toEqual([
      { count: 16, recipient: 'collective', award: 'certificate of merit' },
      { count: 24, recipient: 'individual', award: 'certificate of merit' },
    ]);
    expect(awards('The Front presented emulation flags to 3 collectives, and the Committee presented certificates of commendation to twelve individuals.')).toEqual([
      { count: 3, recipient: 'collective', award: 'emulation flag' },
      { count: 12, recipient: 'individual', award: 'certificate of commendation' },
    ]);
  });

  it('reads Vietnamese award names and recipients', () => {
    expect(awards('Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể, 9 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 35 tập thể và 52 cá nhân.')).toEqual([
      { count: 6, recipient: 'collective', award: 'certificate of merit' },
      { count: 9, recipient: 'individual', award: 'certificate of merit' },
      { count: 35, recipient: 'collective', award: 'certificate of commendation' },
      { count: 52, recipient: 'individual', award: 'certificate of commendation' },
    ]);
    expect(awards('Ban Thường vụ tặng Giấy khen cho 7 tổ chức cơ sở đảng và 16 đảng viên.').map((a) => a.recipient)).toEqual(['collective', 'individual']);
    expect(awards('Chủ tịch UBND thành phố tặng Giấy khen cho 24 doanh nghiệp.')).toEqual([{ count: 24, recipient: 'collective', award: 'certificate of commendation' }]);
  });

  it('counts an award handed to one body once, and not an award of years ago', () => {
    const text =
      'On the evening of February 25, the hospital held a ceremony to receive the Labour Order, second class. The hospital was honoured with the Labour Order, third class, in 2015. Comrade Luong Van Khai presented the Labour Order, second class, to the hospital.';
    expect(awards(text, '2025-02-26')).toEqual([{ count: 1, recipient: 'collective', award: 'medal' }]);
    expect(parse(text, '2025-02-26').awards[0]!.name).toBe('Labour Order, Second Class');
  });

  it('does not read past statistics as awards', () => {
    expect(awards('Trong 5 năm, đã có 1.860 lượt tập thể và 4.520 lượt cá nhân được khen thưởng các cấp.')).toEqual([]);
    expect(awards('The congress elected 55 people to the committee.')).toEqual([]);
  });

  it('gives recipients written before a passive verb to the award after it', () => {
    expect(awards('Dịp này, Ủy ban Kiểm tra Trung ương tặng Bằng khen của Thủ tướng Chính phủ cho 2 tập thể; 5 cá nhân được tặng Giấy khen.')).toEqual([
      { count: 2, recipient: 'collective', award: 'certificate of merit' },
      { count: 5, recipient: 'individual', award: 'certificate of commendation' },
    ]);
  });
});
