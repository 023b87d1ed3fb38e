import type { UploadedObject } from '../domain/s3-event';
import {
  begin,
  decisionOn,
  decode,
  hold,
  identify,
  isFinished,
  normalize,
  publish,
  read,
  startRun,
  storeVersion,
  unlessSuperseded,
  unlessUnreadable,
  type ProcessUploadDeps,
  type UploadOutcome,
} from './upload-steps';

export type { ProcessUploadDeps, UploadOutcome } from './upload-steps';
export { publishVersion, type PublishDeps, type PublishRequest } from './publish-version';

/**
 * Processes one uploaded object end to end: read, decode, normalize, store, notify.
 * Every step is idempotent, so a redelivered or duplicated event converges on one stored
 * record and one notification. Throws only for failures a retry can fix.
 * The steps are in upload-steps.ts; each settles the upload or hands the next one its input.
 */
export async function processUpload(object: UploadedObject, deps: ProcessUploadDeps): Promise<UploadOutcome> {
  const run = startRun(object, deps);

  const begun = await begin(run);
  if (isFinished(begun)) return begun.finished;
  const { previous } = begun;

  const fetched = await read(run, previous);
  if (isFinished(fetched)) return fetched.finished;

  const parsed = await unlessUnreadable(run, async () => normalize(run, fetched, await decode(run, fetched)));
  if (isFinished(parsed)) return parsed.finished;

  const identity = await identify(run, previous, parsed.record);
  const placed = await unlessSuperseded(run, await storeVersion(run, identity, parsed, fetched));
  if (isFinished(placed)) return placed.finished;

  const decision = await decisionOn(run, placed, parsed.assessment);
  if (isFinished(decision)) return decision.finished;

  if (decision.action === 'hold') {
    // Resuming this very upload (an earlier attempt stored the version and died) is still its hold.
    const resuming = previous?.status === 'parsed' && previous.contentHash === parsed.record.contentHash;
    return hold(run, placed, decision, placed.storedHere || resuming);
  }
  return publish(run, placed, decision);
}
