import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';

export interface AwsClientOptions {
  readonly region?: string;
  /**
   * One endpoint for every service (an emulator). Unset in AWS, where each client finds
   * its regional endpoint.
   */
  readonly endpoint?: string;
  /** Separate DynamoDB endpoint, when the emulator for it is another process. */
  readonly dynamoEndpoint?: string;
  readonly maxAttempts?: number;
}

export interface AwsClients {
  readonly s3: S3Client;
  readonly dynamo: DynamoDBDocumentClient;
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
}

const EMULATOR_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Builds each SDK client on first use (a client's module costs milliseconds of cold start,
 * and the parser never uses SQS); emulators get path-style S3 and placeholder credentials.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const base = {
    region,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
  };
  const dynamoEndpoint = options.dynamoEndpoint ?? options.endpoint;
  const dynamoBase = dynamoEndpoint ? { ...base, endpoint: dynamoEndpoint, credentials: EMULATOR_CREDENTIALS } : base;
  const lazy = <T>(build: () => T): (() => T) => {
    let client: T | undefined;
    return () => (client ??= build());
  };
  const s3 = lazy(() => {
    const { S3Client: Client } = require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
    return new Client({ ...base, ...(options.endpoint ? { forcePathStyle: true } : {}) });
  });
  const dynamo = lazy(() => {
    const { DynamoDBClient } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient: DocumentClient } = require('@aws-sdk/lib-dynamodb') as typeof import('@aws-sdk/lib-dynamodb');
    return DocumentClient.from(new DynamoDBClient(dynamoBase), { marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false } });
  });
  const sns = lazy(() => {
    const { SNSClient: Client } = require('@aws-sdk/client-sns') as typeof import('@aws-sdk/client-sns');
    return new Client(base);
  });
  const sqs = lazy(() => {
    const { SQSClient: Client } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
    return new Client(base);
  });
  return {
    get s3() {
      return s3();
    },
    get dynamo() {
      return dynamo();
    },
    get sns() {
      return sns();
    },
    get sqs() {
      return sqs();
    },
  };
}
