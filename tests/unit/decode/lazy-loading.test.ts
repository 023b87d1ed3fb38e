import { decodeDocument } from '../../../shared/domain/decode';
import { encodeTcvn3 } from '../../../shared/domain/decode/legacy/tcvn3';
import { fixture, useNativePackages } from './support/native-packages';

const loads = useNativePackages();
const counted = (name: string, path: string = name): void => {
  jest.doMock(path, () => {
    loads[name] = (loads[name] ?? 0) + 1;
    return jest.requireActual(path);
  });
};
counted('mammoth');
counted('iconv-lite');
counted('legacy', '../../../shared/domain/decode/legacy');

describe('decoders load only when a file needs them', () => {
  it('reads UTF-8 and UTF-16 text without loading any parser, code page or legacy table', async () => {
    await decodeDocument(fixture('vi.utf8.txt'), { fileName: 'a.txt' });
    await decodeDocument(fixture('en.utf16le.txt'));
    await decodeDocument(fixture('vi.utf8-bom.txt'), { fileName: 'a.md' });
    expect(loads).toEqual({});
  });

  it('loads mammoth for a .docx, and nothing for PDFs or HTML', async () => {
    await decodeDocument(fixture('en.docx'));
    expect(loads).toEqual({ mammoth: 1 });
  });

  it('loads unpdf for a .pdf', async () => {
    await decodeDocument(fixture('en.pdf'));
    expect(loads).toEqual({ mammoth: 1, unpdf: 1 });
  });

  it('loads htmlparser2 for HTML', async () => {
    await decodeDocument(fixture('en.html'));
    expect(loads).toEqual({ mammoth: 1, unpdf: 1, htmlparser2: 1 });
  });

  it('loads the legacy tables only for text that is not UTF-8', async () => {
    await decodeDocument(encodeTcvn3('Hội nghị Ban Chấp hành Đảng bộ tỉnh.'));
    expect(loads.legacy).toBe(1);
    expect(loads['iconv-lite']).toBe(1);
  });
});
