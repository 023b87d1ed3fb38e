import type { FormerProvince, Office, ProvinceConfig } from '../config/province-config';
import { currentSuccessorsOf, officesOf } from '../config/province-config';
import { ConfigError } from '../errors';
import { foldName } from './fold';
import type { Scope, Span } from './record';

/**
 * Who must hear about a report. One rule, used by the parser (message attributes), by the
 * CDK stack and the local run (subscription filter policies), and by the tests:
 *
 * - a report whose scope is the configured province goes to every unit's office;
 * - a report held by a district-level body goes to that unit and to every other unit
 *   of the province it names;
 * - a province-wide report of a province merged into this one (before the merger) goes to
 *   the units that took over its area;
 * - a report of another province reaches only the units of this province it names;
 * - province-level offices receive every report.
 *
 * Whether a report is sent at all is the routing decision's (`routing-decision.ts`).
 */

/** Message attribute (String.Array) listing the unit ids a notice concerns. */
export const AUDIENCE_ATTRIBUTE = 'audience';
/** Message attribute (String) carrying the configured province id; present on every notice. */
export const PROVINCE_ATTRIBUTE = 'province';
/** Message attribute (String): `report.created` or `report.updated`. */
export const EVENT_ATTRIBUTE = 'event';

/** The routing-relevant part of a normalized report. */
export interface RoutableReport {
  readonly province: string | null;
  readonly scope: Scope;
  readonly organizerUnit: string | null;
  readonly districts: readonly string[];
  /** Where the text names each unit; when present, a unit without a mention is not routed to. */
  readonly evidence?: { readonly districts: Readonly<Record<string, readonly Span[]>> } | undefined;
  /** An operator's correction; units the operator set need no mention in the text. */
  readonly correction?: { readonly fields: readonly string[] } | undefined;
}

export type MessageAttributeValue =
  | { readonly DataType: 'String'; readonly StringValue: string }
  | { readonly DataType: 'String.Array'; readonly StringValue: string };
export type MessageAttributes = Readonly<Record<string, MessageAttributeValue>>;

/** SNS filter policy (MessageAttributes scope) as the stack and the emulators receive it. */
export type FilterPolicy = Readonly<Record<string, readonly FilterCondition[]>>;
export type FilterCondition = string | { readonly exists: boolean };

/** True when the report's province is the configured one (diacritics-insensitive). */
export function isConfiguredProvince(province: string | null, config: ProvinceConfig): boolean {
  if (province === null) return false;
  const wanted = foldName(province);
  return [config.province.name, config.province.nameVi, config.province.id.replace(/-/g, ' ')].some(
    (name) => foldName(name) === wanted,
  );
}

/** The province merged into the configured one that `province` names, or null. */
export function formerProvinceOf(province: string | null, config: ProvinceConfig): FormerProvince | null {
  if (province === null) return null;
  const wanted = foldName(province);
  // A config object built in code (not parsed) may lack the list.
  const formers = (config as Partial<ProvinceConfig>).formerProvinces ?? [];
  return formers.find((former) => [former.name, former.nameVi, former.id.replace(/-/g, ' '), ...former.aliases].some((name) => foldName(name) === wanted)) ?? null;
}

/** The units in force that cover a former province's area, sorted. */
export function unitsOfFormerProvince(former: FormerProvince, config: ProvinceConfig): string[] {
  return [...new Set(former.units.flatMap((id) => currentSuccessorsOf(config, id)))].sort();
}

/** Unit ids of the configured province that must be notified, sorted, without duplicates. */
export function audienceOf(report: RoutableReport, config: ProvinceConfig): string[] {
  const known = new Set(config.units.map((unit) => unit.id));
  if (report.scope === 'province' && isConfiguredProvince(report.province, config)) {
    // Every unit in force: a former unit has no office; its successors are in the list.
    return config.units.filter((unit) => unit.ceased === undefined).map((unit) => unit.id).sort();
  }
  const former = formerProvinceOf(report.province, config);
  if (report.scope === 'province' && former !== null) return unitsOfFormerProvince(former, config);
  const named = new Set(namedUnits(report).filter((id) => known.has(id)));
  // The body that held the event is one of this province's units only in a report of this
  // province, of one merged into it, or of no stated province; another province's body is
  // not ours, whatever its name.
  const foreign = report.province !== null && !isConfiguredProvince(report.province, config) && former === null;
  if (report.scope !== 'province' && report.organizerUnit !== null && known.has(report.organizerUnit) && !foreign) {
    named.add(report.organizerUnit);
  }
  // A former unit (a district before the 2025 reorganization, say) concerns the units that
  // took over its area: their offices are the ones that exist to be told.
  const audience = new Set<string>();
  for (const id of named) for (const successor of currentSuccessorsOf(config, id)) audience.add(successor);
  return [...audience].sort();
}

/**
 * Units the report names as places or bodies. With evidence, a unit the normalizer listed
 * but could not point to in the text (e.g. only inside a person's name) is left out: an
 * office is told only what the text shows concerns it.
 */
export function namedUnits(report: RoutableReport): string[] {
  const evidence = report.evidence?.districts;
  if (!evidence || report.correction?.fields.includes('districts')) return [...report.districts];
  return report.districts.filter((id) => (evidence[id]?.length ?? 0) > 0);
}

/** Offices that receive a report, by the same rule the filter policies encode. */
export function recipientsOf(report: RoutableReport, config: ProvinceConfig): Office[] {
  const audience = new Set(audienceOf(report, config));
  return officesOf(config).filter((office) => office.level === 'province' || audience.has(office.unit ?? ''));
}

/** The message attributes a notice carries so SNS can route it. */
export function routingAttributes(
  audience: readonly string[],
  config: ProvinceConfig,
  event: 'report.created' | 'report.updated',
): MessageAttributes {
  const attributes: Record<string, MessageAttributeValue> = {
    [PROVINCE_ATTRIBUTE]: { DataType: 'String', StringValue: config.province.id },
    [EVENT_ATTRIBUTE]: { DataType: 'String', StringValue: event },
  };
  // SNS rejects an empty String.Array; a notice for nobody but province offices omits it.
  if (audience.length > 0) {
    attributes[AUDIENCE_ATTRIBUTE] = { DataType: 'String.Array', StringValue: JSON.stringify(audience) };
  }
  return attributes;
}

/** The filter policy of an office's subscriptions. */
export function filterPolicyFor(office: Office, config: ProvinceConfig): FilterPolicy {
  if (office.level === 'province') return { [PROVINCE_ATTRIBUTE]: [config.province.id] };
  if (office.unit === null) throw new ConfigError(`office "${office.id}" has no unit`);
  return { [AUDIENCE_ATTRIBUTE]: [office.unit] };
}

/** SNS limits on one filter policy (AWS documentation, "Filter policy constraints"). */
export const FILTER_POLICY_LIMITS = { maxKeys: 5, maxCombinations: 150 } as const;

/** Problems that would make SNS reject the policy; empty when it is acceptable. */
export function filterPolicyProblems(policy: FilterPolicy): string[] {
  const keys = Object.keys(policy);
  const problems: string[] = [];
  if (keys.length > FILTER_POLICY_LIMITS.maxKeys) {
    problems.push(`has ${keys.length} attribute keys; SNS allows ${FILTER_POLICY_LIMITS.maxKeys}`);
  }
  const combinations = keys.reduce((product, key) => product * Math.max(1, policy[key]?.length ?? 0), 1);
  if (combinations > FILTER_POLICY_LIMITS.maxCombinations) {
    problems.push(`has ${combinations} value combinations; SNS allows ${FILTER_POLICY_LIMITS.maxCombinations}`);
  }
  return problems;
}

/** One SNS subscription the stack (or the local run) creates. */
export interface SubscriptionPlan {
  readonly officeId: string;
  readonly protocol: Office['endpoints'][number]['protocol'];
  readonly endpoint: string;
  readonly filterPolicy: FilterPolicy;
}

/** Every subscription of every office; throws {@link ConfigError} if SNS would reject one. */
export function subscriptionPlan(config: ProvinceConfig): SubscriptionPlan[] {
  const plans: SubscriptionPlan[] = [];
  const problems: string[] = [];
  for (const office of officesOf(config)) {
    const filterPolicy = filterPolicyFor(office, config);
    for (const problem of filterPolicyProblems(filterPolicy)) problems.push(`office "${office.id}": filter policy ${problem}`);
    for (const endpoint of office.endpoints) {
      plans.push({ officeId: office.id, protocol: endpoint.protocol, endpoint: endpoint.endpoint, filterPolicy });
    }
  }
  if (problems.length) throw new ConfigError('offices cannot be subscribed', problems);
  return plans;
}

/**
 * Evaluates a filter policy the way SNS does for the operators this product uses
 * (exact string, `exists`, String.Array any-element match). The embedded emulator does
 * not match String.Array attributes, so the local run routes with this function; the
 * integration suite on moto (whose SNS matches faithfully) checks the same outcomes.
 */
export function matchesFilterPolicy(policy: FilterPolicy, attributes: MessageAttributes): boolean {
  return Object.entries(policy).every(([key, conditions]) => {
    const attribute = attributes[key];
    const values: string[] =
      attribute === undefined
        ? []
        : attribute.DataType === 'String.Array'
          ? parseStringArray(attribute.StringValue)
          : [attribute.StringValue];
    return conditions.some((condition) =>
      typeof condition === 'string' ? values.includes(condition) : condition.exists === (attribute !== undefined),
    );
  });
}

function parseStringArray(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
