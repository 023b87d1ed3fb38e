import { decodeDocument } from '../../../shared/domain/decode';
import { encodeWindows1258 } from '../../../shared/domain/decode/legacy';
import { reasonOf, useNativePackages } from './support/native-packages';

useNativePackages();

const page = (body: string, head = '<meta charset="utf-8">'): Buffer =>
  Buffer.from(`<!doctype html><html><head>${head}<title>Site title | Báo</title></head><body>${body}</body></html>`, 'utf8');

describe('HTML pages', () => {
  it('keeps the article title and paragraphs and drops the site around them', async () => {
    const html = page(`
      <header><nav><a href="/">Trang chủ</a><a>Chính trị</a></nav></header>
      <div id="sidebar-left">Đọc nhiều</div>
      <article><h1>Hội nghị sơ kết</h1>
        <p>Đoạn một.</p><!-- a comment with <p>markup</p> -->
        <script>document.write('<p>injected</p>')</script><style>p { color: red }</style>
        <p>Đoạn <b>hai</b>,<br>dòng mới.</p>
        <form><input value="Gửi"></form>
      </article>
      <aside>Tin liên quan</aside>
      <footer>© Báo Hải Dương</footer>`);
    const decoded = await decodeDocument(html);
    expect(decoded).toEqual({ text: 'Hội nghị sơ kết\nĐoạn một.\nĐoạn hai,\ndòng mới.', format: 'html', encoding: 'utf-8' });
  });

  it('keeps the address the page says it was published at: canonical link, then Open Graph, then the saving browser\'s mark', async () => {
    const article = '<article><h1>Kỳ họp HĐND tỉnh</h1><p>Sáng 5/3, HĐND tỉnh khai mạc kỳ họp.</p></article>';
    const canonical = await decodeDocument(
      page(article, '<meta charset="utf-8"><meta property="og:url" content="https://m.baotayninh.vn/ky-hop.html"><link rel="canonical" href="https://baotayninh.vn/ky-hop.html#top">'),
    );
    expect(canonical).toEqual({ text: 'Kỳ họp HĐND tỉnh\nSáng 5/3, HĐND tỉnh khai mạc kỳ họp.', format: 'html', encoding: 'utf-8', pageAddress: 'https://baotayninh.vn/ky-hop.html' });
    const openGraph = await decodeDocument(page(article, '<meta charset="utf-8"><meta property="OG:URL" content=" https://dbnd.gialai.gov.vn/News/ky-hop ">'));
    expect(openGraph.pageAddress).toBe('https://dbnd.gialai.gov.vn/News/ky-hop');
    const saved = await decodeDocument(Buffer.from(`<!-- saved from url=(0040)http://www.baohaiduong.vn/chinh-tri/1.htm -->\n<html><head><meta charset="utf-8"></head><body>${article}</body></html>`));
    expect(saved.pageAddress).toBe('http://www.baohaiduong.vn/chinh-tri/1.htm');
  });

  it('keeps no address that is not a web address with a host', async () => {
    const article = '<article><h1>T</h1><p>Nội dung.</p></article>';
    for (const head of ['<link rel="canonical" href="/relative/page">', '<link rel="canonical" href="javascript:alert(1)">', '<meta property="og:url" content="http://localhost/x">', '']) {
      expect((await decodeDocument(page(article, `<meta charset="utf-8">${head}`))).pageAddress).toBeUndefined();
    }
    // A link in the article is not the page's address.
    expect((await decodeDocument(page('<article><h1>T</h1><p>Xem <link rel="canonical" href="https://baohaiduong.vn/x">.</p></article>'))).pageAddress).toBeUndefined();
  });

  it('decodes named and numeric character references', async () => {
    const decoded = await decodeDocument(page('<article><h1>T</h1><p>&#272;&#x1b0;&#7901;ng &amp; &quot;ph&#7889;&quot;&nbsp;x&atilde;</p></article>'));
    expect(decoded.text).toBe('T\nĐường & "phố" xã');
  });

  it('honours a Windows-1258 charset declared with http-equiv', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><article><h1>Tiêu đề</h1><p>Nguyễn Văn Quyết phát biểu.</p></article></body></html>`;
    const decoded = await decodeDocument(encodeWindows1258(html));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe('Tiêu đề\nNguyễn Văn Quyết phát biểu.');
  });

  it('falls back to the page body when there is no article element', async () => {
    const decoded = await decodeDocument(page('<nav>Menu</nav><h1>Tiêu đề</h1><div><p>Nội dung chính.</p></div><footer>Chân trang</footer>'));
    expect(decoded.text).toBe('Tiêu đề\nNội dung chính.');
  });

  it('uses the og:title when the page has no h1', async () => {
    const html = Buffer.from('<html><head><meta property="og:title" content="Tiêu đề OG"><title>X | Y</title></head><body><article><p>Thân bài.</p></article></body></html>');
    expect((await decodeDocument(html)).text).toBe('Tiêu đề OG\nThân bài.');
  });

  it('keeps table rows as lines with tab-separated cells', async () => {
    const decoded = await decodeDocument(page('<article><h1>T</h1><table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Đảng viên mới</td><td>412</td></tr></table></article>'));
    expect(decoded.text).toBe('T\nChỉ tiêu\tKết quả\nĐảng viên mới\t412');
  });

  it('detects HTML saved with a .txt name, and treats tag-free .html as text', async () => {
    expect((await decodeDocument(page('<p>x</p>'), { fileName: 'a.txt' })).format).toBe('html');
    expect((await decodeDocument(Buffer.from('chỉ là văn bản'), { fileName: 'a.html' })).format).toBe('txt');
  });

  it('reports a page with nothing but chrome as empty', async () => {
    expect(await reasonOf(decodeDocument(page('<nav>Menu</nav><script>x()</script><footer>© Báo</footer>')))).toBe('empty');
  });
});
