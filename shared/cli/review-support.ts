import { userInfo } from 'node:os';
import { DynamoReportRepository } from '../adapters/dynamo-report-repository';
import { SnsNoticePublisher } from '../adapters/sns-publisher';
import { reportTablePorts } from '../app/ports';
import type { ReviewDeps, ReviewOutcome } from '../app/review';
import { loadProvinceConfig, officesOf, type ProvinceConfig } from '../config/province-config';
import { ENV } from '../config/runtime-env';
import type { DecisionSummary } from '../domain/routing-decision';
import { ReportsError, UsageError } from '../errors';
import type { OptionSpecs } from './command';
import type { Target } from './target';

/**
 * What the review commands (`review`, `approve`, `correct`, `reject`) share: who the
 * reviewer is, the province config routing needs, and the parser's own publish path.
 */

export const REPORT_ID = /^r-[0-9a-f]{20}$/;

/** Flags of the commands that change a report under review. */
export const REVIEW_OPTIONS = {
  by: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The review commands' shared flags, declared once for parsing and help. */
export const REVIEW_OPTION_SPECS = {
  by: { type: 'string', value: 'NAME', description: 'who reviews, recorded in the history (default: the OS user)' },
  config: {
    type: 'string',
    value: 'FILE',
    description: "province config to route with (default: the local run's, else\nconfig/hai-duong.json); must be the one the pipeline runs with",
  },
  json: { type: 'boolean', description: 'print the outcome as one JSON object on stdout' },
} as const satisfies OptionSpecs;

export const REVIEW_HELP = `  --by NAME          who reviews, recorded in the history (default: the OS user)
  --config FILE      province config to route with (default: the local run's, else
                     config/hai-duong.json); must be the one the pipeline runs with
  --json             print the outcome as one JSON object on stdout`;

/** The single report id argument; a UsageError says what is wrong with it. */
export function reportIdArgument(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing report ID' : `expected one report ID, got ${positionals.length}`);
  const id = positionals[0]!.trim();
  if (!REPORT_ID.test(id)) throw new UsageError(`"${id}" is not a report id (r- and 20 hex digits; \`reports review\` lists held reports)`);
  return id;
}

/** The reviewer: --by, else the OS user. */
export function reviewerOf(by: string | undefined): string {
  if (by !== undefined) {
    if (by.trim() === '') throw new UsageError('--by needs a name');
    return by.trim();
  }
  try {
    return userInfo().username || process.env.USER || 'unknown';
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/** The config routing uses: --config, else the local run's, else the default. */
export function configFor(target: Target, path: string | undefined): ProvinceConfig {
  if (path !== undefined) return loadProvinceConfig(path);
  return target.config ?? loadProvinceConfig();
}

/** The parser's repository and publisher, pointed at the target. */
export function reviewDeps(target: Target, config: ProvinceConfig): ReviewDeps {
  if (!target.reportsTopicArn || !target.operationsTopicArn) {
    throw new ReportsError(`${target.description} has no reports or operations topic (outputs ReportsTopicArn, OperationsTopicArn): cannot publish`);
  }
  const template = process.env[ENV.recordLinkTemplate] ?? 'reports show {reportId}';
  return {
    ...reportTablePorts(new DynamoReportRepository(target.clients.dynamo, target.tableName)),
    publisher: new SnsNoticePublisher(target.clients.sns, target.reportsTopicArn, target.operationsTopicArn),
    config,
    recordLocation: (reportId) => template.replace('{reportId}', encodeURIComponent(reportId)),
    metrics: { count: () => undefined },
  };
}

/** Offices a decision's audience reaches: the units' offices and every province-level office. */
export function officesReached(audience: readonly string[], config: ProvinceConfig): string[] {
  const units = new Set(audience);
  return officesOf(config)
    .filter((office) => office.level === 'province' || units.has(office.unit ?? ''))
    .map((office) => office.id)
    .sort();
}

/** "province-wide", the units, or "province-level offices only". */
export function describeAudience(decision: Pick<DecisionSummary, 'audience' | 'provinceWide'>): string {
  if (decision.provinceWide) return 'province-wide (every unit)';
  return decision.audience.length ? `units: ${decision.audience.join(', ')}` : 'province-level offices only';
}

/** The outcome of approve / correct / reject in a few lines. */
export function formatOutcome(outcome: ReviewOutcome, config: ProvinceConfig): string {
  const lines = [`${outcome.action} ${outcome.reportId} v${outcome.version} by ${outcome.by} at ${outcome.at}`];
  for (const change of outcome.changes) lines.push(`  ${change.field}: ${change.from ?? '-'} -> ${change.to ?? '-'}`);
  if (outcome.reason) lines.push(`  reason: ${outcome.reason}`);
  if (outcome.notificationId) {
    const offices = officesReached(outcome.audience, config);
    lines.push(`  notice ${outcome.notificationId} -> ${offices.length} office(s): ${offices.join(', ')}`);
  } else if (outcome.action !== 'rejected') {
    lines.push('  no notice sent: this version was already sent');
  } else {
    lines.push('  sent to no office');
  }
  return lines.join('\n');
}

/** The outcome as JSON, with the offices reached. */
export function outcomeJson(outcome: ReviewOutcome, config: ProvinceConfig): Record<string, unknown> {
  return { ...outcome, offices: outcome.notificationId ? officesReached(outcome.audience, config) : [] };
}
