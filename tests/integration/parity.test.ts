import { SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { loadStackTemplates, type StackTemplates } from '../../shared/local/stack-template';
import { compareWithTemplate, formatDrift, readLocalState, type LocalState } from '../support/parity';
import { ROOT, startPipelineProcess, testBackend, type PipelineProcess } from '../support/pipeline-process';

jest.setTimeout(180_000);

const CONFIG = `${ROOT}/config/hai-duong.json`;
const backend = testBackend();

/** A deep copy of the templates with one resource's properties changed. */
function withProperties(templates: StackTemplates, type: string, change: (properties: Record<string, unknown>) => void): StackTemplates {
  const copy = JSON.parse(JSON.stringify(templates)) as StackTemplates;
  const resource = Object.values(copy.template.Resources ?? {}).find((candidate) => candidate.Type === type);
  if (!resource?.Properties) throw new Error(`the template has no ${type}`);
  change(resource.Properties as Record<string, unknown>);
  return copy;
}

describe(`the local run on ${backend} holds what the stack's template defines`, () => {
  let pipeline: PipelineProcess;
  let templates: StackTemplates;

  const state = (): Promise<LocalState> =>
    readLocalState({ clients: pipeline.clients, backend, resources: pipeline.info.resources, eventSource: pipeline.info.eventSource });

  beforeAll(async () => {
    // The same cached synth the local run provisioned from (a hash of infra/, config and lock file).
    templates = loadStackTemplates({ configPath: CONFIG }).templates;
    pipeline = await startPipelineProcess({ config: CONFIG });
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('has every queue attribute, subscription, filter policy, table index, notification and event source setting of the template', async () => {
    const drifts = compareWithTemplate(templates, pipeline.info.resources, await state());
    expect(drifts.map(formatDrift)).toEqual([]);
    // The comparison saw the resources it vouches for.
    expect(Object.values(pipeline.info.resources.logicalIds).filter((name) => name.kind === 'subscription')).toHaveLength(13);
    expect(pipeline.info.eventSource).toEqual({ batchSize: 10, maxBatchingWindowMs: 5000, concurrency: 10, reportBatchItemFailures: true });
  });

  it('reports a queue attribute changed on the emulator after provisioning', async () => {
    const { ingestQueueUrl } = pipeline.info.resources;
    await pipeline.clients.sqs.send(new SetQueueAttributesCommand({ QueueUrl: ingestQueueUrl, Attributes: { VisibilityTimeout: '5' } }));
    try {
      const drifts = compareWithTemplate(templates, pipeline.info.resources, await state());
      expect(drifts).toEqual([expect.objectContaining({ resource: expect.stringMatching(/^IngestQueue/), property: 'VisibilityTimeout', template: '185', local: '5' })]);
    } finally {
      await pipeline.clients.sqs.send(new SetQueueAttributesCommand({ QueueUrl: ingestQueueUrl, Attributes: { VisibilityTimeout: '185' } }));
    }
    expect(compareWithTemplate(templates, pipeline.info.resources, await state())).toEqual([]);
  });

  it('reports a template whose filter policy, redrive policy or index the emulators do not hold', async () => {
    const local = await state();
    const filter = withProperties(templates, 'AWS::SNS::Subscription', (properties) => {
      properties.FilterPolicy = { audience: ['somewhere-else'] };
    });
    expect(compareWithTemplate(filter, pipeline.info.resources, local)).toEqual([
      expect.objectContaining({ property: 'FilterPolicy', template: { audience: ['somewhere-else'] } }),
    ]);
    const redrive = withProperties(templates, 'AWS::SQS::Queue', (properties) => {
      properties.RedrivePolicy = { deadLetterTargetArn: { 'Fn::GetAtt': ['IngestDeadLetterQueueE8016E9B', 'Arn'] }, maxReceiveCount: 3 };
    });
    expect(compareWithTemplate(redrive, pipeline.info.resources, local).map((drift) => drift.property)).toContain('RedrivePolicy');
    const index = withProperties(templates, 'AWS::DynamoDB::Table', (properties) => {
      (properties.GlobalSecondaryIndexes as { Projection: { ProjectionType: string } }[])[0]!.Projection = { ProjectionType: 'KEYS_ONLY' };
    });
    expect(compareWithTemplate(index, pipeline.info.resources, local).map((drift) => drift.property)).toEqual(['GlobalSecondaryIndexes']);
  });

  it('reports a template property the local run neither provisions nor lists as a difference', async () => {
    const fifo = withProperties(templates, 'AWS::SQS::Queue', (properties) => {
      properties.FifoQueue = true;
    });
    expect(compareWithTemplate(fifo, pipeline.info.resources, await state())).toEqual([
      expect.objectContaining({ property: 'FifoQueue', local: 'neither provisioned locally nor listed in LOCAL_DIFFERENCES' }),
    ]);
  });
});
