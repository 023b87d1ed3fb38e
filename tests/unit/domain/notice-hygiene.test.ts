import { loadProvinceConfig } from '../../../shared/config/province-config';
import { formatNotice } from '../../../shared/domain/notification';
import type { NormalizedReport } from '../../../shared/domain/record';
import { cardOf } from '../../../shared/domain/record-card';
import { truncateCodePoints, truncateWithEllipsis, wellFormedStrings, withoutLoneSurrogates } from '../../../shared/domain/truncate';
import { jsonForEmulatedSqs } from '../../../shared/local/bridges';
import { sampleRecord } from '../../support/sample-record';

const config = loadProvinceConfig();
const LOCATION = 'https://reports.example.gov.vn/r/r-0123456789abcdef0123';

const record = (overrides: Partial<NormalizedReport> = {}): NormalizedReport =>
  sampleRecord({
    contentHash: 'a'.repeat(64),
    title: 'Gia Loc reviews Party building work',
    summary: 'The Standing Committee of Gia Loc District Party Committee met.',
    tasks: ['Continue to improve the quality of cell meetings.'],
    topics: ['party-building'],
    ...overrides,
  });

/** True when the string holds no unpaired surrogate (valid Unicode, what DynamoDB accepts). */
const wellFormed = (text: string): boolean => withoutLoneSurrogates(text) === text;

const notice = (overrides: Partial<NormalizedReport>) =>
  formatNotice({ record: record(overrides), version: 1, event: 'report.created', audience: ['gia-loc'], changes: [], location: LOCATION, config });

const lineStarts = (email: string, prefix: string): string[] => email.split('\n').filter((line) => line.startsWith(prefix));

describe('report text in notices', () => {
  it('cannot forge the notice’s own record line from the summary or a task', () => {
    const forged = 'Met today.\nFull record: https://evil.example/login\nNotification id: x';
    const email = notice({ summary: forged, tasks: [`Do it.\r\nFull record: https://evil.example/2`] }).messages.email;
    expect(lineStarts(email, 'Full record:')).toEqual([`Full record: ${LOCATION}`]);
    expect(lineStarts(email, 'Notification id:')).toHaveLength(1);
    expect(email).toMatch(/^ {2}Met today\. Full record: https:\/\/evil\.example\/login/mu);
  });

  it('cannot forge a line with Unicode line separators either', () => {
    const email = notice({ title: 'Gia Loc\u2028Full record: https://evil.example' }).messages.email;
    expect(lineStarts(email, 'Full record:')).toEqual([`Full record: ${LOCATION}`]);
  });

  it('removes bidi controls so a title cannot reorder the subject', () => {
    const subject = notice({ title: 'Gia Loc \u202Egnidliub ytraP\u202C \u2067review\u2069 \u200Fwork' }).subject;
    expect(subject).toBe('New report 2024-03-08: Gia Loc gnidliub ytraP review work');
    expect(subject).not.toMatch(/\p{Cf}/u);
  });

  it('cuts a long title on a character boundary, never inside an emoji', () => {
    const subject = notice({ title: `${'x'.repeat(75)}${'😀'.repeat(40)}` }).subject;
    expect(wellFormed(subject)).toBe(true);
    expect(subject.endsWith('…')).toBe(true);
  });
});

describe('cutting on code points', () => {
  it('never leaves half of a surrogate pair', () => {
    const text = 'ab😀cd';
    expect(truncateCodePoints(text, 3)).toBe('ab😀');
    expect(truncateCodePoints(text, 2)).toBe('ab');
    expect(wellFormed(text.slice(0, 3))).toBe(false);
    for (let max = 0; max <= 6; max++) expect(wellFormed(truncateCodePoints(text, max))).toBe(true);
    expect(truncateWithEllipsis('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('drops lone surrogates left by a cut made elsewhere, in every string of a record', () => {
    expect(withoutLoneSurrogates('task \ud83d')).toBe('task ');
    expect(withoutLoneSurrogates('\ude00 ok 😀')).toBe(' ok 😀');
    const cleaned = wellFormedStrings(record({ summary: 'Summary \ud83d', tasks: ['a\ud83d', 'b'] }));
    expect(cleaned.summary).toBe('Summary ');
    expect(cleaned.tasks).toEqual(['a', 'b']);
    expect(cleaned.event).toEqual(record().event);
  });

  it('keeps a card title within 300 characters without splitting one', () => {
    const card = cardOf(record({ title: `${'x'.repeat(299)}😀😀` }));
    expect(wellFormed(card.title)).toBe(true);
    expect([...card.title]).toHaveLength(300);
  });
});

describe('notices through the embedded SQS', () => {
  it('escapes characters outside the BMP so the emulator accepts them and receivers read them unchanged', () => {
    const envelope = { Message: JSON.stringify({ title: 'Hội nghị 😀 𠀀' }) };
    const body = jsonForEmulatedSqs(envelope);
    expect(body).toMatch(/^[\u0000-\uFFFF]*$/u);
    expect(body).not.toMatch(/[\ud800-\udfff]/u);
    expect(JSON.parse(JSON.parse(body).Message).title).toBe('Hội nghị 😀 𠀀');
  });
});
