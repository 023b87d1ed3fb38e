import { VIETNAMESE_LETTERS, fold } from './text';

const VI_LETTERS_GLOBAL = new RegExp(VIETNAMESE_LETTERS.source, 'gi');
const VI_WORDS = /(?:^|[^\p{L}])(?:của|và|các|được|những|tỉnh|huyện|với|trong|đồng chí|hội nghị|cho|năm)(?=[^\p{L}]|$)/giu;
// Vietnamese typed without diacritics still has its function words.
const VI_FOLDED_WORDS = /\b(?:cua|cac|duoc|nhung|tinh uy|huyen uy|hoi nghi|dong chi|to chuc|trien khai|nhiem vu|thuc hien|ban thuong vu|nhan dan|cong tac)\b/gi;
const EN_WORDS = /\b(?:the|of|and|to|in|was|were|with|on|for|is|that|province|district)\b/gi;

export interface LanguageGuess {
  readonly language: 'en' | 'vi';
  /** False when the text has too few words to tell. */
  readonly confident: boolean;
}

/**
 * Vietnamese is told by its letters (ă, ơ, ư, tone marks) and its function words;
 * an English report may still quote Vietnamese names, so a handful of such letters
 * is not enough on its own.
 */
export function detectLanguage(text: string, folded?: string): LanguageGuess {
  // The opening paragraphs tell the language as well as the whole report does.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.replace(/[^\p{L}]+/gu, '').length;
  const viLetters = (sample.match(VI_LETTERS_GLOBAL) ?? []).length;
  const viWords = (sample.match(VI_WORDS) ?? []).length + ((folded ? folded.slice(0, sample.length) : fold(sample)).match(VI_FOLDED_WORDS) ?? []).length;
  const enWords = (sample.match(EN_WORDS) ?? []).length;
  if (letters === 0) return { language: 'en', confident: false };
  const viScore = viWords + (viLetters / letters) * 100;
  const enScore = enWords;
  const language = viScore > enScore ? 'vi' : 'en';
  return { language, confident: viWords + enWords >= 5 };
}
