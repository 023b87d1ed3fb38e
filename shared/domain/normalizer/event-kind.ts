import type { EventKind } from '../record';

// Earliest keyword after the organizer wins: "held a conference to review ... Party
// Congress" is a conference. Vietnamese is matched with its diacritics because folding
// merges "họp" (meet) with "hợp" (combine).
const KIND_PATTERNS: readonly [RegExp, EventKind][] = [
  [/\b(?:congress(?:es)?)\b|(?<!\p{L})đại hội(?!\p{L})/iu, 'congress'],
  [/\b(?:plenary\s+)?session\b|(?<!\p{L})kỳ họp(?!\p{L})|(?<!\p{L})kì họp(?!\p{L})/iu, 'session'],
  [/\b(?:conference|plenum)\b|(?<!\p{L})hội nghị(?!\p{L})/iu, 'conference'],
  [/\b(?:meeting|met|dialogue)\b|(?<!\p{L})(?:cuộc họp|phiên họp|họp|giao ban|gặp mặt|làm việc|tiếp xúc cử tri|đối thoại)(?!\p{L})/iu, 'meeting'],
  [/\b(?:ceremony|celebration|celebrated|rally|inauguration|groundbreaking)\b|(?<!\p{L})(?:lễ|mít tinh|míttinh)(?!\p{L})/iu, 'ceremony'],
  [/\b(?:workshop|seminar|symposium|forum|scientific conference|roundtable)\b|(?<!\p{L})(?:hội thảo|tọa đàm|toạ đàm|diễn đàn)(?!\p{L})/iu, 'workshop'],
  [/\b(?:inspect(?:ed|s|ion|ing)?|supervis(?:ed|ion|ing|es)|examin(?:ed|ation))\b|(?<!\p{L})(?:kiểm tra|giám sát)(?!\p{L})/iu, 'inspection'],
];

/** Kind of the event, read from the lead sentence after its subject. */
export function extractEventKind(lead: string, from: number): EventKind {
  const text = lead.slice(from);
  let best: { index: number; kind: EventKind } | null = null;
  for (const [pattern, kind] of KIND_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "working session" is a meeting, "scientific conference" a workshop: the longer phrase decides.
    let resolved = kind;
    if (kind === 'session' && /working\s+session/i.test(text.slice(Math.max(0, match.index - 8), match.index + match[0].length))) resolved = 'meeting';
    if (!best || match.index < best.index) best = { index: match.index, kind: resolved };
  }
  if (best && best.kind === 'conference' && /scientific\s+conference|hội thảo khoa học/i.test(text)) return 'workshop';
  return best?.kind ?? 'other';
}
