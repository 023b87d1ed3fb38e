/**
 * Worst-case inputs for the normalizer: texts built to hit whatever could grow faster than
 * the text (a scan restarted per sentence, a pattern that backtracks, a loop over pairs of
 * names, dates or places). Each case is one shape repeated to a requested size, so the
 * same case at 10 KB, 100 KB and 1 MB shows how the normalizer's time grows with size.
 *
 * Deterministic: a case and a size always give the same text.
 */

/** A named shape of text; `unit(i)` is its i-th repeated piece. */
interface Shape {
  readonly name: string;
  readonly describe: string;
  readonly unit: (index: number) => string;
  /** Text before the repeated part (a headline and lead that make the text look like a report). */
  readonly head?: string;
}

const VI_HEAD = 'Hội nghị tổng kết công tác năm 2024\nSáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị tổng kết công tác năm 2024.\n';
const EN_HEAD = 'Hai Duong reviews Party building work in 2024\nOn the morning of March 14, 2024, the Standing Board of the Provincial Party Committee held a conference.\n';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Lưu'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh'];
const GIVEN = ['Quyết', 'Hùng', 'Ngọc', 'Yến', 'Lâm', 'Hải', 'Bình', 'Tuấn', 'Lan', 'Sơn', 'Dũng'];
const EN_SURNAMES = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Do', 'Bui'];
const EN_GIVEN = ['Manh Hien', 'Van Quyet', 'Thi Ngoc', 'Duc Binh', 'Minh Tuan', 'Thanh Son'];
const VI_TITLES = ['Bí thư Huyện ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch UBND huyện', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Chủ tịch HĐND tỉnh'];
const EN_TITLES = ['Secretary of the Provincial Party Committee', 'Vice Chairman of the Provincial People\'s Committee', 'Chairman of the district People\'s Council', 'member of the Standing Board'];
const VI_UNITS = ['huyện Gia Lộc', 'huyện Thanh Miện', 'thị xã Kinh Môn', 'thành phố Chí Linh', 'huyện Nam Sách', 'huyện Tứ Kỳ', 'huyện Ninh Giang', 'thị xã Từ Sơn', 'huyện Cẩm Giàng', 'xã Gia Tiến', 'phường Thanh Bình'];
const EN_UNITS = ['Gia Loc district', 'Thanh Mien district', 'Kinh Mon town', 'Chi Linh city', 'Nam Sach district', 'Tu Ky district', 'Ninh Giang district', 'Cam Giang district'];

const at = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;
const viName = (i: number): string => `${at(SURNAMES, i)} ${at(MIDDLES, i * 7 + 3)} ${at(GIVEN, i * 3 + 1)}`;
const enName = (i: number): string => `${at(EN_SURNAMES, i)} ${at(EN_GIVEN, i * 5 + 2)}`;

const SHAPES: readonly Shape[] = [
  {
    name: 'vi-name-list',
    describe: 'one sentence listing names with titles, commas only',
    head: VI_HEAD + 'Dự hội nghị có các đồng chí ',
    unit: (i) => `${viName(i)}, ${at(VI_TITLES, i)}; `,
  },
  {
    name: 'en-name-list',
    describe: 'one sentence listing Mr./Ms. names with titles',
    head: EN_HEAD + 'Attending the conference were ',
    unit: (i) => `${i % 2 ? 'Mr.' : 'Ms.'} ${enName(i)}, ${at(EN_TITLES, i)}, `,
  },
  {
    name: 'vi-dates',
    describe: 'dates of every form, one after another',
    head: VI_HEAD,
    unit: (i) => `ngày ${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 16)}, sáng ${(i % 27) + 1} tháng ${(i % 12) + 1} năm 20${15 + (i % 10)}, quý ${(i % 4) + 1} năm 2024 `,
  },
  {
    name: 'en-dates',
    describe: 'English dates and years without sentence ends',
    head: EN_HEAD,
    unit: (i) => `on March ${(i % 28) + 1}, 20${10 + (i % 16)} and ${(i % 28) + 1}/${(i % 12) + 1}/2024 in 20${15 + (i % 10)} `,
  },
  {
    name: 'vi-units',
    describe: 'unit names of the province and elsewhere, repeated',
    head: VI_HEAD,
    unit: (i) => `${at(VI_UNITS, i)}, `,
  },
  {
    name: 'en-units',
    describe: 'English unit names, repeated',
    head: EN_HEAD,
    unit: (i) => `${at(EN_UNITS, i)}, `,
  },
  {
    name: 'vi-long-line',
    describe: 'ordinary words without punctuation or line breaks',
    head: VI_HEAD,
    unit: (i) => `các cấp ủy trong huyện đã quán triệt kết luận tới cán bộ đảng viên tập trung kiểm điểm làm rõ trách nhiệm ${i % 3 ? 'của tập thể' : 'và cá nhân'} `,
  },
  {
    name: 'capitalised-run',
    describe: 'capitalised words with no lower-case word between them',
    head: VI_HEAD,
    unit: (i) => `${at(SURNAMES, i)} ${at(GIVEN, i)} Ban Huyện Tỉnh Ủy `,
  },
  {
    name: 'repeated-titles',
    describe: 'the same titles over and over, without names',
    head: VI_HEAD,
    unit: (i) => `${at(VI_TITLES, i)}, Phó ${at(VI_TITLES, i + 1)} `,
  },
  {
    name: 'vi-sentences',
    describe: 'short report sentences, each with a person, a place, a date and a document',
    head: VI_HEAD,
    unit: (i) =>
      `Ngày ${(i % 28) + 1}/${(i % 12) + 1}, đồng chí ${viName(i)}, ${at(VI_TITLES, i)} chủ trì hội nghị tại ${at(VI_UNITS, i)} triển khai Chỉ thị số ${(i % 90) + 1}-CT/TW ngày 5/3/2024 và tặng Bằng khen cho ${(i % 9) + 1} tập thể, ${(i % 20) + 1} cá nhân.\n`,
  },
  {
    name: 'en-sentences',
    describe: 'short English report sentences with people, places, dates, documents and awards',
    head: EN_HEAD,
    unit: (i) =>
      `On March ${(i % 28) + 1}, Mr. ${enName(i)}, ${at(EN_TITLES, i)}, chaired a meeting in ${at(EN_UNITS, i)} on Directive No. ${(i % 90) + 1}-CT/TW and presented certificates of merit to ${(i % 9) + 1} collectives. `,
  },
  {
    name: 'documents',
    describe: 'document codes back to back',
    head: VI_HEAD,
    unit: (i) => `Nghị quyết số ${(i % 99) + 1}-NQ/TU, Kết luận số ${(i % 50) + 1}-KL/TW, Quyết định số ${i % 999}/QĐ-UBND ngày ${(i % 28) + 1}/${(i % 12) + 1}/2023; `,
  },
  {
    name: 'awards',
    describe: 'award phrases and counts, repeated',
    head: VI_HEAD,
    unit: (i) => `tặng Bằng khen của Chủ tịch UBND tỉnh cho ${(i % 30) + 1} tập thể và ${(i % 80) + 1} cá nhân, Huân chương Lao động hạng ${at(['Nhất', 'Nhì', 'Ba'], i)}, `,
  },
  {
    name: 'stamps',
    describe: 'publication stamps (date and clock time) between place names, as a live page repeats them',
    head: VI_HEAD,
    unit: (i) => `${(i % 28) + 1}/${(i % 12) + 1}/2024 ${i % 24}:${String(i % 60).padStart(2, '0')} ${at(VI_UNITS, i)}, `,
  },
  {
    name: 'lead-documents',
    describe: 'a lead that never ends, citing documents and years',
    head: 'Hội nghị triển khai nghị quyết\nSáng 26/9, Ban Thường vụ Huyện ủy Thanh Miện tổ chức hội nghị triển khai ',
    unit: (i) => `Nghị quyết số ${(i % 99) + 1}-NQ/TU ngày ${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 15)} năm 20${10 + (i % 15)}, `,
  },
  {
    name: 'role-verbs',
    describe: 'one sentence of people given titles by verbs, one after another',
    head: VI_HEAD,
    unit: (i) => `ông ${viName(i)} được bầu giữ chức ${at(VI_TITLES, i)}, `,
  },
  {
    name: 'honours',
    describe: 'one sentence of honouring verbs with counts, without an award name',
    head: VI_HEAD,
    unit: (i) => `Dịp này, tỉnh biểu dương ${(i % 40) + 1} cá nhân và các tập thể tiêu biểu, `,
  },
  {
    name: 'short-lines',
    describe: 'one word per line (captions, menus)',
    head: VI_HEAD,
    unit: (i) => `${at(GIVEN, i)}\n`,
  },
];

export interface AdversarialInput {
  readonly name: string;
  readonly describe: string;
  readonly text: string;
  /** UTF-8 size of the text. */
  readonly bytes: number;
}

/** The names of every worst-case shape. */
export const ADVERSARIAL_CASES: readonly string[] = SHAPES.map((shape) => shape.name);

/** One shape grown by whole pieces to at least `bytes` of UTF-8 text. */
export function adversarialInput(name: string, bytes: number): AdversarialInput {
  const shape = SHAPES.find((candidate) => candidate.name === name);
  if (!shape) throw new Error(`no adversarial case "${name}" (cases: ${ADVERSARIAL_CASES.join(', ')})`);
  const parts: string[] = [shape.head ?? ''];
  let size = Buffer.byteLength(parts[0] ?? '');
  for (let index = 0; size < bytes; index++) {
    const piece = shape.unit(index);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  const text = parts.join('');
  return { name: shape.name, describe: shape.describe, text, bytes: Buffer.byteLength(text) };
}

/** Every shape at one size. */
export function adversarialSet(bytes: number): AdversarialInput[] {
  return SHAPES.map((shape) => adversarialInput(shape.name, bytes));
}
