import { parse } from './helpers';

describe('tasks, topics, title and summary', () => {
  const en = [
    'Hai Duong reviews mass mobilization work',
    'On the afternoon of January 9, the Standing Committee of Hai Duong Provincial Party Committee held a conference to review mass mobilization work in 2024.',
    'The province recognized 2,150 "Skilled mass mobilization" models.',
    'Comrade Dang Quoc Hoan requested Party committees to keep close to the people.',
    'He asked the Fatherland Front to improve the quality of supervision.',
  ].join('\n');

  it('records each direction as one sentence', () => {
    expect(parse(en, '2025-01-10').tasks).toEqual([
      'Comrade Dang Quoc Hoan requested Party committees to keep close to the people.',
      'He asked the Fatherland Front to improve the quality of supervision.',
    ]);
    expect(parse('Sáng 9/1, Tỉnh ủy tổ chức hội nghị.\nĐồng chí đề nghị các cấp ủy tiếp tục thực hiện nghiêm kết luận.', '2025-01-10').tasks).toEqual([
      'Đồng chí đề nghị các cấp ủy tiếp tục thực hiện nghiêm kết luận.',
    ]);
  });

  it('tags topics from the closed list', () => {
    expect(parse(en, '2025-01-10').topics).toContain('mass-mobilization');
    expect(parse('Sáng 9/1, hội nghị tổng kết công tác thi đua, khen thưởng; tặng Bằng khen cho 20 tập thể.').topics).toContain('emulation-and-awards');
    expect(parse('Hello.').topics).toEqual(['other']);
  });

  it('leaves photo and video captions out of the summary', () => {
    const text = [
      'On the afternoon of January 9, the Standing Committee of Hai Duong Provincial Party Committee held a conference.',
      'Watch the clip of Comrade Dang Quoc Hoan speaking at the conference',
      'Ảnh: Các đại biểu dự hội nghị',
      'The province recognized 2,150 models.',
    ].join('\n');
    const summary = parse(text, '2025-01-10').summary;
    expect(summary).not.toContain('Watch the clip');
    expect(summary).not.toContain('Ảnh:');
    expect(summary).toContain('The province recognized 2,150 models.');
  });

  it('uses a headline as the title and the lead for the summary', () => {
    const record = parse(en, '2025-01-10');
    expect(record.title).toBe('Hai Duong reviews mass mobilization work');
    expect(record.summary.startsWith('On the afternoon of January 9')).toBe(true);
    expect(record.event.date).toBe('2025-01-09');
  });

  it('uses the lead as the title when there is no headline', () => {
    const record = parse('Sáng 9/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024. Hội nghị đánh giá kết quả.', '2025-01-10');
    expect(record.title).toBe('Sáng 9/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024');
    expect(record.summary).toContain('Hội nghị đánh giá kết quả.');
  });
});
