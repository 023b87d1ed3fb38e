import { rejectReport } from '../../app/review';
import { UsageError } from '../../errors';
import { defineCommand } from '../command';
import { REVIEW_OPTION_SPECS, configFor, formatOutcome, outcomeJson, reportIdArgument, reviewDeps, reviewerOf } from '../review-support';
import { TARGET_OPTION_SPECS, closeTarget, onTarget, resolveTarget } from '../target';

export const rejectCommand = defineCommand({
  name: 'reject',
  summary: 'close a held report without sending it',
  usage: 'reports reject ID --reason TEXT [--by NAME] [--json]',
  description: `Closes a held report: it is sent to no office, and a later upload of the same text does
not reopen it. The reason, who rejected it and when are kept in its history; it is
listed by \`reports list --status rejected\`.`,
  options: {
    reason: { type: 'string', value: 'TEXT', description: 'why, in plain words (required)' },
    ...REVIEW_OPTION_SPECS,
    ...TARGET_OPTION_SPECS,
  },
  exitCodes: 'Exit codes: 0 rejected, 1 no such report or not held, 2 wrong usage.',
  examples: ['reports reject r-499cdaeb63c209e6e719 --reason "test upload, not a report"'],
  async run(values, positionals) {
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
  },
});
