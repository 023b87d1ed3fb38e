import { readFileSync } from 'node:fs';
import * as z from '../zod-mini';
import { ConfigError } from '../errors';
import { didYouMean } from '../domain/suggest';
import { repoPath } from '../paths';
import { formatZodIssues } from '../zod-issues';

/**
 * The province, its units (district level before 1 July 2025, commune level after) and
 * the offices that receive notifications. One file feeds the CDK stack, the parser and
 * the local run, so routing cannot drift between them.
 */

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.regex(idPattern, 'must be lower-case words joined by "-" (e.g. "nam-sach")'));
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** "2025-02-30" has the form of a date but names no day (Date would roll it to March). */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
const isoDate = z
  .string()
  .check(z.regex(isoDatePattern, { message: 'must be a date written YYYY-MM-DD', abort: true }), z.refine(isCalendarDate, 'is not a calendar date'));
/** A name or alias: trimmed, with at least one letter (a blank alias would match every gap). */
const nameText = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, { message: 'must not be empty', abort: true }),
    z.refine((value) => /\p{L}/u.test(value), 'must contain a letter'),
  );

/**
 * Unit kinds. District level (before 1 July 2025): `district` (huyện, quận), `town` (thị
 * xã), `city` (thành phố thuộc tỉnh). Commune level (from 1 July 2025, and the communes
 * before it): `commune` (xã), `ward` (phường), `special-zone` (đặc khu).
 */
export const UNIT_KINDS = ['district', 'town', 'city', 'commune', 'ward', 'special-zone'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const DISTRICT_LEVEL_KINDS: readonly UnitKind[] = ['district', 'town', 'city'];
export const COMMUNE_LEVEL_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special-zone'];

/** The level a kind belongs to. */
export function levelOfUnitKind(kind: UnitKind): 'district' | 'commune' {
  return COMMUNE_LEVEL_KINDS.includes(kind) ? 'commune' : 'district';
}

export const unitSchema = z.strictObject({
  id,
  kind: z.enum(UNIT_KINDS),
  /**
   * Official code of the General Statistics Office: three digits for a district-level
   * unit, five for a commune-level one (e.g. "10999", xã Gia Lộc).
   */
  code: z.optional(
    z.string().check(z.regex(/^(?:\d{3}|\d{5})$/, 'must be the official code: 3 digits (district level) or 5 digits (commune level)')),
  ),
  /** English name as written in English reports, e.g. "Nam Sach District". */
  name: nameText,
  /** Vietnamese name with its administrative prefix, e.g. "huyện Nam Sách". */
  nameVi: nameText,
  /** Further spellings that name this unit unambiguously. */
  aliases: z._default(z.array(nameText), []),
  /** First day in force, for a unit created by a reorganization (e.g. 2025-07-01). */
  since: z.optional(isoDate),
  /**
   * Set on a former unit: the first day it no longer existed and the units that took over
   * its area. A report on an earlier event that names it concerns its successors'
   * offices; a ceased unit has no office of its own.
   */
  ceased: z.optional(
    z.object({
      date: isoDate,
      successors: z.array(id).check(z.minLength(1, 'needs at least one successor unit')),
    }),
  ),
});

/**
 * A province merged into the configured one (Hải Dương into Hải Phòng on 1 July 2025). A
 * report of its own province-wide bodies, from before the merger, concerns the whole area
 * it had: the units that took over its former units.
 */
export const formerProvinceSchema = z.strictObject({
  id,
  name: nameText,
  nameVi: nameText,
  aliases: z._default(z.array(nameText), []),
  /** The first day it no longer existed as a province. */
  ceased: isoDate,
  /** The config's former units (each with `ceased`) that made up its area. */
  units: z.array(id).check(z.minLength(1, 'needs at least one former unit')),
});

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const e164Pattern = /^\+[1-9]\d{6,14}$/;
const sqsArnPattern = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

export const endpointSchema = z.discriminatedUnion('protocol', [
  z.strictObject({ protocol: z.literal('email'), endpoint: z.string().check(z.regex(emailPattern, 'is not an e-mail address')) }),
  z.strictObject({
    protocol: z.literal('sms'),
    endpoint: z.string().check(z.regex(e164Pattern, 'is not a phone number in E.164 form (e.g. +84912345678)')),
  }),
  z.strictObject({
    protocol: z.literal('https'),
    endpoint: z.url({ protocol: /^https$/, error: 'is not an https:// URL' }),
  }),
  z.strictObject({ protocol: z.literal('sqs'), endpoint: z.string().check(z.regex(sqsArnPattern, 'is not an SQS queue ARN')) }),
]);

export const officeSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1)),
  /**
   * `unit` (default): receives the reports that concern its unit.
   * `province`: receives every report of the province.
   */
  level: z._default(z.enum(['unit', 'province']), 'unit'),
  /** The unit this office serves; defaults to the office id. Ignored at province level. */
  unit: z.optional(id),
  endpoints: z.array(endpointSchema).check(z.minLength(1, 'needs at least one endpoint')),
});

const share = z.number().check(z.minimum(0), z.maximum(1));

/**
 * Thresholds of the routing decision (`shared/domain/routing-decision.ts`). A report whose
 * evidence falls below one of them is held for an operator instead of being sent.
 */
export const routingThresholdsSchema = z.strictObject({
  /** Lowest normalizer confidence (0-1) on a field routing rests on: province, organizer, scope, units, event date. */
  minConfidence: share,
  /** Lowest score (0-1) that the text is an event report at all: sentences, genre words. */
  minGenreScore: share,
  /** Lowest score (0-1) that the text is Vietnamese or English. */
  minLanguageScore: share,
});

export const DEFAULT_ROUTING_THRESHOLDS = { minConfidence: 0.6, minGenreScore: 0.5, minLanguageScore: 0.5 } as const;

export const provinceConfigSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    province: z.strictObject({
      id,
      /** Official two-digit province code (e.g. "31", Hải Phòng). */
      code: z.optional(z.string().check(z.regex(/^\d{2}$/, 'must be the official two-digit province code'))),
      name: nameText,
      nameVi: nameText,
      aliases: z._default(z.array(nameText), []),
      /** IANA time zone of the province: upload times become the report's reference date in it. */
      timeZone: z._default(z.string(), 'Asia/Ho_Chi_Minh').check(
        z.refine((zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        }, 'is not an IANA time zone'),
      ),
    }),
    units: z.array(unitSchema).check(z.minLength(1)),
    /** Provinces merged into this one; see {@link formerProvinceSchema}. */
    formerProvinces: z._default(z.array(formerProvinceSchema), []),
    offices: z.array(officeSchema),
    /** When a report is published and when it is held for review (see {@link routingThresholdsSchema}). */
    routing: z._default(routingThresholdsSchema, DEFAULT_ROUTING_THRESHOLDS),
  })
  .check(z.superRefine((config, ctx) => {
    const units = new Map<string, Unit>();
    const codes = new Map<string, number>();
    for (const [index, unit] of config.units.entries()) {
      if (units.has(unit.id)) {
        ctx.addIssue({ code: 'custom', path: ['units', index, 'id'], message: `duplicate unit id "${unit.id}"` });
      } else {
        units.set(unit.id, unit);
      }
      if (unit.code !== undefined) {
        const expected = levelOfUnitKind(unit.kind) === 'district' ? 3 : 5;
        if (unit.code.length !== expected) {
          ctx.addIssue({
            code: 'custom',
            path: ['units', index, 'code'],
            message: `a ${unit.kind} has a ${expected}-digit code, not "${unit.code}"`,
          });
        }
        const first = codes.get(unit.code);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['units', index, 'code'],
            message: `code "${unit.code}" is already the code of units[${first}]`,
          });
        } else {
          codes.set(unit.code, index);
        }
      }
      if (unit.since !== undefined && unit.ceased !== undefined && unit.ceased.date <= unit.since) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', index, 'ceased', 'date'],
          message: `unit "${unit.id}" ceases on ${unit.ceased.date}, not after it came into force on ${unit.since}`,
        });
      }
    }
    for (const [index, unit] of config.units.entries()) {
      if (unit.ceased === undefined) continue;
      for (const [position, successorId] of unit.ceased.successors.entries()) {
        const path = ['units', index, 'ceased', 'successors', position];
        const successor = units.get(successorId);
        if (successor === undefined) {
          ctx.addIssue({ code: 'custom', path, message: `unknown unit "${successorId}"` });
        } else if (successorId === unit.id) {
          ctx.addIssue({ code: 'custom', path, message: `unit "${unit.id}" cannot succeed itself` });
        } else if (successor.since !== undefined && successor.since > unit.ceased.date) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `successor "${successorId}" comes into force on ${successor.since}, after "${unit.id}" ceased on ${unit.ceased.date}`,
          });
        } else if (successor.ceased !== undefined && successor.ceased.date <= unit.ceased.date) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `successor "${successorId}" ceased on ${successor.ceased.date}, not after "${unit.id}" (${unit.ceased.date})`,
          });
        }
      }
    }
    for (const [index, former] of config.formerProvinces.entries()) {
      if (former.id === config.province.id) {
        ctx.addIssue({ code: 'custom', path: ['formerProvinces', index, 'id'], message: `"${former.id}" is the configured province itself` });
      }
      for (const [position, unitId] of former.units.entries()) {
        const path = ['formerProvinces', index, 'units', position];
        const unit = units.get(unitId);
        if (unit === undefined) ctx.addIssue({ code: 'custom', path, message: `unknown unit "${unitId}"` });
        // Its area is reached through successors: a unit still in force was never part of it.
        else if (unit.ceased === undefined) ctx.addIssue({ code: 'custom', path, message: `unit "${unitId}" has not ceased, so it cannot be a unit of the former province "${former.id}"` });
        else if (unit.ceased.date > former.ceased) {
          ctx.addIssue({ code: 'custom', path, message: `unit "${unitId}" ceased on ${unit.ceased.date}, after the former province "${former.id}" (${former.ceased})` });
        }
      }
    }
    const officeIds = new Set<string>();
    for (const [index, office] of config.offices.entries()) {
      if (officeIds.has(office.id)) {
        ctx.addIssue({ code: 'custom', path: ['offices', index, 'id'], message: `duplicate office id "${office.id}"` });
      }
      officeIds.add(office.id);
      if (office.level !== 'unit') continue;
      const unitId = office.unit ?? office.id;
      const unit = units.get(unitId);
      if (unit === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['offices', index, 'unit'],
          message: `office "${office.id}" serves unknown unit "${unitId}" (known: ${listSome([...units.keys()])})`,
        });
      } else if (unit.ceased !== undefined) {
        // Reports naming a ceased unit go to its successors, so its own office would
        // never hear of anything: refuse it rather than deploy a silent subscription.
        ctx.addIssue({
          code: 'custom',
          path: ['offices', index, 'unit'],
          message: `office "${office.id}" serves unit "${unitId}", which ceased on ${unit.ceased.date}; serve its successors (${unit.ceased.successors.join(', ')}) instead`,
        });
      }
    }
  }));

/** The first few items of a long list, so that a message stays readable with a hundred units. */
function listSome(items: readonly string[], shown = 8): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

export type Unit = z.infer<typeof unitSchema>;
export type FormerProvince = z.infer<typeof formerProvinceSchema>;
export type OfficeEndpoint = z.infer<typeof endpointSchema>;
export type EndpointProtocol = OfficeEndpoint['protocol'];
export type OfficeConfig = z.infer<typeof officeSchema>;
export type ProvinceConfig = z.infer<typeof provinceConfigSchema>;
export type RoutingThresholds = z.infer<typeof routingThresholdsSchema>;

/** An office with its unit resolved. */
export interface Office {
  readonly id: string;
  readonly name: string;
  readonly level: 'unit' | 'province';
  /** The unit served; `null` for a province-level office. */
  readonly unit: string | null;
  readonly endpoints: readonly OfficeEndpoint[];
}

/** The default configuration shipped with the product. */
export const DEFAULT_CONFIG_PATH = repoPath('config', 'hai-duong.json');

/** Every key a config may use, for "did you mean" on a misspelt one. */
const CONFIG_KEYS = [
  ...new Set([
    ...Object.keys(provinceConfigSchema.shape),
    ...Object.keys(provinceConfigSchema.shape.province.shape),
    ...Object.keys(unitSchema.shape),
    ...Object.keys(officeSchema.shape),
    ...Object.keys(routingThresholdsSchema.shape),
    ...Object.keys(formerProvinceSchema.shape),
    'protocol',
    'endpoint',
    'date',
    'successors',
  ]),
];

/** Validates a parsed config object; throws {@link ConfigError} listing every problem. */
export function parseProvinceConfig(raw: unknown, origin = 'config'): ProvinceConfig {
  const result = provinceConfigSchema.safeParse(raw);
  if (!result.success) {
    // The cross-entry checks run only on a config whose entries all parse; so that one
    // round shows every problem, the references are also checked on the raw entries.
    const issues = formatZodIssues(result.error, { unknownKeyHint: (key) => didYouMean(key, CONFIG_KEYS) });
    for (const problem of rawReferenceProblems(raw)) if (!issues.includes(problem)) issues.push(problem);
    throw new ConfigError(`invalid province config (${origin})`, issues);
  }
  return result.data;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Offices serving a unit the config does not list, read from the entries as written
 * (whatever else is wrong with them), in the words the full validation uses.
 */
function rawReferenceProblems(raw: unknown): string[] {
  if (!isRecord(raw) || !Array.isArray(raw.units) || !Array.isArray(raw.offices)) return [];
  const unitIds = raw.units.flatMap((unit) => (isRecord(unit) && typeof unit.id === 'string' ? [unit.id] : []));
  const known = new Set(unitIds);
  return raw.offices.flatMap((office, index) => {
    if (!isRecord(office) || typeof office.id !== 'string' || (office.level ?? 'unit') !== 'unit') return [];
    const unitId = typeof office.unit === 'string' ? office.unit : office.id;
    return known.has(unitId) ? [] : [`offices[${index}].unit: office "${office.id}" serves unknown unit "${unitId}" (known: ${listSome(unitIds)})`];
  });
}

/** Reads and validates a config file. */
export function loadProvinceConfig(path: string = DEFAULT_CONFIG_PATH): ProvinceConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read province config ${path}: ${(cause as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`province config ${path} is not valid JSON: ${(cause as Error).message}`);
  }
  return parseProvinceConfig(raw, path);
}

/** Offices with defaults applied (unit office id = unit id unless stated). */
export function officesOf(config: ProvinceConfig): Office[] {
  return config.offices.map((office) => ({
    id: office.id,
    name: office.name,
    level: office.level,
    unit: office.level === 'province' ? null : (office.unit ?? office.id),
    endpoints: office.endpoints,
  }));
}

/** True when the unit exists on the day (ISO `YYYY-MM-DD`; a longer ISO timestamp is cut to its day). */
export function isUnitInForceOn(unit: Unit, isoDate: string): boolean {
  const day = isoDate.slice(0, 10);
  return (unit.since === undefined || unit.since <= day) && (unit.ceased === undefined || day < unit.ceased.date);
}

/** The units that exist on a day: before a reorganization its former units, after it the new ones. */
export function unitsInForceOn(config: ProvinceConfig, isoDate: string): Unit[] {
  return config.units.filter((unit) => isUnitInForceOn(unit, isoDate));
}

/**
 * The units that stand for a unit on a day: the unit itself while in force, else its
 * successors, following chains (a successor that ceased by then gives way to its own
 * successors). Sorted ids without duplicates; empty for an unknown unit or one not yet in
 * force. Validation guarantees successor dates increase along a chain, so it ends.
 */
export function successorsOf(config: ProvinceConfig, unitId: string, isoDate: string): string[] {
  const byId = new Map(config.units.map((unit) => [unit.id, unit]));
  const found = new Set<string>();
  const visit = (id: string, seen: ReadonlySet<string>): void => {
    const unit = byId.get(id);
    if (unit === undefined || seen.has(id)) return;
    if (isUnitInForceOn(unit, isoDate)) {
      found.add(id);
      return;
    }
    if (unit.ceased === undefined || isoDate.slice(0, 10) < unit.ceased.date) return;
    const next = new Set(seen).add(id);
    for (const successor of unit.ceased.successors) visit(successor, next);
  };
  visit(unitId, new Set());
  return [...found].sort();
}

/** The units in force today that carry on a unit: its successors at the end of every chain. */
export function currentSuccessorsOf(config: ProvinceConfig, unitId: string): string[] {
  return successorsOf(config, unitId, '9999-12-31');
}
