import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

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

/** Builds the SDK clients once; emulators get path-style S3 and placeholder credentials. */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const region = options.region ?? process.env.AWS_REGION ?? 'us-east-1';
  const base = {
    region,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: EMULATOR_CREDENTIALS } : {}),
  };
  const dynamoEndpoint = options.dynamoEndpoint ?? options.endpoint;
  const dynamoBase = dynamoEndpoint ? { ...base, endpoint: dynamoEndpoint, credentials: EMULATOR_CREDENTIALS } : base;
  return {
    s3: new S3Client({ ...base, ...(options.endpoint ? { forcePathStyle: true } : {}) }),
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(dynamoBase), {
      marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    }),
    sns: new SNSClient(base),
    sqs: new SQSClient(base),
  };
}
