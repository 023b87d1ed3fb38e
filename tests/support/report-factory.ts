import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProvinceConfig } from '../../shared/config/province-config';
import { seededRandom } from '../../shared/seeded-random';

export { seededRandom };

/**
 * Varied, valid conference reports of the genre for load and fault runs, derived from the
 * corpus by substituting the district, the date and one figure. Each carries the routing
 * the normalizer is expected to find, so a run can tell a routing change from a delivery
 * fault.
 */

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');

export interface GeneratedReport {
  /** Upload key under `incoming/`. */
  readonly key: string;
  readonly text: string;
  readonly language: 'en' | 'vi';
  readonly template: string;
  readonly expected: { readonly scope: 'province' | 'district'; readonly districts: readonly string[] };
}

interface Template {
  readonly file: string;
  readonly language: 'en' | 'vi';
  readonly scope: 'province' | 'district';
  /** The district the text is about, replaced by another district-level unit; null keeps the text's units. */
  readonly district: { readonly en: string; readonly vi: string; readonly id: string } | null;
  /** Units the text names besides its own district (kept as they are). */
  readonly alsoNamed: readonly string[];
  /** The event date as written, replaced by another date in the same style. */
  readonly date: RegExp;
  readonly formatDate: (day: number, month: number) => string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEMPLATES: readonly Template[] = [
  {
    file: 'en-02-nam-sach-new-rural-areas.txt',
    language: 'en',
    scope: 'district',
    district: { en: 'Nam Sach', vi: 'Nam Sách', id: 'nam-sach' },
    alsoNamed: [],
    date: /March 14, 2024/,
    formatDate: (day, month) => `${EN_MONTHS[month - 1]} ${day}, 2024`,
  },
  {
    file: 'vi-02-thanh-mien-xay-dung-dang.txt',
    language: 'vi',
    scope: 'district',
    district: { en: 'Thanh Mien', vi: 'Thanh Miện', id: 'thanh-mien' },
    alsoNamed: [],
    date: /Sáng 26\/9/,
    formatDate: (day, month) => `Sáng ${day}/${month}`,
  },
  {
    file: 'en-10-tu-ky-fatherland-front-congress.txt',
    language: 'en',
    scope: 'district',
    district: { en: 'Tu Ky', vi: 'Tứ Kỳ', id: 'tu-ky' },
    alsoNamed: [],
    date: /$^/,
    formatDate: () => '',
  },
  {
    file: 'seed-hai-duong-2024-01-11.en.txt',
    language: 'en',
    scope: 'province',
    district: null,
    alsoNamed: [],
    date: /January 11/,
    formatDate: (day, month) => `${EN_MONTHS[month - 1]} ${day}`,
  },
  {
    file: 'vi-01-dan-van-tong-ket-2024.txt',
    language: 'vi',
    scope: 'province',
    district: null,
    alsoNamed: ['tu-ky', 'thanh-ha', 'kinh-mon'],
    date: /$^/,
    formatDate: () => '',
  },
  {
    file: 'en-03-ppc-october-regular-meeting.txt',
    language: 'en',
    scope: 'province',
    district: null,
    alsoNamed: ['kim-thanh', 'cam-giang'],
    date: /$^/,
    formatDate: () => '',
  },
  {
    // Another province's report: reaches only the province-level office.
    file: 'en-09-thanh-hoa-resolution-58-review.txt',
    language: 'en',
    scope: 'province',
    district: null,
    alsoNamed: [],
    date: /$^/,
    formatDate: () => '',
  },
];

/** District-level units (not cities or towns): their names fit "X District Party Committee". */
function districtUnits(config: ProvinceConfig): { en: string; vi: string; id: string }[] {
  return config.units
    .filter((unit) => unit.kind === 'district')
    .map((unit) => ({ id: unit.id, en: unit.name.replace(/ District$/, ''), vi: unit.nameVi.replace(/^huyện /, '') }));
}

const cache = new Map<string, string>();
function corpus(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(join(CORPUS, file), 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Content that differs from every other generated report, in the report's language. */
function closingLine(language: 'en' | 'vi', serial: number): string {
  return language === 'en'
    ? `The conference was attended by ${120 + serial} delegates.`
    : `Hội nghị có ${120 + serial} đại biểu tham dự.`;
}

/**
 * `count` distinct reports; `serial` numbers make every text unique (and so every content
 * hash), and `seed` picks templates, districts and dates.
 */
export function generateReports(config: ProvinceConfig, count: number, seed: number, firstSerial = 0): GeneratedReport[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const districts = districtUnits(config);
  const reports: GeneratedReport[] = [];
  for (let index = 0; index < count; index++) {
    const serial = firstSerial + index;
    const template = pick(TEMPLATES);
    let text = corpus(template.file);
    let own: string | null = null;
    if (template.district) {
      const target = pick(districts);
      own = target.id;
      text = text.split(template.district.en).join(target.en).split(template.district.vi).join(target.vi);
    }
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    text = text.replace(template.date, template.formatDate(day, month));
    text = `${text.trimEnd()}\n${closingLine(template.language, serial)}\n`;
    const slug = template.file.replace(/\.txt$/, '').replace(/^(en|vi|seed)-(\d+-)?/, '');
    const name = template.language === 'vi' && serial % 3 === 0 ? `Báo cáo ${serial} ${slug}.txt` : `${serial}-${slug}.txt`;
    reports.push({
      key: `incoming/reliability/${name}`,
      text,
      language: template.language,
      template: template.file,
      expected: { scope: template.scope, districts: [...new Set([...(own ? [own] : []), ...template.alsoNamed])].sort() },
    });
  }
  return reports;
}

/** The same report with one figure changed: a new version under the same key. */
export function reviseReport(report: GeneratedReport, revision: number): GeneratedReport {
  const line = report.language === 'en' ? `A follow-up meeting is planned in ${revision + 2} weeks.` : `Dự kiến tổ chức họp tiếp sau ${revision + 2} tuần.`;
  return { ...report, text: `${report.text.trimEnd()}\n${line}\n` };
}

/** Files the pipeline must refuse: each is quarantined with a failed record. */
export function badFiles(count: number, seed: number): { key: string; bytes: Uint8Array; kind: string }[] {
  const random = seededRandom(seed);
  const files: { key: string; bytes: Uint8Array; kind: string }[] = [];
  for (let index = 0; index < count; index++) {
    const kind = (['empty', 'binary', 'corrupt-pdf', 'corrupt-docx'] as const)[index % 4] as string;
    const noise = Uint8Array.from({ length: 512 + Math.floor(random() * 2048) }, () => Math.floor(random() * 256));
    // A NUL-dense prefix keeps random bytes from sniffing as some legacy text encoding.
    const binary = new Uint8Array(Buffer.concat([Buffer.alloc(64, 0), Buffer.from([0x89, 0x50, 0x4e, 0x47]), noise]));
    const bytes =
      kind === 'empty'
        ? new Uint8Array(0)
        : kind === 'binary'
          ? binary
          : kind === 'corrupt-pdf'
            ? new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n', 'latin1'), noise]))
            : new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), noise]));
    const extension = kind === 'corrupt-pdf' ? 'pdf' : kind === 'corrupt-docx' ? 'docx' : kind === 'binary' ? 'bin' : 'txt';
    files.push({ key: `incoming/reliability/bad-${index}-${kind}.${extension}`, bytes, kind });
  }
  return files;
}
