import type { ProvinceConfig } from '../config/province-config';
import type { NormalizedReport } from './record';
import type { ReportChange } from './record-diff';
import { truncateWithEllipsis } from './truncate';

/**
 * The notice an office receives, written once per protocol (SNS `MessageStructure: json`).
 * Pure: the publisher adapter only sends what this returns.
 */

export type NoticeEvent = 'report.created' | 'report.updated';

export interface NoticeInput {
  readonly record: NormalizedReport;
  readonly version: number;
  readonly event: NoticeEvent;
  /** Unit ids the notice is routed to. */
  readonly audience: readonly string[];
  readonly changes: readonly ReportChange[];
  /** Where the full record can be read (a URL, or the table key). */
  readonly location: string;
  readonly config: ProvinceConfig;
}

export interface FormattedNotice {
  /** Stable id a receiver uses to drop a repeat: report id + version. */
  readonly notificationId: string;
  /** E-mail subject: UTF-8, one line, under 100 characters (SNS limit). */
  readonly subject: string;
  /** The `Message` of an SNS publish with `MessageStructure: "json"`. */
  readonly message: string;
  readonly messages: { readonly default: string; readonly email: string; readonly sms: string; readonly sqs: string; readonly https: string };
}

/** SNS rejects a publish over 256 KiB; keep a margin for the envelope and attributes. */
export const MAX_MESSAGE_BYTES = 240 * 1024;
/** Two concatenated GSM-7 segments (153 characters each). */
export const MAX_SMS_CHARS = 306;
const MAX_SUBJECT_CHARS = 99;

export function notificationIdOf(reportId: string, version: number): string {
  return `${reportId}:v${version}`;
}

const LABELS = {
  en: {
    created: 'New report',
    updated: 'Updated report',
    date: 'Date',
    organizer: 'Organizer',
    concerns: 'Concerns',
    wholeProvince: 'all units of the province',
    documents: 'Documents cited',
    tasks: 'Tasks',
    changes: 'What changed',
    summary: 'Summary',
    full: 'Full record',
    id: 'Notification id',
    unknown: 'not stated',
    more: (n: number) => `... and ${n} more`,
  },
  vi: {
    created: 'Báo cáo mới',
    updated: 'Báo cáo cập nhật',
    date: 'Ngày',
    organizer: 'Đơn vị tổ chức',
    concerns: 'Liên quan đến',
    wholeProvince: 'tất cả các đơn vị trong tỉnh',
    documents: 'Văn bản được trích dẫn',
    tasks: 'Nhiệm vụ',
    changes: 'Nội dung thay đổi',
    summary: 'Tóm tắt',
    full: 'Bản ghi đầy đủ',
    id: 'Mã thông báo',
    unknown: 'không rõ',
    more: (n: number) => `... và ${n} mục khác`,
  },
} as const;

function formatDate(record: NormalizedReport): string | null {
  const date = record.event.date;
  if (!date) return null;
  const [year, month, day] = date.split('-');
  return record.language === 'vi' ? `${day}/${month}/${year}` : date;
}

function unitNames(audience: readonly string[], config: ProvinceConfig, language: 'en' | 'vi'): string[] {
  const byId = new Map(config.units.map((unit) => [unit.id, unit]));
  return audience.map((id) => {
    const unit = byId.get(id);
    if (!unit) return id;
    return language === 'vi' ? unit.nameVi : unit.name;
  });
}

function concernsLine(input: NoticeInput): string {
  const labels = LABELS[input.record.language];
  if (input.audience.length === input.config.units.length && input.audience.length > 0) return labels.wholeProvince;
  if (input.audience.length === 0) return labels.unknown;
  return unitNames(input.audience, input.config, input.record.language).join(', ');
}

function truncate(text: string, max: number): string {
  return truncateWithEllipsis(text, max);
}

/**
 * Report text made safe to print: no format characters (bidi overrides and isolates
 * could reorder the subject or the line around them), no control characters.
 */
function plain(text: string): string {
  return text.replace(/\p{Cf}/gu, '').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu, ' ');
}

/**
 * Report text on one line: it can never start a line of its own, so it cannot pass for
 * one of the notice's lines (a "Full record: https://..." of its own making).
 */
function inline(text: string): string {
  return plain(text).replace(/[\s\u2028\u2029\u0085]+/gu, ' ').trim();
}

/** Folds Vietnamese to plain letters: SMS in GSM-7 fits 153 characters a segment instead of 67. */
export function foldForSms(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[^\x20-\x7E\n]/g, '');
}

function subjectOf(input: NoticeInput): string {
  const labels = LABELS[input.record.language];
  const head = input.event === 'report.updated' ? labels.updated : labels.created;
  const date = formatDate(input.record);
  const title = inline(input.record.title) || inline(input.record.organizer ?? '') || input.record.reportId;
  return truncate(`${head}${date ? ` ${date}` : ''}: ${title}`, MAX_SUBJECT_CHARS);
}

function emailBody(input: NoticeInput, notificationId: string): string {
  const { record } = input;
  const labels = LABELS[record.language];
  const lines: string[] = [subjectOf(input), ''];
  lines.push(`${labels.date}: ${formatDate(record) ?? labels.unknown}`);
  lines.push(`${labels.organizer}: ${record.organizer ? inline(record.organizer) : labels.unknown}`);
  lines.push(`${labels.concerns}: ${concernsLine(input)}`);
  if (input.changes.length > 0) {
    lines.push('', `${labels.changes}:`, ...input.changes.map((change) => `- ${inline(change.description[record.language])}`));
  }
  // Report text is set apart: indented, or after a list dash, on one line each.
  if (inline(record.summary)) lines.push('', `${labels.summary}:`, `  ${inline(record.summary)}`);
  if (record.documents.length > 0) {
    lines.push('', `${labels.documents}:`, ...record.documents.slice(0, 30).map((doc) => `- ${inline(doc.code)}${doc.date ? ` (${doc.date})` : ''}`));
    if (record.documents.length > 30) lines.push(labels.more(record.documents.length - 30));
  }
  if (record.tasks.length > 0) {
    lines.push('', `${labels.tasks}:`, ...record.tasks.slice(0, 20).map((task) => `- ${truncate(inline(task), 600)}`));
    if (record.tasks.length > 20) lines.push(labels.more(record.tasks.length - 20));
  }
  lines.push('', `${labels.full}: ${input.location}`, `${labels.id}: ${notificationId}`);
  return lines.join('\n');
}

function smsText(input: NoticeInput): string {
  const { record } = input;
  const labels = LABELS[record.language];
  const head = input.event === 'report.updated' ? labels.updated : labels.created;
  const date = formatDate(record);
  const documents = record.documents.slice(0, 3).map((doc) => doc.code).join(', ');
  // The report's page on the portal, when the location is a link short enough for a text message.
  const link = /^https?:\/\/[\x21-\x7E]+$/.test(input.location) && input.location.length <= 120 ? ` ${input.location}` : '';
  const parts = [
    `${head}${date ? ` ${date}` : ''}`,
    inline(record.organizer ?? ''),
    inline(record.title),
    documents ? `${labels.documents}: ${documents}` : '',
    `ID ${record.reportId}${link}`,
  ].filter(Boolean);
  // The id (and link) are kept whole; the title gives way first when the text is too long.
  const folded = parts.map(foldForSms);
  let text = folded.join('. ');
  if (text.length > MAX_SMS_CHARS) {
    const tail = `. ID ${record.reportId}${link}`;
    const budget = MAX_SMS_CHARS - tail.length - '...'.length;
    text = `${folded.slice(0, -1).join('. ').slice(0, budget).trimEnd()}...${tail}`;
  }
  return text;
}

interface MachineNotice {
  readonly type: NoticeEvent;
  readonly notificationId: string;
  readonly reportId: string;
  readonly version: number;
  readonly language: 'en' | 'vi';
  readonly title: string;
  readonly summary: string;
  readonly event: NormalizedReport['event'];
  readonly organizer: string | null;
  readonly province: string | null;
  readonly scope: NormalizedReport['scope'];
  readonly districts: readonly string[];
  readonly audience: readonly string[];
  readonly documents: readonly { code: string; type: string; date: string | null }[];
  readonly people: readonly { name: string; roles: readonly string[] }[];
  readonly tasks: readonly string[];
  readonly topics: readonly string[];
  readonly changes: readonly { field: string; description: string }[];
  readonly location: string;
  readonly truncated: boolean;
}

function machineNotice(input: NoticeInput, notificationId: string, listLimit: number, textLimit: number): MachineNotice {
  const { record } = input;
  const cut = <T>(items: readonly T[]): T[] => items.slice(0, listLimit);
  const truncated =
    [record.documents, record.people, record.tasks].some((list) => list.length > listLimit) ||
    record.summary.length > textLimit ||
    record.tasks.some((task) => task.length > textLimit);
  return {
    type: input.event,
    notificationId,
    reportId: record.reportId,
    version: input.version,
    language: record.language,
    title: truncate(plain(record.title), textLimit),
    summary: truncate(plain(record.summary), textLimit),
    event: record.event,
    organizer: record.organizer,
    province: record.province,
    scope: record.scope,
    districts: record.districts,
    audience: input.audience,
    documents: cut(record.documents).map((doc) => ({ code: doc.code, type: doc.type, date: doc.date })),
    people: cut(record.people).map((person) => ({ name: person.name, roles: person.roles.slice(0, 10).map((role) => truncate(role, 300)) })),
    tasks: cut(record.tasks).map((task) => truncate(plain(task), textLimit)),
    topics: record.topics,
    changes: input.changes.map((change) => ({ field: change.field, description: change.description[record.language] })),
    location: input.location,
    truncated,
  };
}

/** Builds every protocol's message; the whole SNS message always stays under {@link MAX_MESSAGE_BYTES}. */
export function formatNotice(input: NoticeInput): FormattedNotice {
  const notificationId = notificationIdOf(input.record.reportId, input.version);
  const subject = subjectOf(input);
  const sms = smsText(input);
  let email = emailBody(input, notificationId);
  // Shrink the lists and texts until everything fits: a long report never breaks delivery.
  for (const [listLimit, textLimit] of [
    [200, 4000],
    [50, 1000],
    [10, 300],
    [3, 120],
  ] as const) {
    const json = JSON.stringify(machineNotice(input, notificationId, listLimit, textLimit));
    const messages = { default: json, email, sms, sqs: json, https: json };
    const message = JSON.stringify(messages);
    if (Buffer.byteLength(message, 'utf8') <= MAX_MESSAGE_BYTES) return { notificationId, subject, message, messages };
    email = truncate(email, Math.max(2000, Math.floor(email.length / 2)));
  }
  const json = JSON.stringify(machineNotice(input, notificationId, 0, 80));
  email = truncate(email, 2000);
  const messages = { default: json, email, sms, sqs: json, https: json };
  return { notificationId, subject, message: JSON.stringify(messages), messages };
}
