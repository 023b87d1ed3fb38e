import { decodeDocument } from '../../../shared/domain/decode';
import { UnprocessableReportError } from '../../../shared/errors';
import { fixture, isGood, manifest, reasonOf, useNativePackages, words, type BadEntry, type GoodEntry } from './support/native-packages';

useNativePackages();

const entries = manifest();
const good = entries.filter(isGood);
const bad = entries.filter((entry): entry is BadEntry => !isGood(entry));

function expectSameText(actual: string, entry: GoodEntry): void {
  if (entry.compare === 'words') expect(words(actual)).toEqual(words(entry.expected));
  else if (entry.compare === 'case-folded') expect(actual.toLowerCase()).toBe(entry.expected.toLowerCase());
  else expect(actual).toBe(entry.expected);
}

/** A name that points at the wrong format, to prove the bytes decide. */
const MISLEADING: Record<string, string> = { txt: 'report.pdf', html: 'report.txt', docx: 'report.pdf', pdf: 'report.docx' };

describe('every generated variant decodes to its source text', () => {
  it('covers every format and encoding the decoder claims', () => {
    const seen = new Set(good.map((entry) => `${entry.format}/${entry.encoding}`));
    for (const pair of ['txt/utf-8', 'txt/utf-8-bom', 'txt/utf-16le', 'txt/utf-16be', 'txt/windows-1258', 'txt/tcvn3', 'txt/vni-windows', 'html/utf-8', 'html/windows-1258', 'docx/utf-8', 'pdf/n/a']) {
      expect(seen).toContain(pair);
    }
  });

  it.each(good.map((entry) => [entry.file, entry] as const))('%s decodes to the source with its format and encoding', async (file, entry) => {
    const decoded = await decodeDocument(fixture(file), { fileName: file });
    expect(decoded.format).toBe(entry.format);
    expect(decoded.encoding).toBe(entry.encoding);
    expectSameText(decoded.text, entry);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it.each(good.map((entry) => [entry.file, entry] as const))('%s is detected from its bytes under a misleading name', async (file, entry) => {
    const decoded = await decodeDocument(fixture(file), { fileName: MISLEADING[entry.format] ?? 'report.bin' });
    expect(decoded.format).toBe(entry.format);
    expect(decoded.encoding).toBe(entry.encoding);
    expectSameText(decoded.text, entry);
  });

  it.each(good.map((entry) => [entry.file, entry] as const))('%s is detected with no name at all', async (file, entry) => {
    const decoded = await decodeDocument(fixture(file));
    expect(decoded.format).toBe(entry.format);
    expect(decoded.encoding).toBe(entry.encoding);
  });

  it('keeps the table of a .docx as text and leaves out its header and footer', async () => {
    const decoded = await decodeDocument(fixture('vi.docx'));
    expect(decoded.text).toContain('Đảng viên mới được kết nạp\n412');
    expect(decoded.text).not.toContain('BẢN TIN NỘI BỘ');
    expect(decoded.text).not.toContain('Lưu hành nội bộ');
  });

  it('restores sentence-initial capitals that TCVN3 cannot store', async () => {
    const decoded = await decodeDocument(fixture('vi.tcvn3.txt'));
    expect(decoded.text).toContain('đứng đầu. Ủy ban Kiểm tra các cấp');
    // Mid-sentence the case is gone from the bytes and stays lower case.
    expect(decoded.text).toContain('Nguyễn Văn Quyết, ủy viên');
  });
});

describe('every generated bad file fails with its own reason', () => {
  it.each(bad.map((entry) => [entry.file, entry.reason] as const))('%s fails with %s', async (file, reason) => {
    expect(await reasonOf(decodeDocument(fixture(file), { fileName: file }))).toBe(reason);
  });

  it('gives a person-readable sentence with every failure', async () => {
    for (const entry of bad) {
      try {
        await decodeDocument(fixture(entry.file));
      } catch (error) {
        expect(error).toBeInstanceOf(UnprocessableReportError);
        expect((error as UnprocessableReportError).detail.length).toBeGreaterThan(10);
      }
    }
  });

  it('tells the uploader of a .doc to save it as .docx', async () => {
    await expect(decodeDocument(fixture('legacy-word-97.doc'))).rejects.toThrow(/save it as \.docx/u);
  });
});
