import { loadProvinceConfig } from '../../../shared/config/province-config';
import { MAX_SMS_CHARS, formatNotice } from '../../../shared/domain/notification';
import { sampleRecord } from '../../support/portal-memory';
import { ROOT } from '../../support/pipeline-process';

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const record = sampleRecord(`${ROOT}/samples/gia-loc-2024-03-08-party-building-review.en.txt`, config);

describe("the notice's link to the portal", () => {
  const location = `https://reports.example.org/reports/${record.reportId}`;
  const notice = formatNotice({ record, version: 1, event: 'report.created', audience: ['gia-loc', 'tu-ky'], changes: [], location, config });

  it('is in the e-mail, the text message and the machine-readable notice', () => {
    expect(notice.messages.email).toContain(location);
    expect(notice.messages.sms).toContain(`ID ${record.reportId} ${location}`);
    expect(notice.messages.sms.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
    expect((JSON.parse(notice.messages.sqs) as { location: string }).location).toBe(location);
  });

  it('survives a long title, which gives way first', () => {
    const long = formatNotice({ record: { ...record, title: 'Very long title '.repeat(40) }, version: 1, event: 'report.created', audience: ['gia-loc'], changes: [], location, config });
    expect(long.messages.sms.endsWith(`ID ${record.reportId} ${location}`)).toBe(true);
    expect(long.messages.sms.length).toBeLessThanOrEqual(MAX_SMS_CHARS);
  });

  it('stays out of the text message when the location is not a web link', () => {
    const plain = formatNotice({ record, version: 1, event: 'report.created', audience: ['gia-loc'], changes: [], location: `reports show ${record.reportId}`, config });
    expect(plain.messages.sms).not.toContain('reports show');
    expect(plain.messages.sms).toContain(`ID ${record.reportId}`);
  });
});
