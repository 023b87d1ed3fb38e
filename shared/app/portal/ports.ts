import type { NormalizedReport, ReportCard } from '../../domain/record';
import { ReportsError } from '../../errors';
import type { SourceRef } from '../ports';

/**
 * What the portal's use cases read and write. Adapters in shared/adapters implement them
 * on the reports table and the uploads bucket; tests may implement them in memory.
 */

/** The part of a report's META item that decides who may read it. */
export interface PortalReportState {
  readonly reportId: string;
  /** `notified` (or `published`) is readable; anything else (stored, held, ...) is not. */
  readonly status: string;
  readonly version: number;
  readonly notifiedVersion: number;
  readonly card: ReportCard;
}

/** One stored version, without its record. */
export interface VersionSummary {
  readonly version: number;
  /** Unit ids the version was routed to (the audience its notice carried). */
  readonly concerns: readonly string[];
  readonly createdAt: string;
  readonly source: SourceRef | null;
}

/** One line of an office's inbox, before receipts are joined. */
export interface InboxCandidate {
  readonly reportId: string;
  readonly status: string;
  readonly version: number;
  readonly eventDate: string | null;
  readonly title: string;
  readonly organizer: string | null;
  readonly scope: string | null;
  readonly updatedAt: string;
}

export interface InboxQuery {
  /** Reports concerning this unit; null for a province-level office (every report). */
  readonly unit: string | null;
  readonly document?: string;
  /** Event date bounds, YYYY-MM-DD, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

export interface PortalReports {
  getState(reportId: string): Promise<PortalReportState | null>;
  listVersions(reportId: string): Promise<VersionSummary[]>;
  getRecord(reportId: string, version: number): Promise<NormalizedReport | null>;
  /** Candidates newest first; the caller still decides what the office may see. */
  inbox(query: InboxQuery): Promise<InboxCandidate[]>;
}

export type ReceiptEvent = 'delivered' | 'opened' | 'acknowledged';

/** What one office did with one version of a report; each time is the first occurrence. */
export interface Receipt {
  readonly reportId: string;
  readonly version: number;
  readonly officeId: string;
  readonly deliveredAt: string | null;
  readonly openedAt: string | null;
  readonly acknowledgedAt: string | null;
}

export interface ReceiptStore {
  /** Records an event; the first time of each event is kept, later ones change nothing. */
  record(event: ReceiptEvent, key: { reportId: string; version: number; officeId: string }, at: string): Promise<void>;
  /** Every receipt of a report, by office then version. */
  forReport(reportId: string): Promise<Receipt[]>;
  /** Receipts of one office for the given report versions (missing ones are absent). */
  forOffice(officeId: string, versions: readonly { reportId: string; version: number }[]): Promise<Receipt[]>;
}

/** Issues short-lived links to exactly one stored object version. */
export interface DownloadSigner {
  presign(source: SourceRef, fileName: string, expiresInSeconds: number): Promise<string>;
}

/** Claims of a verified access token that the portal uses. */
export interface VerifiedToken {
  readonly subject: string;
  readonly groups: readonly string[];
  /** Expiry, seconds since the epoch. */
  readonly expiresAt: number;
}

/** A token the verifier refused; `reason` is said in a log line, the token never. */
export class TokenRefusedError extends ReportsError {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`token refused: ${reason}`, options);
  }
}

/** The identity provider refused to exchange an authorization code (used, expired, wrong verifier). */
export class TokenExchangeError extends ReportsError {}

/** Verifies an access token's signature, issuer, expiry, client and use; throws {@link TokenRefusedError} when any fails. */
export interface TokenVerifier {
  verify(token: string): Promise<VerifiedToken>;
}

/** The identity provider's OAuth 2.0 endpoints the portal sends browsers to and calls. */
export interface IdentityProvider {
  /** Where the browser signs in (authorization code flow with PKCE). */
  readonly authorizeUrl: string;
  /** Where the browser signs out of the provider's own session. */
  readonly logoutUrl: string;
  readonly clientId: string;
  /** Exchanges an authorization code for an access token. */
  exchangeCode(input: { code: string; codeVerifier: string; redirectUri: string }): Promise<{ accessToken: string; expiresIn: number }>;
}

/** One office account as operators see it. */
export interface OfficeAccount {
  readonly email: string;
  readonly officeId: string;
  /** Cognito: FORCE_CHANGE_PASSWORD, CONFIRMED, ...; local: LOCAL. */
  readonly status: string;
  readonly enabled: boolean;
  readonly createdAt: string | null;
}

/** Operators' management of office accounts (the user pool in AWS, the local provider locally). */
export interface OfficeAccounts {
  /** Creates the account (or moves it) into the office; an invitation goes out by e-mail in AWS. */
  add(officeId: string, email: string): Promise<{ readonly account: OfficeAccount; readonly temporaryPassword: string | null }>;
  /** Removes the account; false when the office has no such account. */
  remove(officeId: string, email: string): Promise<boolean>;
  list(officeIds: readonly string[]): Promise<OfficeAccount[]>;
}
