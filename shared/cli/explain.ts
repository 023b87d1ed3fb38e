import type { NormalizedReport, Span } from '../domain/record';

/** A quote as the reader sees it: one line, long ones cut in the middle. */
function quoted(span: Span): string {
  const flat = span.quote.replace(/\s+/g, ' ').trim();
  const shown = flat.length > 90 ? `${flat.slice(0, 60)} … ${flat.slice(-25)}` : flat;
  return `"${shown}" [${span.start}-${span.end}]`;
}

function confidenceOf(value: number | undefined): string {
  return value === undefined ? '' : ` (confidence ${value.toFixed(2)})`;
}

function evidenceLines(spans: readonly Span[] | undefined, indent = '    '): string[] {
  if (!spans || spans.length === 0) return [`${indent}no evidence in the text`];
  return spans.map((span) => `${indent}<- ${quoted(span)}`);
}

/**
 * The record as an operator reads it: each field with its value, its confidence and the
 * words of the text it was read from. Fields the text does not support say so.
 */
export function explainRecord(record: NormalizedReport): string {
  const evidence = record.evidence;
  const confidence = record.confidence;
  const lines: string[] = [];
  const field = (name: string, value: string, score: number | undefined, spans?: readonly Span[]) => {
    lines.push(`${name.padEnd(12)} ${value}${confidenceOf(score)}`);
    if (spans !== undefined || evidence) lines.push(...evidenceLines(spans));
  };
  lines.push(`report       ${record.reportId}  "${record.title}"`);
  lines.push(`language     ${record.language}${confidenceOf(confidence?.language)}`);
  lines.push(`genre        ${record.event.kind === 'other' ? 'no kind of event recognized' : 'conference or event report'}${confidenceOf(confidence?.genre)}`);
  field('event date', record.event.date === null ? '(unknown)' : `${record.event.date}${record.event.partOfDay ? ` ${record.event.partOfDay}` : ''}, ${record.event.kind}`, confidence?.eventDate, evidence?.eventDate);
  field('organizer', record.organizer ?? '(unknown)', confidence?.organizer, evidence?.organizer);
  field('province', record.province ?? '(unknown)', confidence?.province, evidence?.province);
  field('scope', `${record.scope}${record.organizerUnit ? ` (unit ${record.organizerUnit})` : ''}`, confidence?.scope, evidence?.scope);
  lines.push(`districts    ${record.districts.length === 0 ? '(none named)' : record.districts.join(', ')}${confidenceOf(confidence?.districts)}`);
  for (const unit of record.districts) {
    lines.push(`  ${unit}`);
    lines.push(...evidenceLines(evidence?.districts[unit]));
  }
  lines.push(`people       ${record.people.length}${confidenceOf(confidence?.people)}`);
  for (const person of record.people) {
    lines.push(`  ${person.name}${person.roles.length ? ` — ${person.roles.join('; ')}` : ''}`);
    if (person.evidence) {
      lines.push(...evidenceLines(person.evidence.name.slice(0, 2)));
      for (const role of person.evidence.roles) lines.push(`    role <- ${quoted(role)}`);
    }
  }
  lines.push(`documents    ${record.documents.length}${confidenceOf(confidence?.documents)}`);
  for (const document of record.documents) {
    lines.push(`  ${document.code} (${document.type}${document.date ? `, ${document.date}` : ''})`);
    if (document.evidence) lines.push(...evidenceLines(document.evidence.slice(0, 2)));
  }
  lines.push(`awards       ${record.awards.length}${confidenceOf(confidence?.awards)}`);
  for (const award of record.awards) {
    lines.push(`  ${award.count ?? '?'} ${award.recipient} ${award.award}`);
    if (award.evidence) lines.push(...evidenceLines(award.evidence.slice(0, 2)));
  }
  if (record.warnings.length > 0) lines.push(`warnings     ${record.warnings.join('; ')}`);
  return `${lines.join('\n')}\n`;
}
