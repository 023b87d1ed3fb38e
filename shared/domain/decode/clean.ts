/**
 * The one text shape every format ends in: NFC, `\n` line ends, no control or invisible
 * characters, single spaces, at most one blank line in a row, no leading/trailing blank space.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    // Invisible characters break word matching downstream (BOM, zero-width, soft hyphen).
    .replace(/[\ufeff\u200b-\u200d\u2060\u00ad]/gu, '')
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
