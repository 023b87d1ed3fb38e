import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ConfigError } from '../shared/errors';

export const STAGE_NAMES = ['dev', 'prod'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** What differs between a disposable development stack and production. */
export interface StageSettings {
  readonly name: StageName;
  /** Applied to every stateful resource (bucket, table, key, queues, log groups). */
  readonly removalPolicy: RemovalPolicy;
  /** Empty the buckets when the stack is destroyed; only where the data is disposable. */
  readonly autoDeleteObjects: boolean;
  /** DynamoDB deletion protection: a second lock besides the RETAIN policy. */
  readonly deletionProtection: boolean;
  readonly logRetention: RetentionDays;
  /** How long an overwritten or deleted upload can still be restored. */
  readonly noncurrentVersionExpiration: Duration;
  /** How long undecodable uploads stay under `quarantine/` for investigation. */
  readonly quarantineRetention: Duration;
  /** How long S3 server access logs are kept. */
  readonly accessLogRetention: Duration;
}

const SETTINGS: Readonly<Record<StageName, StageSettings>> = {
  dev: {
    name: 'dev',
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    noncurrentVersionExpiration: Duration.days(7),
    quarantineRetention: Duration.days(30),
    accessLogRetention: Duration.days(30),
  },
  prod: {
    name: 'prod',
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
    deletionProtection: true,
    logRetention: RetentionDays.ONE_YEAR,
    noncurrentVersionExpiration: Duration.days(90),
    quarantineRetention: Duration.days(365),
    accessLogRetention: Duration.days(365),
  },
};

/** Settings of a stage; throws {@link ConfigError} for an unknown stage name. */
export function stageSettings(name: string): StageSettings {
  if (!(STAGE_NAMES as readonly string[]).includes(name)) {
    throw new ConfigError(`unknown stage "${name}"; use -c stage=${STAGE_NAMES.join(' or -c stage=')}`);
  }
  return SETTINGS[name as StageName];
}
