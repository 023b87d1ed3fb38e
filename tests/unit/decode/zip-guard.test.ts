import { decodeDocument } from '../../../shared/domain/decode';
import { readCentralDirectory } from '../../../shared/domain/decode/zip';
import { craftedZip, docxParts, documentXml } from '../../../scripts/attack-zip';
import { reasonOf } from './support/native-packages';

const honest = Buffer.from(documentXml(['The Standing Committee of the Provincial Party Committee met on January 11, 2024 to review Party building work.']));
/** Honest paragraphs that compress about a thousandfold. */
const bulky = (megabytes: number): Buffer =>
  Buffer.from(documentXml(Array.from({ length: megabytes * 1024 * 8 }, () => 'The conference reviewed the work of the year ahead of plan.'.padEnd(120, ' '))));

describe('zip guard', () => {
  it('reads a well-formed crafted .docx (the builder makes valid files)', async () => {
    const decoded = await decodeDocument(craftedZip(docxParts(honest)));
    expect(decoded).toMatchObject({ format: 'docx' });
    expect(decoded.text).toMatch(/Standing Committee/u);
  });

  it('refuses a part whose directory name differs from its local header name', async () => {
    const bomb = bulky(40);
    const docx = craftedZip([
      ...docxParts(honest),
      { name: 'word/document.xml', centralName: 'word/media/image1.png', data: bomb },
    ]);
    expect(docx.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    await expect(decodeDocument(docx)).rejects.toMatchObject({ reason: 'corrupt-docx', detail: expect.stringMatching(/disagree/u) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses bytes before the first part, which would shift what the zip library reads', () => {
    const docx = craftedZip(docxParts(honest), { prefix: Buffer.from('MZ padding '.repeat(10)) });
    expect(() => readCentralDirectory(docx)).toThrow(expect.objectContaining({ reason: 'corrupt-docx' }));
  });

  it('refuses a second name given by a Unicode path extra field', () => {
    const upath = Buffer.concat([Buffer.from([0x75, 0x70, 25, 0, 1, 0, 0, 0, 0]), Buffer.from('word/document.xml')]);
    const docx = craftedZip([...docxParts(honest), { name: 'word/media/a.png', data: bulky(1), centralExtra: upath }]);
    expect(() => readCentralDirectory(docx)).toThrow(expect.objectContaining({ reason: 'corrupt-docx', detail: expect.stringMatching(/second name/u) }));
  });

  it('refuses a part that appears twice', async () => {
    const docx = craftedZip([...docxParts(honest), { name: 'word/document.xml', data: honest }]);
    expect(await reasonOf(decodeDocument(docx))).toBe('corrupt-docx');
  });

  it('refuses honest markup larger than the markup limit while inflating', async () => {
    const docx = craftedZip(docxParts(bulky(12)));
    expect(docx.length).toBeLessThan(400 * 1024);
    const started = Date.now();
    await expect(decodeDocument(docx, { limits: { maxMarkupBytes: 4 * 1024 * 1024 } })).rejects.toMatchObject({ reason: 'decompressed-too-large' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('counts a part named like an image but holding XML as markup', async () => {
    const docx = craftedZip([...docxParts(honest), { name: 'word/media/image1.png', data: bulky(6) }]);
    expect(await reasonOf(decodeDocument(docx, { limits: { maxMarkupBytes: 2 * 1024 * 1024 } }))).toBe('decompressed-too-large');
  });

  it('stops inflating at the declared size of a part that lies about it', async () => {
    const docx = craftedZip([...docxParts(honest), { name: 'word/styles.xml', data: bulky(30), declaredSize: 1024 }]);
    const started = Date.now();
    expect(await reasonOf(decodeDocument(docx))).toBe('decompressed-too-large');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('limits all parts together, images included, to maxDecompressedBytes', async () => {
    const image = Buffer.alloc(3 * 1024 * 1024, 0x89);
    const docx = craftedZip([...docxParts(honest), { name: 'word/media/image1.png', data: image }, { name: 'word/media/image2.png', data: image }]);
    expect(await reasonOf(decodeDocument(docx, { limits: { maxDecompressedBytes: 5 * 1024 * 1024 } }))).toBe('decompressed-too-large');
    await expect(decodeDocument(docx, { limits: { maxDecompressedBytes: 8 * 1024 * 1024 } })).resolves.toMatchObject({ format: 'docx' });
  });
});
