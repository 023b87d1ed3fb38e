import { ReportQueries, type ReportDetail, type UploadInfo } from '../../adapters/report-queries';
import type { ProvinceConfig } from '../../config/province-config';
import type { NormalizedReport, Span } from '../../domain/record';
import { INCOMING_PREFIX } from '../../config/runtime-env';
import { ReportsError, UsageError } from '../../errors';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { formatReceipts, readReceipts, receiptRows } from '../receipts';
import { TARGET_OPTION_SPECS, closeTarget, onTarget, resolveTarget } from '../target';

const OPTIONS = {
  json: {
    type: 'boolean',
    description: `print the full stored state as one JSON object on stdout:
{"reportId","status","version","notifiedVersion","record",
"sources","history","versions",...}`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

const REPORT_ID = /^r-[0-9a-f]{20}$/;

function unitName(id: string, config: ProvinceConfig | undefined): string {
  const unit = config?.units.find((candidate) => candidate.id === id);
  return unit ? `${unit.name} (${id})` : id;
}

function section(title: string, lines: readonly string[], empty = '-'): string[] {
  return ['', `${title}${lines.length ? ` (${lines.length})` : ''}`, ...(lines.length ? lines.map((line) => `  ${line}`) : [`  ${empty}`])];
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');

function quotes(spans: readonly Span[] | undefined): string {
  if (!spans?.length) return '';
  const shown = spans.slice(0, 3).map((span) => `"${span.quote.replace(/\s+/g, ' ').trim().slice(0, 80)}" @${span.start}`);
  return `  from ${shown.join(', ')}${spans.length > 3 ? `, +${spans.length - 3}` : ''}`;
}

function confidenceOf(record: NormalizedReport, field: keyof NonNullable<NormalizedReport['confidence']>): string {
  const value = record.confidence?.[field];
  return value === undefined ? '' : `  (confidence ${value.toFixed(2)})`;
}

/**
 * Each field routing rests on, with the words it was read from and the parser's
 * confidence when the record has them, then the decision and its reasons.
 */
export function formatRouting(detail: ReportDetail, config?: ProvinceConfig): string[] {
  const { record } = detail;
  const evidence = record.evidence;
  const corrected = new Set<string>(record.correction?.fields ?? []);
  const mark = (field: string) => (corrected.has(field) ? '  [corrected]' : '');
  const lines = ['', 'Routing'];
  const decision = detail.decision;
  if (decision) {
    const where = decision.provinceWide ? 'province-wide' : decision.audience.length ? decision.audience.join(', ') : 'province-level offices only';
    lines.push(`  Decision   ${decision.action === 'hold' ? `HELD for review (would go to: ${where})` : `publish to ${where}`}`);
    for (const reason of decision.reasons) lines.push(`    - ${reason.code}: ${reason.message}${reason.quote ? ` ("${reason.quote}")` : ''}`);
  }
  lines.push(
    `  Province   ${record.province ?? 'not stated'}${mark('province')}${confidenceOf(record, 'province')}${quotes(evidence?.province)}`,
    `  Organizer  ${record.organizer ?? 'not stated'}${mark('organizer')}${confidenceOf(record, 'organizer')}${quotes(evidence?.organizer)}`,
    `  Scope      ${record.scope}${record.organizerUnit ? ` (${unitName(record.organizerUnit, config)})` : ''}${mark('scope')}${confidenceOf(record, 'scope')}${quotes(evidence?.scope)}`,
    `  Date       ${record.event.date ?? 'not stated'}${mark('eventDate')}${confidenceOf(record, 'eventDate')}${quotes(evidence?.eventDate)}`,
    `  Units      ${record.districts.length ? '' : 'none named'}${mark('districts')}${confidenceOf(record, 'districts')}`.trimEnd(),
  );
  for (const unit of record.districts) lines.push(`    ${unitName(unit, config)}${quotes(evidence?.districts[unit]) || (evidence ? '  (no mention found in the text)' : '')}`);
  if (record.confidence) lines.push(`  Language   ${record.language}${confidenceOf(record, 'language')}; genre${confidenceOf(record, 'genre')}`);
  if (record.correction) {
    const { correction } = record;
    lines.push(`  Corrected  by ${correction.by} at ${when(correction.at)} (on v${correction.basedOn})${correction.note ? `: ${correction.note}` : ''}`);
    for (const change of correction.changes) lines.push(`    ${change.field}: ${change.from ?? '-'} -> ${change.to ?? '-'}`);
  }
  return lines;
}

/** The readable summary `reports show` prints. */
export function formatReportDetail(detail: ReportDetail, config?: ProvinceConfig): string {
  const { record } = detail;
  const date = [record.event.date ?? 'date not stated', record.event.partOfDay].filter(Boolean).join(' ');
  const concerned =
    detail.status === 'held' || detail.status === 'rejected'
      ? `no office (${detail.status}${detail.status === 'held' ? ' for review' : ''})`
      : detail.decision && detail.decision.action === 'publish' && !detail.decision.provinceWide
        ? detail.decision.audience.length
          ? detail.decision.audience.map((id) => unitName(id, config)).join(', ')
          : 'no unit named'
        : record.scope === 'province'
      ? 'every unit of the province'
      : record.districts.length
        ? record.districts.map((id) => unitName(id, config)).join(', ')
        : 'no unit named';
  const lines: string[] = [
    record.title || '(untitled report)',
    '',
    `  Report     ${detail.reportId}  version ${detail.version}, ${detail.status}${detail.notifiedVersion ? ` (notified up to v${detail.notifiedVersion})` : ''}`,
    `  Date       ${date}, ${record.event.kind}`,
    `  Organizer  ${record.organizer ?? 'not stated'}`,
    `  Scope      ${record.scope}${record.organizerUnit ? ` (held by ${unitName(record.organizerUnit, config)})` : ''}${record.province ? `, province ${record.province}` : ''}`,
    `  Concerns   ${concerned}`,
    `  Language   ${record.language}`,
  ];
  lines.push(...formatRouting(detail, config));
  if (record.summary) lines.push('', 'Summary', ...wrap(record.summary, 88).map((line) => `  ${line}`));
  lines.push(...section('People and roles', record.people.map((person) => `${person.name}${person.roles.length ? ` - ${person.roles.join('; ')}` : ''}`)));
  lines.push(
    ...section(
      'Documents cited',
      record.documents.map((document) =>
        [document.code, document.type, document.date, document.issuerName].filter((part): part is string => Boolean(part)).join('  '),
      ),
    ),
  );
  lines.push(
    ...section(
      'Awards',
      record.awards.map((award) => `${award.count !== null ? `${award.count} x ` : ''}${award.award} (${award.recipient})`),
    ),
  );
  lines.push(...section('Tasks', record.tasks.map((task) => `- ${task}`)));
  lines.push('', 'Topics', `  ${record.topics.length ? record.topics.join(', ') : '-'}`);
  lines.push(...section('Warnings', record.warnings.map((warning) => `! ${warning}`), 'none'));
  lines.push(
    ...section(
      'Versions',
      detail.versions.map(
        (version) => `v${version.version}  ${when(version.createdAt)}  ${version.source ?? '?'}${version.contentHash ? `  sha256 ${version.contentHash.slice(0, 12)}` : ''}`,
      ),
    ),
  );
  lines.push(...section('Sources', detail.sources));
  lines.push(
    ...section(
      'Status history',
      detail.history.map(
        (event) =>
          `${when(event.at)}  ${event.status}${event.version !== null ? ` v${event.version}` : ''}${event.source ? `  from ${event.source}` : ''}${
            event.messageId ? `  message ${event.messageId}` : ''
          }${event.by ? `  by ${event.by}` : ''}${event.reasons?.length ? `  (${event.reasons.join(', ')})` : ''}${event.reason ? `: ${event.reason}` : ''}`,
      ),
    ),
  );
  return lines.join('\n');
}

/** An upload that did not become a report, or is still in progress. */
export function formatUploadState(upload: UploadInfo): string {
  return [
    `s3://${upload.bucket}/${upload.key}`,
    `  status       ${upload.status}`,
    ...(upload.reason ? [`  reason       ${upload.reason}`] : []),
    ...(upload.detail ? [`  detail       ${upload.detail}`] : []),
    ...(upload.quarantineKey ? [`  quarantined  ${upload.quarantineKey}`] : []),
    ...(upload.updatedAt ? [`  at           ${when(upload.updatedAt)}`] : []),
  ].join('\n');
}

/** Wraps prose at word boundaries. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing report ID' : `expected one ID, got ${positionals.length}`);
  const wanted = positionals[0]!.trim();
  if (wanted === '') throw new UsageError('missing report ID');
  const target = await resolveTarget(values);
  try {
    const queries = new ReportQueries(target.clients.dynamo, target.tableName);
    let reportId = wanted;
    if (!REPORT_ID.test(wanted)) {
      const key = wanted.startsWith(INCOMING_PREFIX) ? wanted : `${INCOMING_PREFIX}${wanted}`;
      const upload = await onTarget(target, 'read the upload', () => queries.getUpload(target.bucket, key));
      if (!upload) {
        throw new ReportsError(`no report ${wanted}: not a report id (r- and 20 hex digits) and no upload s3://${target.bucket}/${key}`);
      }
      if (!upload.reportId) {
        if (values.json) process.stdout.write(`${JSON.stringify({ upload })}\n`);
        else console.log(formatUploadState(upload));
        return 0;
      }
      reportId = upload.reportId;
    }
    const detail = await onTarget(target, 'read the report', () => queries.getReport(reportId));
    if (!detail) throw new ReportsError(`no report ${reportId} in ${target.description}`);
    const receipts = receiptRows(
      await onTarget(target, 'read the receipts', () => readReceipts(target.clients.dynamo, target.tableName, reportId)),
      detail.record,
      detail.notifiedVersion,
      target.config,
    );
    if (values.json) process.stdout.write(`${JSON.stringify({ ...detail, receipts })}\n`);
    else console.log([formatReportDetail(detail, target.config), ...formatReceipts(receipts, when)].join('\n'));
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const showCommand = defineCommand({
  name: 'show',
  summary: 'show one report: people, documents, tasks, versions, history',
  usage: 'reports show ID|KEY [--json]',
  description: `Prints one report: title, date, organizer, scope and units concerned, the routing
decision (publish or held, and why) with each routing field and the words of the text
it was read from (and the parser's confidence, when it gives one), an operator's
correction, people and their roles, documents cited, awards, tasks, topics, warnings,
its versions and source files, and its status history. ID is a report id (r-...); a KEY
(an uploaded object key such as incoming/report.txt, or just report.txt) shows the
report that upload became, or why it failed.`,
  options: OPTIONS,
  exitCodes: 'Exit codes: 0 shown, 1 no such report or upload, 2 wrong usage.',
  examples: ['reports show r-499cdaeb63c209e6e719'],
  run,
});
