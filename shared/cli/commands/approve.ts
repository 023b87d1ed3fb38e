import { approveReport } from '../../app/review';
import { parseFlags, type Command } from '../command';
import { REVIEW_HELP, REVIEW_OPTIONS, configFor, formatOutcome, outcomeJson, reportIdArgument, reviewDeps, reviewerOf } from '../review-support';
import { TARGET_HELP, TARGET_OPTIONS, closeTarget, onTarget, resolveTarget } from '../target';

const help = `usage: reports approve ID [--by NAME] [--json]

Publishes a held report as the routing decision would have: to the offices listed as
"would go to" by \`reports review\` (and every province-level office). The approval,
who gave it and when, is kept in the report's history.

Options:
${REVIEW_HELP}
  -h, --help         show this help

${TARGET_HELP}

Exit codes: 0 published, 1 no such report or not held, 2 wrong usage.

Example:
  reports approve r-499cdaeb63c209e6e719 --by lan`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...REVIEW_OPTIONS, ...TARGET_OPTIONS });
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
}

export const approveCommand: Command = {
  name: 'approve',
  summary: 'publish a held report as decided',
  help,
  run,
};
