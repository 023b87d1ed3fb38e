import { expectQuotesMatch, read } from './helpers';

describe('organizer on real leads', () => {
  it('reads the subject after an opening clause, in both languages', () => {
    expect(read('Năm 2018, Huyện ủy Thanh Miện tổ chức hội nghị tổng kết.', '2018-12-20').organizer).toBe('Huyện ủy Thanh Miện');
    expect(read('Nhân kỷ niệm 70 năm ngày thành lập, Đảng bộ huyện Cẩm Giàng tổ chức lễ kỷ niệm.', '2024-05-01').organizer).toBe('Đảng bộ huyện Cẩm Giàng');
    expect(read('In 2019, the People\'s Committee of Kinh Mon Town held a conference.', '2019-12-01').organizer).toBe("People's Committee of Kinh Mon Town");
  });

  it('does not take an introductory clause that cites documents for the subject', () => {
    const text = 'Thực hiện Kế hoạch số 25-KH/TU ngày 7/12/2023 của Ban Thường vụ Tỉnh ủy về tổ chức học tập nghị quyết;\nNgày 21/12/2023 Ban Chấp hành Đảng bộ xã Ninh Hải tổ chức hội nghị quán triệt.';
    expect(read(text, '2023-12-22')).toMatchObject({ organizer: 'Ban Chấp hành Đảng bộ xã Ninh Hải', scope: 'commune', event: { date: '2023-12-21' } });
  });

  it('reads the owner of an event that takes place, opens or closes', () => {
    expect(read('Chiều 5/3, tại trụ sở Tỉnh ủy diễn ra Hội nghị Ban Chấp hành Đảng bộ tỉnh Hải Dương lần thứ 20.', '2024-03-06').organizer).toBe('Ban Chấp hành Đảng bộ tỉnh Hải Dương');
    expect(read("On the afternoon of April 28, at the Convention Center, the 25th session (special session) of the 16th City People's Council of Hai Phong took place.", '2025-04-29').organizer).toBe(
      "16th City People's Council of Hai Phong",
    );
    expect(read('On the morning of December 1, the 17th Conference of the Executive Committee of the Hai Duong Provincial Party Committee closed.', '2023-12-02').organizer).toBe(
      'Executive Committee of the Hai Duong Provincial Party Committee',
    );
  });

  it('does not take a body named in what a speaker reports after a colon', () => {
    const text =
      'On the morning of October 18, at the Provincial Party Committee Hall of Binh Dinh, comrade Ho Quoc Dung - Secretary of the Provincial Party Committee announced the results of the 8th Central Conference.\nAt the Conference, Comrade Ho Quoc Dung announced: The 8th Conference of the Party Central Committee (term XIII) met from October 2 to October 8.';
    expect(read(text, '2023-10-19').organizer).not.toBe('Party Central Committee');
    // Without the colon the later sentence's body is read as before.
    expect(read(text.replace('announced: The', 'announced that the'), '2023-10-19').organizer).toBe('Party Central Committee');
    expect(
      read('Sáng 18/10, đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định chủ trì buổi thông tin kết quả.\nĐồng chí cho biết: Hội nghị Trung ương 8 khóa XIII đã họp từ ngày 2 đến ngày 8/10.', '2023-10-19').organizer ?? '').not.toMatch(/Trung ương/);
  });

  it('reads a delegation written in lower case that came with a person as the organizer', () => {
    const text = 'On the afternoon of July 26, General Secretary To Lam and the Central working delegation inspected the two-level local government in the border commune of Si Pa Phin, Dien Bien province.';
    expect(read(text, '2025-07-27')).toMatchObject({ organizer: 'Central working delegation', province: 'Dien Bien' });
    expect(read(text.replace('working delegation', 'inspection team'), '2025-07-27').organizer).toBe('Central inspection team');
  });

  it('starts the subject after a venue whose name holds a comma', () => {
    const text = 'Ngày 20/4, tại Hội trường Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã Thanh Điền, Hội đồng nhân dân (HĐND) xã đã tổ chức Kỳ họp thứ 12 HĐND xã khóa XII.';
    expect(read(text, '2025-04-21').organizer).toBe('Hội đồng nhân dân (HĐND) xã');
    // A list of bodies after a venue keeps every body.
    expect(read('Ngày 20/4, tại Hội trường xã, Đảng ủy, HĐND, UBND xã Thanh Điền tổ chức hội nghị.', '2025-04-21').organizer).toBe('Đảng ủy, HĐND, UBND xã Thanh Điền');
  });

  it('reads the agent of a passive', () => {
    expect(read('Sáng 12/5, Hội nghị tập huấn công tác kiểm tra do Ủy ban Kiểm tra Tỉnh ủy Hải Dương tổ chức.', '2024-05-13').organizer).toBe('Ủy ban Kiểm tra Tỉnh ủy Hải Dương');
    expect(read('A ceremony was held on December 24 by the Standing Committee of Hai Duong Provincial Party Committee.', '2024-12-25').organizer).toBe(
      'Standing Committee of Hai Duong Provincial Party Committee',
    );
  });

  it('reads the host of a person\'s visit, the group that came with them, or the body they head', () => {
    expect(read('On the morning of March 16, Comrade Pham Minh Chinh, Prime Minister, worked with the Standing Committee of Hai Duong Provincial Party Committee.', '2023-03-17').organizer).toBe(
      'Standing Committee of Hai Duong Provincial Party Committee',
    );
    expect(read('Sáng 26/7, đồng chí Phạm Văn Lập, Chủ tịch Ủy ban MTTQ thành phố cùng tổ công tác số 5 của Ban Thường vụ Thành ủy Hải Phòng kiểm tra công tác chuẩn bị đại hội.', '2025-07-27').organizer).toBe(
      'tổ công tác số 5 của Ban Thường vụ Thành ủy Hải Phòng',
    );
    expect(read('On July 11, Mr. Le Tri Vu - Member of the Standing Committee, Head of the Organizing Committee of the Hai Phong City Party Committee - inspected the commune.', '2025-07-12').organizer).toBe(
      'Organizing Committee of the Hai Phong City Party Committee',
    );
  });

  it('reads a Vietnamese report typed without diacritics', () => {
    const record = read('Sang 5/3, Huyen uy Nam Sach to chuc hoi nghi tong ket cong tac nam 2023.', '2024-03-06');
    expect(record).toMatchObject({ organizer: 'Huyen uy Nam Sach', scope: 'district', organizerUnit: 'nam-sach', event: { date: '2024-03-05', kind: 'conference' } });
  });

  it('gives evidence that quotes the text', () => {
    const text = 'Sáng 9/7/2024, HĐND tỉnh Hải Dương khóa XVII tổ chức kỳ họp thứ 22.';
    const record = read(text, '2024-07-10');
    const start = text.indexOf('HĐND');
    expect(record.evidence?.organizer).toEqual([{ start, end: start + 'HĐND tỉnh Hải Dương khóa XVII'.length, quote: 'HĐND tỉnh Hải Dương khóa XVII' }]);
  });

  it('reads the body of the meeting a named person chaired, not the person', () => {
    expect(read("On May 9, Le Van Phuc, Chairman of the Provincial People's Committee, chaired a meeting of the Bac Lieu Provincial People's Committee.", '2024-05-10').organizer).toBe(
      "Bac Lieu Provincial People's Committee",
    );
    expect(read('Sáng 9/5, Lê Văn Phúc, Chủ tịch UBND tỉnh, chủ trì hội nghị Ban Thường vụ Tỉnh ủy Bạc Liêu.', '2024-05-10').organizer).toBe('Ban Thường vụ Tỉnh ủy Bạc Liêu');
  });

  it('reads the owner written after the event and a comma, in a lead that says the event closed', () => {
    const record = read('Chiều 14/8, Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030, Đảng bộ xã Yên Lạc đã hoàn thành chương trình đề ra.\nTổ công tác của Tỉnh ủy theo dõi Đại hội.', '2025-08-15');
    expect(record).toMatchObject({ organizer: 'Đảng bộ xã Yên Lạc', scope: 'commune' });
    expect(read('Sáng 14/8, Đại hội Hội Nông dân lần thứ X, Hội Nông dân huyện Gia Lộc bế mạc.', '2023-08-15').organizer).toBe('Hội Nông dân huyện Gia Lộc');
  });

  it('does not take a headline label "Place: summary" for the body', () => {
    const text = 'Bắc Giang: Sơ kết 5 năm phong trào thi đua 10:05 12/06/2024 (Tin tức) - Sáng 11/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang tổ chức hội nghị sơ kết.';
    expect(read(text, '2024-06-12')).toMatchObject({ organizer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang', province: 'Bac Giang' });
  });

  it('reads the last body after a date and a place run into the subject, with less than routing confidence', () => {
    const record = read('Dưới sự lãnh đạo của Đảng ủy xã ngày 20/4/2022 tại hội trường xã Đoàn Tùng Hội Liên hiệp Phụ nữ xã tổ chức Đại hội đại biểu lần thứ XII.', '2022-04-21');
    expect(record.organizer).toBe('Hội Liên hiệp Phụ nữ xã');
    expect(record.confidence!.organizer).toBeLessThan(0.9);
    // A document's date is not such a date: the body after "của" is the document's issuer.
    const cited = read('Thực hiện Kế hoạch số 40-KH/HU ngày 02/3/2022 của Huyện ủy Thanh Miện tổ chức học tập nghị quyết; ngày 20/4/2022, Đảng ủy xã Đoàn Tùng tổ chức hội nghị.', '2022-04-21');
    expect(cited.organizer).toBe('Đảng ủy xã Đoàn Tùng');
  });

  it('leaves a date written between the body and its verb out of the body\'s name', () => {
    expect(read('The Standing Board of the Tra Vinh Provincial Party Committee on October 14 held a conference on land management.', '2024-10-15').organizer).toBe(
      'Standing Board of the Tra Vinh Provincial Party Committee',
    );
    expect(read("The Tra Vinh Provincial People's Council on the morning of 14 October opened its 20th session.", '2024-10-15').organizer).toBe("Tra Vinh Provincial People's Council");
  });

  it('reads a visiting delegation written in lower case before the body that sent it, without the person who led it', () => {
    const record = read('Chiều 14/10, đoàn giám sát của Ủy ban Thường vụ Quốc hội do Phó Chủ tịch Quốc hội dẫn đầu làm việc với UBND tỉnh Trà Vinh.', '2024-10-15');
    expect(record).toMatchObject({ organizer: 'Đoàn giám sát của Ủy ban Thường vụ Quốc hội', province: 'Tra Vinh', event: { kind: 'inspection' } });
    expect(read('Ngày 14/10, UBND tỉnh Trà Vinh có buổi làm việc với Tập đoàn Điện lực Việt Nam.', '2024-10-15').event.kind).toBe('meeting');
  });

  it('reads the host of a working session a leader with a two-word name chaired', () => {
    const record = read('Hanoi (VNA) – Politburo member and Standing member of the Secretariat To Lam on May 3 chaired a working session with the Standing Board of the Yen Bai Provincial Party Committee.', '2024-05-04');
    expect(record).toMatchObject({ organizer: 'Standing Board of the Yen Bai Provincial Party Committee', province: 'Yen Bai' });
  });

  it('reads the agent of a passive after people who gathered, not the people', () => {
    const record = read('Officials of the central province of Phu Yen gathered on May 3 for a conference held by the provincial People’s Committee.', '2024-05-04');
    expect(record.organizer).toBe('Provincial People’s Committee');
    expect(record.province).toBe('Phu Yen');
  });

  it('ends an event owner\'s name where its words end, and keeps the level word after a unit\'s name', () => {
    expect(read('A conference on the work of the Women’s Union in the first quarter was held in Phu Yen province on May 3.', '2024-05-04').organizer).toBe('Women’s Union');
    const ward = read('About 150 delegates attended the first congress of the Party Committee of Tuy Hoa ward, Dak Lak province, on August 3.', '2025-08-04');
    expect(ward).toMatchObject({ organizer: 'Party Committee of Tuy Hoa ward', scope: 'commune', province: 'Dak Lak' });
  });

  it('reads a body from an English headline in the present tense when the story names none, below routing confidence', () => {
    const record = read('Ca Mau Women’s Union reviews 2023\n\nA conference to review the year took place on December 28 with 150 delegates.', '2023-12-29');
    expect(record).toMatchObject({ organizer: 'Ca Mau Women’s Union', province: 'Ca Mau' });
    expect(record.confidence!.organizer).toBeLessThan(0.9);
    const visit = read('Youth Union Secretariat works in Ca Mau\n\nOn December 28, a delegation led by Mr Tran Van Nam, a member of the Secretariat, met local youth.', '2023-12-29');
    expect(visit).toMatchObject({ organizer: 'Youth Union Secretariat', province: 'Ca Mau', event: { kind: 'meeting' } });
    // A story's lead in the present tense is not read that way.
    expect(read('The Ca Mau Women’s Union reviews its work every year. On December 28, the Ca Mau Provincial People’s Committee held a conference.', '2023-12-29').organizer).toBe('Ca Mau Provincial People’s Committee');
  });

  it('follows a long citing clause to the event\'s date that closes it, in both languages', () => {
    const vi = read(
      'Thực hiện Kế hoạch số 20-KH/TU ngày 12/2/2024 của Ban Thường vụ Tỉnh ủy về sơ kết 10 năm thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước, Hướng dẫn số 15-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, chiều 14/3, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị sơ kết.',
      '2024-03-15',
    );
    expect(vi).toMatchObject({ organizer: 'Ban Thường vụ Huyện ủy Yên Sơn', scope: 'district', province: 'Tuyen Quang', event: { date: '2024-03-14' } });
    const en = read(
      "Pursuant to Plan No. 20-KH/TU of the Provincial Party Committee's Standing Board on reviewing ten years of implementing Resolution No. 33-NQ/TW of the Party Central Committee on building and developing Vietnamese culture and people to meet the requirements of sustainable national development, and Guidance No. 15-HD/BTGTU, on March 14, the Standing Board of the Yen Son District Party Committee held a review conference.",
      '2024-03-15',
    );
    expect(en).toMatchObject({ organizer: 'Standing Board of the Yen Son District Party Committee', scope: 'district', province: 'Tuyen Quang' });
  });

  it('reads the agent of a passive written before its verb ("được ... tổ chức"), not a giver of awards', () => {
    expect(read('Chiều 2/4, hội nghị học tập chuyên đề năm 2024 được Ban Thường vụ Huyện ủy Đồng Phú tổ chức tại hội trường huyện.', '2024-04-03')).toMatchObject({
      organizer: 'Ban Thường vụ Huyện ủy Đồng Phú',
      scope: 'district',
    });
    expect(read('Chiều 2/4, nhiều tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.', '2024-04-03').organizer).toBeNull();
  });

  it('reads a place that opens with "Đồng" or "Bà" as part of a body\'s name, unlike "đồng chí" or "bà" before a name', () => {
    expect(read('Sáng 5/9, UBND tỉnh Đồng Tháp tổ chức hội nghị sơ kết.', '2024-09-06').organizer).toBe('UBND tỉnh Đồng Tháp');
    expect(read('Sáng 5/9, UBND tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết; bà Nguyễn Thị Lan dự.', '2024-09-06').organizer).toBe('UBND tỉnh Bà Rịa - Vũng Tàu');
    expect(read('Sáng 5/9, Ban Thường vụ Thành ủy Đồng Xoài tổ chức hội nghị; Đồng chí Bí thư Thành ủy chủ trì.', '2024-09-06').organizer).toBe('Ban Thường vụ Thành ủy Đồng Xoài');
  });

  it('leaves a date written after the body, before its verb, out of the body in Vietnamese too', () => {
    expect(read('Ban Thường vụ Huyện ủy Bù Đăng ngày 12/6 đã tổ chức hội nghị sơ kết.', '2024-06-13').organizer).toBe('Ban Thường vụ Huyện ủy Bù Đăng');
    expect(read('UBND huyện Bù Đăng vào chiều 12/6 tổ chức hội nghị.', '2024-06-13').organizer).toBe('UBND huyện Bù Đăng');
    const at = read('Ban Thường vụ Huyện ủy Bù Đăng ngày 12/6 tại Hội trường Huyện ủy đã tổ chức hội nghị sơ kết.', '2024-06-13');
    expect(at).toMatchObject({ organizer: 'Ban Thường vụ Huyện ủy Bù Đăng', scope: 'district' });
    expect(at.confidence!.organizer).toBeGreaterThanOrEqual(0.9);
  });

  it('reads past the page\'s day named with its date, in brackets or after a comma', () => {
    expect(read("This afternoon (March 4), at the Provincial Hall, the 9th session of the 10th Provincial People's Council of Lang Son opened.", '2025-03-04').organizer).toBe(
      "10th Provincial People's Council of Lang Son",
    );
    expect(read('Today, June 9, the Tan Lap Commune Farmers\' Association held its congress.', '2025-06-09').organizer).toBe("Tan Lap Commune Farmers' Association");
    expect(read('Chiều nay (4/3), tại hội trường tỉnh, Hội Nông dân xã Tân Lập tổ chức đại hội.', '2025-03-04').organizer).toBe('Hội Nông dân xã Tân Lập');
    expect(read('Hôm nay, ngày 9/6, Đoàn Thanh niên xã Tân Lập tổ chức đại hội.', '2025-06-09').organizer).toBe('Đoàn Thanh niên xã Tân Lập');
  });

  it('reads the owner of an event with an ordinal written out, opened in the passive', () => {
    expect(read("The ninth National Congress of the Vietnam Veterans' Association for the term 2022-2027 was solemnly opened on December 12.", '2022-12-12').organizer).toBe(
      "Vietnam Veterans' Association",
    );
    expect(read('The seventh congress of the Provincial Red Cross Society was opened this morning.', '2022-12-12').organizer).toBe('Provincial Red Cross Society');
    // The Vietnamese lead names the same owner after the event's number, with no passive.
    expect(read('Sáng 12/12, Đại hội lần thứ IX Hội Cựu chiến binh Việt Nam đã khai mạc.', '2022-12-12').organizer).toBe('Hội Cựu chiến binh Việt Nam');
  });

  it('after a lead about a person, reads a body that conducts an event\'s session as its organizer', () => {
    const vi = 'Ông Trần Văn Nam tiếp tục giữ chức Chủ tịch Hội Nông dân tỉnh.\nNgày 14-10, tại hội trường tỉnh, Hội Nông dân tỉnh Long An tiến hành phiên thứ hai của đại hội đại biểu.';
    expect(read(vi, '2025-10-15').organizer).toBe('Hội Nông dân tỉnh Long An');
    const en = "Mr. Tran Van Nam remains Chairman of the provincial Farmers' Association.\nOn October 14, the Long An Provincial Farmers' Association conducted the second session of its congress.";
    expect(read(en, '2025-10-15').organizer).toBe("Long An Provincial Farmers' Association");
  });

  it('reads the body after a unit named with "tại" and no comma, as after a place set off by a comma', () => {
    expect(read('Ngày 9/5/2022 tại xã Hòa Bình Hội Cựu chiến binh xã Hòa Bình tổ chức đại hội.', '2022-05-10').organizer).toBe('Hội Cựu chiến binh xã Hòa Bình');
    expect(read('Ngày 9/5/2022 tại thị trấn Phú Thái Ban Chấp hành Đoàn thị trấn tổ chức hội nghị tổng kết.', '2022-05-10').organizer).toBe('Ban Chấp hành Đoàn thị trấn');
    expect(read("On May 9, at Hoa Binh Commune, the Hoa Binh Commune Veterans' Association held its congress.", '2022-05-10').organizer).toBe("Hoa Binh Commune Veterans' Association");
  });

  it('takes the level of the unit named before a body that repeats its name without a level word', () => {
    const text = 'Ngày 9/5/2022 tại xã Hòa Bình Hội LHPN Hòa Bình tổ chức đại hội.';
    const record = read(text, '2022-05-10');
    expect(record).toMatchObject({ organizer: 'Hội LHPN Hòa Bình', scope: 'commune' });
    expectQuotesMatch(text, record);
    expect(read('Ngày 9/5/2022 tại huyện Phú Bình Hội LHPN Phú Bình tổ chức đại hội.', '2022-05-10').scope).toBe('district');
    // The English lead names the level in the body itself.
    expect(read("On May 9, at Hoa Binh Commune, the Hoa Binh Commune Women's Union held its congress.", '2022-05-10').scope).toBe('commune');
  });

  it('reads the body after a speech\'s salutation, not those addressed', () => {
    expect(read('Phát biểu khai mạc kỳ họp thứ 10\nKính thưa các vị đại biểu Hội đồng nhân dân tỉnh,\nHôm nay, Hội đồng nhân dân tỉnh Yên Bái khai mạc kỳ họp thứ 10.', '2024-08-06').organizer).toBe(
      'Hội đồng nhân dân tỉnh Yên Bái',
    );
    expect(read("Opening speech at the 10th session\nDear delegates of the Provincial People's Council,\nToday, the Yen Bai Provincial People's Council opened its 10th session.", '2024-08-06').organizer).toBe(
      "Yen Bai Provincial People's Council",
    );
  });

  it('reads the agent of the event after a demonstrative that sums up what a leader said', () => {
    expect(read('Đây là chỉ đạo của đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, tại hội nghị sơ kết do Hội Cựu chiến binh tỉnh tổ chức sáng 5-8.', '2024-08-06').organizer).toBe('Hội Cựu chiến binh tỉnh');
    expect(
      read("This was the message of Mr. Nguyen Van An, Chairman of the Provincial People's Committee, at the review conference organised by the Provincial Veterans' Association on August 5.", '2024-08-06').organizer,
    ).toBe("Provincial Veterans' Association");
  });

  it('reads the owner of an event that elected a new committee, and no person who was elected', () => {
    expect(read('On the afternoon of June 2, the 20th Congress of the Dien Chau District Party Committee, term 2020-2025, elected the new Executive Committee.', '2020-06-03')).toMatchObject({
      organizer: 'Dien Chau District Party Committee',
      scope: 'district',
    });
    expect(read('Chiều 2/6, Đại hội Đảng bộ huyện Diễn Châu lần thứ XX đã bầu Ban Chấp hành khóa mới.', '2020-06-03')).toMatchObject({ organizer: 'Đảng bộ huyện Diễn Châu', scope: 'district' });
    expect(read('On June 2, Nguyen Van Binh was elected Chairman of the District People\'s Council.', '2020-06-03').organizer).not.toBe('Nguyen Van Binh');
  });
});
