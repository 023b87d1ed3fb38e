import { decodeDocument } from '../../../shared/domain/decode';
import { cleanText } from '../../../shared/domain/decode/clean';
import { hiddenSelectorsOf, hidesText } from '../../../shared/domain/decode/hidden';
import { useNativePackages } from './support/native-packages';

useNativePackages();

const page = (body: string, head = ''): Uint8Array =>
  new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><article><h1>Gia Loc reviews Party building</h1><p>The Standing Committee of Gia Loc District Party Committee met on March 8, 2024.</p>${body}</article></body></html>`);

async function textOf(bytes: Uint8Array): Promise<string> {
  return (await decodeDocument(bytes, { fileName: 'report.html' })).text;
}

describe('hidden HTML content', () => {
  it.each([
    ['font-size:0', '<p style="font-size:0">Nam Sach District</p>'],
    ['font-size: 0px', '<p style="font-size: 0px !important">Nam Sach District</p>'],
    ['opacity:0', '<p style="opacity:0">Nam Sach District</p>'],
    ['display:none', '<div style="display: none"><p>Nam Sach District</p></div>'],
    ['visibility:hidden', '<span style="visibility:hidden">Nam Sach District</span>'],
    ['off-screen', '<p style="position:absolute;left:-9999px">Nam Sach District</p>'],
    ['text-indent', '<p style="text-indent:-10000px">Nam Sach District</p>'],
    ['clip', '<p style="position:absolute;clip:rect(0 0 0 0)">Nam Sach District</p>'],
    ['collapsed', '<p style="height:0;overflow:hidden">Nam Sach District</p>'],
    ['d-none', '<p class="lead d-none">Nam Sach District</p>'],
    ['sr-only', '<span class="sr-only">Nam Sach District</span>'],
    ['hidden class', '<p class="hidden">Nam Sach District</p>'],
    ['hidden attribute', '<p hidden>Nam Sach District</p>'],
  ])('drops text hidden by %s', async (_name, hidden) => {
    const text = await textOf(page(hidden));
    expect(text).toMatch(/Gia Loc District Party Committee/u);
    expect(text).not.toMatch(/Nam Sach/u);
  });

  it('drops text of classes and ids hidden by the page style sheet', async () => {
    const head = '<style>/* seo */ .kw-box { font-size: 0; } #trap{display:none} p.x.y{opacity:0} @media print { .screen-only { display:none } }</style>';
    const text = await textOf(page('<p class="kw-box">Nam Sach District</p><p id="trap">Kim Thanh District</p><p class="y x">Tu Ky District</p><p class="screen-only">Thanh Ha District works.</p>', head));
    expect(text).not.toMatch(/Nam Sach|Kim Thanh|Tu Ky/u);
    expect(text).toMatch(/Thanh Ha District works/u);
  });

  it('keeps visible text that merely mentions zero sizes or hiding words', async () => {
    const text = await textOf(page('<p class="overflow-hidden" style="margin:0;font-size:16px;opacity:1">Nam Sach District attended.</p>'));
    expect(text).toMatch(/Nam Sach District attended/u);
  });

  it('reads a hiding declaration block as hiding, and a visible one not', () => {
    expect(hidesText('color:red; font-size:0')).toBe(true);
    expect(hidesText('font-size:0.9em')).toBe(false);
    expect(hidesText('left:-20px')).toBe(false);
    expect(hiddenSelectorsOf('.a{display:none} .b .c{display:none}').classes).toEqual(new Set(['a']));
  });
});

describe('format characters', () => {
  it('removes invisible operators, zero-width characters and bidi controls so names match', () => {
    expect(cleanText('Gia\u2062 L\u200boc \u202eDistrict\u202c \u2066isolated\u2069 \u200fmark\u061c')).toBe('Gia Loc District isolated mark');
  });

  it('keeps letters outside the BMP and Vietnamese marks', () => {
    expect(cleanText('Huyện ủy 𠀀 😀')).toBe('Huyện ủy 𠀀 😀');
  });
});

describe('format characters before matching', () => {
  it('lets a unit hidden by invisible characters be found once the text is decoded', async () => {
    const { normalizeReport } = await import('../../../shared/domain/normalizer');
    const { loadProvinceConfig } = await import('../../../shared/config/province-config');
    const text = 'On March 8, 2024, the Standing Committee of Nam\u2062 S\u200bach District Party Committee held a conference to review Party building work.';
    const decoded = await decodeDocument(new TextEncoder().encode(text), { fileName: 'a.txt' });
    const record = normalizeReport(decoded.text, { referenceDate: '2024-03-09', config: loadProvinceConfig() });
    expect(record.districts).toContain('nam-sach');
  });
});
