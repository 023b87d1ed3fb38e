import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Ingest, type IngestProps } from '../../infra/constructs/ingest';
import { Storage } from '../../infra/constructs/storage';
import { ConfigError } from '../../shared/errors';

function configErrorOf(build: () => unknown): ConfigError {
  try {
    build();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('construct props validation', () => {
  it('names every problem of the ingest props in one ConfigError', () => {
    const stack = new Stack(new App(), 'Test');
    // The props are checked before any resource is made, so the resources are not needed here.
    const props = { batchSize: 11, reservedConcurrency: 1, maxReceiveCount: 0 } as unknown as IngestProps;
    const error = configErrorOf(() => new Ingest(stack, 'Ingest', props));
    expect(error.message).toMatch(/^Ingest: invalid props/);
    expect(error.issues).toEqual([
      expect.stringMatching(/^reservedConcurrency must be at least 2/),
      expect.stringMatching(/^batchSize must be between 1 and 10/),
      'maxReceiveCount must be at least 3',
    ]);
  });

  it('names every problem of the storage props in one ConfigError', () => {
    // An app without cdk.json's feature flags: the log-bucket policy flag is off.
    const stack = new Stack(new App(), 'Test');
    const key = new kms.Key(stack, 'Key');
    const error = configErrorOf(() => new Storage(stack, 'Storage', { key, removalPolicy: RemovalPolicy.RETAIN, autoDeleteObjects: true }));
    expect(error.issues).toEqual([expect.stringMatching(/^autoDeleteObjects needs removalPolicy DESTROY/), expect.stringMatching(/^set the feature flag ".+": true/)]);
  });
});
