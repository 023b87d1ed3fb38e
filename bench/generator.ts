import type { ProvinceConfig, Unit } from '../shared/config/province-config';
import { seededRandom } from '../shared/seeded-random';

/**
 * Seeded generator of conference reports in the genre the normalizer reads: a lead
 * naming when, who organized and what kind of event, named participants with their
 * titles, documents cited by code and date, discussion paragraphs, awards and a
 * closing speech. The same seed always gives the same reports, so benchmark runs on
 * different machines or commits read identical inputs.
 */

export type Language = 'en' | 'vi';
export type Scope = 'province' | 'district';

export interface GeneratedReport {
  readonly id: string;
  readonly language: Language;
  readonly text: string;
  readonly bytes: number;
  /** Upload date the report is read against (dates without a year resolve from it). */
  readonly referenceDate: string;
  /** What the generator wrote, for sanity checks (not a scored label). */
  readonly truth: {
    readonly eventDate: string;
    readonly scope: Scope;
    readonly unit: string | null;
    readonly people: readonly string[];
    readonly documents: readonly string[];
  };
}

export interface CorpusOptions {
  readonly seed: number;
  readonly count: number;
  readonly config: ProvinceConfig;
  readonly minBytes?: number;
  readonly maxBytes?: number;
  /** Share of district-level organizers (the rest are provincial). */
  readonly districtShare?: number;
}

export const DEFAULT_MIN_BYTES = 1024;
export const DEFAULT_MAX_BYTES = 20 * 1024;

/** Seeded choices for the generator (mulberry32, shared with the fixtures and fault runs). */
export class Rng {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  next(): number {
    return this.random();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `n` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }
}

// ---------------------------------------------------------------- vocabulary

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Tăng', 'Đoàn', 'Triệu', 'Mạc', 'Nhữ'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Quốc', 'Minh', 'Thanh', 'Xuân', 'Ngọc', 'Thu', 'Đình', 'Công', 'Mạnh', 'Thế', 'Anh', 'Hồng'];
const GIVEN = ['Hoàn', 'Khải', 'Phong', 'Quân', 'Mạnh', 'Trang', 'Hiếu', 'Thắng', 'Hùng', 'Lan', 'Dũng', 'Hải', 'Tuấn', 'Long', 'Nam', 'Hương', 'Cường', 'Tiến', 'Tùng', 'Hoài', 'Trường', 'Quỳnh', 'Bình', 'Sơn', 'Thảo', 'Yến', 'Khánh', 'Toàn'];

/** English reports spell Vietnamese names without diacritics. */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Title {
  readonly en: string;
  readonly vi: string;
}

function provincialTitles(p: { en: string; vi: string }): Title[] {
  return [
    { en: `Secretary of ${p.en} Provincial Party Committee`, vi: `Bí thư Tỉnh ủy ${p.vi}` },
    { en: 'Standing Deputy Secretary of the Provincial Party Committee', vi: 'Phó Bí thư Thường trực Tỉnh ủy' },
    { en: 'Deputy Secretary of the Provincial Party Committee', vi: 'Phó Bí thư Tỉnh ủy' },
    { en: "Chairman of the Provincial People's Committee", vi: 'Chủ tịch UBND tỉnh' },
    { en: "Vice Chairman of the Provincial People's Committee", vi: 'Phó Chủ tịch UBND tỉnh' },
    { en: "Chairman of the Provincial People's Council", vi: 'Chủ tịch HĐND tỉnh' },
    { en: "Vice Chairwoman of the Provincial People's Council", vi: 'Phó Chủ tịch HĐND tỉnh' },
    { en: 'Member of the Provincial Party Standing Committee', vi: 'Ủy viên Ban Thường vụ Tỉnh ủy' },
    { en: 'Head of the Propaganda and Mass Mobilization Commission of the Provincial Party Committee', vi: 'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { en: 'Head of the Organization Commission of the Provincial Party Committee', vi: 'Trưởng Ban Tổ chức Tỉnh ủy' },
    { en: 'Chairwoman of the Provincial Vietnam Fatherland Front Committee', vi: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
    { en: 'Director of the Department of Agriculture and Environment', vi: 'Giám đốc Sở Nông nghiệp và Môi trường' },
    { en: 'Director of the Department of Finance', vi: 'Giám đốc Sở Tài chính' },
    { en: 'Director of the Department of Home Affairs', vi: 'Giám đốc Sở Nội vụ' },
    { en: 'Member of the Party Central Committee', vi: 'Ủy viên Trung ương Đảng' },
  ];
}

function unitTitles(unit: Unit): Title[] {
  const en = unit.name;
  const short = unit.name.replace(/ (District|Town|City)$/, '');
  const kindEn = unit.kind === 'district' ? 'District' : unit.kind === 'town' ? 'Town' : 'City';
  const partyVi = unit.kind === 'district' ? 'Huyện ủy' : unit.kind === 'town' ? 'Thị ủy' : 'Thành ủy';
  const levelVi = unit.kind === 'district' ? 'huyện' : unit.kind === 'town' ? 'thị xã' : 'thành phố';
  const viShort = unit.nameVi.replace(/^(huyện|thị xã|thành phố) /, '');
  return [
    { en: `Secretary of ${en} Party Committee`, vi: `Bí thư ${partyVi} ${viShort}` },
    { en: `Deputy Secretary of ${en} Party Committee`, vi: `Phó Bí thư ${partyVi} ${viShort}` },
    { en: `Chairman of ${short} ${kindEn} People's Committee`, vi: `Chủ tịch UBND ${levelVi} ${viShort}` },
    { en: `Vice Chairman of ${short} ${kindEn} People's Committee`, vi: `Phó Chủ tịch UBND ${levelVi} ${viShort}` },
    { en: `Chairwoman of ${short} ${kindEn} People's Council`, vi: `Chủ tịch HĐND ${levelVi} ${viShort}` },
  ];
}

interface Organizer {
  readonly en: string;
  readonly vi: string;
  readonly scope: Scope;
  readonly unit: Unit | null;
}

function organizers(config: ProvinceConfig, rng: Rng, districtShare: number): Organizer {
  const p = { en: config.province.name, vi: config.province.nameVi };
  if (rng.chance(districtShare)) {
    const unit = rng.pick(config.units);
    const short = unit.name.replace(/ (District|Town|City)$/, '');
    const kindEn = unit.kind === 'district' ? 'District' : unit.kind === 'town' ? 'Town' : 'City';
    const viShort = unit.nameVi.replace(/^(huyện|thị xã|thành phố) /, '');
    const partyVi = unit.kind === 'district' ? 'Huyện ủy' : unit.kind === 'town' ? 'Thị ủy' : 'Thành ủy';
    const choice = rng.pick([
      { en: `the Standing Board of ${unit.name} Party Committee`, vi: `Ban Thường vụ ${partyVi} ${viShort}` },
      { en: `the People's Committee of ${unit.name}`, vi: `UBND ${unit.nameVi}` },
      { en: `the People's Council of ${short} ${kindEn}`, vi: `HĐND ${unit.nameVi}` },
      { en: `${unit.name} Party Committee`, vi: `${partyVi} ${viShort}` },
      { en: `the Fatherland Front Committee of ${unit.name}`, vi: `Ủy ban MTTQ ${unit.nameVi}` },
    ]);
    return { ...choice, scope: 'district', unit };
  }
  const choice = rng.pick([
    { en: `the Standing Committee of ${p.en} Provincial Party Committee`, vi: `Ban Thường vụ Tỉnh ủy ${p.vi}` },
    { en: `${p.en} Provincial People's Committee`, vi: `UBND tỉnh ${p.vi}` },
    { en: `${p.en} Provincial People's Council`, vi: `HĐND tỉnh ${p.vi}` },
    { en: `the Vietnam Fatherland Front Committee of ${p.en} province`, vi: `Ủy ban MTTQ Việt Nam tỉnh ${p.vi}` },
    { en: `the Propaganda and Mass Mobilization Commission of ${p.en} Provincial Party Committee`, vi: `Ban Tuyên giáo và Dân vận Tỉnh ủy ${p.vi}` },
  ]);
  return { ...choice, scope: 'province', unit: null };
}

interface EventKind {
  readonly en: string;
  readonly vi: string;
  readonly nounEn: string;
  readonly nounVi: string;
  readonly purposeEn: string;
  readonly purposeVi: string;
  /** Third-person verb for headlines ("reviews"). */
  readonly headlineEn: string;
}

const EVENTS: readonly EventKind[] = [
  { en: 'held a conference', vi: 'tổ chức hội nghị', nounEn: 'conference', nounVi: 'hội nghị', purposeEn: 'to review', purposeVi: 'sơ kết', headlineEn: 'reviews' },
  { en: 'held a conference', vi: 'tổ chức hội nghị', nounEn: 'conference', nounVi: 'hội nghị', purposeEn: 'to summarize', purposeVi: 'tổng kết', headlineEn: 'sums up' },
  { en: 'held its regular session', vi: 'tổ chức kỳ họp thường lệ', nounEn: 'session', nounVi: 'kỳ họp', purposeEn: 'to consider', purposeVi: 'xem xét', headlineEn: 'considers' },
  { en: 'held a thematic meeting', vi: 'tổ chức phiên họp chuyên đề', nounEn: 'meeting', nounVi: 'phiên họp', purposeEn: 'to discuss', purposeVi: 'thảo luận', headlineEn: 'discusses' },
  { en: 'organized a workshop', vi: 'tổ chức hội thảo', nounEn: 'workshop', nounVi: 'hội thảo', purposeEn: 'to seek solutions for', purposeVi: 'tìm giải pháp về', headlineEn: 'seeks solutions for' },
  { en: 'held a ceremony', vi: 'tổ chức lễ', nounEn: 'ceremony', nounVi: 'buổi lễ', purposeEn: 'to celebrate', purposeVi: 'kỷ niệm', headlineEn: 'celebrates' },
  { en: 'held its congress', vi: 'tổ chức đại hội', nounEn: 'congress', nounVi: 'đại hội', purposeEn: 'to adopt the plan for', purposeVi: 'thông qua phương hướng về', headlineEn: 'charts the course for' },
];

const TOPICS: readonly { en: string; vi: string }[] = [
  { en: 'building new rural areas', vi: 'xây dựng nông thôn mới' },
  { en: 'Party building and rectification', vi: 'xây dựng, chỉnh đốn Đảng' },
  { en: 'digital transformation and e-government', vi: 'chuyển đổi số và chính quyền điện tử' },
  { en: 'site clearance for key infrastructure projects', vi: 'giải phóng mặt bằng các dự án hạ tầng trọng điểm' },
  { en: 'socio-economic development', vi: 'phát triển kinh tế - xã hội' },
  { en: 'administrative reform', vi: 'cải cách hành chính' },
  { en: 'mass mobilization work', vi: 'công tác dân vận' },
  { en: 'emulation and commendation work', vi: 'công tác thi đua, khen thưởng' },
  { en: 'the arrangement of commune-level administrative units', vi: 'sắp xếp đơn vị hành chính cấp xã' },
  { en: 'public investment disbursement', vi: 'giải ngân vốn đầu tư công' },
];

interface DocKind {
  readonly en: string;
  readonly vi: string;
  readonly code: (rng: Rng, year: number) => string;
  readonly issuerEn: string;
  readonly issuerVi: string;
}

const DOC_KINDS: readonly DocKind[] = [
  { en: 'Resolution', vi: 'Nghị quyết', code: (r) => `${r.int(1, 80)}-NQ/TW`, issuerEn: 'the Party Central Committee', issuerVi: 'Ban Chấp hành Trung ương Đảng' },
  { en: 'Directive', vi: 'Chỉ thị', code: (r) => `${r.int(1, 60)}-CT/TW`, issuerEn: 'the Secretariat', issuerVi: 'Ban Bí thư' },
  { en: 'Conclusion', vi: 'Kết luận', code: (r) => `${r.int(1, 150)}-KL/TW`, issuerEn: 'the Politburo', issuerVi: 'Bộ Chính trị' },
  { en: 'Plan', vi: 'Kế hoạch', code: (r) => `${r.int(10, 320)}-KH/TU`, issuerEn: 'the Provincial Party Standing Committee', issuerVi: 'Ban Thường vụ Tỉnh ủy' },
  { en: 'Decision', vi: 'Quyết định', code: (r) => `${r.int(100, 3999)}/QĐ-UBND`, issuerEn: "the Provincial People's Committee", issuerVi: 'UBND tỉnh' },
  { en: 'Plan', vi: 'Kế hoạch', code: (r) => `${r.int(100, 4999)}/KH-UBND`, issuerEn: "the Provincial People's Committee", issuerVi: 'UBND tỉnh' },
  { en: 'Resolution', vi: 'Nghị quyết', code: (r) => `${r.int(1, 99)}/NQ-HĐND`, issuerEn: "the Provincial People's Council", issuerVi: 'HĐND tỉnh' },
  { en: 'Directive', vi: 'Chỉ thị', code: (r) => `${r.int(1, 40)}-CT/TU`, issuerEn: 'the Provincial Party Standing Committee', issuerVi: 'Ban Thường vụ Tỉnh ủy' },
];

// ---------------------------------------------------------------- dates

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const iso = (day: Day): string => `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
function randomDay(rng: Rng, fromYear: number, toYear: number): Day {
  const start = Date.UTC(fromYear, 0, 1);
  const span = Date.UTC(toYear, 11, 31) - start;
  const t = new Date(start + Math.floor(rng.next() * (span / 86_400_000)) * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const enDate = (day: Day, withYear: boolean): string => `${MONTHS_EN[day.m - 1]} ${day.d}${withYear ? `, ${day.y}` : ''}`;
const viDate = (day: Day, withYear: boolean): string => `${day.d}/${day.m}${withYear ? `/${day.y}` : ''}`;

// ---------------------------------------------------------------- people

interface Person {
  readonly vi: string;
  readonly en: string;
  readonly titles: readonly Title[];
  readonly female: boolean;
}

function makePeople(rng: Rng, titles: readonly Title[], n: number): Person[] {
  const used = new Set<string>();
  const people: Person[] = [];
  const pool = rng.sample(titles, titles.length);
  while (people.length < n) {
    const female = rng.chance(0.3);
    const middle = female ? 'Thị' : rng.pick(MIDDLES.filter((m) => m !== 'Thị'));
    const vi = `${rng.pick(SURNAMES)} ${middle} ${rng.pick(GIVEN)}`;
    if (used.has(vi)) continue;
    used.add(vi);
    const count = rng.chance(0.45) ? 2 : 1;
    const own = pool.splice(0, count);
    if (own.length === 0) break;
    people.push({ vi, en: asciiFold(vi), titles: own, female });
  }
  return people;
}

// ---------------------------------------------------------------- paragraphs

interface Context {
  readonly rng: Rng;
  readonly lang: Language;
  readonly config: ProvinceConfig;
  readonly organizer: Organizer;
  readonly people: readonly Person[];
  readonly event: Day;
  readonly topic: { en: string; vi: string };
  readonly documents: string[];
  /** People the text actually names (a drawn participant may never come up). */
  readonly mentioned: Set<string>;
}

function nameOf(c: Context, p: Person): string {
  const name = c.lang === 'en' ? p.en : p.vi;
  c.mentioned.add(name);
  return name;
}
const titlesOf = (c: Context, p: Person): string => p.titles.map((t) => titleOf(c, p, t)).join(', ');
function titleOf(c: Context, p: Person, t: Title): string {
  if (c.lang === 'vi') return t.vi;
  return p.female ? t.en.replace('Chairman', 'Chairwoman') : t.en.replace('Chairwoman', 'Chairman');
}
/** Thousands grouped as each language writes them: 1,920 and 1.920. */
const amount = (c: Context, min: number, max: number): string =>
  String(c.rng.int(min, max)).replace(/\B(?=(\d{3})+(?!\d))/g, c.lang === 'en' ? ',' : '.');
const pct = (rng: Rng): string => `${rng.int(1, 19)}${rng.chance(0.5) ? `.${rng.int(1, 9)}` : ''}`;

function cite(c: Context): string {
  const { rng } = c;
  const kind = rng.pick(DOC_KINDS);
  const code = kind.code(rng, c.event.y);
  c.documents.push(code);
  const dated = rng.chance(0.6) ? addDays(c.event, -rng.int(30, 900)) : null;
  if (c.lang === 'en') return `${kind.en} No. ${code}${dated ? `, dated ${enDate(dated, true)}` : ''} of ${kind.issuerEn}`;
  return `${kind.vi} số ${code}${dated ? ` ngày ${viDate(dated, true)}` : ''} của ${kind.issuerVi}`;
}

function unitMention(c: Context): string {
  const unit = c.rng.pick(c.config.units);
  return c.lang === 'en' ? unit.name : unit.nameVi;
}

function lead(c: Context, kind: EventKind): string {
  const { rng, event } = c;
  const part = rng.pick(['morning', 'afternoon', null] as const);
  const doc = rng.chance(0.5) ? cite(c) : null;
  if (c.lang === 'en') {
    const when = part ? `On the ${part} of ${enDate(event, rng.chance(0.3))}` : `On ${enDate(event, rng.chance(0.3))}`;
    const org = c.organizer.en.charAt(0).toUpperCase() + c.organizer.en.slice(1);
    if (rng.chance(0.2)) return `${org} ${kind.en} ${part ? `on the ${part} of` : 'on'} ${enDate(event, true)} ${kind.purposeEn} ${doc ?? c.topic.en}.`;
    return `${when}, ${c.organizer.en} ${kind.en} ${kind.purposeEn} ${doc ? `the implementation of ${doc}` : c.topic.en}${doc ? ` on ${c.topic.en}` : ''}.`;
  }
  const partVi = part === 'morning' ? 'Sáng' : part === 'afternoon' ? 'Chiều' : 'Ngày';
  const when = `${partVi} ${viDate(event, rng.chance(0.4))}`;
  return `${when}, ${c.organizer.vi} ${kind.vi} ${kind.purposeVi} ${doc ? `việc thực hiện ${doc} về ${c.topic.vi}` : c.topic.vi}.`;
}

function headline(c: Context, kind: EventKind): string {
  if (c.lang === 'en') return `${c.organizer.en.replace(/^the /, '').replace(/^./, (s) => s.toUpperCase())} ${kind.headlineEn} ${c.topic.en}`;
  return `${c.organizer.vi}: ${kind.purposeVi} ${c.topic.vi}`;
}

function chair(c: Context, kind: EventKind): string {
  const [a, b] = c.people;
  if (!a) return '';
  if (c.lang === 'en') {
    const s = c.rng.chance(0.7)
      ? `Comrade ${nameOf(c, a)}, ${titlesOf(c, a)}, chaired the ${kind.nounEn}.`
      : `${titleOf(c, a, a.titles[0] ?? { en: '', vi: '' })} ${nameOf(c, a)} chaired the ${kind.nounEn}.`;
    return b ? `${s} Also attending was ${b.female ? 'Ms.' : 'Mr.'} ${nameOf(c, b)}, ${titlesOf(c, b)}, together with leaders of departments, sectors and localities.` : s;
  }
  const s = c.rng.chance(0.7)
    ? `Đồng chí ${nameOf(c, a)}, ${titlesOf(c, a)} chủ trì ${kind.nounVi}.`
    : `${a.titles[0]?.vi ?? ''} ${nameOf(c, a)} chủ trì ${kind.nounVi}.`;
  return b ? `${s} Cùng dự có ${b.female ? 'bà' : 'ông'} ${nameOf(c, b)}, ${titlesOf(c, b)}; lãnh đạo các sở, ngành và địa phương.` : s;
}

function reportParagraph(c: Context): string {
  const { rng } = c;
  const p = rng.pick(c.people);
  const title = rng.pick(p.titles);
  if (c.lang === 'en') {
    return `Presenting the report, ${titleOf(c, p, title)} ${nameOf(c, p)} said that over the past period ${unitMention(c)} and other localities had achieved important results in ${c.topic.en}. The growth rate reached ${pct(rng)}%, budget revenue was estimated at ${amount(c, 200, 9000)} billion VND, and ${rng.int(5, 98)} communes met the new standards. Implementing ${cite(c)}, ${rng.int(12, 240)} models were replicated across the province.`;
  }
  return `Trình bày báo cáo, ${title.vi} ${nameOf(c, p)} cho biết thời gian qua ${unitMention(c)} và các địa phương đã đạt nhiều kết quả quan trọng về ${c.topic.vi}. Tốc độ tăng trưởng đạt ${pct(rng).replace('.', ',')}%, thu ngân sách ước đạt ${amount(c, 200, 9000)} tỷ đồng, ${rng.int(5, 98)} xã đạt chuẩn. Thực hiện ${cite(c)}, đã có ${rng.int(12, 240)} mô hình được nhân rộng.`;
}

function discussion(c: Context): string {
  const { rng } = c;
  const p = rng.pick(c.people);
  const later = (): Day => addDays(c.event, rng.int(20, 200));
  if (c.lang === 'en') {
    return rng.pick([
      () => `In the discussion, ${p.female ? 'Ms.' : 'Mr.'} ${nameOf(c, p)}, ${titlesOf(c, p)}, said ${unitMention(c)} had assigned working groups to each commune and would complete the remaining ${rng.int(2, 40)} tasks before ${enDate(later(), true)}. Delegates proposed clearer guidance on land use, funding for grassroots cadres and the digitization of records.`,
      () => `Delegates pointed out shortcomings: some targets were not met, the share of trained workers was still below ${rng.int(60, 80)}%, and several projects in ${unitMention(c)} were behind schedule because site clearance had not been completed. They asked the Provincial People's Committee to direct departments to remove obstacles.`,
      () => `Speaking at the meeting, ${nameOf(c, p)} emphasized that ${c.topic.en} must be closely linked with the implementation of ${cite(c)}. Localities were requested to review the ${rng.int(3, 15)} groups of tasks, assign clear responsibilities and report the results monthly.`,
      () => `According to the report, in ${c.event.y - 1} the province mobilized more than ${amount(c, 100, 2000)} billion VND for ${c.topic.en}; ${unitMention(c)} and ${unitMention(c)} were among the leading localities, with ${rng.int(70, 100)}% of households satisfied with the results.`,
      () => `In agriculture, the value of production per hectare of cultivated land reached ${rng.int(150, 260)} million VND. ${unitMention(c)} expanded its lychee and vegetable growing areas meeting VietGAP standards to ${amount(c, 300, 4000)} hectares, and ${rng.int(10, 90)} OCOP products were rated three stars or more.`,
      () => `Party building work saw positive changes. In ${c.event.y - 1}, ${amount(c, 800, 3500)} new Party members were admitted, ${rng.int(90, 99)}.${rng.int(0, 9)}% of grassroots Party organizations were rated as completing their tasks well or better, and the inspection commissions examined ${rng.int(20, 300)} Party organizations and members.`,
      () => `Regarding social affairs, the province supported the construction and repair of ${amount(c, 200, 2500)} houses for poor and near-poor households, the multidimensional poverty rate fell to ${rng.int(0, 2)}.${rng.int(1, 9)}%, and ${rng.int(80, 99)}% of schools met national standards. Health insurance coverage reached ${rng.int(92, 97)}% of the population.`,
      () => `${p.female ? 'Ms.' : 'Mr.'} ${nameOf(c, p)} also noted that the merger of administrative units must be carried out in line with ${cite(c)}, ensuring that public services in ${unitMention(c)} are not interrupted and that redundant cadres receive their allowances on time, no later than ${enDate(later(), true)}.`,
      () => `Administrative reform was also discussed. The rate of records handled online reached ${rng.int(60, 98)}%, the time to settle land procedures was shortened by ${rng.int(10, 50)}%, and the one-stop shops of ${unitMention(c)} received ${amount(c, 1000, 40000)} applications, none of which were overdue.`,
      () => `On security and order, the police force dismantled ${rng.int(3, 40)} criminal rings and handled ${amount(c, 100, 3000)} traffic violations; the number of traffic accidents fell by ${rng.int(3, 25)}% compared with ${c.event.y - 1}. The military command completed the recruitment of ${amount(c, 900, 2500)} young people.`,
    ])();
  }
  return rng.pick([
    () => `Thảo luận tại hội nghị, ${p.female ? 'bà' : 'ông'} ${nameOf(c, p)}, ${titlesOf(c, p)} cho biết ${unitMention(c)} đã thành lập tổ công tác phụ trách từng xã và sẽ hoàn thành ${rng.int(2, 40)} nhiệm vụ còn lại trước ngày ${viDate(later(), true)}. Các đại biểu đề nghị hướng dẫn cụ thể hơn về sử dụng đất, kinh phí cho cán bộ cơ sở và số hóa hồ sơ.`,
    () => `Các đại biểu cũng chỉ ra hạn chế: một số chỉ tiêu chưa đạt, tỷ lệ lao động qua đào tạo còn dưới ${rng.int(60, 80)}%, một số dự án tại ${unitMention(c)} chậm tiến độ do vướng mắc giải phóng mặt bằng. Đại biểu đề nghị UBND tỉnh chỉ đạo các sở, ngành tháo gỡ khó khăn.`,
    () => `Phát biểu tại hội nghị, đồng chí ${nameOf(c, p)} nhấn mạnh ${c.topic.vi} phải gắn với việc thực hiện ${cite(c)}. Các địa phương cần rà soát ${rng.int(3, 15)} nhóm nhiệm vụ, phân công rõ trách nhiệm và báo cáo kết quả hằng tháng.`,
    () => `Theo báo cáo, năm ${c.event.y - 1} toàn tỉnh huy động hơn ${amount(c, 100, 2000)} tỷ đồng cho ${c.topic.vi}; ${unitMention(c)} và ${unitMention(c)} là những địa phương dẫn đầu, ${rng.int(70, 100)}% hộ dân hài lòng với kết quả đạt được.`,
    () => `Trong nông nghiệp, giá trị sản xuất trên 1 ha đất canh tác đạt ${rng.int(150, 260)} triệu đồng. ${unitMention(c)} mở rộng diện tích vải thiều và rau màu đạt tiêu chuẩn VietGAP lên ${amount(c, 300, 4000)} ha; ${rng.int(10, 90)} sản phẩm được công nhận OCOP từ 3 sao trở lên.`,
    () => `Công tác xây dựng Đảng có nhiều chuyển biến tích cực. Năm ${c.event.y - 1}, toàn Đảng bộ kết nạp ${amount(c, 800, 3500)} đảng viên mới; ${rng.int(90, 99)},${rng.int(0, 9)}% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên; ủy ban kiểm tra các cấp đã kiểm tra ${rng.int(20, 300)} tổ chức đảng và đảng viên.`,
    () => `Về văn hóa - xã hội, tỉnh hỗ trợ xây mới, sửa chữa ${amount(c, 200, 2500)} nhà cho hộ nghèo, hộ cận nghèo; tỷ lệ hộ nghèo đa chiều giảm còn ${rng.int(0, 2)},${rng.int(1, 9)}%; ${rng.int(80, 99)}% trường học đạt chuẩn quốc gia; tỷ lệ bao phủ bảo hiểm y tế đạt ${rng.int(92, 97)}% dân số.`,
    () => `${p.female ? 'Bà' : 'Ông'} ${nameOf(c, p)} cũng lưu ý việc sắp xếp đơn vị hành chính phải thực hiện đúng ${cite(c)}, bảo đảm dịch vụ công tại ${unitMention(c)} không bị gián đoạn, cán bộ dôi dư được chi trả chế độ kịp thời, chậm nhất trước ngày ${viDate(later(), true)}.`,
    () => `Về cải cách hành chính, tỷ lệ hồ sơ giải quyết trực tuyến đạt ${rng.int(60, 98)}%, thời gian giải quyết thủ tục đất đai rút ngắn ${rng.int(10, 50)}%; bộ phận một cửa của ${unitMention(c)} tiếp nhận ${amount(c, 1000, 40000)} hồ sơ, không có hồ sơ quá hạn.`,
    () => `Về quốc phòng - an ninh, lực lượng công an đã triệt phá ${rng.int(3, 40)} băng nhóm tội phạm, xử lý ${amount(c, 100, 3000)} trường hợp vi phạm giao thông; số vụ tai nạn giao thông giảm ${rng.int(3, 25)}% so với năm ${c.event.y - 1}. Bộ Chỉ huy quân sự tỉnh hoàn thành giao quân cho ${amount(c, 900, 2500)} thanh niên.`,
  ])();
}

function awards(c: Context): string {
  const { rng } = c;
  const collectives = rng.int(2, 40);
  const individuals = rng.int(2, 60);
  if (c.lang === 'en') {
    return `On this occasion, the ${rng.pick(["Chairman of the Provincial People's Committee", 'Provincial Party Standing Committee'])} awarded Certificates of Merit to ${collectives} collectives and ${individuals} individuals with outstanding achievements in ${c.topic.en}.`;
  }
  return `Dịp này, ${rng.pick(['Chủ tịch UBND tỉnh', 'Ban Thường vụ Tỉnh ủy'])} tặng Bằng khen cho ${collectives} tập thể và ${individuals} cá nhân có thành tích xuất sắc trong ${c.topic.vi}.`;
}

function closing(c: Context, kind: EventKind): string {
  const [a] = c.people;
  if (!a) return '';
  if (c.lang === 'en') {
    return `Concluding the ${kind.nounEn}, Comrade ${nameOf(c, a)} requested Party committees and authorities at all levels to continue to lead the implementation of ${c.topic.en}, strengthen inspection and supervision, and strive to complete all targets for ${c.event.y + 1}.`;
  }
  return `Kết luận ${kind.nounVi}, đồng chí ${nameOf(c, a)} yêu cầu các cấp ủy, chính quyền tiếp tục lãnh đạo thực hiện ${c.topic.vi}, tăng cường kiểm tra, giám sát và phấn đấu hoàn thành các chỉ tiêu năm ${c.event.y + 1}.`;
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One report of at least `targetBytes` (unless `maxBytes` stops it first) and at most `maxBytes`. */
export function generateReport(rng: Rng, options: { config: ProvinceConfig; targetBytes: number; maxBytes: number; districtShare: number; id: string }): GeneratedReport {
  const lang: Language = rng.chance(0.5) ? 'en' : 'vi';
  const organizer = organizers(options.config, rng, options.districtShare);
  const p = { en: options.config.province.name, vi: options.config.province.nameVi };
  const titles = [...provincialTitles(p), ...(organizer.unit ? unitTitles(organizer.unit) : unitTitles(rng.pick(options.config.units)))];
  const people = makePeople(rng, titles, rng.int(2, 6));
  const event = randomDay(rng, 2023, 2025);
  const c: Context = { rng, lang, config: options.config, organizer, people, event, topic: rng.pick(TOPICS), documents: [], mentioned: new Set<string>() };
  const kind = rng.pick(EVENTS);

  const opening: string[] = [];
  if (rng.chance(0.4)) opening.push(headline(c, kind));
  opening.push(lead(c, kind), chair(c, kind));
  const ending: string[] = [];
  if (rng.chance(0.5)) ending.push(awards(c));
  ending.push(closing(c, kind));

  const body: string[] = [reportParagraph(c)];
  const joined = [...opening, ...body, ...ending];
  let size = joined.reduce((sum, part) => sum + utf8Bytes(part), 0) + joined.length - 1;
  // Paragraphs are added until the target is reached; one that would pass the maximum is dropped.
  for (let guard = 0; size < options.targetBytes && guard < 200; guard++) {
    const next = rng.chance(0.25) ? reportParagraph(c) : discussion(c);
    const added = utf8Bytes(next) + 1;
    if (size + added > options.maxBytes) continue;
    body.push(next);
    size += added;
  }
  const text = [...opening, ...body, ...ending].join('\n');
  return {
    id: options.id,
    language: lang,
    text,
    bytes: utf8Bytes(text),
    referenceDate: iso(addDays(event, rng.int(0, 3))),
    truth: {
      eventDate: iso(event),
      scope: organizer.scope,
      unit: organizer.unit?.id ?? null,
      people: [...c.mentioned],
      documents: [...new Set(c.documents)],
    },
  };
}

/** `count` reports with sizes spread evenly between the bounds. */
export function generateCorpus(options: CorpusOptions): GeneratedReport[] {
  return [...corpusStream(options)];
}

/**
 * The same reports as {@link generateCorpus}, one at a time: a consumer that drops each
 * report after use keeps the heap small, so garbage collection pauses stay those of the
 * code measured rather than of a 10,000-report corpus held in memory.
 */
export function* corpusStream(options: CorpusOptions): Generator<GeneratedReport> {
  const rng = new Rng(options.seed);
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (let index = 0; index < options.count; index++) {
    // The longest paragraph is under 1 KB, so aiming 1 KB below the maximum keeps the spread even.
    const targetBytes = minBytes + Math.floor(rng.next() * Math.max(0, maxBytes - minBytes - 1024));
    yield generateReport(rng, {
      config: options.config,
      targetBytes,
      maxBytes,
      districtShare: options.districtShare ?? 0.5,
      id: `gen-${options.seed}-${String(index).padStart(5, '0')}`,
    });
  }
}
