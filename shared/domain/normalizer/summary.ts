const MAX_TITLE = 200;
const MAX_SUMMARY = 700;
const MEDIA_CAPTION = /^(watch|see|photo|video|clip|xem|ảnh|video clip)\b/i;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return `${(space > max * 0.6 ? slice.slice(0, space) : slice).trimEnd()}...`;
}

/** A headline as the title, cut to the title's length. */
export function cutTitle(headline: string): string {
  return cut(headline.trim(), MAX_TITLE);
}

/**
 * A short first line without a full stop is the report's own headline; otherwise the
 * lead sentence stands in for it.
 */
export function extractTitle(text: string, lead: string): string {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const rest = text.slice(firstLine.length).trim();
  if (firstLine && rest && firstLine.length <= 180 && !/[.!?]$/.test(firstLine) && firstLine !== lead) return cut(firstLine, MAX_TITLE);
  return cut(lead.replace(/[.]$/, ''), MAX_TITLE);
}

/** The lead and the sentences after it, two or three of them, within a length budget. */
export function extractSummary(sentences: readonly { text: string }[], title: string): string {
  const picked: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    const text = sentence.text.trim();
    if (!text || text === title) continue;
    // Photo and video captions ("Watch the clip of ...", "Ảnh: ...") are lines without a
    // closing full stop; they belong to the page, not to the story.
    if (picked.length > 0 && (!/[.!?…"”)]$/.test(text) || MEDIA_CAPTION.test(text))) continue;
    if (picked.length >= 2 && length + text.length > MAX_SUMMARY) break;
    picked.push(text);
    length += text.length + 1;
    if (picked.length >= 3) break;
  }
  return cut(picked.join(' '), MAX_SUMMARY + 300);
}
