import { DEFAULT_ROUTING_THRESHOLDS, type ProvinceConfig, type RoutingThresholds } from '../config/province-config';
import { foldName } from './fold';
import type { CorrectableField, FieldConfidence, NormalizedReport, Span } from './record';
import { audienceOf, formerProvinceOf, isConfiguredProvince, namedUnits } from './routing';
import type { TextAssessment } from './text-assessment';

/**
 * Whether a report may be sent, and to whom: `publish` with the audience, or `hold` with
 * the reasons, for an operator to review. Missing evidence is never filled by assumption:
 * a report that does not say its province, its organizer (when it is of this province) or
 * its date, text that is not a report, a language other than Vietnamese or English, or a
 * routing field the normalizer is unsure of, is held. Pure: the caller passes the record,
 * the config and, when it has the text, the text's assessment.
 */

/** Why a report is held. */
export const HOLD_CODES = [
  'no-province',
  'no-organizer',
  'no-event-date',
  'not-a-report',
  'unsupported-language',
  'language-mismatch',
  'low-confidence',
  'not-a-provincial-body',
] as const;
/** Why a report goes where it goes. */
export const PUBLISH_CODES = ['province-wide', 'former-province-wide', 'former-province', 'organizer-unit', 'named-unit', 'other-province', 'unit-of-other-province', 'no-unit', 'corrected'] as const;

export type HoldCode = (typeof HOLD_CODES)[number];
export type PublishCode = (typeof PUBLISH_CODES)[number];
export type RoutingField = 'province' | 'organizer' | 'scope' | 'districts' | 'eventDate' | 'language' | 'genre';

/** One reason: a machine code and the same in plain words, with the text that supports it when known. */
export interface RoutingReason {
  readonly code: HoldCode | PublishCode;
  readonly message: string;
  readonly field?: RoutingField;
  /** The unit the reason is about. */
  readonly unit?: string;
  /** The words of the text the reason rests on. */
  readonly quote?: string;
}

/** Where a report would go if it were published. */
export interface Audience {
  /** Unit ids whose offices receive it (province-level offices receive every published report). */
  readonly audience: readonly string[];
  readonly provinceWide: boolean;
}

export type RoutingDecision =
  | ({ readonly action: 'publish'; readonly reasons: readonly RoutingReason[] } & Audience)
  | { readonly action: 'hold'; readonly reasons: readonly RoutingReason[]; readonly wouldBe: Audience };

/** The record fields the decision reads. */
export type RoutingRecord = Pick<NormalizedReport, 'province' | 'organizer' | 'scope' | 'organizerUnit' | 'districts' | 'language'> & {
  readonly event: { readonly date: string | null };
  readonly evidence?: NormalizedReport['evidence'];
  readonly confidence?: FieldConfidence | undefined;
  readonly correction?: { readonly fields: readonly CorrectableField[] } | undefined;
};

export interface DecisionInput {
  /** The assessment of the analysed text (`assessText`); absent when deciding on a stored record. */
  readonly text?: TextAssessment;
}

const LANGUAGE_NAMES = { vi: 'Vietnamese', en: 'English', other: 'neither Vietnamese nor English' } as const;

function firstQuote(spans: readonly Span[] | undefined): string | undefined {
  const quote = spans?.[0]?.quote.trim();
  return quote ? quote.slice(0, 160) : undefined;
}

// Words that make a body provincial, folded: "Provincial", "province", "tỉnh" (Tỉnh ủy, UBND tỉnh).
const PROVINCIAL_WORDS = /(?:^|[^a-z])(?:provincial|province|tinh)(?=$|[^a-z])/;

/**
 * True when the organizer's name shows a body of the province: its name, or a provincial
 * title. `names` are the province's names (the configured province's by default).
 */
export function isProvincialBody(
  organizer: string,
  config: ProvinceConfig,
  names: readonly string[] = [config.province.name, config.province.nameVi, ...config.province.aliases],
): boolean {
  const folded = foldName(organizer);
  if (PROVINCIAL_WORDS.test(folded)) return true;
  return names
    .map(foldName)
    .some((name) => name.length > 0 && new RegExp(`(?:^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^a-z])`).test(folded));
}

function thresholdsOf(config: ProvinceConfig): RoutingThresholds {
  // A config object built in code (not parsed) may lack the block; the defaults apply then.
  return (config as Partial<ProvinceConfig>).routing ?? DEFAULT_ROUTING_THRESHOLDS;
}

function unitLabel(id: string, config: ProvinceConfig): string {
  return config.units.find((unit) => unit.id === id)?.name ?? id;
}

/** Where the report would go, with the reason for each part of the audience. */
function audienceWithReasons(record: RoutingRecord, config: ProvinceConfig, text: TextAssessment | undefined): Audience & { reasons: RoutingReason[] } {
  const ours = isConfiguredProvince(record.province, config);
  const former = ours ? null : formerProvinceOf(record.province, config);
  const reasons: RoutingReason[] = [];
  // A report of another province that never names this one cannot mean this province's
  // units: a same-named ward or commune of its own province is meant ("Thanh Ha ward, Hoi An").
  const foreignNamesOnly = !ours && former === null && record.province !== null && text?.namesProvince === false && !record.correction?.fields.includes('districts');
  const audience = foreignNamesOnly ? [] : audienceOf(record, config);
  if (foreignNamesOnly) {
    for (const unit of namedUnits(record)) {
      if (!config.units.some((candidate) => candidate.id === unit)) continue;
      reasons.push({
        code: 'unit-of-other-province',
        field: 'districts',
        unit,
        message: `"${unitLabel(unit, config)}" in a report of ${record.province} that never names ${config.province.name}: a place of ${record.province}, not this unit`,
      });
    }
  }
  const provinceWide = ours && record.scope === 'province';
  const corrected = record.correction ? ` (corrected by an operator: ${record.correction.fields.join(', ')})` : '';
  if (record.correction) reasons.push({ code: 'corrected', message: `an operator corrected ${record.correction.fields.join(', ')}` });
  if (provinceWide) {
    const quote = firstQuote(record.evidence?.organizer);
    reasons.push({
      code: 'province-wide',
      field: 'scope',
      message: `held by a body of ${config.province.name} province (${record.organizer ?? 'organizer not stated'}): every unit${corrected}`,
      ...(quote ? { quote } : {}),
    });
    return { audience, provinceWide, reasons };
  }
  if (former !== null && record.scope === 'province') {
    const quote = firstQuote(record.evidence?.organizer);
    reasons.push({
      code: 'former-province-wide',
      field: 'scope',
      message: `held by a body of ${former.name} province, merged into ${config.province.name} on ${former.ceased} (${record.organizer ?? 'organizer not stated'}): the units that took over its area${corrected}`,
      ...(quote ? { quote } : {}),
    });
    return { audience, provinceWide, reasons };
  }
  if (former !== null) {
    reasons.push({ code: 'former-province', field: 'province', message: `a report of ${former.name}, merged into ${config.province.name} on ${former.ceased}: the units that took over the units it names` });
  } else if (!ours && record.province !== null) {
    reasons.push({ code: 'other-province', field: 'province', message: `a report of ${record.province}, not of ${config.province.name}: only the units it names` });
  }
  if ((ours || former !== null) && record.scope !== 'province' && record.organizerUnit !== null && audience.includes(record.organizerUnit)) {
    const quote = firstQuote(record.evidence?.organizer);
    reasons.push({
      code: 'organizer-unit',
      field: 'organizer',
      unit: record.organizerUnit,
      message: `held by a body of ${unitLabel(record.organizerUnit, config)}${corrected}`,
      ...(quote ? { quote } : {}),
    });
  }
  const named = new Set(namedUnits(record));
  for (const unit of audience) {
    if (unit === record.organizerUnit && (ours || former !== null) && record.scope !== 'province') continue;
    if (!named.has(unit)) continue;
    const quote = firstQuote(record.evidence?.districts[unit]);
    reasons.push({ code: 'named-unit', field: 'districts', unit, message: `the text names ${unitLabel(unit, config)}`, ...(quote ? { quote } : {}) });
  }
  if (audience.length === 0) reasons.push({ code: 'no-unit', field: 'districts', message: 'names no unit of the province: province-level offices only' });
  return { audience, provinceWide, reasons };
}

/**
 * Decides whether `record` is published, and to whom, or held for review.
 *
 * Held when: the province is not stated, or the record says the configured province but
 * the text names neither it nor any of its units (the province was assumed); the
 * province is the configured one but the organizer is not stated; the event date is not
 * stated; the record reads as province-wide but its organizer is not a provincial body;
 * the text is not an event report, is in neither Vietnamese nor English, or was analysed
 * as the other language; or the normalizer's confidence on a field the routing rests on
 * is below `config.routing.minConfidence`. A field an operator corrected is trusted, and
 * a corrected record is not re-judged on its text (the operator read it). Absent
 * confidence does not hold a report by itself; absent fields do.
 */
export function decideRouting(record: RoutingRecord, config: ProvinceConfig, input: DecisionInput = {}): RoutingDecision {
  const thresholds = thresholdsOf(config);
  const trusted = new Set<CorrectableField>(record.correction?.fields ?? []);
  const text = record.correction ? undefined : input.text;
  const hold: RoutingReason[] = [];

  // A record may say this province although the text never does (an older normalizer fell
  // back on the configured province): the text's own names, and the normalizer's evidence
  // when it has some, tell whether the province was read or assumed.
  let assumed: string | null = null;
  if (isConfiguredProvince(record.province, config) && !trusted.has('province')) {
    if (text?.namesProvinceOrUnit === false) assumed = `the text names neither ${config.province.name} nor any of its units`;
    // Without the text, the normalizer's evidence tells: no mention of the province and none of its units.
    else if (!text && record.evidence && record.evidence.province.length === 0 && !Object.values(record.evidence.districts).some((spans) => spans.length > 0)) {
      assumed = `the normalizer found no mention of ${config.province.name} or of its units in the text`;
    }
  }
  const effective: RoutingRecord = assumed ? { ...record, province: null } : record;
  const ours = isConfiguredProvince(effective.province, config);
  // A province merged into this one is held to the same evidence as this one.
  const former = ours ? null : formerProvinceOf(effective.province, config);
  const provinceNames = former
    ? [former.name, former.nameVi, ...former.aliases]
    : [config.province.name, config.province.nameVi, ...config.province.aliases];
  const provinceName = former?.name ?? config.province.name;

  if (assumed) {
    hold.push({ code: 'no-province', field: 'province', message: `${assumed}, so the province is not known` });
  } else if (record.province === null) {
    hold.push({ code: 'no-province', field: 'province', message: 'the text does not say which province the report is about' });
  } else if ((ours || former !== null) && record.organizer === null) {
    hold.push({ code: 'no-organizer', field: 'organizer', message: `a report of ${provinceName} that does not say which body held the event` });
  }
  if (record.event.date === null) hold.push({ code: 'no-event-date', field: 'eventDate', message: 'the text does not say when the event took place' });
  // Province-wide is the widest audience: it needs an organizer that is a body of the province.
  if ((ours || former !== null) && record.scope === 'province' && record.organizer !== null && !trusted.has('scope') && !trusted.has('organizer')) {
    if (!isProvincialBody(record.organizer, config, provinceNames)) {
      hold.push({
        code: 'not-a-provincial-body',
        field: 'scope',
        message: `read as province-wide, but the organizer "${record.organizer.slice(0, 120)}" is not named as a body of ${provinceName} province`,
      });
    }
  }

  if (text) {
    if (text.language === 'other' || text.languageScore < thresholds.minLanguageScore) {
      hold.push({
        code: 'unsupported-language',
        field: 'language',
        message: `the text is not clearly Vietnamese or English (${text.language === 'other' ? 'neither found' : `closest: ${LANGUAGE_NAMES[text.language]}`}, language score ${text.languageScore.toFixed(2)}, needs ${thresholds.minLanguageScore})`,
      });
    } else if (text.languageScores[record.language] < thresholds.minLanguageScore) {
      // Analysed with the rules of a language the text does not read as (a Vietnamese text
      // typed without diacritics taken for English): its fields cannot be relied on.
      hold.push({
        code: 'language-mismatch',
        field: 'language',
        message: `the text reads as ${LANGUAGE_NAMES[text.language]} but was analysed as ${LANGUAGE_NAMES[record.language]}`,
      });
    }
    if (text.genreScore < thresholds.minGenreScore) {
      const found = text.genreWords.length ? `genre words: ${text.genreWords.slice(0, 5).join(', ')}` : 'no words of the genre';
      hold.push({
        code: 'not-a-report',
        field: 'genre',
        message: `not an event report: ${text.words} words in ${text.sentences} sentence(s), ${found} (genre score ${text.genreScore.toFixed(2)}, needs ${thresholds.minGenreScore})`,
      });
    }
  }

  const confidence = record.confidence;
  if (confidence && !record.correction) {
    if (confidence.language < thresholds.minLanguageScore) {
      hold.push({ code: 'low-confidence', field: 'language', message: `unsure of the language (confidence ${confidence.language.toFixed(2)})` });
    }
    // The text's own assessment, when it already found the same, says it with its reasons.
    if (confidence.genre < thresholds.minGenreScore && !hold.some((reason) => reason.code === 'not-a-report')) {
      hold.push({ code: 'not-a-report', field: 'genre', message: `unsure the text is an event report (confidence ${confidence.genre.toFixed(2)})` });
    }
  }
  const wouldBe = audienceWithReasons(effective, config, text);
  if (confidence) {
    // Only the fields this decision rests on: the organizer and scope matter for a report of
    // this province; the units matter when they are (part of) the audience.
    const relied: { field: CorrectableField & keyof FieldConfidence; relevant: boolean }[] = [
      { field: 'province', relevant: effective.province !== null },
      { field: 'eventDate', relevant: record.event.date !== null },
      { field: 'organizer', relevant: (ours || former !== null) && record.organizer !== null },
      { field: 'scope', relevant: ours || former !== null },
      // A former province's whole area follows from its name, not from units the text names.
      { field: 'districts', relevant: !wouldBe.provinceWide && wouldBe.audience.length > 0 && !wouldBe.reasons.some((reason) => reason.code === 'former-province-wide') },
    ];
    for (const { field, relevant } of relied) {
      if (!relevant || trusted.has(field)) continue;
      if (field === 'districts' && trusted.has('organizerUnit') && wouldBe.audience.every((unit) => unit === record.organizerUnit)) continue;
      const value = confidence[field];
      if (value < thresholds.minConfidence) {
        hold.push({
          code: 'low-confidence',
          field,
          message: `unsure of the ${field === 'eventDate' ? 'event date' : field === 'districts' ? 'units named' : field} (confidence ${value.toFixed(2)}, needs ${thresholds.minConfidence})`,
        });
      }
    }
  }

  const { audience, provinceWide, reasons } = wouldBe;
  if (hold.length > 0) return { action: 'hold', reasons: hold, wouldBe: { audience, provinceWide } };
  return { action: 'publish', audience, provinceWide, reasons };
}

/** The reasons as one line of plain words. */
export function describeReasons(reasons: readonly RoutingReason[]): string {
  return reasons.map((reason) => reason.message).join('; ');
}

/** The machine codes of the reasons, without repeats. */
export function reasonCodes(reasons: readonly RoutingReason[]): string[] {
  return [...new Set(reasons.map((reason) => reason.code))];
}

/** A decision as stored with the report and shown to operators. */
export interface DecisionSummary {
  readonly action: 'publish' | 'hold';
  /** The audience if published; for a held report, what it would be. */
  readonly audience: readonly string[];
  readonly provinceWide: boolean;
  readonly reasons: readonly RoutingReason[];
}

export function summarizeDecision(decision: RoutingDecision): DecisionSummary {
  const { audience, provinceWide } = decision.action === 'publish' ? decision : decision.wouldBe;
  return { action: decision.action, audience: [...audience], provinceWide, reasons: decision.reasons.map((reason) => ({ ...reason })) };
}
