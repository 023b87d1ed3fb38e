import type { ProvinceConfig } from '../config/province-config';
import {
  normalizedReportSchema,
  SCOPES,
  type CorrectableField,
  type Correction,
  type NormalizedReport,
  type Scope,
} from '../domain/record';
import { isConfiguredProvince } from '../domain/routing';
import { decideRouting, describeReasons, summarizeDecision, type DecisionSummary } from '../domain/routing-decision';
import { ConcurrentProcessingError, RecordValidationError, ReportsError, UsageError } from '../errors';
import { formatZodIssues } from '../zod-issues';
import type { ReportState, ReviewQueue, SourceRef } from './ports';
import { publishVersion, type PublishDeps } from './publish-version';

/**
 * What an operator does with a held report: approve it (publish as decided), correct it
 * (a new version with the operator's fields, published), or reject it (closed, sent to
 * nobody). Each is recorded in the report's history with who did it and when.
 */

/** The publish path, and the review queue the operator's actions are recorded in. */
export type ReviewDeps = PublishDeps & { readonly reviews: ReviewQueue };

export interface Reviewer {
  /** Who reviews: an operator name or the OS user. */
  readonly by: string;
}

export interface ReviewOutcome {
  readonly reportId: string;
  readonly version: number;
  readonly action: 'approved' | 'corrected' | 'rejected';
  readonly by: string;
  readonly at: string;
  readonly decision: DecisionSummary;
  /** The notice sent, when one was. */
  readonly notificationId: string | null;
  /** Units the notice went to (province-level offices receive every notice). */
  readonly audience: readonly string[];
  readonly changes: Correction['changes'];
  readonly reason?: string;
}

/** The fields `reports correct` may set; absent ones keep their value. */
export interface CorrectionInput {
  readonly organizer?: string;
  readonly scope?: Scope;
  /** The unit whose body held the event (district or commune scope); defaults to the first district given. */
  readonly organizerUnit?: string;
  readonly districts?: readonly string[];
  readonly eventDate?: string;
  readonly province?: string;
  readonly note?: string;
}

function now(deps: ReviewDeps): string {
  return (deps.clock ?? (() => new Date()))().toISOString();
}

async function loadReport(reportId: string, deps: ReviewDeps): Promise<{ state: ReportState; record: NormalizedReport }> {
  const state = await deps.reports.getReport(reportId);
  if (!state) throw new ReportsError(`no report ${reportId}`);
  const record = await deps.reports.getVersion(reportId, state.version);
  if (!record) throw new ReportsError(`report ${reportId} has no stored version ${state.version}`);
  return { state, record };
}

function requireHeld(state: ReportState, action: string): void {
  if (state.status === 'held') return;
  const hint =
    state.status === 'rejected'
      ? 'it was rejected'
      : state.status === 'notified'
        ? `it was already sent (v${state.notifiedVersion}); use \`reports correct\` to change it`
        : 'it is being processed';
  throw new ReportsError(`cannot ${action} report ${state.reportId}: it is ${state.status}, not held (${hint})`);
}

async function publish(
  state: ReportState,
  version: number,
  record: NormalizedReport,
  decision: DecisionSummary,
  deps: ReviewDeps,
): Promise<{ notificationId: string | null; audience: readonly string[] }> {
  const outcome = await publishVersion({ reportId: state.reportId, version, record, audience: decision.audience, notifiedVersion: state.notifiedVersion }, deps);
  if (outcome === 'already-notified') return { notificationId: null, audience: [] };
  return outcome;
}

/** Publishes a held version as the decision would have: to the audience it names. */
export async function approveReport(reportId: string, reviewer: Reviewer, deps: ReviewDeps): Promise<ReviewOutcome> {
  const { state, record } = await loadReport(reportId, deps);
  requireHeld(state, 'approve');
  const at = now(deps);
  // The decision stored with the hold was made on the text too; it is what "as decided" means.
  const held = state.decision ?? summarizeDecision(decideRouting(record, deps.config));
  const decision: DecisionSummary = { ...held, action: 'publish' };
  await deps.reports.setConcerns(reportId, state.version, decision.audience, decision, at);
  await deps.reviews.recordReview(reportId, { action: 'approved', version: state.version, by: reviewer.by, at });
  const sent = await publish(state, state.version, record, decision, deps);
  return { reportId, version: state.version, action: 'approved', by: reviewer.by, at, decision, ...sent, changes: [] };
}

/** Closes a held version: it is never sent. */
export async function rejectReport(reportId: string, reviewer: Reviewer & { readonly reason: string }, deps: ReviewDeps): Promise<ReviewOutcome> {
  const { state, record } = await loadReport(reportId, deps);
  requireHeld(state, 'reject');
  const at = now(deps);
  try {
    await deps.reviews.recordReview(reportId, { action: 'rejected', version: state.version, by: reviewer.by, at, reason: reviewer.reason });
  } catch (error) {
    if (error instanceof ConcurrentProcessingError) throw new ReportsError(`cannot reject report ${reportId}: it changed meanwhile (${error.message})`);
    throw error;
  }
  const decision = state.decision ?? summarizeDecision(decideRouting(record, deps.config));
  return { reportId, version: state.version, action: 'rejected', by: reviewer.by, at, decision, notificationId: null, audience: [], changes: [], reason: reviewer.reason };
}

const joined = (values: readonly string[]) => (values.length ? values.join(', ') : null);

/** The record with the operator's fields, and what changed; throws UsageError for impossible values. */
export function applyCorrection(
  record: NormalizedReport,
  input: CorrectionInput,
  config: ProvinceConfig,
  meta: { by: string; at: string; basedOn: number },
): NormalizedReport {
  const known = new Set(config.units.map((unit) => unit.id));
  const unknown = [...(input.districts ?? []), ...(input.organizerUnit ? [input.organizerUnit] : [])].filter((id) => !known.has(id));
  if (unknown.length) {
    throw new UsageError(`unknown unit ${unknown.map((id) => `"${id}"`).join(', ')} (units: ${[...known].join(', ')})`);
  }
  if (input.scope !== undefined && !SCOPES.includes(input.scope)) throw new UsageError(`--scope must be one of ${SCOPES.join(', ')}`);
  if (input.organizer !== undefined && input.organizer.trim() === '') throw new UsageError('--organizer needs the name of the body');
  if (input.province !== undefined && input.province.trim() === '') throw new UsageError('--province needs a province name');

  const province = input.province === undefined ? record.province : isConfiguredProvince(input.province, config) ? config.province.name : input.province.trim();
  const scope = input.scope ?? record.scope;
  const districts = input.districts ? [...new Set(input.districts)] : record.districts;
  let organizerUnit = scope === 'province' ? null : (input.organizerUnit ?? record.organizerUnit);
  if (scope !== 'province' && input.organizerUnit === undefined && input.districts?.length && (organizerUnit === null || !districts.includes(organizerUnit))) {
    organizerUnit = districts[0] ?? null;
  }
  if (scope !== 'province' && organizerUnit === null && isConfiguredProvince(province, config)) {
    throw new UsageError(`--scope ${scope} needs the unit that held the event: pass --district UNIT (or --organizer-unit UNIT)`);
  }
  const corrected: NormalizedReport = {
    ...record,
    organizer: input.organizer?.trim() ?? record.organizer,
    province,
    scope,
    organizerUnit,
    districts: organizerUnit !== null && scope !== 'province' && !districts.includes(organizerUnit) ? [organizerUnit, ...districts] : districts,
    event: { ...record.event, date: input.eventDate ?? record.event.date },
  };

  const pairs: { field: CorrectableField; from: string | null; to: string | null }[] = [
    { field: 'organizer', from: record.organizer, to: corrected.organizer },
    { field: 'province', from: record.province, to: corrected.province },
    { field: 'scope', from: record.scope, to: corrected.scope },
    { field: 'organizerUnit', from: record.organizerUnit, to: corrected.organizerUnit },
    { field: 'districts', from: joined(record.districts), to: joined(corrected.districts) },
    { field: 'eventDate', from: record.event.date, to: corrected.event.date },
  ];
  const changes = pairs.filter((pair) => pair.from !== pair.to);
  // Fields the operator named are vouched for even when their value stays the same.
  const named: CorrectableField[] = [
    ...(input.organizer !== undefined ? (['organizer'] as const) : []),
    ...(input.province !== undefined ? (['province'] as const) : []),
    ...(input.scope !== undefined ? (['scope'] as const) : []),
    ...(input.organizerUnit !== undefined ? (['organizerUnit'] as const) : []),
    ...(input.districts !== undefined ? (['districts'] as const) : []),
    ...(input.eventDate !== undefined ? (['eventDate'] as const) : []),
  ];
  if (named.length === 0) throw new UsageError('nothing to correct: pass at least one of --organizer, --scope, --district, --date, --province');
  const fields = [...new Set([...(record.correction?.fields ?? []), ...named, ...changes.map((change) => change.field)])];
  const correction: Correction = {
    by: meta.by,
    at: meta.at,
    basedOn: meta.basedOn,
    fields,
    changes,
    ...(input.note ? { note: input.note } : {}),
  };
  const checked = normalizedReportSchema.safeParse({ ...corrected, correction });
  if (!checked.success) throw new RecordValidationError(formatZodIssues(checked.error, { root: 'record' }));
  return checked.data;
}

/** The flag of `reports correct` that sets a field a hold reason names. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  province: '--province',
  organizer: '--organizer',
  eventDate: '--date',
  scope: '--scope',
  districts: '--district',
};

function sourceOf(record: NormalizedReport, state: ReportState): SourceRef {
  if (record.source) return { bucket: record.source.bucket, key: record.source.key, versionId: record.source.versionId };
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(state.sources[0] ?? '');
  return { bucket: match?.[1] ?? 'unknown', key: match?.[2] ?? 'unknown', versionId: null };
}

/**
 * Stores the operator's correction as the next version and publishes it. The correction
 * keeps the content hash of the text, so a later upload of the same text finds this
 * version (and does not re-parse the correction away). A correction of a report already
 * sent is an update: its notice goes to the offices of the old and the new version.
 */
export async function correctReport(reportId: string, input: CorrectionInput, reviewer: Reviewer, deps: ReviewDeps): Promise<ReviewOutcome> {
  const { state, record } = await loadReport(reportId, deps);
  if (state.status === 'rejected') throw new ReportsError(`cannot correct report ${reportId}: it was rejected`);
  if (state.status === 'stored') throw new ReportsError(`cannot correct report ${reportId} yet: it is still being processed; try again in a minute`);
  const at = now(deps);
  const corrected = applyCorrection(record, input, deps.config, { by: reviewer.by, at, basedOn: state.version });
  const decision = summarizeDecision(decideRouting(corrected, deps.config));
  if (decision.action === 'hold') {
    const flags = [...new Set(decision.reasons.map((reason) => FLAG_OF_FIELD[reason.field ?? ''] ?? null).filter((flag): flag is string => flag !== null))];
    throw new ReportsError(
      `the corrected report would still be held: ${describeReasons(decision.reasons)}${flags.length ? `; pass ${flags.join(', ')} as well` : ''}`,
    );
  }
  const version = state.version + 1;
  try {
    await deps.reports.saveVersion({
      record: corrected,
      version,
      previousVersion: state.version,
      source: sourceOf(record, state),
      concerns: decision.audience,
      decision,
      now: at,
    });
  } catch (error) {
    if (error instanceof ConcurrentProcessingError) throw new ReportsError(`report ${reportId} changed while it was being corrected; show it again and retry`);
    throw error;
  }
  await deps.reviews.recordReview(reportId, { action: 'corrected', version, by: reviewer.by, at, ...(input.note ? { reason: input.note } : {}) });
  const sent = await publish(state, version, corrected, decision, deps);
  return { reportId, version, action: 'corrected', by: reviewer.by, at, decision, ...sent, changes: corrected.correction?.changes ?? [] };
}
