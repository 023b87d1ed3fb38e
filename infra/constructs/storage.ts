import { Duration, FeatureFlags, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { QUARANTINE_PREFIX, TABLE_DESIGN } from '../../shared/config/runtime-env';
import { SECURE_BUCKET_DEFAULTS } from './secure-defaults';
import { ConfigError } from '../../shared/errors';

const LOGS_USE_BUCKET_POLICY = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

export interface StorageProps {
  /** Customer-managed key for the report bucket and the table. */
  readonly key: kms.IKey;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Empty the buckets when the stack is deleted. Only allowed together with
   * `RemovalPolicy.DESTROY`; production data is never deleted with the stack.
   * @default false
   */
  readonly autoDeleteObjects?: boolean;
  /** @default true */
  readonly deletionProtection?: boolean;
  /** Overwritten or deleted uploads stay restorable this long. @default 90 days */
  readonly noncurrentVersionExpiration?: Duration;
  /** Undecodable uploads are kept under `quarantine/` this long. @default 365 days */
  readonly quarantineRetention?: Duration;
  /** S3 server access logs are kept this long. @default 365 days */
  readonly accessLogRetention?: Duration;
}

/**
 * Where reports live: the upload bucket (uploads under `incoming/`, undecodable ones
 * copied to `quarantine/`), its server access log bucket, and the records table.
 */
export class Storage extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly accessLogsBucket: s3.Bucket;
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const autoDeleteObjects = props.autoDeleteObjects ?? false;
    // Every problem at once, so one synth shows all that needs fixing.
    const problems: string[] = [];
    if (autoDeleteObjects && removalPolicy !== RemovalPolicy.DESTROY) {
      problems.push('autoDeleteObjects needs removalPolicy DESTROY; a retained bucket must keep its objects');
    }
    if (!FeatureFlags.of(this).isEnabled(LOGS_USE_BUCKET_POLICY)) {
      // Without it, log delivery needs ACLs, which the buckets disable (owner-enforced).
      problems.push(`set the feature flag "${LOGS_USE_BUCKET_POLICY}": true in the app context (cdk.json)`);
    }
    if (problems.length > 0) throw new ConfigError('Storage: invalid props', problems);

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      ...SECURE_BUCKET_DEFAULTS,
      // S3 delivers server access logs only to buckets encrypted with SSE-S3.
      encryption: s3.BucketEncryption.S3_MANAGED,
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: props.accessLogRetention ?? Duration.days(365),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      removalPolicy,
      autoDeleteObjects,
    });

    this.bucket = new s3.Bucket(this, 'Reports', {
      ...SECURE_BUCKET_DEFAULTS,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      // One data key per bucket instead of per object: far fewer KMS requests.
      bucketKeyEnabled: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'reports-bucket/',
      lifecycleRules: [
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(90),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        {
          id: 'expire-quarantine',
          prefix: QUARANTINE_PREFIX,
          expiration: props.quarantineRetention ?? Duration.days(365),
        },
      ],
      removalPolicy,
      autoDeleteObjects,
    });

    this.table = new dynamodb.Table(this, 'Records', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_DESIGN.lookupIndex.name,
      partitionKey: { name: TABLE_DESIGN.lookupIndex.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.lookupIndex.sortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}

