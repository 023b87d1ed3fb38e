import { kindForOrganizer } from '../../../../shared/domain/normalizer/event-kind';
import { read } from './helpers';

describe('event kind once the organizer is known', () => {
  it('reads the sitting of a body that is not an elected council as a meeting', () => {
    expect(read('Ngày 14/3, Ủy ban Kiểm tra Huyện ủy Gia Lộc tổ chức kỳ họp thứ 12 xem xét đơn thư của đảng viên.', '2024-03-15').event.kind).toBe('meeting');
    expect(read('On March 14, the Inspection Commission of the Gia Loc District Party Committee held its 12th session to review complaints.', '2024-03-15').event.kind).toBe('meeting');
  });

  it('keeps a council, or a unit holding its council sitting, in session', () => {
    expect(read('Ngày 20/6, HĐND huyện Tứ Kỳ tổ chức kỳ họp thứ 8 khóa XX.', '2024-06-21').event.kind).toBe('session');
    expect(read('Ngày 20/6, xã Hồng Lạc tổ chức kỳ họp thứ tám HĐND khóa XX.', '2024-06-21').event.kind).toBe('session');
    expect(read("On June 20, the Tu Ky District People's Council opened its eighth session.", '2024-06-21').event.kind).toBe('session');
  });

  it('reads an inspection team working with the body it checks as an inspection', () => {
    expect(read('Ngày 9/10, Đoàn kiểm tra số 7 của Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Thanh Hà.', '2023-10-10').event.kind).toBe('inspection');
    expect(read('On October 9, the inspection team of the Provincial Party Standing Committee worked with the Thanh Ha District Party Committee.', '2023-10-10').event.kind).toBe('inspection');
    // A supervision team checks too.
    expect(read('Sáng 12/4, Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Hồng Lạc về công tác cán bộ.', '2024-04-13').event.kind).toBe('inspection');
    expect(read("On April 12, the supervision delegation of the provincial People's Council worked with the Hong Lac Commune People's Committee.", '2024-04-13').event.kind).toBe('inspection');
    // A working delegation that checks nothing still holds a meeting.
    expect(read('Ngày 9/10, Đoàn công tác của Bộ Y tế làm việc với UBND tỉnh Hải Dương.', '2023-10-10').event.kind).toBe('meeting');
  });

  it('leaves the kind alone when no organizer was read', () => {
    expect(kindForOrganizer('session', null)).toBe('session');
    expect(kindForOrganizer('meeting', 'Ban Thường vụ Tỉnh ủy')).toBe('meeting');
  });

  it('reads the kind from the lead when the headline named the body with a verb of no kind', () => {
    const vi = read('Cụm thi đua các huyện phía Nam ký kết giao ước thi đua năm 2024\nSáng 12/3, tại hội trường huyện, cụm thi đua các huyện phía Nam đã tổ chức hội nghị ký kết giao ước thi đua.', '2024-03-13');
    expect(vi.event.kind).toBe('conference');
  });
});

describe('event date next to a numbered document', () => {
  it('skips the issue day of a document cited by its number alone', () => {
    const vi = read('Thực hiện Quyết định số 415 ngày 12/2/2024 của Ban Thường vụ Tỉnh ủy, ngày 6/5, Đoàn kiểm tra làm việc với Đảng ủy xã Hồng Phong.', '2024-05-07');
    expect(vi.event.date).toBe('2024-05-06');
    const en = read('Under Decision No. 415 dated February 12, 2024 of the Provincial Party Standing Committee, on May 6 the inspection team worked with the Hong Phong Commune Party Committee.', '2024-05-07');
    expect(en.event.date).toBe('2024-05-06');
  });

  it('still reads a numbered team dated by the event', () => {
    expect(read('Ngày 6/5, Đoàn kiểm tra số 3 làm việc với Đảng ủy xã Hồng Phong.', '2024-05-07').event.date).toBe('2024-05-06');
  });
});

describe('organizer of a sitting, and verbs of holding', () => {
  it('reads the council after a sitting named with its season or after a comma', () => {
    expect(read('Sáng ngày 10/7/2024, kỳ họp thường lệ giữa năm 2024 HĐND huyện Bình Giang khóa XX tiếp tục chương trình làm việc.', '2024-07-11').organizer).toBe('HĐND huyện Bình Giang');
    expect(read('Sáng 10/7, tại hội trường huyện đã diễn ra Kỳ họp thứ 9, HĐND huyện Bình Giang khóa XX.', '2024-07-11').organizer).toBe('HĐND huyện Bình Giang');
  });

  it('does not read a person named after a comma as the sitting owner', () => {
    expect(read('Tại hội nghị, Bí thư Tỉnh ủy Trần Đức Thắng phát biểu chỉ đạo.', '2024-07-11').organizer).toBeNull();
  });

  it('reads bodies that continue to hold or had a working meeting', () => {
    const continued = read("On the afternoon of May 8, the Standing Board of the Provincial Women's Union continued to hold a conference on the draft report.", '2024-05-09');
    expect(continued.organizer).toBe("Standing Board of the Provincial Women's Union");
    expect(continued.event.kind).toBe('conference');
    const had = read("On May 8, the provincial Party Standing Board has had a working meeting with the Party Committee of the Farmers' Union.", '2024-05-09');
    expect(had.organizer).toBe('Provincial Party Standing Board');
    expect(had.event.kind).toBe('meeting');
  });

  it('keeps an acronym in brackets inside a body name', () => {
    const record = read("The 3rd Conference of the 10th Vietnam Farmers' Union (VNFU) Central Committee opened in Hanoi on May 8.", '2024-05-09');
    expect(record.organizer).toContain('(VNFU) Central Committee');
  });
});

describe('province of a national body, and related-news tails', () => {
  it('reads where a national body met from a later sentence that says where it took place', () => {
    const en = read("HÀ NỘI — The first Congress of the Ministry of Health's Party Organisation opened on Tuesday.\nThe congress, taking place at the ministry's hall in Hà Nội, gathered 300 delegates.", '2025-09-10');
    expect(en.province).toBe('Ha Noi');
    const vi = read('Sáng 9/9, Đảng bộ Bộ Y tế tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\nĐại hội được tổ chức tại Hội trường lớn ở Hà Nội với 300 đại biểu.', '2025-09-10');
    expect(vi.province).toBe('Ha Noi');
  });

  it('ties nothing when the venues name two provinces', () => {
    const record = read('On May 8, the Ministry of Health held a conference.\nThe conference took place at a hall in Hà Nội and was held at a hall in Đà Nẵng.', '2025-05-09');
    expect(record.province).toBeNull();
  });

  it('reads no place of a "Related Topics" tail', () => {
    const text = "On May 8, the Bac Giang Provincial People's Committee held a conference on tourism.\nDelegates agreed on a plan.\n\nRelated Topics\n\nThai Binh province boosts rice exports\nThe Thai Binh province convened a meeting on March 11.";
    expect(read(text, '2024-05-09').province).toBe('Bac Giang');
    const vi = 'Sáng 8/5, Hội Nông dân xã tổ chức hội nghị.\nCó thể bạn quan tâm\nTỉnh Thái Bình đẩy mạnh xuất khẩu gạo';
    expect(read(vi, '2024-05-09').province).toBeNull();
  });
});

describe('organizer confidence of an event read as its own body', () => {
  it('trusts an event name less than a body named as the subject', () => {
    const eventName = read("The 9th National Farmers' Congress opened at the National Convention Centre in Hanoi on December 5.", '2023-12-06');
    const body = read("On December 5, the Vietnam Farmers' Union opened its 9th National Congress in Hanoi.", '2023-12-06');
    expect(eventName.organizer).toBe("9th National Farmers' Congress");
    expect(eventName.confidence?.organizer).toBeLessThan(0.5);
    expect(body.confidence?.organizer).toBeGreaterThanOrEqual(0.9);
  });
});

describe('kinds of online conferences, get-togethers and run-throughs', () => {
  it('reads a webinar or a teleconference as a conference', () => {
    expect(read("On 9 June 2019, the Provincial People's Committee held a webinar with districts on flood prevention.", '2019-06-10').event.kind).toBe('conference');
    expect(read('On June 9, the Ministry of Health held a teleconference with provinces.', '2019-06-10').event.kind).toBe('conference');
  });

  it('reads a get-together that marks a tradition day as a ceremony, and a plain one as a meeting', () => {
    expect(read('Chiều ngày 14/10/2024, Đảng ủy xã tổ chức họp mặt kỷ niệm ngày truyền thống ngành Tổ chức xây dựng Đảng.', '2024-10-15').event.kind).toBe('ceremony');
    expect(read('Chiều ngày 14/10/2024, Đảng ủy xã tổ chức họp bàn công tác thu hoạch lúa.', '2024-10-15').event.kind).toBe('meeting');
  });

  it('reads a run-through of a congress programme as a meeting', () => {
    expect(read('Sáng ngày 12/8, xã Tân Kỳ tổ chức tổng duyệt chương trình Đại hội đại biểu Đảng bộ xã lần thứ I.', '2025-08-13').event.kind).toBe('meeting');
  });
});

describe('first day of a congress whose preparatory sitting is dated before its name', () => {
  it('dates the congress by its preparatory sitting a day before the opening', () => {
    const vi = read('Sáng ngày 15/8/2025, Đại hội đại biểu Đảng bộ xã Tân Kỳ lần thứ I chính thức khai mạc.\nNgày 14/8/2025, Đại hội đã tiến hành phiên trù bị tại hội trường xã.', '2025-08-16');
    expect(vi.event).toMatchObject({ date: '2025-08-14', partOfDay: null });
    const en = read('On the morning of August 15, the 1st Congress of the Tan Ky Commune Party Committee officially opened.\nOn August 14, the congress held its preparatory session.', '2025-08-16');
    expect(en.event.date).toBe('2025-08-14');
  });

  it('keeps the opening day when the earlier date is no preparatory sitting', () => {
    const vi = read('Sáng ngày 15/8/2025, Đại hội đại biểu Đảng bộ xã Tân Kỳ lần thứ I chính thức khai mạc.\nNgày 14/8/2025, xã đã tổ chức trang trí hội trường.', '2025-08-16');
    expect(vi.event.date).toBe('2025-08-15');
  });
});

describe('organizer of a presidium and of a regular meeting chaired by an officer', () => {
  it('reads "Đoàn Chủ tịch" as a body', () => {
    expect(read('Ngày 5/10, tại Nghệ An đã diễn ra Hội nghị Đoàn Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam lần thứ 6.', '2024-10-06').organizer).toBe('Đoàn Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam');
  });

  it('reads the body of the officer who chaired its regular meeting', () => {
    const record = read("On the morning of June 27, Vice Chairman of the Provincial People's Committee Nguyen Van Binh chaired the regular meeting in June.", '2024-06-28');
    expect(record.organizer).toBe("Provincial People's Committee");
    expect(record.event.kind).toBe('meeting');
    // Chairing someone else's event names no organizer.
    expect(read("On June 27, Vice Chairman of the Provincial People's Committee Nguyen Van Binh chaired the ceremony.", '2024-06-28').organizer).toBeNull();
  });
});

describe('an event still to come is not the one reported', () => {
  it('skips the planned day of a sitting and reads the meeting that prepared it', () => {
    const en = read("The 9th session of the Provincial People's Council is scheduled to open on July 10.\nOn the morning of June 20, the Standing Board of the Provincial People's Council held a meeting to prepare for the session.", '2024-06-21');
    expect(en.event).toMatchObject({ date: '2024-06-20', partOfDay: 'morning', kind: 'meeting' });
    expect(en.organizer).toBe("Standing Board of the Provincial People's Council");
    const vi = read('Kỳ họp thứ 9 HĐND huyện dự kiến tổ chức vào ngày 10/7.\nSáng 20/6, Thường trực HĐND huyện Gia Lộc họp chuẩn bị nội dung kỳ họp.', '2024-06-21');
    expect(vi.event).toMatchObject({ date: '2024-06-20', kind: 'meeting' });
    expect(vi.organizer).toBe('Thường trực HĐND huyện Gia Lộc');
  });

  it('reads no event date from a sentence the date opens when its verb is still to come', () => {
    expect(read('From 25th to 27th October, the 20th Congress of the Tu Ky District Party Committee will take place at the district Culture Center.', '2024-10-20').event.date).toBeNull();
    expect(read('Từ ngày 7 - 13/3/2024, Đại hội đại biểu Đảng bộ huyện Gia Lộc lần thứ XXVI sẽ được tổ chức tại Trung tâm Văn hóa huyện.', '2024-03-01').event.date).toBeNull();
    expect(read('Ngày 20/5/2024, Đại hội Hội Nông dân tỉnh dự kiến diễn ra tại Nhà văn hóa tỉnh.', '2024-05-01').event.date).toBeNull();
    // The day of a held event, whatever it plans next, or of someone speaking of the plan.
    expect(read('Sáng 5/3/2024, Tỉnh ủy tổ chức hội nghị triển khai kế hoạch đại hội, dự kiến diễn ra vào tháng 5.', '2024-03-06').event.date).toBe('2024-03-05');
    expect(read('On March 5, 2024, the provincial Party Committee said the congress will take place in October.', '2024-03-06').event.date).toBe('2024-03-05');
    expect(read('On March 5, 2024, the 20th Congress of the Tu Ky District Party Committee opened. It will run until March 7.', '2024-03-06').event.date).toBe('2024-03-05');
  });

  it('still reads an announcement that names nothing else', () => {
    const record = read("The 9th session of the Gia Loc District People's Council will open on July 10.", '2024-06-21');
    expect(record.organizer).toBe("Gia Loc District People's Council");
  });

  it('dates a story by the day before the "tomorrow" it names', () => {
    const en = read('The first working session of the congress reviewed the past term.\nTomorrow morning (May 9), the congress will continue its programme.', '2024-05-09');
    expect(en.event.date).toBe('2024-05-08');
    const vi = read('Phiên làm việc thứ nhất của Đại hội đã thông qua chương trình làm việc.\nSáng mai (9/5), Đại hội tiếp tục chương trình.', '2024-05-09');
    expect(vi.event.date).toBe('2024-05-08');
  });
});

describe('organizer past asides, relative clauses and places', () => {
  it('reads the body before an aside set off by dashes, however long', () => {
    const text =
      "On the morning of May 6, the National Assembly (NA) Delegation of Bac Giang province — including Mr. Tran Van Nam, Member of the Provincial Party Committee, Deputy Head of the Provincial NA Delegation; and Ms. Le Thi Hoa, Member of the NA's Committee for Social Affairs, Vice Chairwoman of the Provincial Women's Union — held a meeting with voters of Tan Yen district.";
    const record = read(text, '2025-05-07');
    expect(record.organizer).toBe('National Assembly (NA) Delegation of Bac Giang province');
    expect(record.event.kind).toBe('meeting');
  });

  it('reads no body in a person followed by a relative "who" clause', () => {
    expect(read('General Tran Van Nam, who is the Deputy Minister of Defence, met with voters of the district on June 2.', '2024-06-03').organizer).toBeNull();
    // A body with a "which" clause is still a body.
    expect(read("The Provincial Women's Union, which has 300,000 members, held a conference on June 2.", '2024-06-03').organizer).toBe("Provincial Women's Union");
  });

  it('reads a delegation that came to visit and congratulate', () => {
    const record = read('Chiều ngày 5/12, Đoàn công tác của Thường trực Tỉnh ủy do đồng chí Trần Văn Nam làm Trưởng đoàn đã đến thăm, chúc mừng Hội Cựu chiến binh tỉnh.', '2024-12-06');
    expect(record.organizer).toBe('Đoàn công tác của Thường trực Tỉnh ủy');
    expect(record.event.kind).toBe('meeting');
  });

  it('reads the body after a place given with its units, one to a comma', () => {
    expect(read("On May 6, at the cultural house of Tan Lap commune, Tan Yen district, the Bac Giang Provincial Farmers' Union held a conference.", '2024-05-07').organizer).toBe("Bac Giang Provincial Farmers' Union");
    expect(read('Sáng 6/5, tại nhà văn hóa xã Tân Lập, huyện Tân Yên, Hội Nông dân tỉnh Bắc Giang tổ chức hội nghị.', '2024-05-07').organizer).toBe('Hội Nông dân tỉnh Bắc Giang');
  });
});

describe('a leader who checked works', () => {
  it('reads the body of the leader who checked, and an inspection', () => {
    const record = read("On March 3, Chairman of the Bac Giang provincial People's Committee and leaders of departments checked the progress of the ring road.", '2024-03-04');
    expect(record.organizer).toBe("Bac Giang provincial People's Committee");
    expect(record.event.kind).toBe('inspection');
  });
});

describe('bodies that deliberate', () => {
  it('reads a body that listened to, gave opinions on, discussed or approved something', () => {
    expect(read('On the morning of June 4, the Standing Board of the Provincial Party Committee listened to reports on flood damage.', '2024-06-05').organizer).toBe('Standing Board of the Provincial Party Committee');
    expect(read("On June 4, the Party Executive Committee of the Provincial People's Committee gave opinions on the draft plan.", '2024-06-05').organizer).toBe("Party Executive Committee of the Provincial People's Committee");
    // A person who discussed something is no body.
    expect(read('On June 4, Mr. Tran Van Nam discussed the plan with farmers.', '2024-06-05').organizer).toBeNull();
  });
});

describe('standing boards, venues and companions', () => {
  it('reads the first meeting of a standing committee as a meeting, and of the whole committee as a conference', () => {
    expect(read('On October 20, the Secretary chaired the first meeting of the Standing Committee of the Provincial Party Committee.', '2020-10-21').event.kind).toBe('meeting');
    expect(read('On October 20, the Provincial Party Committee held the first meeting of the Provincial Party Committee for the new term.', '2020-10-21').event.kind).toBe('conference');
  });

  it('reads no kind from a venue named after conferences', () => {
    expect(read('Sáng ngày 5-12, tại Trung tâm Hội nghị tỉnh, Bộ trưởng Trần Văn Nam đã làm việc với lãnh đạo tỉnh Bắc Giang.', '2021-12-06').event.kind).toBe('meeting');
    expect(read('On December 5, at the Provincial Conference Hall, Minister Tran Van Nam worked with provincial leaders.', '2021-12-06').event.kind).toBe('meeting');
  });

  it('reads the delegation that came with a leader', () => {
    const record = read('Sáng ngày 5-12, đồng chí Trần Văn Nam, Bộ trưởng Bộ Y tế và đoàn công tác của Bộ Y tế đã có buổi làm việc với Ban Thường vụ Tỉnh ủy.', '2021-12-06');
    // Written as the text writes it, in lower case after the person.
    expect(record.organizer).toBe('đoàn công tác của Bộ Y tế');
  });

  it('reads a body named after a city written "TP" as a body, not a person', () => {
    expect(read('Ngày 18/6, Hội Cựu chiến binh TP Hồ Chí Minh đã tổ chức hội nghị tuyên dương.', '2024-06-19').organizer).toBe('Hội Cựu chiến binh TP Hồ Chí Minh');
  });
});

describe('a main clause after a semicolon and the event date', () => {
  it('reads the body after an introductory clause closed by a semicolon', () => {
    const vi = read('Được sự đồng ý của Ban Thường vụ Huyện ủy; Sáng ngày 12/10/2023 Ban Tổ chức Huyện ủy Gia Lộc tổ chức hội nghị tập huấn.', '2023-10-13');
    expect(vi.organizer).toBe('Ban Tổ chức Huyện ủy Gia Lộc');
    const en = read('With the approval of the District Party Standing Board; on October 12, the Organizing Board of the Gia Loc District Party Committee held a training conference.', '2023-10-13');
    expect(en.organizer).toBe('Organizing Board of the Gia Loc District Party Committee');
  });
});

describe('an official who chaired a sitting that names no owner', () => {
  it('reads the body of the first office the text gives the official', () => {
    const record = read('Sáng 12/4, đồng chí Trần Văn Nam, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì Hội nghị giao ban công tác dân vận quý I.', '2024-04-13');
    expect(record.organizer).toBe('Ban Dân vận Tỉnh ủy');
    expect(record.event.kind).toBe('meeting');
  });

  it('leaves a sitting whose owner is named to that owner', () => {
    const record = read('Sáng 12/4, đồng chí Trần Văn Nam, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.', '2024-04-13');
    expect(record.organizer).toBe('Ban Chấp hành Đảng bộ tỉnh');
  });
});
