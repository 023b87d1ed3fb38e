import { ReportsError, UsageError } from '../../errors';
import { OfficeInbox, type ReceivedNotice } from '../../local/office-inbox';
import { defineCommand, type FlagValues, type OptionSpecs } from '../command';
import { TARGET_OPTION_SPECS, closeTarget, intFlag, resolveTarget } from '../target';

const OPTIONS = {
  office: { type: 'string', value: 'ID', description: 'follow one office (default: all)' },
  count: { type: 'string', value: 'N', description: 'stop after N notices' },
  json: {
    type: 'boolean',
    description: `one JSON object per notice on stdout:
{"officeId","type","notificationId","reportId","version","title","audience"}`,
  },
  ...TARGET_OPTION_SPECS,
} as const satisfies OptionSpecs;

/** The line printed for one notice. */
export function formatNoticeLine(notice: ReceivedNotice): string {
  const time = notice.receivedAt.toISOString().slice(11, 19);
  const kind = notice.type === 'report.updated' ? 'updated' : 'new';
  return `${time}  ${notice.officeId.padEnd(18)} ${kind.padEnd(7)} ${notice.notificationId}  ${notice.title.replace(/\s+/g, ' ').slice(0, 100)}`;
}

const DEPLOYED = [
  'watch follows the local run only.',
  'A deployed stack delivers notices to the offices themselves (e-mail, SMS, HTTPS), so',
  'there is no queue here to read. To see deliveries, use the offices\' inboxes, the',
  'stack\'s subscriptions dead-letter queue for failures, or subscribe a test SQS queue',
  'to the reports topic. Start `reports local --headless` to watch notices locally.',
].join('\n');

async function run(values: FlagValues<typeof OPTIONS>, positionals: string[]): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const count = values.count === undefined ? undefined : intFlag(values.count, '--count', 0, { min: 1 });
  // Said before the stack is looked up: no credentials or region would change the answer.
  if (values.stack !== undefined) throw new ReportsError(DEPLOYED);
  const target = await resolveTarget(values);
  try {
    if (target.kind !== 'local' || !target.officeQueues) throw new ReportsError(DEPLOYED);
    if (target.displaysNotices) {
      // Both would consume the same office queues: each notice would reach one of them only.
      throw new ReportsError(
        `${target.description} prints the notices itself (it was started without --headless): watch would take notices from its display. ` +
          'Read them there, or start the run with `reports local --headless` (or `npm start -- --headless`) to watch them here.',
      );
    }
    let queues = target.officeQueues;
    if (values.office !== undefined) {
      queues = queues.filter((queue) => queue.officeId === values.office);
      if (queues.length === 0) {
        throw new UsageError(`unknown office "${values.office}"; offices: ${target.officeQueues.map((queue) => queue.officeId).join(', ')}`);
      }
    }
    const inbox = new OfficeInbox(target.clients.sqs, queues);
    let seen = 0;
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      inbox.onNotice((notice) => {
        if (count !== undefined && seen >= count) return;
        seen++;
        if (values.json) {
          const { officeId, type, notificationId, reportId, version, title, audience } = notice;
          process.stdout.write(`${JSON.stringify({ officeId, type, notificationId, reportId, version, title, audience })}\n`);
        } else {
          console.log(formatNoticeLine(notice));
        }
        if (count !== undefined && seen >= count) {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolveStop();
        }
      });
      process.stderr.write(
        `Watching ${queues.length === 1 ? `office ${queues[0]?.officeId}` : `${queues.length} offices`} of ${target.description}; Ctrl-C stops.\n`,
      );
      inbox.start();
    });
    await inbox.stop();
    return 0;
  } finally {
    closeTarget(target);
  }
}

export const watchCommand = defineCommand({
  name: 'watch',
  summary: 'print notices as the offices receive them (local run)',
  usage: 'reports watch [--office ID] [--count N] [--json]',
  description: `Prints the notices the offices receive, one line each as they arrive: time, office,
new or updated, notification id, title. Local run only: there one queue per office
stands in for its e-mail, SMS and HTTPS endpoints, and watch reads (and consumes)
those queues. Use it with \`reports local --headless\`: \`npm start\` prints the same
notices itself and consumes the same queues, so watch refuses to run beside it (each
notice would reach only one of the two). With --stack it explains what to use instead.
Ctrl-C stops.`,
  options: OPTIONS,
  examples: ['reports watch --office gia-loc'],
  run,
});
