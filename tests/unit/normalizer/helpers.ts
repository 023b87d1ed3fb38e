import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadProvinceConfig, parseProvinceConfig, type ProvinceConfig } from '../../../shared/config/province-config';
import { normalizeReport } from '../../../shared/domain/normalizer';
import type { NormalizedReport } from '../../../shared/domain/record';

export const config: ProvinceConfig = loadProvinceConfig();

/** Normalizes with the shipped config; the reference date defaults to a fixed day. */
export function parse(text: string, referenceDate = '2024-06-15', withConfig: ProvinceConfig = config): NormalizedReport {
  return normalizeReport(text, { referenceDate, config: withConfig });
}

/** Another province, to show that nothing depends on the shipped one. */
export const bacNinhConfig: ProvinceConfig = parseProvinceConfig({
  province: { id: 'bac-ninh', name: 'Bac Ninh', nameVi: 'Bắc Ninh', aliases: ['tỉnh Bắc Ninh'] },
  units: [
    { id: 'bac-ninh-city', kind: 'city', name: 'Bac Ninh City', nameVi: 'thành phố Bắc Ninh', aliases: ['TP Bắc Ninh'] },
    { id: 'tu-son', kind: 'city', name: 'Tu Son City', nameVi: 'thành phố Từ Sơn', aliases: ['Tu Son', 'Từ Sơn'] },
    { id: 'que-vo', kind: 'town', name: 'Que Vo Town', nameVi: 'thị xã Quế Võ', aliases: ['Que Vo', 'Quế Võ'] },
    { id: 'yen-phong', kind: 'district', name: 'Yen Phong District', nameVi: 'huyện Yên Phong', aliases: ['Yen Phong', 'Yên Phong'] },
  ],
  offices: [],
});

export interface LabelledReport {
  readonly name: string;
  readonly text: string;
  readonly expected: {
    readonly referenceDate: string;
    readonly language: string;
    readonly event: { date: string | null; partOfDay: string | null; kind: string };
    readonly organizer: string | null;
    readonly province: string | null;
    readonly scope: string;
    readonly organizerUnit?: string | null;
    readonly districts: string[];
    readonly people: { name: string; roles: string[] }[];
    readonly documents: { code: string; type: string; date: string | null }[];
    readonly awards: { count: number | null; recipient: string; award: string }[];
  };
}

export function labelledReports(dir: string): LabelledReport[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file,
      text: readFileSync(path.join(dir, file), 'utf8'),
      expected: JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')),
    }));
}

export const CORPUS_DIR = path.resolve(__dirname, '../../fixtures/corpus');
export const OWN_FIXTURES_DIR = path.resolve(__dirname, 'fixtures');

/** Same folding as the scorer: codes compare without diacritics or spaces. */
export function codeKey(code: string): string {
  return code.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'D').replace(/\s+/g, '').toUpperCase();
}
