import { approveReport } from '../../app/review';
import { defineCommand } from '../command';
import { REVIEW_OPTION_SPECS, configFor, formatOutcome, outcomeJson, reportIdArgument, reviewDeps, reviewerOf } from '../review-support';
import { TARGET_OPTION_SPECS, closeTarget, onTarget, resolveTarget } from '../target';

export const approveCommand = defineCommand({
  name: 'approve',
  summary: 'publish a held report as decided',
  usage: 'reports approve ID [--by NAME] [--json]',
  description: `Publishes a held report as the routing decision would have: to the offices listed as
"would go to" by \`reports review\` (and every province-level office). The approval,
who gave it and when, is kept in the report's history.`,
  options: { ...REVIEW_OPTION_SPECS, ...TARGET_OPTION_SPECS },
  exitCodes: 'Exit codes: 0 published, 1 no such report or not held, 2 wrong usage.',
  examples: ['reports approve r-499cdaeb63c209e6e719 --by lan'],
  async run(values, positionals) {
    const reportId = reportIdArgument(positionals);
    const by = reviewerOf(values.by);
    const target = await resolveTarget(values);
    try {
      const config = configFor(target, values.config);
      const outcome = await onTarget(target, 'approve the report', () => approveReport(reportId, { by }, reviewDeps(target, config)));
      if (values.json) process.stdout.write(`${JSON.stringify(outcomeJson(outcome, config))}\n`);
      else console.log(formatOutcome(outcome, config));
      return 0;
    } finally {
      closeTarget(target);
    }
  },
});
