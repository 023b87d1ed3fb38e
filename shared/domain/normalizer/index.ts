import { createHash } from 'node:crypto';
import type { ProvinceConfig } from '../../config/province-config';
import { SCHEMA_VERSION, type NormalizedReport, type ReportSource } from '../record';

export interface NormalizeOptions {
  /** ISO date the report was uploaded; resolves dates written without a year. */
  readonly referenceDate: string;
  readonly config: ProvinceConfig;
  readonly source?: ReportSource;
}

/** Minimal placeholder normalizer: language, title and content identity only. */
export function normalizeReport(text: string, options: NormalizeOptions): NormalizedReport {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const contentHash = createHash('sha256').update(clean).digest('hex');
  const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(clean);
  return {
    schemaVersion: SCHEMA_VERSION,
    reportId: `r-${contentHash.slice(0, 20)}`,
    contentHash,
    language: vietnamese ? 'vi' : 'en',
    title: clean.slice(0, 120),
    summary: '',
    event: { date: null, partOfDay: null, kind: 'other' },
    organizer: null,
    province: options.config.province.name,
    scope: 'province',
    organizerUnit: null,
    districts: [],
    people: [],
    documents: [],
    awards: [],
    tasks: [],
    topics: ['other'],
    warnings: [],
    ...(options.source ? { source: options.source } : {}),
  };
}
