import { decodeDocument } from '../../../shared/domain/decode';
import { docxBytes, loadSources, pdfBytes, withDeclaredSize, zipWith } from '../../../scripts/generate-format-fixtures';
import { fixture, reasonOf, useNativePackages } from './support/native-packages';

useNativePackages();

const [vi, en] = loadSources();
if (!vi || !en) throw new Error('sources missing');

describe('limits', () => {
  it('refuses a file over maxBytes before reading it', async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x61);
    expect(await reasonOf(decodeDocument(big, { limits: { maxBytes: 1024 * 1024 } }))).toBe('too-large');
  });

  it('refuses a file over the default 25 MB', async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1).fill(0x61);
    expect(await reasonOf(decodeDocument(big))).toBe('too-large');
  });

  it('refuses a PDF with more pages than maxPdfPages', async () => {
    const pdf = fixture('vi.pdf');
    expect(await reasonOf(decodeDocument(pdf, { limits: { maxPdfPages: 0 } }))).toBe('too-many-pages');
    await expect(decodeDocument(pdf, { limits: { maxPdfPages: 5 } })).resolves.toMatchObject({ format: 'pdf' });
  });

  it('refuses a .docx whose declared size exceeds maxDecompressedBytes, from the directory alone', async () => {
    const docx = await docxBytes(vi);
    const bomb = withDeclaredSize(docx, 'word/document.xml', 50 * 1024 * 1024);
    expect(await reasonOf(decodeDocument(bomb, { limits: { maxDecompressedBytes: 10 * 1024 * 1024 } }))).toBe('decompressed-too-large');
  });

  it('refuses a .docx with a highly compressible huge part', async () => {
    const zeros = new Uint8Array(12 * 1024 * 1024);
    const docx = zipWith([
      ['[Content_Types].xml', Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
      ['word/document.xml', zeros],
    ]);
    expect(docx.length).toBeLessThan(64 * 1024);
    expect(await reasonOf(decodeDocument(docx, { limits: { maxDecompressedBytes: 8 * 1024 * 1024 } }))).toBe('decompressed-too-large');
  });

  it('stops inflating a part that is larger than its header admits', async () => {
    const docx = await docxBytes(en);
    const liar = withDeclaredSize(docx, 'word/document.xml', 100);
    expect(await reasonOf(decodeDocument(liar))).toBe('decompressed-too-large');
  });

  it('treats a .docx cut short as corrupt', async () => {
    const docx = await docxBytes(en);
    for (const fraction of [0.1, 0.5, 0.9, 0.99]) {
      expect(await reasonOf(decodeDocument(docx.subarray(0, Math.floor(docx.length * fraction))))).toBe('corrupt-docx');
    }
  });

  it('refuses zip files that are not Word documents', async () => {
    const xlsx = zipWith([['[Content_Types].xml', Buffer.from('<Types/>')], ['xl/workbook.xml', Buffer.from('<workbook/>')]]);
    await expect(decodeDocument(xlsx)).rejects.toMatchObject({ reason: 'unsupported-format', detail: expect.stringMatching(/Excel/u) });
  });

  it('gives up when the time budget is spent', async () => {
    const pdf = await pdfBytes(en);
    expect(await reasonOf(decodeDocument(pdf, { limits: { timeBudgetMs: 1 } }))).toBe('time-budget-exceeded');
  });
});
