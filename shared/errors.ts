/**
 * The product's one error hierarchy. Edges (handlers, CLI, synth) decide what to do with
 * `instanceof`, never by matching message text.
 */
export class ReportsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Configuration (province config, environment, CLI flags) is missing or invalid. */
export class ConfigError extends ReportsError {
  constructor(
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(issues.length ? `${message}:\n  - ${issues.join('\n  - ')}` : message);
  }
}

/** Wrong command-line usage: shown with the command's usage line, exit code 2. */
export class UsageError extends ReportsError {}

/**
 * An uploaded object can never become a report (corrupt, unsupported, over a limit).
 * Retrying cannot help: the object is quarantined and a failed record is stored.
 */
export class UnprocessableReportError extends ReportsError {
  constructor(
    /** Short machine-readable reason, e.g. `unsupported-format`, `too-large`. */
    readonly reason: string,
    /** A sentence a person understands. */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${reason}: ${detail}`, options);
  }
}

/** The uploaded object no longer exists (deleted before it was processed). */
export class SourceMissingError extends ReportsError {
  constructor(
    readonly bucket: string,
    readonly key: string,
  ) {
    super(`object s3://${bucket}/${key} no longer exists`);
  }
}

/** An AWS dependency failed in a way that a later attempt may fix (throttling, outage, timeout). */
export class TransientDependencyError extends ReportsError {
  constructor(
    readonly dependency: 'dynamodb' | 's3' | 'sns' | 'sqs',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${dependency}: ${message}`, options);
  }
}

/** Too little of the invocation is left to do the work fairly; a later invocation will have the time. */
export class InvocationTimeError extends ReportsError {}

/** Another worker is processing the same report right now; try again after it finishes. */
export class ConcurrentProcessingError extends ReportsError {}

/** A normalized record failed schema validation: a bug in the normalizer, never retried. */
export class RecordValidationError extends ReportsError {
  constructor(
    readonly issues: readonly string[],
  ) {
    super(`normalized record is invalid: ${issues.join('; ')}`);
  }
}

/** Returns a message safe to show a person for any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
