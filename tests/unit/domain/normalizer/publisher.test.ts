import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPublishers } from '../../../../scripts/generate-publishers';
import { provincesOf } from '../../../../shared/domain/gazetteer';
import { readLayout } from '../../../../shared/domain/normalizer/page';
import { normalizeReport } from '../../../../shared/domain/normalizer';
import { findPublisher, type PublishersFile } from '../../../../shared/domain/normalizer/publisher';
import { analyse } from '../../../../shared/domain/normalizer/tokens';
import { haiDuong, haiPhong, read, expectQuotesMatch } from './helpers';

const PACKS = path.resolve(__dirname, '../../../../shared/domain/normalizer/packs');
const table = JSON.parse(readFileSync(path.join(PACKS, 'publishers.json'), 'utf8')) as PublishersFile;

function publisherOf(text: string, date: string, config = haiDuong) {
  const analysed = analyse(text);
  return findPublisher(analysed, readLayout(text, analysed.sentences), date, config);
}

describe('the table of provincial publishers', () => {
  it('is what the generator writes from the gazetteer and the hand-kept entries', () => {
    const manual = JSON.parse(readFileSync(path.join(PACKS, 'publishers.manual.json'), 'utf8')) as Parameters<typeof buildPublishers>[0];
    expect(buildPublishers(manual)).toEqual(table);
  });

  it('gives every province of both eras its name forms, and each province before 1 July 2025 its portal and site', () => {
    for (const era of ['district-era', 'commune-era'] as const) {
      for (const province of provincesOf(era)) {
        const entry = table.provinces.find((candidate) => candidate.era === era && candidate.code === province.code);
        expect(entry?.name).toBe(province.name);
        expect(entry!.newspapers.some((name) => name.endsWith(province.name))).toBe(true);
        if (era === 'district-era') {
          expect(entry!.newspapers).toContain(`Báo ${province.name}`);
          expect(entry!.portals.some((name) => name.startsWith('Cổng thông tin điện tử') && name.endsWith(province.name))).toBe(true);
          expect(entry!.broadcasters).toContain(`Đài Phát thanh và Truyền hình ${province.name}`);
          expect(entry!.domains.some((domain) => domain.endsWith('.gov.vn'))).toBe(true);
        }
      }
    }
    expect(table.provinces).toHaveLength(63 + 34);
  });

  it('maps no source code and no web address to two provinces', () => {
    const owners = new Map<string, string>();
    for (const entry of table.provinces) {
      for (const key of [...entry.codes.map((code) => `code ${code}`), ...entry.domains.map((domain) => `domain ${domain.toLowerCase()}`)]) {
        const owner = `${entry.era}:${entry.code}`;
        expect([key, owners.get(key) ?? owner]).toEqual([key, owner]);
        owners.set(key, owner);
      }
    }
    expect(owners.get('code LSO')).toBe('district-era:20');
  });
});

describe('the publisher of a page', () => {
  it('reads a source code at the start of the lead, with or without brackets', () => {
    const coded = publisherOf('Tỉnh ủy họp phiên thường kỳ\n(LSO) – Sáng 12/4, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 4.', '2023-04-12');
    expect(coded?.province).toBe('Lang Son');
    expect(coded?.cues[0]).toMatchObject({ how: 'code', where: 'dateline', start: 29, end: 32 });
    expect(publisherOf('BHG - Chiều 3/7, Thường trực HĐND tỉnh giám sát công tác cải cách hành chính.', '2019-07-04')?.province).toBe('Ha Giang');
    expect(publisherOf('CMO - On the morning of May 8, the provincial Farmers\' Union opened its congress.', '2023-05-08')?.province).toBe('Ca Mau');
  });

  it('reads a source code where a page runs its headline into the story on one line, but not a code in prose', () => {
    const glued = publisherOf('Tin tức HĐND phường họp bàn nhiệm vụ cuối năm ĐNO - Sáng 15/8, HĐND phường tổ chức kỳ họp thứ hai.', '2025-08-15');
    expect(glued?.province).toBe('Da Nang');
    expect(glued?.cues[0]).toMatchObject({ how: 'code', where: 'dateline' });
    expect(publisherOf('Phóng viên báo in mang mã QNO trong bài, sau đó xã tổ chức hội nghị.', '2025-08-15')).toBeNull();
  });

  it('reads a site address in a dateline or a footer, and a department\'s site as its province\'s', () => {
    expect(publisherOf('(Baonghean.vn) - On June 3, the provincial People\'s Council held a thematic session.', '2022-06-04')?.cues[0]).toMatchObject({ how: 'domain', where: 'dateline' });
    const footer = 'Sáng 9/5, Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương lần thứ nhất.\nCác đại biểu biểu quyết thông qua danh sách.\nNguồn: sotuphap.langson.gov.vn';
    expect(publisherOf(footer, '2021-05-09')?.province).toBe('Lang Son');
    expect(publisherOf('Chiều 2/8, Huyện ủy tổ chức hội nghị sơ kết.\nĐại biểu thảo luận.\n© www.baotayninh.vn', '2022-08-02')?.province).toBe('Tay Ninh');
    expect(publisherOf('Chiều 2/8, Huyện ủy tổ chức hội nghị sơ kết.\nĐại biểu thảo luận.\nEmail: toasoan@baoquangninh.vn', '2022-08-02')?.province).toBe('Quang Ninh');
    expect(publisherOf('Chiều 2/8, Huyện ủy tổ chức hội nghị sơ kết.\nĐại biểu thảo luận.\nNguồn: dantri.com.vn', '2022-08-02')).toBeNull();
  });

  it('reads the names a masthead, a byline or a footer prints, in both languages', () => {
    const portal = 'Chiều 2/8, Hội Nông dân tỉnh tổ chức hội nghị giữa nhiệm kỳ.\nHội nghị đã thông qua nghị quyết.\nCổng thông tin điện tử tỉnh Quảng Trị';
    expect(publisherOf(portal, '2021-08-03')?.province).toBe('Quang Tri');
    expect(publisherOf('Vinh Phuc Newspaper\nOn May 14, the provincial Party Committee reviewed the first quarter.', '2024-05-15')?.province).toBe('Vinh Phuc');
    expect(publisherOf('On May 14, the provincial Youth Union held a meeting.\nDelegates agreed on the plan.\nSource: Ninh Binh Radio and Television', '2024-05-15')?.province).toBe('Ninh Binh');
    expect(publisherOf('Sáng 4/1, Đảng ủy xã tổng kết năm.\nĐại biểu thảo luận.\nThu Hà - Báo Thái Bình', '2024-01-05')?.province).toBe('Thai Binh');
    expect(publisherOf('PHÚ THỌ (Báo Phú Thọ) - Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị.', '2024-03-06')?.province).toBe('Phu Tho');
  });

  it('does not read a press name a story speaks of in its prose', () => {
    const prose = 'Sáng 4/1, Huyện ủy tổng kết công tác năm.\nDự hội nghị có đại diện phóng viên Báo Thái Bình và Đài Phát thanh và Truyền hình Thái Bình cùng đông đảo đại biểu các xã, thị trấn trên địa bàn huyện.';
    expect(publisherOf(prose, '2024-01-05')).toBeNull();
    expect(publisherOf('Sáng 4/1, Hội Cựu chiến binh tỉnh tổ chức báo cáo tổng kết.', '2024-01-05')).toBeNull();
  });

  it('reads the press of a merged province as its successor\'s for events from 1 July 2025', () => {
    const text = '(Báo Hải Dương) - Sáng 5/9, Đảng ủy xã tổ chức hội nghị.';
    expect(publisherOf(text, '2024-09-05')?.province).toBe('Hai Duong');
    expect(publisherOf(text, '2025-09-05')?.province).toBe('Hai Phong');
    expect(publisherOf(text, '2024-09-05', haiPhong)?.province).toBe('Hai Duong');
    expect(publisherOf('BHG - Sáng 5/9, Đảng ủy xã tổ chức hội nghị.', '2025-09-05')?.province).toBe('Tuyen Quang');
    expect(publisherOf('Sáng 5/9, Đảng ủy phường tổ chức hội nghị.\nĐại biểu thảo luận.\nBáo và Phát thanh, Truyền hình Lạng Sơn', '2025-09-05')?.province).toBe('Lang Son');
  });

  it('lets a dateline decide between a portal that reprints a story and the story\'s own paper', () => {
    const reprint = 'Cổng thông tin điện tử tỉnh Lạng Sơn\nYBĐT - Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.';
    expect(publisherOf(reprint, '2024-03-06')?.province).toBe('Yen Bai');
    const undecided = 'Báo Lạng Sơn\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.\nĐại biểu thảo luận.\nTheo Báo Cao Bằng';
    expect(publisherOf(undecided, '2024-03-06')).toBeNull();
  });
});

describe('the province of a report from its publisher', () => {
  it('gives the publisher\'s province, with its evidence and a confidence below 0.9, when the text names none', () => {
    const text = 'Tỉnh ủy họp phiên thường kỳ\n(LSO) – Sáng 12/4, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 4 dưới sự chủ trì của đồng chí Bí thư Tỉnh ủy.';
    const record = read(text, '2023-04-13');
    expect(record).toMatchObject({ province: 'Lang Son', scope: 'province' });
    expect(record.evidence?.province.map((span) => span.quote)).toEqual(['LSO']);
    expect(record.confidence!.province).toBeGreaterThanOrEqual(0.6);
    expect(record.confidence!.province).toBeLessThan(0.9);
    expect(record.warnings).not.toContain('no province named');
    expect(record.warnings).toContain("no province named in the text; read from the page's publisher");
    expectQuotesMatch(text, record);
  });

  it('does so in English and for a commune\'s body', () => {
    const english = read("HOME\nMonday, 05/13/2024\n(BHG) - On May 13, the Standing Board of the provincial Party Committee met to review the first quarter.", '2024-05-14');
    expect(english).toMatchObject({ province: 'Ha Giang', scope: 'province' });
    const commune = read('Sáng 4/1/2024, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2023.\nĐại biểu thảo luận, góp ý.\nThu Hà - Báo Thái Bình', '2024-01-05');
    expect(commune).toMatchObject({ province: 'Thai Binh', scope: 'commune' });
  });

  it('without an organizer, reads the publisher only for a story of local bodies', () => {
    const local = read('Tin tức\nLSO - Nhiều hoạt động thiết thực của các xã trong tuần qua.', '2024-03-06');
    expect(local).toMatchObject({ province: 'Lang Son', organizer: null });
    expect(local.confidence!.province).toBeLessThan(0.8);
    expect(read('Tin tức\nLSO - Thủ tướng Chính phủ đánh giá cao kết quả của các xã trong tuần qua.', '2024-03-06').province).toBeNull();
  });

  it('reads a centrally run city\'s committee as the province\'s once the publisher names the city', () => {
    expect(read('SGGP - Sáng 5/3/2024, Thành ủy tổ chức hội nghị sơ kết công tác quý I.', '2024-03-06')).toMatchObject({ province: 'Ho Chi Minh', scope: 'province' });
  });

  it('lets the text win over the masthead when the text names a province', () => {
    const record = read('Báo Lạng Sơn\nSáng 5/3, Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác quý I.', '2024-03-06');
    expect(record.province).toBe('Cao Bang');
    expect(record.evidence?.province.map((span) => span.quote)).toEqual(['Cao Bằng']);
  });

  it('does not override a national story in a provincial paper, where it met or not', () => {
    const met = read('(QNO) - Sáng 5/3, tại Hà Nội, Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ trao giải thưởng.', '2024-03-06');
    expect(met.province).toBe('Ha Noi');
    const national = read('(LSO) – Sáng 5/3, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ mười.', '2024-03-06');
    expect(national.province).toBeNull();
    const english = read("CMO - On March 5, the National Assembly's Standing Committee opened its 30th meeting.", '2024-03-06');
    expect(english.province).toBeNull();
  });
});

describe('the province of a saved page from its address', () => {
  const session = 'Khai mạc kỳ họp thứ 12 HĐND tỉnh\nSáng 28/5, HĐND tỉnh khai mạc kỳ họp thứ 12 (kỳ họp chuyên đề) khoá X, nhiệm kỳ 2021-2026.';
  const readAt = (text: string, pageAddress: string | undefined, referenceDate = '2024-05-29') =>
    normalizeReport(text, { referenceDate, config: haiDuong, ...(pageAddress ? { pageAddress } : {}) });

  it('gives the province of the paper or portal whose site the page is on, when the text names none', () => {
    expect(readAt(session, undefined).province).toBeNull();
    const record = readAt(session, 'https://baotayninh.vn/video/khai-mac-ky-hop.html');
    expect(record).toMatchObject({ province: 'Tay Ninh', scope: 'province' });
    // Nothing in the text stands for it: no span, and a confidence that keeps it from the offices until checked.
    expect(record.evidence?.province).toEqual([]);
    expect(record.confidence!.province).toBeLessThan(0.9);
    expect(record.warnings).toContain("no province named in the text; read from the page's address");
    expectQuotesMatch(session, record);
    // A department's site is its province's; the configured province keeps its configured name.
    expect(readAt(session, 'http://dbnd.gialai.gov.vn/News/ky-hop').province).toBe('Gia Lai');
    expect(readAt(session, 'https://www.baohaiduong.vn/chinh-tri/ky-hop-123.html').province).toBe('Hai Duong');
  });

  it('reads a merged province\'s site as its successor\'s for an event from 1 July 2025', () => {
    const commune = 'Đại hội Đảng bộ xã lần thứ I\nSáng 20/8/2025, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.';
    expect(readAt(commune, 'https://baohaiduong.vn/dai-hoi.html', '2025-08-21')).toMatchObject({ province: 'Hai Phong', scope: 'commune' });
  });

  it('lets the text, and a dateline of another paper, win over the address', () => {
    const named = 'Sáng 5/3, Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác quý I.';
    expect(readAt(named, 'https://baolangson.vn/hoi-nghi.html', '2024-03-06').province).toBe('Cao Bang');
    const reprint = 'YBĐT - Sáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.';
    expect(readAt(reprint, 'https://langson.gov.vn/tin-tuc/1', '2024-03-06').province).toBe('Yen Bai');
  });

  it('reads nothing from a site that is no province\'s press, nor for a national story', () => {
    expect(readAt(session, 'https://vnexpress.net/khai-mac-ky-hop.html').province).toBeNull();
    expect(readAt(session, 'not an address').province).toBeNull();
    const national = 'Sáng 5/3, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ mười.';
    expect(readAt(national, 'https://baolangson.vn/hoi-nghi.html', '2024-03-06').province).toBeNull();
  });
});
