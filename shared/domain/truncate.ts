/**
 * Cutting user text safely. `String.prototype.slice` counts UTF-16 code units, so a cut can
 * fall between the two halves of a character outside the BMP (an emoji, a rare Han
 * character); the lone half left behind is not valid Unicode, and DynamoDB refuses a
 * write that contains one.
 */

/** The first `max` code points of `text`, never half a character. */
export function truncateCodePoints(text: string, max: number): string {
  if (max <= 0) return '';
  // Fast path: nothing to cut even if every unit were its own code point.
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1;
    count++;
  }
  return text.slice(0, end);
}

/** `text` cut to `max` code points with an ellipsis when something was cut. */
export function truncateWithEllipsis(text: string, max: number, ellipsis = '…'): string {
  const cut = truncateCodePoints(text, max);
  if (cut.length === text.length) return text;
  return `${truncateCodePoints(text, Math.max(0, max - [...ellipsis].length)).trimEnd()}${ellipsis}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `text` without unpaired surrogates (left behind by a cut made elsewhere). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export function withoutLoneSurrogates(text: string): string {
  return !LONE_SURROGATE.test(text) ? text : text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '');
}

/** Every string inside `value` (objects and arrays, recursively) made well-formed. */
export function wellFormedStrings<T>(value: T): T {
  if (typeof value === 'string') return withoutLoneSurrogates(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => wellFormedStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wellFormedStrings(item)])) as T;
  }
  return value;
}
