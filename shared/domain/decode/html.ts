import type { ChildNode, Document, Element } from 'domhandler';
import { UnprocessableReportError } from '../../errors';
import { removeHiddenElements } from './hidden';
import type { DecodeLimits } from './limits';
import { decodeLegacy, decodeTextBytes, decodeWindows1252, decodeWindows1258Text } from './text';

/**
 * A saved newspaper page -> its article: title, then body paragraphs one per line. Site
 * chrome (navigation, header, footer, sidebars, sharing, related links, forms), scripts,
 * styles and comments are dropped.
 */
export async function decodeHtml(
  bytes: Uint8Array,
  limits: Pick<DecodeLimits, 'maxHtmlElements'> = { maxHtmlElements: Number.POSITIVE_INFINITY },
): Promise<{ text: string; encoding: string; pageAddress?: string }> {
  const htmlparser2 = await import('htmlparser2');
  const { text: html, encoding } = await decodeHtmlBytes(bytes, htmlparser2);
  const { depth: estimate, tags } = scanTags(html);
  if (tags > limits.maxHtmlElements) {
    // One node per tag, all held at once: a page of millions of `<br>` is refused before parsing.
    throw new UnprocessableReportError(
      'too-large',
      `the HTML page has ${tags} tags (the limit is ${limits.maxHtmlElements}); save the article as .docx or .txt and upload that`,
    );
  }
  if (estimate > MAX_NESTING_DEPTH) {
    // The parser's implied-end-tag handling is quadratic in depth and synchronous (out of
    // reach of the time budget), so a hostile page is refused before it is parsed.
    throw new UnprocessableReportError(
      'too-complex',
      `the HTML page nests elements about ${estimate} levels deep (the limit is ${MAX_NESTING_DEPTH}); save the article as .docx or .txt and upload that`,
    );
  }
  const document = htmlparser2.parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const depth = nestingDepth(document);
  if (depth > MAX_NESTING_DEPTH) {
    // Article extraction walks subtrees, so its cost grows with depth; real pages stay far
    // below this, and a page that does not would also break a browser's reader view.
    throw new UnprocessableReportError(
      'too-complex',
      `the HTML page nests elements ${depth} levels deep (the limit is ${MAX_NESTING_DEPTH}); save the article as .docx or .txt and upload that`,
    );
  }
  const pageAddress = pageAddressOf(document, html);
  removeHiddenElements(document);
  const text = extractArticle(document);
  return pageAddress ? { text, encoding, pageAddress } : { text, encoding };
}

/** Longest page address kept; real article addresses are a few hundred characters. */
const MAX_ADDRESS_LENGTH = 2048;
// The mark a browser leaves on a page it saved: "<!-- saved from url=(0062)https://... -->".
const SAVED_FROM = /<!--\s*saved from url=\(\d{1,5}\)(https?:\/\/[^\s>]{1,2048}?)\s*-->/iu;

/** An http(s) address with a host, without its fragment; anything else is no address. */
function webAddress(candidate: string | undefined): string | undefined {
  const value = candidate?.trim();
  if (!value || value.length > MAX_ADDRESS_LENGTH || !/^https?:\/\//iu.test(value)) return undefined;
  try {
    const url = new URL(value);
    if (!url.hostname.includes('.')) return undefined;
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

/**
 * The address the page was published at, as the page itself states it: its canonical link,
 * its Open Graph address, or the mark of the browser that saved it. A page of a provincial
 * paper or portal often never names its province; its address does.
 */
function pageAddressOf(document: Document, html: string): string | undefined {
  let canonical: string | undefined;
  let openGraph: string | undefined;
  for (const element of elements(document, false)) {
    if (element.name === 'link' && !canonical && words(element.attribs.rel).includes('canonical')) canonical = webAddress(element.attribs.href);
    else if (element.name === 'meta' && !openGraph && element.attribs.property?.toLowerCase() === 'og:url') openGraph = webAddress(element.attribs.content);
    if (element.name === 'body') break;
  }
  return canonical ?? openGraph ?? webAddress(SAVED_FROM.exec(html.slice(0, 4096))?.[1]);
}

/** Deepest element nesting a page may have. */
export const MAX_NESTING_DEPTH = 1000;

/** Elements that are never opened (void) or whose end tag may be left out: they do not nest. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);

/** Upper estimate of nesting depth, and the number of tags, from one linear scan. */
function scanTags(html: string): { depth: number; tags: number } {
  let depth = 0;
  let deepest = 0;
  let tags = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*?(\/?)>/g)) {
    if (match[1] !== '/') tags++;
    const name = (match[2] ?? '').toLowerCase();
    if (NON_NESTING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return { depth: deepest, tags };
}

/** Maximum element depth, measured without recursion so a hostile page cannot overflow the stack. */
function nestingDepth(document: Document): number {
  let deepest = 0;
  const stack: Array<{ node: ChildNode | Document; depth: number }> = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ChildNode | Document; depth: number };
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING_DEPTH) return deepest;
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

type HtmlParser2 = typeof import('htmlparser2');

/** Reads the charset a page declares, the way a browser's pre-scan would, using the real parser. */
function declaredCharset(bytes: Uint8Array, { Parser }: HtmlParser2): string | undefined {
  let charset: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (charset !== undefined || name !== 'meta') return;
        if (attributes.charset) charset = attributes.charset;
        else if ((attributes['http-equiv'] ?? '').toLowerCase() === 'content-type') {
          charset = /charset\s*=\s*["']?([^"';\s]+)/iu.exec(attributes.content ?? '')?.[1];
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(Array.from(bytes.subarray(0, 16 * 1024), (byte) => String.fromCharCode(byte)).join(''));
  return charset?.trim().toLowerCase();
}

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);
const WINDOWS_1258_LABELS = new Set(['windows-1258', 'cp1258', 'x-cp1258']);
// Browsers read these Latin labels as Windows-1252 (WHATWG Encoding), and so do we.
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

async function decodeHtmlBytes(bytes: Uint8Array, htmlparser2: HtmlParser2): Promise<{ readonly text: string; readonly encoding: string }> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeTextBytes(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeTextBytes(bytes);
  const label = declaredCharset(bytes, htmlparser2);
  if (label === undefined || UTF8_LABELS.has(label) || label.startsWith('utf-16')) {
    // No declaration, or one that says UTF-8: trust valid UTF-8, and rank legacy encodings
    // when the bytes are not UTF-8 after all (mislabelled pages are common).
    return decodeTextBytes(bytes);
  }
  if (WINDOWS_1258_LABELS.has(label)) return { text: decodeWindows1258Text(bytes), encoding: 'windows-1258' };
  if (WINDOWS_1252_LABELS.has(label)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const iconv = (await import('iconv-lite')).default;
  if (iconv.encodingExists(label)) return { text: iconv.decode(Buffer.from(bytes), label), encoding: label };
  return decodeLegacy(bytes);
}

/** Elements that never hold article text. */
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg',
  'button', 'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'figure', 'menu', 'dialog', 'video', 'audio',
  'map', 'math',
]);
/** class/id words of page furniture on news sites. */
const CHROME = /(?:^|[-_])(?:nav|navbar|navigation|menu|sidebar|breadcrumbs?|footer|header|share|sharing|social|related|comments?|advert|advertisement|ads|adv|banner|cookie|subscribe|newsletter|popup|modal|toolbar|widget|tags?|byline|author|meta|print|hotline|copyright)(?:$|[-_])/iu;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'dialog']);
const CONTENT = /(?:^|[-_])(?:article|post|entry|story|detail|news)[-_]?(?:body|content|detail|text)(?:$|[-_])|(?:^|[-_])content[-_]?detail(?:$|[-_])|fck_detail|(?:^|[-_])main[-_]?content(?:$|[-_])/iu;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'address', 'hr', 'body', 'center',
]);

function isElement(node: ChildNode | Document): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function words(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/u).filter(Boolean);
}

function isChrome(element: Element): boolean {
  if (SKIP.has(element.name)) return true;
  const attributes = element.attribs;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(attributes.style ?? '')) return true;
  if (CHROME_ROLES.has((attributes.role ?? '').toLowerCase())) return true;
  return [...words(attributes.class), ...words(attributes.id)].some((word) => CHROME.test(word));
}

function* elements(node: ChildNode | Document, skipChrome: boolean): Generator<Element> {
  const children = 'children' in node ? node.children : [];
  for (const child of children) {
    if (!isElement(child)) continue;
    if (skipChrome && isChrome(child)) continue;
    yield child;
    yield* elements(child, skipChrome);
  }
}

function rawText(node: ChildNode | Document): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node) || (isElement(node) && (node.name === 'script' || node.name === 'style'))) return '';
  return node.children.map(rawText).join('');
}

function collapsed(value: string): string {
  return value.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}

/** The element holding the article, by the strongest signal a page gives. */
function contentRoot(document: Document): Element | Document {
  const all = [...elements(document, true)];
  const byLength = (candidates: Element[]): Element | undefined =>
    candidates.sort((a, b) => collapsed(rawText(b)).length - collapsed(rawText(a)).length)[0];
  const choices: Array<(element: Element) => boolean> = [
    (element) => element.attribs.itemprop === 'articleBody',
    (element) => element.name === 'article',
    (element) => [...words(element.attribs.class), ...words(element.attribs.id)].some((word) => CONTENT.test(word)),
    (element) => element.name === 'main' || element.attribs.role === 'main',
  ];
  for (const choice of choices) {
    const found = byLength(all.filter(choice).filter((element) => collapsed(rawText(element)).length > 0));
    if (found) return found;
  }
  return all.find((element) => element.name === 'body') ?? document;
}

function findTitle(document: Document, root: Element | Document): { text: string; node?: Element } {
  const inRoot = [...elements(root, false)].find((element) => element.name === 'h1');
  const anywhere = inRoot ?? [...elements(document, false)].find((element) => element.name === 'h1' && !hasChromeAncestorOtherThanHeader(element));
  if (anywhere && collapsed(rawText(anywhere))) return { text: collapsed(rawText(anywhere)), node: anywhere };
  const meta = [...elements(document, false)].find((element) => element.name === 'meta' && element.attribs.property === 'og:title');
  if (meta?.attribs.content) return { text: collapsed(meta.attribs.content) };
  const title = [...elements(document, false)].find((element) => element.name === 'title');
  return { text: title ? collapsed(rawText(title)) : '' };
}

function hasChromeAncestorOtherThanHeader(element: Element): boolean {
  for (let parent = element.parent; parent && parent.type !== 'root'; parent = parent.parent) {
    if (isElement(parent as ChildNode) && (parent as Element).name !== 'header' && isChrome(parent as Element)) return true;
  }
  return false;
}

/** Serialises the article: block elements end lines, table cells are tab-separated. */
function serialise(root: Element | Document, skip: Element | undefined): string {
  let out = '';
  const visit = (node: ChildNode, pre: boolean): void => {
    if (node.type === 'text') {
      out += pre ? node.data : node.data.replace(/[ \t\n\r\f]+/gu, ' ');
      return;
    }
    if (!isElement(node) || node === skip || isChrome(node)) return;
    if (node.name === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) out += '\n';
    for (const child of node.children) visit(child, pre || node.name === 'pre');
    if (node.name === 'td' || node.name === 'th') out += '\t';
    if (block) out += '\n';
  };
  const children = 'children' in root ? root.children : [];
  for (const child of children) visit(child, false);
  return out
    .split('\n')
    .map((line) => line.replace(/[ ]+/gu, ' ').replace(/^[ \t]+|[ \t]+$/gu, ''))
    .filter((line) => line.length > 0)
    .join('\n');
}

export function extractArticle(document: Document): string {
  const root = contentRoot(document);
  const title = findTitle(document, root);
  const body = serialise(root, title.node);
  // A title with no body (an index page, an error page) is not a report.
  if (!body) return '';
  return [title.text, body].filter(Boolean).join('\n');
}
