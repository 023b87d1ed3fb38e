import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { ConfigError } from '../errors';
import { repoPath } from '../paths';

/**
 * The province, its district-level units and the offices that receive notifications.
 * One file feeds the CDK stack, the parser and the local run, so routing cannot drift
 * between them.
 */

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be lower-case words joined by "-" (e.g. "nam-sach")');

export const unitSchema = z.object({
  id,
  kind: z.enum(['city', 'town', 'district']),
  /** English name as written in English reports, e.g. "Nam Sach District". */
  name: z.string().min(1),
  /** Vietnamese name with its administrative prefix, e.g. "huyện Nam Sách". */
  nameVi: z.string().min(1),
  /** Further spellings that name this unit unambiguously. */
  aliases: z.array(z.string().min(1)).default([]),
});

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const e164Pattern = /^\+[1-9]\d{6,14}$/;
const sqsArnPattern = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;

export const endpointSchema = z.discriminatedUnion('protocol', [
  z.object({ protocol: z.literal('email'), endpoint: z.string().regex(emailPattern, 'is not an e-mail address') }),
  z.object({
    protocol: z.literal('sms'),
    endpoint: z.string().regex(e164Pattern, 'is not a phone number in E.164 form (e.g. +84912345678)'),
  }),
  z.object({
    protocol: z.literal('https'),
    endpoint: z.url({ protocol: /^https$/, error: 'is not an https:// URL' }),
  }),
  z.object({ protocol: z.literal('sqs'), endpoint: z.string().regex(sqsArnPattern, 'is not an SQS queue ARN') }),
]);

export const officeSchema = z.object({
  id,
  name: z.string().min(1),
  /**
   * `unit` (default): receives the reports that concern its unit.
   * `province`: receives every report of the province.
   */
  level: z.enum(['unit', 'province']).default('unit'),
  /** The unit this office serves; defaults to the office id. Ignored at province level. */
  unit: id.optional(),
  endpoints: z.array(endpointSchema).min(1, 'needs at least one endpoint'),
});

const share = z.number().min(0).max(1);

/**
 * Thresholds of the routing decision (`shared/domain/routing-decision.ts`). A report whose
 * evidence falls below one of them is held for an operator instead of being sent.
 */
export const routingThresholdsSchema = z.object({
  /** Lowest normalizer confidence (0-1) on a field routing rests on: province, organizer, scope, units, event date. */
  minConfidence: share,
  /** Lowest score (0-1) that the text is an event report at all: sentences, genre words. */
  minGenreScore: share,
  /** Lowest score (0-1) that the text is Vietnamese or English. */
  minLanguageScore: share,
});

export const DEFAULT_ROUTING_THRESHOLDS = { minConfidence: 0.6, minGenreScore: 0.5, minLanguageScore: 0.5 } as const;

export const provinceConfigSchema = z
  .object({
    $schema: z.string().optional(),
    province: z.object({
      id,
      name: z.string().min(1),
      nameVi: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      /** IANA time zone of the province: upload times become the report's reference date in it. */
      timeZone: z
        .string()
        .default('Asia/Ho_Chi_Minh')
        .refine((zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        }, 'is not an IANA time zone'),
    }),
    units: z.array(unitSchema).min(1),
    offices: z.array(officeSchema),
    /** When a report is published and when it is held for review (see {@link routingThresholdsSchema}). */
    routing: routingThresholdsSchema.default(DEFAULT_ROUTING_THRESHOLDS),
  })
  .superRefine((config, ctx) => {
    const unitIds = new Set<string>();
    for (const [index, unit] of config.units.entries()) {
      if (unitIds.has(unit.id)) {
        ctx.addIssue({ code: 'custom', path: ['units', index, 'id'], message: `duplicate unit id "${unit.id}"` });
      }
      unitIds.add(unit.id);
    }
    const officeIds = new Set<string>();
    for (const [index, office] of config.offices.entries()) {
      if (officeIds.has(office.id)) {
        ctx.addIssue({ code: 'custom', path: ['offices', index, 'id'], message: `duplicate office id "${office.id}"` });
      }
      officeIds.add(office.id);
      const unit = office.unit ?? office.id;
      if (office.level === 'unit' && !unitIds.has(unit)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offices', index, 'unit'],
          message: `office "${office.id}" serves unknown unit "${unit}" (known: ${[...unitIds].join(', ')})`,
        });
      }
    }
  });

export type Unit = z.infer<typeof unitSchema>;
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

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
}

/** Validates a parsed config object; throws {@link ConfigError} listing every problem. */
export function parseProvinceConfig(raw: unknown, origin = 'config'): ProvinceConfig {
  const result = provinceConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(`invalid province config (${origin})`, formatIssues(result.error));
  return result.data;
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
