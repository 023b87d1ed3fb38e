import { decodeDocument } from '../../../shared/domain/decode';
import { decodeTcvn3, decodeVni, decodeWindows1258, encodeTcvn3, encodeVni, encodeWindows1258 } from '../../../shared/domain/decode/legacy';
import { isVietnameseSyllable } from '../../../shared/domain/decode/vietnamese';

const LOWER = 'aáàảãạăắằẳẵặâấầẩẫậbcdđeéèẻẽẹêếềểễệghiíìỉĩịklmnoóòỏõọôốồổỗộơớờởỡợpqrstuúùủũụưứừửữựvxyýỳỷỹỵ';
const ALL = LOWER + LOWER.toUpperCase();

describe('legacy Vietnamese code pages', () => {
  it('round-trips every Vietnamese letter through VNI-Windows', () => {
    expect(decodeVni(encodeVni(ALL))).toBe(ALL);
  });

  it('round-trips every Vietnamese letter through Windows-1258', () => {
    expect(decodeWindows1258(encodeWindows1258(ALL)).normalize('NFC')).toBe(ALL);
  });

  it('round-trips every lower-case letter through TCVN3 and folds toned capitals to lower case', () => {
    expect(decodeTcvn3(encodeTcvn3(LOWER))).toBe(LOWER);
    // Only the plain and the seven modified capitals (Ă Â Ê Ô Ơ Ư Đ) have TCVN3 bytes.
    const folded = Array.from(ALL, (c) => (/[A-ZĂÂÊÔƠƯĐ]/u.test(c) ? c : c.toLowerCase())).join('');
    expect(decodeTcvn3(encodeTcvn3(ALL))).toBe(folded);
  });

  it('uses the published byte values', () => {
    // Spot checks against the TCVN 5712 VN3 and VNI-Windows tables.
    expect(Array.from(encodeTcvn3('Đảng ưu tú'))).toEqual([0xa7, 0xb6, 0x6e, 0x67, 0x20, 0xad, 0x75, 0x20, 0x74, 0xf3]);
    expect(Buffer.from(encodeVni('Đảng ưu tú')).toString('latin1')).toBe('Ñaûng öu tuù');
    expect(Buffer.from(encodeVni('NGUYỄN ĐƯỜNG')).toString('latin1')).toBe('NGUYEÃN ÑÖÔØNG');
    expect(Array.from(encodeWindows1258('ấ'))).toEqual([0xe2, 0xec]);
  });
});

describe('encoding detection from the bytes', () => {
  const sentence = 'Đồng chí Nguyễn Văn Quyết chủ trì hội nghị sơ kết công tác xây dựng Đảng của huyện.';

  it.each([
    ['windows-1258', encodeWindows1258(sentence)],
    ['tcvn3', encodeTcvn3(sentence)],
    ['vni-windows', encodeVni(sentence)],
  ])('recognises one %s sentence', async (encoding, bytes) => {
    const decoded = await decodeDocument(bytes, { fileName: 'note.txt' });
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.toLowerCase()).toBe(sentence.toLowerCase());
  });

  it('ignores a name that claims another encoding', async () => {
    const decoded = await decodeDocument(encodeVni(sentence), { fileName: 'bao-cao-tcvn3.txt' });
    expect(decoded.encoding).toBe('vni-windows');
  });

  it('reads English with Windows curly quotes as Windows-1252', async () => {
    const bytes = Buffer.from('The district\x92s \x93One Commune One Product\x94 program \x96 2024.', 'latin1');
    const decoded = await decodeDocument(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('The district’s “One Commune One Product” program – 2024.');
  });

  it('reads UTF-16 without a byte-order mark', async () => {
    const decoded = await decodeDocument(Buffer.from(sentence, 'utf16le'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toBe(sentence);
  });

  it('composes Windows-1258 combining tones into NFC', async () => {
    const decoded = await decodeDocument(encodeWindows1258('Nguyễn'));
    expect(decoded.text).toBe('Nguyễn');
    expect(decoded.text.length).toBe(6);
  });

  it('normalises decomposed UTF-8 to NFC', async () => {
    const decoded = await decodeDocument(Buffer.from('Nguyễn Văn Quyết'.normalize('NFD'), 'utf8'));
    expect(decoded.text).toBe('Nguyễn Văn Quyết'.normalize('NFC'));
  });

  it('tells Markdown from plain text by the name only when the bytes cannot', async () => {
    const body = Buffer.from('Hội nghị sơ kết\n\nNội dung.', 'utf8');
    expect((await decodeDocument(body, { fileName: 'a.md' })).format).toBe('md');
    expect((await decodeDocument(body, { fileName: 'a.txt' })).format).toBe('txt');
    expect((await decodeDocument(Buffer.from('# Hội nghị\n\nNội dung.', 'utf8'))).format).toBe('md');
  });
});

describe('Vietnamese syllable plausibility', () => {
  it.each(['nghiêng', 'Đảng', 'khuyến', 'quốc', 'giữa', 'thường', 'ĐƯỜNG', 'ủy'])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each(['§¶ng', 'ñaûng', 'Ðảng', 'hoàcn', 'tiếngg', 'áà', 'bàc'])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
