/**
 * The one text shape every format ends in: NFC, `\n` line ends, no control or format
 * (invisible) characters, single spaces, at most one blank line in a row, no leading/trailing blank space.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    // Format characters (Unicode Cf) are invisible and break word matching downstream: BOM,
    // zero-width spaces and joiners, soft hyphen, invisible operators such as U+2062, bidi
    // embeddings, overrides and isolates that could reorder a title in an e-mail subject.
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/gu, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n[ ]+/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim()
    // Last: removing invisible characters can bring a base letter and its mark together.
    .normalize('NFC');
}
