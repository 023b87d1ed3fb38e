import { CreateTopicCommand, DeleteTopicCommand, PublishCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, DeleteMessageBatchCommand } from '@aws-sdk/client-sqs';
import fc from 'fast-check';
import { createAwsClients, type AwsClients } from '../../shared/adapters/aws-clients';
import { officesOf, parseProvinceConfig, type ProvinceConfig } from '../../shared/config/province-config';
import {
  audienceOf,
  matchesFilterPolicy,
  recipientsOf,
  routingAttributes,
  subscriptionPlan,
  type RoutableReport,
} from '../../shared/domain/routing';
import { startEmulators, type RunningEmulators } from '../../shared/local/emulators';

/**
 * The routing rule, the filter policies derived from it, and SNS must agree: for random
 * provinces and reports, each office's queue on moto's SNS (which matches String.Array
 * attributes faithfully) holds exactly the reports `recipientsOf` assigns it, and the
 * product's own evaluator (used by the embedded bridge) decides every case the same way.
 *
 *   ROUTING_PROPERTY_RUNS=200 ROUTING_PROPERTY_REPORTS=50 npx jest --selectProjects reliability -t routing
 */

const RUNS = Number(process.env.ROUTING_PROPERTY_RUNS ?? 25);
const REPORTS_PER_CONFIG = Number(process.env.ROUTING_PROPERTY_REPORTS ?? 20);
const SEED = process.env.ROUTING_PROPERTY_SEED === undefined ? undefined : Number(process.env.ROUTING_PROPERTY_SEED);

jest.setTimeout(Math.max(300_000, RUNS * REPORTS_PER_CONFIG * 400));

const PROVINCES = [
  { id: 'hai-duong', name: 'Hai Duong', nameVi: 'Hải Dương' },
  { id: 'bac-ninh', name: 'Bac Ninh', nameVi: 'Bắc Ninh' },
  { id: 'thanh-hoa', name: 'Thanh Hoa', nameVi: 'Thanh Hóa' },
];

const word = fc.stringMatching(/^[a-z][a-z0-9]{1,6}$/);
const unitId = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a}-${b}` : a));

const endpointArb = fc.oneof(
  fc.nat(999).map((n) => ({ protocol: 'email' as const, endpoint: `office${n}@example.org` })),
  fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => ({ protocol: 'sms' as const, endpoint: `+8491${n}` })),
  fc.nat(999).map((n) => ({ protocol: 'https' as const, endpoint: `https://hooks.example.org/${n}` })),
);

/** A province with 1-8 units, offices for some of them (some units have none, some two), and 1-2 province offices. */
const configArb: fc.Arbitrary<ProvinceConfig> = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    units: fc.uniqueArray(unitId, { minLength: 1, maxLength: 8 }),
    officeFor: fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
    provinceOffices: fc.integer({ min: 1, max: 2 }),
    endpoints: fc.array(fc.array(endpointArb, { minLength: 1, maxLength: 3 }), { minLength: 20, maxLength: 20 }),
  })
  .map(({ province, units, officeFor, provinceOffices, endpoints }) => {
    const offices: Record<string, unknown>[] = [];
    units.forEach((unit, index) => {
      // 0: no office; 1-2: one office; 3: two offices for the unit.
      const count = Math.min(2, officeFor[index] ?? 0);
      for (let n = 0; n < count; n++) {
        offices.push({ id: `office-${index}-${n}`, name: `Office ${index}.${n}`, unit, endpoints: endpoints[offices.length % 20] });
      }
    });
    for (let n = 0; n < provinceOffices; n++) {
      offices.push({ id: `province-office-${n}`, name: `Province office ${n}`, level: 'province', endpoints: endpoints[offices.length % 20] });
    }
    return parseProvinceConfig({
      province: { ...province, aliases: [] },
      units: units.map((id) => ({ id, kind: 'district', name: `${id} District`, nameVi: `huyện ${id}` })),
      offices,
    });
  });

function reportArb(config: ProvinceConfig): fc.Arbitrary<RoutableReport> {
  const known = config.units.map((unit) => unit.id);
  const someUnit = fc.oneof(fc.constantFrom(...known), unitId.map((id) => `x-${id}`));
  const provinceName = fc.constantFrom(
    config.province.name,
    config.province.nameVi,
    config.province.name.toUpperCase(),
    config.province.id.replace(/-/g, ' '),
    ...PROVINCES.filter((other) => other.id !== config.province.id).map((other) => other.nameVi),
  );
  return fc.record({
    province: fc.option(provinceName, { nil: null }),
    scope: fc.constantFrom('province' as const, 'district' as const),
    organizerUnit: fc.option(someUnit, { nil: null }),
    districts: fc.uniqueArray(someUnit, { maxLength: 5 }),
  });
}

const caseArb = configArb.chain((config) =>
  fc.record({ config: fc.constant(config), reports: fc.array(reportArb(config), { minLength: REPORTS_PER_CONFIG, maxLength: REPORTS_PER_CONFIG }) }),
);

async function drain(clients: AwsClients, queueUrl: string): Promise<string[]> {
  const bodies: string[] = [];
  for (let empty = 0; empty < 2; ) {
    const response = await clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    const messages = response.Messages ?? [];
    if (messages.length === 0) {
      empty++;
      continue;
    }
    bodies.push(...messages.map((message) => message.Body ?? ''));
    await clients.sqs.send(
      new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle ?? '' })) }),
    );
  }
  return bodies;
}

describe('routing on SNS filter policies (moto)', () => {
  let emulators: RunningEmulators;
  let clients: AwsClients;
  let run = 0;

  beforeAll(async () => {
    emulators = await startEmulators({ backend: 'moto' });
    clients = createAwsClients({ region: 'us-east-1', endpoint: emulators.endpoint });
  });

  afterAll(async () => {
    await emulators?.stop();
  });

  it('delivers each report to exactly the offices recipientsOf names, and matchesFilterPolicy agrees with SNS', async () => {
    let publishes = 0;
    let deliveries = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ config, reports }) => {
        run++;
        const topicArn = (await clients.sns.send(new CreateTopicCommand({ Name: `routing-${run}` }))).TopicArn ?? '';
        const plans = subscriptionPlan(config);
        const queues = new Map<string, string>();
        for (const office of officesOf(config)) {
          const plan = plans.find((candidate) => candidate.officeId === office.id);
          if (!plan) throw new Error(`office ${office.id} has no subscription`);
          const queueUrl = (await clients.sqs.send(new CreateQueueCommand({ QueueName: `routing-${run}-${office.id}` }))).QueueUrl ?? '';
          const arn = (await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes?.QueueArn ?? '';
          await clients.sns.send(
            new SubscribeCommand({
              TopicArn: topicArn,
              Protocol: 'sqs',
              Endpoint: arn,
              Attributes: { FilterPolicy: JSON.stringify(plan.filterPolicy), FilterPolicyScope: 'MessageAttributes', RawMessageDelivery: 'true' },
            }),
          );
          queues.set(office.id, queueUrl);
        }
        const expected = new Map<string, string[]>([...queues.keys()].map((id) => [id, []]));
        const evaluator = new Map<string, string[]>([...queues.keys()].map((id) => [id, []]));
        for (const [index, report] of reports.entries()) {
          const attributes = routingAttributes(audienceOf(report, config), config, index % 2 ? 'report.updated' : 'report.created');
          await clients.sns.send(new PublishCommand({ TopicArn: topicArn, Message: `report-${index}`, MessageAttributes: attributes }));
          publishes++;
          for (const office of recipientsOf(report, config)) expected.get(office.id)?.push(`report-${index}`);
          for (const plan of plans) {
            if (matchesFilterPolicy(plan.filterPolicy, attributes) && !evaluator.get(plan.officeId)?.includes(`report-${index}`)) {
              evaluator.get(plan.officeId)?.push(`report-${index}`);
            }
          }
        }
        const delivered = new Map<string, string[]>();
        for (const [officeId, queueUrl] of queues) {
          const bodies = (await drain(clients, queueUrl)).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
          deliveries += bodies.length;
          delivered.set(officeId, bodies);
        }
        await clients.sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
        const context = JSON.stringify({ units: config.units.map((unit) => unit.id), offices: officesOf(config), reports });
        expect({ context, delivered: Object.fromEntries(delivered) }).toEqual({ context, delivered: Object.fromEntries(expected) });
        expect(Object.fromEntries(evaluator)).toEqual(Object.fromEntries(delivered));
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
    );
    console.log(`routing property: ${RUNS} provinces, ${publishes} reports published, ${deliveries} office deliveries checked`);
  });
});
