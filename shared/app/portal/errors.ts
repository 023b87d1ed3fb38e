import { ReportsError } from '../../errors';

/** Why the portal refused a request; said to operators in logs, never to the requester. */
export type RefusalReason =
  | 'unknown-report'
  | 'not-published'
  | 'not-in-audience'
  | 'version-not-notified'
  | 'no-source'
  | 'no-office'
  | 'ambiguous-office';

/**
 * The signed-in office may not read what it asked for. The page shows the same "not
 * found or not yours" answer for every reason, so a guess learns nothing about other
 * offices' reports.
 */
export class AccessDeniedError extends ReportsError {
  constructor(readonly reason: RefusalReason) {
    super(`access refused: ${reason}`);
  }
}

