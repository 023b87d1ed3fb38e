import { readFileSync } from 'node:fs';
import path from 'node:path';
import { leaderRowProblem, leadersNamed, type LeadersFile } from '../../../../shared/domain/gazetteer/leaders';
import { leaderPostOfRole, leaderProvince } from '../../../../shared/domain/normalizer/leader-province';
import { read } from './helpers';

const LEADERS = path.resolve(__dirname, '../../../../shared/domain/gazetteer/data/leaders.json');

describe('top provincial posts in the roles people are given', () => {
  it.each([
    ['Bí thư Tỉnh ủy', 'secretary'],
    ['Bí thư Thành uỷ', 'secretary'],
    ['Secretary of the Provincial Party Committee', 'secretary'],
    ['Secretary of the municipal Party Committee', 'secretary'],
    ['provincial Party Secretary', 'secretary'],
    ['Chủ tịch UBND tỉnh', 'ppc-chair'],
    ['Quyền Chủ tịch Ủy ban nhân dân tỉnh', 'ppc-chair'],
    ["Chairman of the Provincial People's Committee", 'ppc-chair'],
    ['Chairwoman of the City People’s Committee', 'ppc-chair'],
    ['Chủ tịch HĐND tỉnh', 'council-chair'],
    ["Chairman of the provincial People's Council", 'council-chair'],
  ] as const)('%s is the %s', (role, post) => {
    expect(leaderPostOfRole(role)).toBe(post);
  });

  it.each([
    'Phó Bí thư Tỉnh ủy',
    'Deputy Secretary of the Provincial Party Committee',
    'Phó Chủ tịch UBND tỉnh',
    'Bí thư Huyện ủy',
    'Chủ tịch UBND huyện',
    "Chairman of the District People's Committee",
    'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
    // A role that names its province is a place the text names, not a post to look up.
    'Bí thư Tỉnh ủy Bắc Ninh',
    'Nguyên Bí thư Tỉnh ủy',
  ])('%s is none of them', (role) => {
    expect(leaderPostOfRole(role)).toBeNull();
  });
});

describe('the province of a post holder on the day', () => {
  it('finds the holder of the post on the day only, with a short grace around the term', () => {
    expect(leadersNamed('Nguyễn Văn Nên', 'secretary', '2022-05-01').map((match) => match.province)).toEqual(['Ho Chi Minh']);
    // Without diacritics, as English pages write names.
    expect(leadersNamed('Nguyen Van Nen', 'secretary', '2022-05-01').map((match) => match.province)).toEqual(['Ho Chi Minh']);
    // Not the post he held, nor a day years before his term.
    expect(leadersNamed('Nguyễn Văn Nên', 'ppc-chair', '2022-05-01')).toEqual([]);
    expect(leadersNamed('Nguyễn Văn Nên', 'secretary', '2016-05-01')).toEqual([]);
  });

  it('knows nothing when people of two provinces hold top posts in one story', () => {
    const mentions = [
      { name: 'Nguyễn Văn Nên', roles: ['Bí thư Thành ủy'], start: 0, end: 14 },
      { name: 'Nguyễn Văn Út', roles: ['Chủ tịch UBND tỉnh'], start: 40, end: 53 },
    ];
    expect(leaderProvince(mentions.slice(0, 1), '2022-05-01')).toMatchObject({ province: 'Ho Chi Minh' });
    expect(leaderProvince(mentions, '2022-05-01')).toBeNull();
  });

  it('lets the others named decide for a person moving between two provinces', () => {
    // Hoàng Quốc Khánh left Sơn La for Lạng Sơn in October 2025: both within the grace in December.
    const moving = { name: 'Hoang Quoc Khanh', roles: ['Secretary of the Provincial Party Committee'], start: 0, end: 16 };
    expect(leadersNamed(moving.name, 'secretary', '2025-12-09').map((match) => match.province).sort()).toEqual(['Lang Son', 'Son La']);
    expect(leaderProvince([moving], '2025-12-09')).toBeNull();
    const council = { name: 'Doan Thi Hau', roles: ["Chairwoman of the Provincial People's Council"], start: 40, end: 52 };
    expect(leaderProvince([moving, council], '2025-12-09')).toMatchObject({ province: 'Lang Son', mentions: [moving, council] });
    // Someone of a third province leaves no province that fits everyone.
    const other = { name: 'Trần Lưu Quang', roles: ['Bí thư Thành ủy'], start: 60, end: 74 };
    expect(leaderProvince([moving, council, other], '2025-12-09')).toBeNull();
  });

  it('reads the province of a story that never names it from its leader, less surely than a named one', () => {
    const text = 'Ngày 5/5/2022, Ban Thường vụ Thành ủy tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì hội nghị.';
    const record = read(text, '2022-05-06');
    expect(record).toMatchObject({ province: 'Ho Chi Minh', scope: 'province' });
    expect(record.warnings).toContain('no province named in the text; read from the post a person named held');
    expect(record.evidence!.province!.map((span) => span.quote)).toEqual(['Nguyễn Văn Nên']);
    expect(record.confidence!.province).toBeLessThan(0.9);
  });

  it('never overrides a province the text names, nor ties a national body to the leader it meets', () => {
    const named = read('Ngày 5/5/2022, Tỉnh ủy Long An tổ chức hội nghị. Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy, dự hội nghị.', '2022-05-06');
    expect(named.province).toBe('Long An');
    const national = read('Ngày 5/5/2022, Bộ Chính trị làm việc với Ban Thường vụ Thành ủy. Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy, báo cáo.', '2022-05-06');
    expect(national.province).toBeNull();
  });

  it("ties a national body's delegation to the province whose leader heads it, held for review", () => {
    const text = 'Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Quốc Chỉnh kiểm tra công tác bầu cử tại một số địa phương\nSáng 12/3, Đoàn công tác của Ban Chỉ đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp kiểm tra công tác bầu cử tại các xã.';
    const record = read(text, '2026-03-13');
    expect(record.province).toBe('Ninh Binh');
    expect(record.confidence!.province).toBeLessThan(0.6);
  });

  it('leaves the province unknown for a holder out of office on the day', () => {
    const record = read('Ngày 5/5/2016, Ban Thường vụ Thành ủy tổ chức hội nghị. Đồng chí Nguyễn Văn Nên, Bí thư Thành ủy chủ trì.', '2016-05-06');
    expect(record.province).toBeNull();
  });
});

describe('the leaders data file', () => {
  const file = JSON.parse(readFileSync(LEADERS, 'utf8')) as LeadersFile;

  it('gives every row a known post, a province of its era, dates in order and a source page', () => {
    expect(file.rows.length).toBeGreaterThan(100);
    const problems = file.rows.map((row) => [row.name, leaderRowProblem(row)] as const).filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('has no two rows for one person, post and province whose terms overlap by more than the merger day', () => {
    const overlaps: string[] = [];
    const key = (row: (typeof file.rows)[number]): string => `${row.province}|${row.post}|${row.name}`;
    const byKey = new Map<string, (typeof file.rows)[number][]>();
    for (const row of file.rows) byKey.set(key(row), [...(byKey.get(key(row)) ?? []), row]);
    for (const [name, rows] of byKey) {
      const sorted = rows.filter((row) => row.from !== null).sort((a, b) => a.from!.localeCompare(b.from!));
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1]!;
        if (previous.to === null || previous.to.slice(0, 7) > sorted[i]!.from!.slice(0, 7)) overlaps.push(name);
      }
    }
    expect(overlaps).toEqual([]);
  });
});
