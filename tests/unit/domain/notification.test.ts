import { loadProvinceConfig } from '../../../shared/config/province-config';
import { MAX_MESSAGE_BYTES, MAX_SMS_CHARS, foldForSms, formatNotice, notificationIdOf } from '../../../shared/domain/notification';
import { SCHEMA_VERSION, type NormalizedReport } from '../../../shared/domain/record';
import { diffReports } from '../../../shared/domain/record-diff';

const config = loadProvinceConfig();

function record(overrides: Partial<NormalizedReport> = {}): NormalizedReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    reportId: 'r-0123456789abcdef0123',
    contentHash: 'a'.repeat(64),
    language: 'vi',
    title: 'Huyện ủy Gia Lộc tổng kết công tác xây dựng Đảng năm 2024',
    summary: 'Sáng 8/3, Ban Thường vụ Huyện ủy Gia Lộc tổ chức hội nghị tổng kết.',
    event: { date: '2024-03-08', partOfDay: 'morning', kind: 'conference' },
    organizer: 'Ban Thường vụ Huyện ủy Gia Lộc',
    province: 'Hai Duong',
    scope: 'district',
    organizerUnit: 'gia-loc',
    districts: ['gia-loc', 'tu-ky'],
    people: [{ name: 'Lê Văn Hiếu', roles: ['Bí thư Huyện ủy Gia Lộc'] }],
    documents: [{ code: '35-CT/TW', type: 'directive', date: '2024-06-14', number: '35', issuer: 'TW', issuerName: 'Bộ Chính trị' }],
    awards: [{ count: 12, recipient: 'collective', award: 'certificate of merit' }],
    tasks: ['Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.'],
    topics: ['party-building'],
    warnings: [],
    ...overrides,
  };
}

const base = { version: 1, event: 'report.created' as const, audience: ['gia-loc', 'tu-ky'], changes: [], location: 'reports show r-0123456789abcdef0123', config };

describe('formatNotice', () => {
  it('carries a stable notification id made of report id and version', () => {
    const notice = formatNotice({ ...base, record: record() });
    expect(notice.notificationId).toBe(notificationIdOf('r-0123456789abcdef0123', 1));
    expect(JSON.parse(notice.messages.sqs).notificationId).toBe('r-0123456789abcdef0123:v1');
  });

  it('writes the e-mail in the report\'s language with Vietnamese diacritics intact', () => {
    const notice = formatNotice({ ...base, record: record() });
    expect(notice.subject).toMatch(/^Báo cáo mới 08\/03\/2024: Huyện ủy Gia Lộc/);
    expect(notice.messages.email).toContain('Đơn vị tổ chức: Ban Thường vụ Huyện ủy Gia Lộc');
    expect(notice.messages.email).toContain('Liên quan đến: huyện Gia Lộc, huyện Tứ Kỳ');
    expect(notice.messages.email).toContain('- 35-CT/TW (2024-06-14)');
    expect(notice.messages.email).toContain('Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.');
  });

  it('says "all units of the province" for a province-wide English report', () => {
    const notice = formatNotice({ ...base, audience: config.units.map((u) => u.id), record: record({ language: 'en', scope: 'province', title: 'Conference' }) });
    expect(notice.messages.email).toContain('Concerns: all units of the province');
  });

  it('keeps the subject on one line under 100 characters', () => {
    const notice = formatNotice({ ...base, record: record({ title: `Tiêu đề ${'rất dài '.repeat(40)}\nxuống dòng` }) });
    expect([...notice.subject].length).toBeLessThan(100);
    expect(notice.subject).not.toContain('\n');
  });

  it('fits the SMS into two GSM-7 segments, folding Vietnamese letters, and keeps the report id', () => {
    const notice = formatNotice({ ...base, record: record({ title: 'Hội nghị '.repeat(80) }) });
    expect(notice.messages.sms.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
    expect(notice.messages.sms).toMatch(/^[\x20-\x7E\n]*$/);
    expect(notice.messages.sms).toContain('ID r-0123456789abcdef0123');
    expect(foldForSms('Đồng chí Trần Đức Thắng')).toBe('Dong chi Tran Duc Thang');
  });

  it('stays under the SNS size limit however long the report is', () => {
    const huge = record({
      summary: 'x'.repeat(300_000),
      tasks: Array.from({ length: 5000 }, (_, i) => `Nhiệm vụ số ${i} ${'rất dài '.repeat(50)}`),
      people: Array.from({ length: 3000 }, (_, i) => ({ name: `Người ${i}`, roles: ['Bí thư '.repeat(30)] })),
      documents: Array.from({ length: 2000 }, (_, i) => ({ code: `${i}-CT/TW`, type: 'directive' as const, date: null, number: String(i), issuer: 'TW', issuerName: null })),
    });
    const notice = formatNotice({ ...base, record: huge });
    expect(Buffer.byteLength(notice.message, 'utf8')).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    const machine = JSON.parse(notice.messages.sqs);
    expect(machine.truncated).toBe(true);
    expect(machine.notificationId).toBe('r-0123456789abcdef0123:v1');
  });

  it('is a valid MessageStructure json message with a default entry', () => {
    const parsed = JSON.parse(formatNotice({ ...base, record: record() }).message);
    expect(Object.keys(parsed).sort()).toEqual(['default', 'email', 'https', 'sms', 'sqs']);
  });

  it('tells an updated notice\'s readers what changed', () => {
    const before = record();
    const after = record({ event: { ...before.event, date: '2024-03-09' }, documents: [...before.documents, { code: '48-KL/TW', type: 'conclusion', date: null, number: '48', issuer: 'TW', issuerName: null }] });
    const notice = formatNotice({ ...base, version: 2, event: 'report.updated', record: after, changes: diffReports(before, after) });
    expect(notice.subject).toMatch(/^Báo cáo cập nhật/);
    expect(notice.messages.email).toContain('ngày diễn ra: 2024-03-08 -> 2024-03-09');
    expect(notice.messages.email).toContain('văn bản: thêm 48-KL/TW');
    expect(JSON.parse(notice.messages.sqs).changes.map((c: { field: string }) => c.field)).toEqual(['event.date', 'documents']);
  });
});
