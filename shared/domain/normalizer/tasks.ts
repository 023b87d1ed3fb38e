const EN_DIRECTIVE =
  /\b(?:request(?:ed|s)?|ask(?:ed|s)?|instruct(?:ed|s)?|urg(?:ed|es)|direct(?:ed|s)|demand(?:ed|s)|call(?:ed|s) (?:on|for)|assign(?:ed|s)|must|need(?:s)? to|should|requir(?:ed|es))\b/i;
const VI_DIRECTIVE = /(?<!\p{L})(?:đề nghị|yêu cầu|chỉ đạo|giao|cần|phải|chỉ thị|đề ra|nhấn mạnh)(?!\p{L})/iu;
// A proposal from the floor or a statistic is not a task given to anyone.
const EN_NOT_TASK = /\b(?:proposed that the province|reported|said that|according to)\b/i;

/** Directions recorded at the event, one sentence each, in order. */
export function extractTasks(sentences: readonly { text: string }[], language: 'en' | 'vi', max = 12): string[] {
  const pattern = language === 'en' ? EN_DIRECTIVE : VI_DIRECTIVE;
  const tasks: string[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (index === 0) continue;
    const text = sentence.text.trim();
    if (text.length < 20 || !pattern.test(text)) continue;
    if (language === 'en' && EN_NOT_TASK.test(text) && !/\b(?:requested|asked|instructed|urged)\b/i.test(text)) continue;
    tasks.push(text.length > 600 ? `${text.slice(0, 597).trimEnd()}...` : text);
    if (tasks.length >= max) break;
  }
  return tasks;
}
