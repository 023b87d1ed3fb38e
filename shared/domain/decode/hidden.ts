import type { ChildNode, Document, Element } from 'domhandler';

/**
 * Text a reader of the page never sees is not part of the report: it could name units or
 * people that the visible article does not, and route a notice on them. Hidden means
 * hidden by an attribute, by inline style, by a class a framework hides (Bootstrap's
 * `d-none`, `sr-only`, ...), or by a simple rule of the page's own `<style>` sheets.
 */

/** Class names that common CSS frameworks hide (visually or entirely). */
const HIDING_CLASSES = new Set([
  'hidden', 'hide', 'd-none', 'invisible', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'screen-reader-only', 'is-hidden', 'u-hidden', 'offscreen', 'off-screen', 'element-invisible', 'hidden-xs-up',
]);

const ZERO = String.raw`(?:-?0*\.?0+(?:px|em|rem|pt|%|vw|vh)?)`;
/** Declarations that hide an element's text; matched on the lower-cased declaration block. */
const HIDING_DECLARATIONS: readonly RegExp[] = [
  /(?:^|;|\s)display\s*:\s*none\b/u,
  /(?:^|;|\s)visibility\s*:\s*(?:hidden|collapse)\b/u,
  new RegExp(String.raw`(?:^|;|\s)font-size\s*:\s*${ZERO}\s*(?:!important\s*)?(?:;|$)`, 'u'),
  new RegExp(String.raw`(?:^|;|\s)opacity\s*:\s*${ZERO}\s*(?:!important\s*)?(?:;|$)`, 'u'),
  // Off-screen positioning: a large negative offset or indent.
  /(?:^|;|\s)(?:left|top|right|margin-left|margin-top|text-indent)\s*:\s*-\s*(?:\d{4,}|[5-9]\d{2})(?:\.\d+)?px\b/u,
  /(?:^|;|\s)(?:left|top|right|margin-left|margin-top|text-indent)\s*:\s*-\s*(?:\d{3,}|[5-9]\d)(?:\.\d+)?(?:em|rem|vw|vh|%)/u,
  /(?:^|;|\s)clip\s*:\s*rect\(\s*0/u,
  /(?:^|;|\s)clip-path\s*:\s*(?:inset\(\s*50%|circle\(\s*0)/u,
  /(?:^|;|\s)transform\s*:\s*scale\(\s*0\s*\)/u,
  /(?:^|;|\s)color\s*:\s*transparent\b/u,
];

/** True when a declaration block hides the element it applies to. */
export function hidesText(declarations: string): boolean {
  const block = declarations.toLowerCase();
  if (HIDING_DECLARATIONS.some((pattern) => pattern.test(block))) return true;
  // Collapsed to nothing with its overflow cut off.
  const collapsed = new RegExp(String.raw`(?:^|;|\s)(?:width|height|max-height|max-width)\s*:\s*${ZERO}\s*(?:;|$)`, 'u').test(block);
  return collapsed && /overflow\s*:\s*hidden/u.test(block);
}

/** Selectors of a style sheet's rules that hide: only simple ones (a tag, classes, an id, no combinators). */
interface HiddenSelectors {
  readonly classes: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
  /** Compound selectors `tag.class.class#id`, as [tag or '', classes, id or '']. */
  readonly compounds: readonly (readonly [string, readonly string[], string])[];
}

/** The hiding rules of the top level of a style sheet; rules inside at-rules (`@media print`) are ignored. */
export function hiddenSelectorsOf(css: string): HiddenSelectors {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const compounds: Array<readonly [string, readonly string[], string]> = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//gu, '');
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '{') {
      if (depth === 0) selector = text.slice(start, index).trim();
      depth++;
      start = index + 1;
    } else if (character === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (!selector.startsWith('@') && hidesText(text.slice(start, index))) {
          for (const part of selector.split(',')) {
            const simple = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+)+)$/iu.exec(part.trim());
            if (!simple) continue;
            const tag = (simple[1] ?? '').toLowerCase();
            const names = simple[2] ?? '';
            const partClasses = [...names.matchAll(/\.([\w-]+)/gu)].map((match) => match[1] as string);
            const id = /#([\w-]+)/u.exec(names)?.[1] ?? '';
            if (!tag && partClasses.length === 1 && !id) classes.add(partClasses[0] as string);
            else if (!tag && partClasses.length === 0 && id) ids.add(id);
            else compounds.push([tag, partClasses, id]);
          }
        }
        selector = '';
        start = index + 1;
      }
    } else if (character === ';' && depth === 0) {
      // `@import ...;` and friends.
      start = index + 1;
    }
  }
  return { classes, ids, compounds };
}

function isElement(node: ChildNode | Document): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function isHidden(element: Element, sheet: HiddenSelectors): boolean {
  const attributes = element.attribs;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (attributes.style !== undefined && hidesText(attributes.style)) return true;
  const classes = (attributes.class ?? '').split(/\s+/u).filter(Boolean);
  if (classes.some((name) => HIDING_CLASSES.has(name.toLowerCase()) || sheet.classes.has(name))) return true;
  const id = attributes.id ?? '';
  if (id && sheet.ids.has(id)) return true;
  return sheet.compounds.some(
    ([tag, wanted, wantedId]) => (!tag || tag === element.name) && wanted.every((name) => classes.includes(name)) && (!wantedId || wantedId === id),
  );
}

/** Removes every hidden element from the parsed page, in place, without recursion. */
export function removeHiddenElements(document: Document): void {
  const css: string[] = [];
  const stack: Array<ChildNode | Document> = [document];
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode | Document;
    if (isElement(node) && node.name === 'style') css.push(textOf(node));
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  const sheet = hiddenSelectorsOf(css.join('\n'));
  const parents: Array<ChildNode | Document> = [document];
  while (parents.length > 0) {
    const parent = parents.pop() as ChildNode | Document;
    if (!('children' in parent)) continue;
    const kept = parent.children.filter((child) => !(isElement(child) && isHidden(child, sheet)));
    if (kept.length !== parent.children.length) {
      // Element by element: a spread of a huge child list would overflow the call stack.
      parent.children.length = 0;
      for (const child of kept) parent.children.push(child);
      // Keep sibling links consistent for code that walks them.
      kept.forEach((child, index) => {
        child.prev = kept[index - 1] ?? null;
        child.next = kept[index + 1] ?? null;
      });
    }
    for (const child of kept) parents.push(child);
  }
}
