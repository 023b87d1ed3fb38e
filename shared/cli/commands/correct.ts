import { correctReport, type CorrectionInput } from '../../app/review';
import { SCOPES, type Scope } from '../../domain/record';
import { UsageError } from '../../errors';
import { defineCommand, isoDateFlag, type FlagValues, type OptionSpecs } from '../command';
import { REVIEW_OPTION_SPECS, configFor, formatOutcome, outcomeJson, reportIdArgument, reviewDeps, reviewerOf } from '../review-support';
import { TARGET_OPTION_SPECS, closeTarget, onTarget, resolveTarget } from '../target';

const OPTIONS = {
  organizer: { type: 'string', value: 'NAME', description: 'the body that held the event, as written' },
  scope: { type: 'string', value: 'S', description: `${SCOPES.join(' | ')}: the level of that body` },
  district: {
    type: 'string',
    value: 'UNIT',
    multiple: true,
    description: `a unit the report concerns (unit id, e.g. gia-loc); repeat for
several. With --scope district|commune the first is the unit
that held the event unless --organizer-unit says otherwise`,
  },
  'organizer-unit': { type: 'string', value: 'UNIT', description: 'the unit whose body held the event' },
  date: { type: 'string', value: 'YYYY-MM-DD', description: 'the day of the event' },
  province: { type: 'string', value: 'NAME', description: 'the province the report is about (e.g. "Hai Duong", "Thanh Hoa")' },
  note: { type: 'string', value: 'TEXT', description: 'why, kept with the correction' },
  ...REVIEW_OPTION_SPECS,
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

function scopeFlag(value: string | undefined): Scope | undefined {
  if (value === undefined) return undefined;
  if ((SCOPES as readonly string[]).includes(value)) return value as Scope;
  throw new UsageError(`--scope must be one of ${SCOPES.join(', ')}, got "${value}"`);
}

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  const reportId = reportIdArgument(positionals);
  const eventDate = isoDateFlag(values.date, '--date');
  const scope = scopeFlag(values.scope);
  const districts = values.district?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  const input: CorrectionInput = {
    ...(values.organizer !== undefined ? { organizer: values.organizer } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(districts !== undefined ? { districts } : {}),
    ...(values['organizer-unit'] !== undefined ? { organizerUnit: values['organizer-unit'] } : {}),
    ...(eventDate !== undefined ? { eventDate } : {}),
    ...(values.province !== undefined ? { province: values.province } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
  };
  const by = reviewerOf(values.by);
  const target = await resolveTarget(values);
  try {
    const config = configFor(target, values.config);
    const outcome = await onTarget(target, 'correct the report', () => correctReport(reportId, input, { by }, reviewDeps(target, config)));
    if (values.json) process.stdout.write(`${JSON.stringify(outcomeJson(outcome, config))}\n`);
    else console.log(formatOutcome(outcome, config));
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const correctCommand = defineCommand({
  name: 'correct',
  summary: 'store a corrected version of a report and publish it',
  usage: [
    'reports correct ID [--organizer NAME] [--scope S] [--district UNIT]...',
    '                   [--date YYYY-MM-DD] [--province NAME] [--note TEXT] [--by NAME] [--json]',
  ],
  description: `Stores a new version of the report with the fields you give, marked as corrected (by
whom, when, what changed), and publishes it. Fields you name are trusted by the routing
decision; the others keep what the parser read. The correction keeps the text's content
hash, so uploading the same text again finds the corrected version instead of parsing
the correction away. Correcting a report that was already sent sends an "updated"
notice to the offices of the old and of the new version.

Works on held reports and on reports already sent; refused when the corrected report
would still be held (the message says which field is still missing).`,
  options: OPTIONS,
  exitCodes: 'Exit codes: 0 corrected and published, 1 no such report or still held, 2 wrong usage.',
  examples: [
    'reports correct r-499cdaeb63c209e6e719 --province "Hai Duong" --scope district --district gia-loc',
    'reports correct r-499cdaeb63c209e6e719 --organizer "Standing Committee of Gia Loc District Party Committee" --date 2024-03-08',
  ],
  run,
});
