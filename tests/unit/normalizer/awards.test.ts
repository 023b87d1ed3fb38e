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

describe('awards that were not handed out at the event', () => {
  it('does not take the emulation council of a name for a giving verb', () => {
    expect(awards('Cờ thi đua của UBND huyện: 12 tập thể; Bằng khen của Chủ tịch UBND huyện: 30 cá nhân, theo danh sách Hội đồng Thi đua - Khen thưởng huyện thông qua.')).toEqual([]);
    expect(awards('Công tác thi đua, khen thưởng của huyện được chú trọng, Giấy khen: 40 cá nhân.')).toEqual([]);
    // The same council word gives when it is the verb of the sentence.
    expect(awards('Tại hội nghị, Giám đốc Sở đã khen thưởng 7 tập thể và 15 cá nhân có thành tích xuất sắc.')).toEqual([
      { count: 7, recipient: 'collective', award: 'commendation' },
      { count: 15, recipient: 'individual', award: 'commendation' },
    ]);
    expect(awards('At the conference, the Director commended 7 collectives and 15 individuals.')).toEqual([
      { count: 7, recipient: 'collective', award: 'commendation' },
      { count: 15, recipient: 'individual', award: 'commendation' },
    ]);
  });

  it('reads "N năm qua", "N years ago" as the years behind', () => {
    expect(awards('Với kết quả đó, 3 năm qua, 12 tập thể và 20 cá nhân của ngành được tặng Bằng khen của Bộ.')).toEqual([]);
    expect(awards('Five years ago, 12 collectives of the district were presented with certificates of merit.')).toEqual([]);
  });

  it('does not count a tally of the whole province or of every level as the event’s awards', () => {
    expect(awards('Nhân dịp này, toàn huyện đã có 85 đảng viên được trao Huy hiệu Đảng.')).toEqual([]);
    expect(awards('Dịp này, UBND hai cấp huyện và xã đã khen thưởng 40 tập thể và 65 cá nhân.')).toEqual([]);
    expect(awards('On this occasion, 85 Party members nationwide were presented with Party membership badges.')).toEqual([]);
    expect(awards('On this occasion, authorities at all levels commended 40 collectives and 65 individuals.')).toEqual([]);
    expect(awards('Tại buổi lễ, Bí thư Huyện ủy trao Huy hiệu Đảng cho 12 đảng viên.')).toEqual([{ count: 12, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('does not count people selected for a prize as its recipients', () => {
    expect(awards('Tỉnh có 3 cán bộ được xét chọn nhận Giải thưởng Lý Tự Trọng năm nay.')).toEqual([]);
    expect(awards('Three officials of the province were nominated for the Ly Tu Trong Prize this year.')).toEqual([]);
  });

  it('counts once an award that a caption retells in a sentence of its own', () => {
    expect(awards('Chủ tịch Hội Nông dân tỉnh trao kỷ niệm chương cho 10 đồng chí lãnh đạo các sở\n\nTại hội nghị, Hội Nông dân tỉnh đã trao kỷ niệm chương cho 10 đồng chí lãnh đạo các sở.')).toHaveLength(1);
    expect(awards('The Secretary presents certificates of merit to 12 individuals\n\nAt the ceremony, the Secretary presented certificates of merit to 12 individuals.')).toEqual([
      { count: 12, recipient: 'individual', award: 'certificate of merit' },
    ]);
    // Two sentences of one paragraph that give the same count to two kinds stay apart.
    expect(awards('Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể. Sở Nội vụ tặng Giấy khen cho 5 tập thể.')).toHaveLength(2);
  });
});

describe('awards to a body named after the introducer, and plural award words', () => {
  it('keeps one award to a named body when another class of the order goes to individuals', () => {
    const vi = 'Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho Tổng công ty Xây dựng 18.\nPhó Thủ tướng trao Huân chương Lao động hạng Ba tặng các cá nhân.';
    expect(awards(vi)).toEqual([
      { count: 1, recipient: 'collective', award: 'medal' },
      { count: null, recipient: 'individual', award: 'medal' },
    ]);
    const en = 'The Vice President presents the second-class Labour Order to the Party and people of Dong Trieu Town.\nShe also presented the second-class Labour Order to Chairman of the town People’s Committee Vu Van Hung.';
    expect(awards(en)).toEqual([
      { count: 1, recipient: 'collective', award: 'medal' },
      { count: 1, recipient: 'individual', award: 'medal' },
    ]);
  });

  it('reads "certificates of merit" as plural: no single body is guessed', () => {
    expect(awards('The Secretary presents certificates of merit to individuals and organizations.')).not.toContainEqual({ count: 1, recipient: 'collective', award: 'certificate of merit' });
    expect(awards('The Secretary presented a certificate of merit to the school.')).toEqual([{ count: 1, recipient: 'collective', award: 'certificate of merit' }]);
  });
});

describe('recipients and attendance lists', () => {
  it('counts role models as individuals', () => {
    expect(awards('The Minister presented certificates of merit to 40 role models of the sector.')).toEqual([{ count: 40, recipient: 'individual', award: 'certificate of merit' }]);
    expect(awards('Bộ trưởng tặng Bằng khen cho 40 gương điển hình của ngành.')).toEqual([{ count: 40, recipient: 'individual', award: 'certificate of merit' }]);
  });

  it('does not read the titles of the participants as awards of the event', () => {
    expect(awards('Participants also included Heroic Mothers, Heroes of Labour and 300 individuals honoured with the title of emulation fighter.')).toEqual([]);
    expect(awards('Thành phần tham dự gồm các Mẹ Việt Nam Anh hùng và 300 cá nhân được tặng danh hiệu chiến sĩ thi đua.')).toEqual([]);
  });
});

describe('awards confidence', () => {
  const confidence = (text: string) => parse(text).confidence?.awards ?? 0;

  it('is below 0.9 when a sentence honours people and no award is read from it', () => {
    expect(confidence('Tỉnh đoàn tổ chức hội nghị tổng kết công tác năm.')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('Tỉnh đoàn tổ chức hội nghị tổng kết công tác năm. Nhiều tập thể, cá nhân có thành tích xuất sắc được tôn vinh, khen thưởng.')).toBeLessThan(0.9);
    expect(confidence('The provincial Youth Union held a conference to review the year.')).toBeGreaterThanOrEqual(0.9);
    expect(confidence('The provincial Youth Union held a conference to review the year. Many collectives and individuals with outstanding achievements were honoured.')).toBeLessThan(0.9);
  });
});

describe('one count for two kinds of recipient', () => {
  it('reads a count of collectives and individuals together as each kind, uncounted', () => {
    const both = (award: string) => [
      { count: null, recipient: 'collective', award },
      { count: null, recipient: 'individual', award },
    ];
    expect(awards('Dịp này, UBND huyện tặng Giấy khen cho 38 tập thể và cá nhân có thành tích xuất sắc.')).toEqual(both('certificate of commendation'));
    expect(awards('On this occasion, the district presented certificates of commendation to 38 organisations and individuals.')).toEqual(both('certificate of commendation'));
    expect(awards('Dịp này, 20 tập thể, cá nhân được UBND tỉnh tặng Bằng khen.')).toEqual(both('certificate of merit'));
    // An emulation flag goes to collectives only; an approximate number is a tally.
    expect(awards('The President presented emulation flags to six collectives and individuals.')).toEqual([{ count: null, recipient: 'collective', award: 'emulation flag' }]);
    expect(awards('Dịp này, hơn 300 tập thể, cá nhân được Thủ tướng tặng Bằng khen.')).toEqual([]);
    // Two counts, one per kind, are read as before.
    expect(awards('Dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 26 cá nhân.')).toEqual([
      { count: 12, recipient: 'collective', award: 'certificate of commendation' },
      { count: 26, recipient: 'individual', award: 'certificate of commendation' },
    ]);
  });
});

describe('a body first guessed, then written', () => {
  it('keeps the award to the body that a later sentence writes after its kind', () => {
    expect(awards('Công ty Sông Hồng đón nhận Huân chương Lao động hạng Ba.\nPhó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho tập thể Công ty và cá nhân ông Trần Văn Bình.')).toEqual([
      { count: 1, recipient: 'collective', award: 'medal' },
      { count: 1, recipient: 'individual', award: 'medal' },
    ]);
    // English writes the body without its kind; the individual alone is what the rules read there.
    expect(awards('The hospital received the Labour Order, third class.\nThe Minister presented the Labour Order, third class, to Dr. Tran Van Binh.')).toEqual([{ count: 1, recipient: 'individual', award: 'medal' }]);
  });

  it('takes a body named alone for one of the group the text counts', () => {
    expect(awards('Tối 27/11, Trung ương Hội trao Giải thưởng Phụ nữ Việt Nam cho Hội LHPN huyện Yên Thành.\nNăm nay, giải thưởng được trao cho 7 tập thể và 19 cá nhân.')).toEqual([
      { count: 7, recipient: 'collective', award: 'prize' },
      { count: 19, recipient: 'individual', award: 'prize' },
    ]);
    expect(awards('On the evening of November 27, the Union presented the Kovalevskaya Prize to the Women’s Union of Yen Thanh District.\nThis year, the prize was presented to 7 collectives and 19 individuals.')).toEqual([
      { count: 7, recipient: 'collective', award: 'prize' },
      { count: 19, recipient: 'individual', award: 'prize' },
    ]);
  });
});

describe('awards: the Labour Hero title', () => {
  it('reads the Labour Hero title as an honorary title, in either word order and in quotes', () => {
    expect(awards('The Provincial Party Secretary presented the title of "Labour Hero" to the Provincial Farmers\' Association.')).toEqual([
      { count: 1, recipient: 'collective', award: 'honorary title' },
    ]);
    expect(awards('The State President conferred the title of Hero of Labour on 2 collectives.')).toEqual([{ count: 2, recipient: 'collective', award: 'honorary title' }]);
    expect(awards('Chủ tịch nước trao danh hiệu Anh hùng Lao động cho 2 tập thể.')).toEqual([{ count: 2, recipient: 'collective', award: 'honorary title' }]);
  });
});

describe('awards: one award told in a headline and again in the story', () => {
  it('keeps one entry for a mention counted twice across a headline without a full stop', () => {
    expect(awards('Trao Huy chương cho 6 vận động viên của huyện\n\n6 vận động viên đạt thành tích cao tại giải đấu.')).toEqual([
      { count: 6, recipient: 'individual', award: 'medal' },
    ]);
  });

  it('keeps the telling with the class when the same count is told again without it', () => {
    const found = parse('Chủ tịch nước tặng Huân chương Lao động cho 2 cá nhân của tỉnh. Sáng nay, Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Ba cho 2 cá nhân.', '2024-12-31').awards;
    expect(found.map(({ count, recipient, award, name }) => ({ count, recipient, award, name }))).toEqual([
      { count: 2, recipient: 'individual', award: 'medal', name: 'Labour Order, Third Class' },
    ]);
  });
});

describe('awards: totals and their parts', () => {
  it('reads Party badges by seniority as parts of a total the headline and the story both tell', () => {
    const text = [
      'Huyện ủy Tân Phước trao Huy hiệu Đảng cho 20 đảng viên',
      'MINH AN |',
      'Sáng 3.2, Huyện ủy Tân Phước tổ chức lễ trao Huy hiệu Đảng đợt 3.2 cho 20 đảng viên.',
      'Cụ thể, trao Huy hiệu 60 năm tuổi Đảng 2 đảng viên, Huy hiệu 50 năm tuổi Đảng 6 đảng viên và Huy hiệu 40 năm, 30 năm tuổi Đảng cho 12 đảng viên.',
    ].join('\n');
    expect(awards(text, '2024-02-04')).toEqual([{ count: 20, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('keeps the named classes a total is made of, not the total', () => {
    const vi = 'Sáng 5.9, Bộ Chỉ huy Quân sự tỉnh tổ chức lễ trao tặng Huân chương của Chủ tịch nước cho 40 đồng chí, gồm: 6 Huân chương Bảo vệ Tổ quốc hạng Nhì và 34 Huân chương Bảo vệ Tổ quốc hạng Ba.';
    expect(awards(vi, '2024-09-06')).toEqual([
      { count: 6, recipient: 'individual', award: 'medal' },
      { count: 34, recipient: 'individual', award: 'medal' },
    ]);
    const en = 'At the ceremony, the provincial police presented orders of the President to 25 officers, including 10 Fatherland Defence Orders, second class, and 15 Fatherland Defence Orders, third class.';
    expect(awards(en, '2024-09-06').map((award) => award.count)).toEqual([10, 15]);
    // Parts that do not add up to the total are other awards: both stay.
    const other = 'Dịp này, Chủ tịch nước tặng Huân chương cho 12 cá nhân; tặng 3 Huân chương Lao động hạng Ba cho 3 tập thể.';
    expect(awards(other, '2024-09-06').map((award) => award.count)).toEqual([12, 3]);
  });
});

describe('awards: tallies of the period behind', () => {
  it('reads a sentence about the same period that counts recipients by the thousand as a tally', () => {
    expect(awards('Cùng thời gian, tỉnh tặng Cờ thi đua cho 412 tập thể, 3.150 cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh, 12.400 tập thể, cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.', '2025-10-02')).toEqual([]);
    expect(awards("During the same period, the provincial People's Committee presented emulation flags to 310 collectives and certificates of merit to 2,480 individuals.", '2025-10-02')).toEqual([]);
    // A term's awards to counted recipients, with no tally beside them, may be the congress's own.
    expect(awards('Trong nhiệm kỳ qua, UBND tỉnh tặng Bằng khen cho 11 tập thể.', '2025-10-02')).toEqual([{ count: 11, recipient: 'collective', award: 'certificate of merit' }]);
  });

  it('guesses no single body for an award whose recipients, of both kinds, are counted together before it', () => {
    expect(awards('Toàn huyện Phú Lộc đã có 150 tập thể và cá nhân được Chủ tịch nước tặng Huân chương các loại; hơn 400 tập thể, cá nhân được Thủ tướng Chính phủ tặng Cờ thi đua.', '2025-10-02')).toEqual([]);
    expect(awards('More than 400 collectives and individuals were awarded emulation flags of the Government.', '2025-10-02')).toEqual([]);
    expect(awards('Dịp này, 5 tập thể, 10 cá nhân được UBND tỉnh tặng Bằng khen.', '2025-10-02')).toEqual([
      { count: 5, recipient: 'collective', award: 'certificate of merit' },
      { count: 10, recipient: 'individual', award: 'certificate of merit' },
    ]);
  });
});

describe('awards: medals named after their word', () => {
  it('reads "the Medal for ..." as the medal\'s name, not as its recipient', () => {
    const text = [
      '40 officers were awarded medals',
      'On the morning of May 3, the district police held a ceremony to award the Medal for National Security and the Medal for Glorious Soldier to 40 officers.',
      'Colonel Le Van Hung awarded the Medal for National Security to officers of the district police. Photo: Minh Anh',
    ].join('\n');
    const found = parse(text, '2024-05-04').awards.map(({ count, recipient, name }) => ({ count, recipient, name }));
    expect(found).toEqual([
      { count: 40, recipient: 'individual', name: 'Medal for National Security' },
      { count: 40, recipient: 'individual', name: 'Medal for Glorious Soldier' },
    ]);
    // A recipient after "for" when the medal is named before it stays a recipient.
    expect(awards('On this occasion, the President presented the Labour Order, third class, for Hoa Binh Hospital.')).toEqual([{ count: 1, recipient: 'collective', award: 'medal' }]);
  });

  it('drops a bare count told again with the award\'s name in another sentence', () => {
    const text = ['Trao Huân chương cho 12 đồng chí', 'Sáng 3/5, Công an huyện tổ chức lễ trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 12 đồng chí.'].join('\n');
    const found = parse(text, '2024-05-04').awards.map(({ count, name }) => ({ count, name }));
    expect(found).toEqual([{ count: 12, name: 'Fatherland Defence Order, Third Class' }]);
  });
});

describe('awards: bodies named after the introducer', () => {
  it('counts the bodies a list names, Vietnamese', () => {
    expect(awards('Dịp này, Chủ tịch UBND tỉnh trao Cờ thi đua cho Ban Dân vận Tỉnh ủy và Sở Tư pháp tỉnh.')).toEqual([{ count: 2, recipient: 'collective', award: 'emulation flag' }]);
    expect(awards('Dịp này, UBND tỉnh tặng Bằng khen cho Công ty Điện lực tỉnh, Hội Nông dân tỉnh và Trường THPT Chu Văn An.')).toEqual([{ count: 3, recipient: 'collective', award: 'certificate of merit' }]);
    // One body named with its people and government, or a body whose name lists fields of work.
    expect(awards('Chủ tịch nước trao Huân chương Lao động hạng Ba cho Đảng bộ, Chính quyền và Nhân dân xã Hòa Bình.')).toEqual([{ count: 1, recipient: 'collective', award: 'medal' }]);
    expect(awards('Dịp này, Bộ trưởng trao Bằng khen cho Sở Văn hóa, Thể thao và Du lịch tỉnh.')).toEqual([{ count: 1, recipient: 'collective', award: 'certificate of merit' }]);
  });

  it('counts the bodies a list names, English, quoted names included', () => {
    expect(awards('On this occasion, the provincial People\'s Committee presented certificates of merit to "Tuoi Tre" Newspaper and the Southern Food Corporation for their support.')).toEqual([
      { count: 2, recipient: 'collective', award: 'certificate of merit' },
    ]);
    expect(awards('The Prime Minister presented emulation flags to the Hanoi Electricity Company and the Thang Long Water Group.')).toEqual([{ count: 2, recipient: 'collective', award: 'emulation flag' }]);
    expect(awards('The President presented the Labour Order, first class, to the Party, Government and people of Cu Chi District.')).toEqual([{ count: 1, recipient: 'collective', award: 'medal' }]);
  });
});

describe('awards: a person who received, and odd spellings', () => {
  it('counts the person before a relative word and the verb that tells what was received', () => {
    expect(awards('At the ceremony, veteran Nguyen Van Hoa, who received the Resistance Order, first class, thanked the province.')).toEqual([{ count: 1, recipient: 'individual', award: 'medal' }]);
    expect(awards('Tại buổi lễ, cụ Trần Văn Lâm, người được trao Huy hiệu 70 năm tuổi Đảng, phát biểu cảm ơn.')).toEqual([{ count: 1, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('reads "Certificate\'s Merit" as a certificate of merit', () => {
    expect(awards('On this occasion, the provincial People’s Committee presented 12 Certificate’s Merits of the Prime Minister to individuals.')).toEqual([{ count: 12, recipient: 'individual', award: 'certificate of merit' }]);
  });
});

describe('awards: proposals broken down, and awards summed up as many', () => {
  it('reads the breakdown of a proposal as proposed', () => {
    const vi = 'Hội đồng Thi đua - Khen thưởng tỉnh đã thống nhất đề nghị Thủ tướng Chính phủ khen thưởng 15 tập thể, cá nhân. Trong đó, có 2 tập thể nhận Huân chương Lao động hạng Ba; 6 tập thể và 7 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.';
    expect(awards(vi, '2024-10-20')).toEqual([]);
    const en = 'The council agreed to propose 12 collectives and individuals for state awards. Of which, 3 collectives would receive emulation flags and 9 individuals certificates of merit of the Prime Minister.';
    expect(awards(en, '2024-10-20')).toEqual([]);
    // A breakdown of awards handed out stays.
    expect(awards('Dịp này, UBND tỉnh khen thưởng 10 tập thể. Trong đó, 4 tập thể nhận Cờ thi đua.', '2024-10-20')).toContainEqual({ count: 4, recipient: 'collective', award: 'emulation flag' });
  });

  it('reads the list after awards received and summed up as many as what the body holds', () => {
    expect(awards('Hội Nông dân huyện đã được Đảng, Nhà nước tặng nhiều phần thưởng cao quý; trong đó có 3 Huân chương Lao động hạng Nhì và hạng Ba.', '2024-10-20')).toEqual([]);
    expect(awards('Over the years, the school has received many noble awards, including 2 Labour Orders, third class.', '2024-10-20')).toEqual([]);
    // Tied to the event, such a list is handed out there.
    expect(awards('Tại buổi lễ, Hội được tặng nhiều phần thưởng cao quý, trong đó có Cờ thi đua của Chính phủ.', '2024-10-20')).toEqual([{ count: 1, recipient: 'collective', award: 'emulation flag' }]);
  });

  it('reads members receiving an award as its counted recipients', () => {
    expect(awards('In this period, the district has 8 Party members receiving the 60-year Party Badge.', '2024-10-20')).toEqual([{ count: 8, recipient: 'individual', award: 'party membership badge' }]);
  });
});

describe('awards: follow-ups of a proposal, other ceremonies, relative clauses', () => {
  it('reads a sentence that goes on with a proposal as proposed', () => {
    const en = 'The council voted to approve the list of collectives and individuals nominated for state rewards. Accordingly, five collectives are expected to receive the emulation flag, and 14 individuals to get certificates of merit.';
    expect(awards(en, '2024-10-20')).toEqual([]);
    const vi = 'Hội đồng đã thống nhất đề nghị khen thưởng cấp Nhà nước cho 20 tập thể, cá nhân. Theo đó, 3 tập thể nhận Cờ thi đua của Chính phủ, 17 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.';
    expect(awards(vi, '2024-10-20')).toEqual([]);
  });

  it('does not take another ceremony\'s badges two sentences on for parts of a total', () => {
    const text = [
      'The Secretary presented Party membership badges to 90 Party members of Tan Phu District. Of these, three received 70-year badges and 12 were awarded 60-year badges.',
      'On the same day, the Secretary also offered 40-year Party membership badges to 18 Party members of District 5.',
    ].join(' ');
    expect(awards(text, '2024-11-08').map((award) => award.count)).toEqual([90, 18]);
  });

  it('keeps recipients that a relative clause describes, and reads "offered" and "certificates of credit"', () => {
    expect(awards('At the conference, the district authorities awarded certificates of credit to 12 collectives and 40 individuals who were advanced models.', '2024-10-20')).toEqual([
      { count: 12, recipient: 'collective', award: 'certificate of commendation' },
      { count: 40, recipient: 'individual', award: 'certificate of commendation' },
    ]);
    expect(awards('The Vice President offers certificates of merit to 6 units.', '2024-10-20')).toEqual([{ count: 6, recipient: 'collective', award: 'certificate of merit' }]);
  });
});

describe('awards: families, and awards also presented to the event\'s recipients', () => {
  it('reads families as individuals', () => {
    expect(awards('The Vice President awarded the Independence Order to seven families of martyrs.')).toEqual([{ count: 7, recipient: 'individual', award: 'medal' }]);
    expect(awards('Dịp này, UBND tỉnh tặng Bằng khen cho 12 gia đình tiêu biểu.')).toEqual([{ count: 12, recipient: 'individual', award: 'certificate of merit' }]);
  });

  it('gives awards presented without recipients to the kinds the text names for the event', () => {
    const text =
      'As many as 150 organisations and individuals of the province received noble awards at a ceremony on May 2. The Vice President awarded the Labour Order, second class, to 4 individuals. The Fatherland Defence Order and the emulation flag were also presented at the event.';
    expect(awards(text, '2024-05-03')).toEqual([
      { count: 4, recipient: 'individual', award: 'medal' },
      { count: null, recipient: 'collective', award: 'medal' },
      { count: null, recipient: 'individual', award: 'medal' },
      { count: null, recipient: 'collective', award: 'emulation flag' },
    ]);
    // With no recipients named anywhere, such awards go to no one the record can hold.
    expect(awards('The Fatherland Defence Order and the emulation flag were also presented at the event.', '2024-05-03')).toEqual([]);
  });
});

describe('awards: a body\'s achievements year by year', () => {
  it('reads lines that open on earlier years as history', () => {
    const vi = ['- Năm 2012: Tập thể Lao động xuất sắc. Được UBND tỉnh tặng Bằng khen.', '- Năm 2014: Chi bộ trong sạch vững mạnh. UBND tỉnh tặng Cờ thi đua.'].join('\n');
    expect(awards(vi, '2016-05-01')).toEqual([]);
    const en = ['- In 2012: an excellent labour collective. Awarded a certificate of merit by the provincial People\'s Committee.', '- In 2014: the emulation flag of the provincial People\'s Committee.'].join('\n');
    expect(awards(en, '2016-05-01')).toEqual([]);
    // A line of the event's own year stays.
    const event = 'Sáng 12/5/2016, UBND tỉnh tổ chức hội nghị tổng kết.\n- Năm 2016: UBND tỉnh tặng Bằng khen cho 5 tập thể.';
    expect(awards(event, '2016-05-13')).toEqual([{ count: 5, recipient: 'collective', award: 'certificate of merit' }]);
  });
});

describe('awards: abbreviated recipient nouns', () => {
  it('reads "HS" (học sinh) as individuals', () => {
    expect(awards('Tại buổi lễ, Sở Giáo dục và Đào tạo đã tuyên dương, khen thưởng 18 HS đạt giải quốc gia.')).toEqual([{ count: 18, recipient: 'individual', award: 'commendation' }]);
  });
});

describe('awards: English participles after the recipients', () => {
  it('reads "N collectives awarded ..." as recipients before a passive verb', () => {
    expect(awards('Over the years, the sector has had two collectives awarded third-class Labour Orders and four collectives and nine individuals granted certificates of merit by the Government.', '2016-05-01')).toEqual([]);
    expect(awards('At the ceremony, 12 collectives and 30 individuals awarded certificates of merit were honoured.', '2016-05-01')).toEqual([
      { count: 12, recipient: 'collective', award: 'certificate of merit' },
      { count: 30, recipient: 'individual', award: 'certificate of merit' },
    ]);
  });
});

describe('awards: people named with their titles before the passive verb', () => {
  it('counts each titled person of a list, over semicolons, for the award after it', () => {
    const vi =
      'Theo đó, TS Lê Minh Hải - Giám đốc Sở Y tế tỉnh được trao tặng Huân chương Lao động hạng Nhì; các đồng chí Trần Văn Sơn - Trưởng ban Tổ chức Tỉnh ủy; Phạm Thị Lan - Giám đốc Sở Tài chính và đồng chí Hoàng Văn Tú - Bí thư Huyện ủy được trao tặng Huân chương Lao động hạng Ba.';
    const found = parse(vi, '2024-07-13').awards.map(({ count, recipient, name }) => ({ count, recipient, name }));
    expect(found).toEqual([
      { count: 1, recipient: 'individual', name: 'Labour Order, Second Class' },
      { count: 3, recipient: 'individual', name: 'Labour Order, Third Class' },
    ]);
  });

  it('lets the story\'s named classes replace the headline\'s count of them together', () => {
    const text = [
      'Trao Huân chương Lao động hạng Nhì và hạng Ba cho 3 cá nhân',
      'Sáng 12/7, tại kỳ họp, đồng chí Nguyễn Văn Bình - Giám đốc Sở Xây dựng được trao tặng Huân chương Lao động hạng Nhì; đồng chí Lê Thị Hoa - Chủ tịch UBND huyện và đồng chí Đỗ Văn Nam - Giám đốc Sở Nội vụ được trao tặng Huân chương Lao động hạng Ba.',
    ].join('\n');
    expect(awards(text, '2024-07-13').map((award) => award.count)).toEqual([1, 2]);
  });
});

describe('awards: the units\' shares after a ranking word', () => {
  it('keeps the total before the passive verb, not the largest unit\'s share, Vietnamese', () => {
    expect(awards('Sáng 12/3, Huyện ủy Bình Giang tổ chức lễ trao Huy hiệu Đảng. Đợt này có 320 đảng viên được tặng Huy hiệu Đảng, nhiều nhất là Đảng bộ xã Thái Học với 25 người, tiếp đến là Đảng bộ xã Vĩnh Hồng 18 người.')).toEqual([
      { count: 320, recipient: 'individual', award: 'party membership badge' },
    ]);
  });

  it('keeps the total before the passive verb, not the largest unit\'s share, English', () => {
    expect(awards('On March 12, the district Party Committee held a ceremony. This time, 320 Party members were awarded the Party membership badge, the most being the Thai Hoc commune Party Committee with 25 members, followed by Vinh Hong commune with 18.')).toEqual([
      { count: 320, recipient: 'individual', award: 'party membership badge' },
    ]);
  });
});

describe('awards: counts written with a thousands separator', () => {
  it('reads "1.240 đảng viên" and "1,240 Party members" as one count', () => {
    expect(awards('Sáng 3/2, Thành ủy tổ chức lễ trao Huy hiệu Đảng cho 1.240 đảng viên.')).toEqual([
      { count: 1240, recipient: 'individual', award: 'party membership badge' },
    ]);
    expect(awards('On February 3, the city Party Committee presented the Party membership badge to 1,240 Party members.')).toEqual([
      { count: 1240, recipient: 'individual', award: 'party membership badge' },
    ]);
  });

  it('reads no count from a decimal', () => {
    expect(awards('Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 7,5 tập thể.').map((a) => a.count)).not.toContain(75);
  });
});

describe('awards: a misspelt giving verb', () => {
  it('reads "was confered with" as "was conferred with"', () => {
    expect(awards('On October 10, the provincial police force was confered with the Labour Order, second class, by the State President.')).toEqual(
      awards('On October 10, the provincial police force was conferred with the Labour Order, second class, by the State President.'),
    );
    expect(awards('On October 10, the provincial police force was confered with the Labour Order, second class, by the State President.')).toHaveLength(1);
  });
});

describe('awards: a day or a month before a recipient noun', () => {
  it('reads no count from a date right before "Đảng bộ" or "Party cells"', () => {
    expect(awards('Đợt 19 tháng 5 Đảng bộ phường Tân Bình có 36 đảng viên được nhận Huy hiệu Đảng.')).toEqual([
      { count: 36, recipient: 'individual', award: 'party membership badge' },
    ]);
    expect(awards('Sáng 3/2 Đảng bộ xã Hòa An trao Huy hiệu Đảng cho 12 đảng viên.')).toEqual([
      { count: 12, recipient: 'individual', award: 'party membership badge' },
    ]);
    expect(awards('On the occasion of September 2 Party cells of the ward presented the Party membership badge to 14 Party members.')).toEqual([
      { count: 14, recipient: 'individual', award: 'party membership badge' },
    ]);
  });
});

describe('awards: the parts of a tally', () => {
  it('reads a breakdown after a district tally as the tally\'s parts, not the event\'s', () => {
    expect(awards('Sáng 20/8, Đảng ủy xã Tân Phú trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Trần Văn Lực. Dịp này, trên địa bàn huyện Đồng Xoài có 27 đồng chí được nhận Huy hiệu Đảng, trong đó có 4 đồng chí được nhận Huy hiệu 60 năm tuổi Đảng.', '2024-08-30')).toEqual([
      { count: 1, recipient: 'individual', award: 'party membership badge' },
    ]);
  });
});

describe('awards: units\' shares in brackets', () => {
  it('keeps the total and reads no award from the units listed with their shares, Vietnamese', () => {
    const found = awards('Sáng 2/9, Tỉnh ủy trao Huy hiệu Đảng cho 640 đảng viên. Các Đảng bộ có nhiều đảng viên được tặng Huy hiệu Đảng là: huyện Yên Phong (98 đảng viên), Thuận Thành (87 đảng viên), Tiên Du (70 đảng viên).');
    expect(found).toEqual([{ count: 640, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('keeps the total and reads no award from the units listed with their shares, English', () => {
    const found = awards('On September 2, the provincial Party Committee presented Party membership badges to 640 Party members. Localities with many Party members presented Party badges include Yen Phong district (98 Party members), Thuan Thanh (87 Party members) and Tien Du (70 Party members).');
    expect(found).toEqual([{ count: 640, recipient: 'individual', award: 'party membership badge' }]);
  });
});

describe('awards: a caption between a total and its breakdown', () => {
  it('reads the breakdown two sentences on, past a caption, as parts of the total, Vietnamese', () => {
    const text = 'Sáng 19/5, Huyện ủy Thanh Miện tổ chức lễ trao Huy hiệu Đảng. Đợt này, 86 đảng viên được trao tặng Huy hiệu Đảng.\n\nĐảng ủy xã Ngũ Hùng trao Huy hiệu Đảng cho đảng viên.\n\nTrong đó, có 3 đảng viên được trao tặng Huy hiệu 60 năm tuổi Đảng; 12 đảng viên được trao tặng Huy hiệu 50 năm tuổi Đảng và 71 đảng viên được trao tặng Huy hiệu 30 năm tuổi Đảng.';
    expect(awards(text)).toEqual([{ count: 86, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('reads the breakdown two sentences on, past a caption, as parts of the total, English', () => {
    const text = 'On May 19, the district Party Committee held a ceremony. This time, 86 Party members were presented with the Party membership badge.\n\nThe commune Party Committee presents Party badges to Party members.\n\nOf them, 3 Party members were presented with the 60-year Party membership badge and 71 Party members were presented with the 30-year Party membership badge.';
    expect(awards(text)).toEqual([{ count: 86, recipient: 'individual', award: 'party membership badge' }]);
  });
});

describe('awards: what many of the recipients received before', () => {
  it('reads "many of them have been awarded ..." as history, English', () => {
    expect(awards('On June 4, the provincial Labour Confederation honoured 4 collectives and 9 individuals. The organisers chose people with outstanding achievements, many of them have been awarded the titles of Hero of Labour and other noble orders.')).toEqual([
      { count: 4, recipient: 'collective', award: 'commendation' },
      { count: 9, recipient: 'individual', award: 'commendation' },
    ]);
  });

  it('reads "nhiều người trong số đó đã được tặng ..." as history, Vietnamese', () => {
    expect(awards('Sáng 4/6, Liên đoàn Lao động tỉnh tuyên dương 4 tập thể và 9 cá nhân. Ban Tổ chức đã chọn những người có thành tích xuất sắc, nhiều người trong số đó đã được tặng danh hiệu Anh hùng Lao động.')).toEqual([
      { count: 4, recipient: 'collective', award: 'commendation' },
      { count: 9, recipient: 'individual', award: 'commendation' },
    ]);
  });
});

describe('awards: recipients an introducer names before a passive verb', () => {
  it('reads one award when the recipients run up to a retelling of it, Vietnamese and English', () => {
    expect(awards('Chiều 18/5, Đảng bộ xã Tân Lập tổ chức lễ trao huy hiệu Đảng cho 22 đồng chí được nhận huy hiệu 50 năm, 40 năm tuổi Đảng.')).toEqual([
      { count: 22, recipient: 'individual', award: 'party membership badge' },
    ]);
    expect(awards('On May 18, the commune Party Committee presented Party membership badges to 22 Party members who were presented with the 50-year and 40-year Party membership badges.')).toEqual([
      { count: 22, recipient: 'individual', award: 'party membership badge' },
    ]);
  });

  it('counts the recipients after the introducer when no award follows their passive verb', () => {
    expect(awards('Chiều 18/5, Đảng bộ xã Tân Lập tổ chức lễ trao huy hiệu Đảng cho 22 đồng chí được nhận dịp này (đồng chí Trần Văn Lâm về dự).')).toEqual([
      { count: 22, recipient: 'individual', award: 'party membership badge' },
    ]);
  });
});

describe('awards: a breakdown that runs on into the next sentence', () => {
  it('reads the next sentence\'s seniorities as parts of the total too, English', () => {
    const text = 'On May 19, the city Party Committee presented Party membership badges to 640 Party members. Among the recipients, 4 Party members received the 75-year Party membership badge and 36 received the 60-year badge. 250 members received the 40-year Party membership badge and 350 received the 30-year badge.';
    expect(awards(text)).toEqual([{ count: 640, recipient: 'individual', award: 'party membership badge' }]);
  });

  it('reads the next sentence\'s seniorities as parts of the total too, Vietnamese', () => {
    const text = 'Sáng 19/5, Thành ủy trao Huy hiệu Đảng cho 640 đảng viên. Trong đó, 4 đảng viên được trao Huy hiệu 75 năm tuổi Đảng, 36 đảng viên được trao Huy hiệu 60 năm tuổi Đảng. 250 đảng viên được trao Huy hiệu 40 năm tuổi Đảng và 350 đảng viên được trao Huy hiệu 30 năm tuổi Đảng.';
    expect(awards(text)).toEqual([{ count: 640, recipient: 'individual', award: 'party membership badge' }]);
  });
});

describe('awards: one award counted twice for one kind of recipient', () => {
  it('sums two counts of the same badge in one sentence, Vietnamese', () => {
    expect(awards('Sáng 2/9, Huyện ủy tổ chức lễ trao Huy hiệu Đảng. Đợt này, 310 đảng viên được trao tặng Huy hiệu Đảng và 12 đảng viên được truy tặng Huy hiệu Đảng.')).toEqual([
      { count: 322, recipient: 'individual', award: 'party membership badge' },
    ]);
  });

  it('sums two counts of the same badge in one sentence, English, and keeps a headline of the sum as one award', () => {
    expect(awards('322 Party members receive Party membership badges\n\nOn September 2, 310 Party members were presented with Party membership badges and 12 Party members were posthumously presented with Party membership badges.')).toEqual([
      { count: 322, recipient: 'individual', award: 'party membership badge' },
    ]);
  });

  it('keeps a breakdown by seniority as parts, not a sum', () => {
    expect(awards('Sáng 2/9, Huyện ủy trao Huy hiệu Đảng cho 40 đảng viên, trong đó 4 đảng viên được trao Huy hiệu 60 năm tuổi Đảng.')).toEqual([
      { count: 40, recipient: 'individual', award: 'party membership badge' },
    ]);
  });
});

describe('awards: recipients and names as real pages write them', () => {
  it('reads recipients named by what they are, both languages', () => {
    expect(awards('On October 22, the Provincial Youth Union awarded certificates of merit to 20 outstanding young intellectuals.')).toEqual([
      { count: 20, recipient: 'individual', award: 'certificate of merit' },
    ]);
    expect(awards('Ngày 22/10, Tỉnh đoàn tặng Bằng khen cho 12 trí thức trẻ và 3 câu lạc bộ.')).toEqual([
      { count: 12, recipient: 'individual', award: 'certificate of merit' },
      { count: 3, recipient: 'collective', award: 'certificate of merit' },
    ]);
  });

  it('reads a group whose name stands in quotation marks after its count', () => {
    expect(awards('Tối 25/1, Tỉnh đoàn tổ chức lễ tuyên dương 85 đảng viên trẻ và 10 “sinh viên 5 tốt” tiêu biểu.')).toEqual([
      { count: 85, recipient: 'individual', award: 'commendation' },
      { count: 10, recipient: 'individual', award: 'commendation' },
    ]);
  });

  it('reads an order whose name is quoted, with its class, both languages', () => {
    const named = (text: string) => parse(text, '2018-01-24').awards.map(({ count, recipient, name }) => ({ count, recipient, name }));
    expect(named('On January 22, the Provincial Police held a conference. The Deputy Minister awarded Major General Dang Van Sinh, Director of the Provincial Police with a “Military Exploit” Order of 3rd class.')).toEqual([
      { count: 1, recipient: 'individual', name: 'Military Exploit Order, Third Class' },
    ]);
    expect(named('Ngày 22/1, Công an tỉnh tổ chức hội nghị. Thứ trưởng trao Huân chương “Chiến công” hạng Ba cho Thiếu tướng Đặng Văn Sinh.')).toEqual([
      { count: 1, recipient: 'individual', name: 'Feat Order, Third Class' },
    ]);
  });

  it('reads the person named between the giving verb and the award, and not a body', () => {
    expect(awards('On January 22, the Provincial Police held a conference. Deputy Minister Bui Van Nam awarded Mr. Dang Van Sinh the Labour Order, third class.')).toEqual([
      { count: 1, recipient: 'individual', award: 'medal' },
    ]);
    expect(awards('On January 22, the Provincial Police held a conference. Deputy Minister Bui Van Nam awarded the provincial police the Labour Order, third class.')).toEqual([
      { count: 1, recipient: 'collective', award: 'medal' },
    ]);
  });

  it('gives a title only people receive to people when the text names no recipient, both languages', () => {
    expect(awards('On July 7, the Provincial Military Command held a conference. Major General Nguyen Anh Tuan awarded the title of Emulation Fighter of the whole army.')).toEqual([
      { count: null, recipient: 'individual', award: 'honorary title' },
    ]);
    expect(awards('Sáng 7/7, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị. Thiếu tướng Nguyễn Anh Tuấn trao danh hiệu Chiến sĩ thi đua toàn quân.')).toEqual([
      { count: null, recipient: 'individual', award: 'honorary title' },
    ]);
    // A Labour Hero title goes to units as well as to people: the default stands.
    expect(awards('Sáng 7/7, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị. Thiếu tướng Nguyễn Anh Tuấn trao danh hiệu Anh hùng Lao động.')).toEqual([
      { count: 1, recipient: 'collective', award: 'honorary title' },
    ]);
  });

  it('reads the count after the word that introduces the recipients, and after the giver an honouring verb names', () => {
    expect(awards('Sáng 12/3/2022, UBND xã Hưng Đạo tổ chức hội nghị tổng kết. Tại hội nghị, UBND xã đã khen thưởng cho 5 tập thể và 7 cá nhân.')).toEqual([
      { count: 5, recipient: 'collective', award: 'commendation' },
      { count: 7, recipient: 'individual', award: 'commendation' },
    ]);
    expect(awards('Sáng 12/3/2022, UBND xã Hưng Đạo tổ chức hội nghị tổng kết. Tại hội nghị, công bố quyết định khen thưởng của Chủ tịch UBND xã cho 5 cá nhân có thành tích xuất sắc.')).toEqual([
      { count: 5, recipient: 'individual', award: 'commendation' },
    ]);
    // A giver with no recipients after it hands out nothing that can be counted.
    expect(awards('Sáng 12/3/2022, UBND xã Hưng Đạo tổ chức hội nghị tổng kết. Tại hội nghị, công bố quyết định khen thưởng của Chủ tịch UBND xã.')).not.toContainEqual(expect.objectContaining({ count: 5 }));
  });

  it('reads uncounted recipients after the giver an award names, and keeps two awards of different names apart', () => {
    expect(awards('On April 11, the district held a ceremony. The certificates of merit of the Chairman of the HCMC People’s Committee were presented to collectives and individuals.')).toEqual([
      { count: null, recipient: 'collective', award: 'certificate of merit' },
      { count: null, recipient: 'individual', award: 'certificate of merit' },
    ]);
    const named = (text: string) => parse(text, '2023-04-12').awards.map(({ count, recipient, name }) => ({ count, recipient, name }));
    expect(named('Cu Chi District on April 11 held a ceremony to receive the Third-class Independence Medal. In addition, the district received the Third-class Labor Medal.')).toEqual([
      { count: 1, recipient: 'collective', name: 'Independence Medal, Third Class' },
      { count: 1, recipient: 'collective', name: 'Labour Medal, Third Class' },
    ]);
  });
});
