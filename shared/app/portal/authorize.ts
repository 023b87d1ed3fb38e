import type { Office, ProvinceConfig } from '../../config/province-config';
import { officesOf } from '../../config/province-config';
import { AccessDeniedError } from './errors';
import type { PortalReportState, VersionSummary } from './ports';

/**
 * Who may read what. Every portal use case asks here first, so the rule lives in one
 * place and no page can forget it:
 *
 * - only a report whose state is published (`notified`) is readable: a record that is
 *   stored but not yet notified, or held for review, is visible to no office;
 * - a province-level office reads every published report, every notified version;
 * - a unit office reads a report whose latest notified version concerns its unit, and
 *   only the versions from the first one it was notified of up to the latest notified.
 */

/** States in which a report has been sent to its offices. */
export const READABLE_STATUSES: ReadonlySet<string> = new Set(['notified', 'published']);

/** The office a signed-in account acts for, from its groups (one office group per account). */
export function officeOfGroups(groups: readonly string[], config: ProvinceConfig): Office {
  const offices = officesOf(config).filter((office) => groups.includes(office.id));
  if (offices.length === 0) throw new AccessDeniedError('no-office');
  if (offices.length > 1) throw new AccessDeniedError('ambiguous-office');
  return offices[0] as Office;
}

/** The versions `office` may read, oldest first; throws {@link AccessDeniedError} when none. */
export function readableVersions(office: Office, state: PortalReportState | null, versions: readonly VersionSummary[]): number[] {
  if (!state) throw new AccessDeniedError('unknown-report');
  if (!READABLE_STATUSES.has(state.status) || state.notifiedVersion < 1) throw new AccessDeniedError('not-published');
  const notified = versions.filter((version) => version.version <= state.notifiedVersion).sort((a, b) => a.version - b.version);
  if (office.level === 'province') return notified.map((version) => version.version);
  const unit = office.unit ?? office.id;
  const latest = notified.find((version) => version.version === state.notifiedVersion);
  if (!latest || !latest.concerns.includes(unit)) throw new AccessDeniedError('not-in-audience');
  const first = notified.find((version) => version.concerns.includes(unit));
  return notified.filter((version) => version.version >= (first?.version ?? state.notifiedVersion)).map((version) => version.version);
}

/** The version to show: the one asked for when readable, else the latest readable. */
export function chooseVersion(readable: readonly number[], requested: number | null): number {
  if (requested === null) return readable[readable.length - 1] as number;
  if (!readable.includes(requested)) throw new AccessDeniedError('version-not-notified');
  return requested;
}
