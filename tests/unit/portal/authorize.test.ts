import { chooseVersion, officeOfGroups, readableVersions } from '../../../shared/app/portal/authorize';
import { AccessDeniedError } from '../../../shared/app/portal/errors';
import type { PortalReportState, VersionSummary } from '../../../shared/app/portal/ports';
import { loadProvinceConfig, officesOf, type Office } from '../../../shared/config/province-config';
import { ROOT } from '../../support/pipeline-process';

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const office = (id: string): Office => officesOf(config).find((entry) => entry.id === id) as Office;
const card = { title: 't', language: 'en', event: { date: null, partOfDay: null, kind: 'conference' }, organizer: null, province: null, scope: 'district', organizerUnit: null, districts: [] } as unknown as PortalReportState['card'];
const state = (status: string, notifiedVersion: number, version = notifiedVersion): PortalReportState => ({ reportId: 'r-00000000000000000001', status, version, notifiedVersion, card });
const version = (number: number, concerns: string[]): VersionSummary => ({ version: number, concerns, createdAt: '', source: null });

function reason(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AccessDeniedError) return error.reason;
    throw error;
  }
  return 'allowed';
}

describe('who may read which version', () => {
  const versions = [version(1, ['gia-loc']), version(2, ['gia-loc', 'nam-sach']), version(3, ['gia-loc', 'nam-sach'])];

  it('gives a unit office the versions from the first it was notified of to the latest notified', () => {
    expect(readableVersions(office('gia-loc'), state('notified', 3), versions)).toEqual([1, 2, 3]);
    expect(readableVersions(office('nam-sach'), state('notified', 3), versions)).toEqual([2, 3]);
  });

  it('never shows a version stored after the latest notice', () => {
    expect(readableVersions(office('gia-loc'), state('notified', 2, 3), versions)).toEqual([1, 2]);
  });

  it('gives a province-level office every notified version', () => {
    expect(readableVersions(office('province-archive'), state('notified', 2), versions)).toEqual([1, 2]);
  });

  it('refuses an office outside the latest notified audience, even if an older version named it', () => {
    const dropped = [version(1, ['gia-loc', 'tu-ky']), version(2, ['gia-loc'])];
    expect(reason(() => readableVersions(office('tu-ky'), state('notified', 2), dropped))).toBe('not-in-audience');
    expect(reason(() => readableVersions(office('thanh-mien'), state('notified', 3), versions))).toBe('not-in-audience');
  });

  it.each(['stored', 'held', 'failed', 'unknown'])('shows a report in state %s to nobody', (status) => {
    expect(reason(() => readableVersions(office('province-archive'), state(status, 1), versions))).toBe('not-published');
    expect(reason(() => readableVersions(office('gia-loc'), state(status, 1), versions))).toBe('not-published');
  });

  it('refuses a report that does not exist', () => {
    expect(reason(() => readableVersions(office('province-archive'), null, []))).toBe('unknown-report');
  });

  it('picks the asked version only among the readable ones', () => {
    expect(chooseVersion([2, 3], null)).toBe(3);
    expect(chooseVersion([2, 3], 2)).toBe(2);
    expect(reason(() => chooseVersion([2, 3], 1))).toBe('version-not-notified');
    expect(reason(() => chooseVersion([2, 3], -1))).toBe('version-not-notified');
  });

  it('maps an account to exactly one office of the config', () => {
    expect(officeOfGroups(['gia-loc'], config).id).toBe('gia-loc');
    expect(officeOfGroups(['gia-loc', 'some-other-group'], config).id).toBe('gia-loc');
    expect(reason(() => officeOfGroups([], config))).toBe('no-office');
    expect(reason(() => officeOfGroups(['admins'], config))).toBe('no-office');
    expect(reason(() => officeOfGroups(['gia-loc', 'tu-ky'], config))).toBe('ambiguous-office');
  });
});
