import { rejectReport } from '../../app/review';
import { UsageError } from '../../errors';
import { parseFlags, type Command } from '../command';
import { REVIEW_HELP, REVIEW_OPTIONS, configFor, formatOutcome, outcomeJson, reportIdArgument, reviewDeps, reviewerOf } from '../review-support';
import { TARGET_HELP, TARGET_OPTIONS, closeTarget, onTarget, resolveTarget } from '../target';

const help = `usage: reports reject ID --reason TEXT [--by NAME] [--json]

Closes a held report: it is sent to no office, and a later upload of the same text does
not reopen it. The reason, who rejected it and when are kept in its history; it is
listed by \`reports list --status rejected\`.

Options:
  --reason TEXT      why, in plain words (required)
${REVIEW_HELP}
  -h, --help         show this help

${TARGET_HELP}

Exit codes: 0 rejected, 1 no such report or not held, 2 wrong usage.

Example:
  reports reject r-499cdaeb63c209e6e719 --reason "test upload, not a report"`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { reason: { type: 'string' }, ...REVIEW_OPTIONS, ...TARGET_OPTIONS });
  const reportId = reportIdArgument(positionals);
  const reason = values.reason?.trim();
  if (!reason) throw new UsageError('--reason is required: say why the report is rejected');
  const by = reviewerOf(values.by);
  const target = await resolveTarget(values);
  try {
    const config = configFor(target, values.config);
    const outcome = await onTarget(target, 'reject the report', () => rejectReport(reportId, { by, reason }, reviewDeps(target, config)));
    if (values.json) process.stdout.write(`${JSON.stringify(outcomeJson(outcome, config))}\n`);
    else console.log(formatOutcome(outcome, config));
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const rejectCommand: Command = {
  name: 'reject',
  summary: 'close a held report without sending it',
  help,
  run,
};
