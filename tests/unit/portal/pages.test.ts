import { loadProvinceConfig } from '../../../shared/config/province-config';
import { formatInstant, renderInboxPage, renderMessagePage, renderReportPage, type PageChrome } from '../../../shared/domain/portal/pages';
import { sampleRecord } from '../../support/portal-memory';
import { ROOT } from '../../support/pipeline-process';

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const record = sampleRecord(`${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`, config);
const chrome = (lang: 'vi' | 'en'): PageChrome => ({ lang, path: '/inbox?q=<x>', officeName: 'Gia Loc <office>', timeZone: 'Asia/Ho_Chi_Minh' });

describe('portal pages', () => {
  it('escapes every text that comes from a report or a request', () => {
    const page = renderInboxPage({
      chrome: chrome('vi'),
      filter: { text: '"><script>alert(1)</script>' },
      rows: [{ reportId: 'r-00000000000000000001', eventDate: '2024-03-08', title: '<img src=x onerror=alert(1)>', organizer: 'A & B', unread: true, acknowledged: false }],
    });
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page).toContain('A &#38; B');
    expect(page).toContain('Gia Loc &#60;office&#62;');
    expect(page).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it('marks unread reports in words, not by style alone', () => {
    const rows = [
      { reportId: 'r-00000000000000000001', eventDate: null, title: 'A', organizer: null, unread: true, acknowledged: false },
      { reportId: 'r-00000000000000000002', eventDate: null, title: 'B', organizer: null, unread: false, acknowledged: true },
    ];
    const page = renderInboxPage({ chrome: chrome('en'), filter: {}, rows });
    expect(page).toMatch(/<tr class="unread">[\s\S]*?Unread/);
    expect(page).toContain('Acknowledged');
  });

  it('shows the record with its people, documents, awards, tasks, changes and the actions, as links and forms', () => {
    const page = renderReportPage({
      chrome: chrome('vi'),
      record,
      version: 2,
      latestVersion: 2,
      versions: [
        { version: 1, createdAt: '2024-03-08T02:00:00.000Z' },
        { version: 2, createdAt: '2024-03-09T02:00:00.000Z' },
      ],
      changes: [{ field: 'districts', description: { en: 'Units: added nam-sach', vi: 'Đơn vị: thêm nam-sach' } }],
      previousVersion: 1,
      receipt: { openedAt: '2024-03-09T03:04:00.000Z', acknowledgedAt: null },
      hasOriginal: true,
    });
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain(`<article lang="en">`);
    expect(page).toContain('Nguyen Thi Thu Ha');
    expect(page).toContain('35-CT/TW');
    expect(page).toContain('Nội dung thay đổi so với phiên bản 1');
    expect(page).toContain('Đơn vị: thêm nam-sach');
    expect(page).toContain(`href="/reports/${record.reportId}/original?v=2"`);
    expect(page).toContain(`<form method="post" action="/reports/${record.reportId}/acknowledge">`);
    expect(page).toContain(`<a href="/reports/${record.reportId}?v=1">`);
    expect(page).toContain('Mở lần đầu lúc 10:04 09/03/2024');
    expect(page).not.toContain('<script');
  });

  it('leaves out the acknowledge form once acknowledged', () => {
    const page = renderReportPage({ chrome: chrome('en'), record, version: 1, latestVersion: 1, versions: [{ version: 1, createdAt: '' }], changes: [], previousVersion: null, receipt: { openedAt: null, acknowledgedAt: '2024-03-09T03:04:00.000Z' }, hasOriginal: false });
    expect(page).not.toContain('/acknowledge');
    expect(page).toContain('Acknowledged at 2024-03-09 10:04');
    expect(page).toContain('No original file.');
  });

  it('says the same for a missing report in both languages, with a way back', () => {
    expect(renderMessagePage(chrome('vi'), 'not-found')).toContain('Không tìm thấy báo cáo');
    expect(renderMessagePage(chrome('en'), 'not-found')).toContain('Report not found');
    expect(renderMessagePage(chrome('en'), 'signed-out')).toContain('href="/signin"');
  });

  it('shows instants in the province time zone', () => {
    expect(formatInstant('2024-01-11T17:30:00.000Z', 'vi', 'Asia/Ho_Chi_Minh')).toBe('00:30 12/01/2024');
    expect(formatInstant('2024-01-11T17:30:00.000Z', 'en', 'Asia/Ho_Chi_Minh')).toBe('2024-01-12 00:30');
  });
});
