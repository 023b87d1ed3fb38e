import { loadProvinceConfig, type ProvinceConfig } from '../../../../shared/config/province-config';
import { normalizeReport } from '../../../../shared/domain/normalizer';
import type { NormalizedReport } from '../../../../shared/domain/record';
import { repoPath } from '../../../../shared/paths';

export const haiDuong: ProvinceConfig = loadProvinceConfig();
export const haiPhong: ProvinceConfig = loadProvinceConfig(repoPath('config', 'hai-phong.json'));

export function read(text: string, referenceDate: string, config: ProvinceConfig = haiDuong): NormalizedReport {
  return normalizeReport(text, { referenceDate, config });
}

/** The text a record's evidence span covers must be what it quotes. */
export function expectQuotesMatch(text: string, record: NormalizedReport): void {
  const spans = [
    ...(record.evidence?.eventDate ?? []),
    ...(record.evidence?.organizer ?? []),
    ...(record.evidence?.province ?? []),
    ...(record.evidence?.scope ?? []),
    ...Object.values(record.evidence?.districts ?? {}).flat(),
  ];
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.quote);
}
