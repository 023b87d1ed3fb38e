import type { ProvinceConfig } from '../config/province-config';
import { foldName } from './fold';

/**
 * What the analysed text itself says about whether it can be routed at all: is it
 * Vietnamese or English, and is it a report of the genre (prose about a conference,
 * congress, session or meeting) rather than a greeting, a list or filler text.
 * Pure and cheap: it reads the first few thousand characters once, and the rest only to
 * look for the province's names when the opening lacks them.
 */

export type DetectedLanguage = 'vi' | 'en' | 'other';

export interface TextAssessment {
  readonly language: DetectedLanguage;
  /** 0-1: how clearly the text is in {@link TextAssessment.language} (share of its function words). */
  readonly languageScore: number;
  /** 0-1 per language: how clearly the text reads as Vietnamese, as English. */
  readonly languageScores: { readonly vi: number; readonly en: number };
  /** 0-1: how much the text looks like an event report (sentences and genre words). */
  readonly genreScore: number;
  readonly words: number;
  readonly sentences: number;
  /** Distinct words of the genre found (folded), e.g. `hoi nghi`, `conference`. */
  readonly genreWords: readonly string[];
  /** Whether the text names the configured province (by its names or aliases); null without a config. */
  readonly namesProvince: boolean | null;
  /** Whether the text names the configured province or one of its units; null without a config. */
  readonly namesProvinceOrUnit: boolean | null;
}

/** The opening of a report tells its language and genre as well as the whole text. */
const SAMPLE_CHARS = 4000;

// Function words that occur in nearly every paragraph of their language. Vietnamese ones are
// folded (diacritics removed) so that text typed without diacritics is recognised too; words
// that fold to common words of English or other Latin-script languages ("to", "do", "an",
// "la", "de", "da", "tu", "ve", "dan", "ban") are left out.
const VI_FUNCTION_WORDS = new Set([
  'cua', 'va', 'cac', 'nhung', 'duoc', 'trong', 'voi', 'cho', 'nam', 'ngay', 'nguoi', 'tai', 'mot', 'khong', 'nay',
  'theo', 'dong', 'chi', 'tinh', 'huyen', 'xa', 'thi', 'tren', 'cung', 'nhu', 'viec', 'cong', 'tac', 'hien', 'thuc',
  'nhan', 'dang', 'uy', 'hoi', 'nghi', 'phat', 'trien', 'ket', 'qua',
]);
const EN_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'was', 'were', 'is', 'are', 'by', 'at', 'from', 'that', 'this',
  'as', 'be', 'has', 'have', 'had', 'its', 'which', 'their', 'it', 'an', 'a', 'also', 'will', 'been', 'said',
]);

// Words of the genre: the events and the bodies that hold them (folded, so they match with
// or without diacritics). Multi-word entries are matched on the folded text.
// "le" alone is not an event word: it folds the surname Lê as well as lễ (ceremony).
const VI_EVENT_PHRASES = [
  'hoi nghi', 'dai hoi', 'ky hop', 'hoi thao', 'phien hop', 'buoi lam viec', 'tong ket', 'so ket', 'toa dam', 'dien dan',
  'to chuc le', 'buoi le', 'le ky niem', 'le don nhan', 'le tiep nhan', 'le trao', 'le phat dong', 'le khai mac', 'le be mac',
  'le ra quan', 'le khanh thanh', 'le cong bo', 'phat dong', 'ra quan', 'tiep xuc cu tri', 'doan kiem tra', 'doan cong tac',
  'lam viec voi', 'gap mat', 'hop bao',
  // An inspection, a supervision, an anniversary, a rally, an award handed out: events of the
  // genre that reports often name without "hội nghị" or "lễ".
  'kiem tra', 'giam sat', 'ky niem', 'mit tinh', 'tuyen duong', 'trao tang', 'khai mac', 'be mac',
  // A commendation held of its own ("tổ chức khen thưởng 4 tập thể ..."), with no "lễ" named.
  'khen thuong',
];
const EN_EVENT_PHRASES = [
  'conference', 'congress', 'session', 'meeting', 'ceremony', 'workshop', 'seminar', 'review', 'launched', 'launch', 'forum',
  'dialogue', 'rally', 'send-off', 'celebration', 'anniversary', 'inauguration', 'reception', 'inspection', 'working visit',
  'handed over', 'presented', 'awarded', 'inspected', 'supervision', 'commemoration', 'opened', 'concluded',
  'talks', 'commended', 'honoured', 'honored',
];
const GENRE_PHRASES = [
  ...VI_EVENT_PHRASES,
  ...EN_EVENT_PHRASES,
  // Vietnamese
  'trien khai',
  'chu tri', 'phat bieu', 'bi thu', 'chu tich', 'uy ban', 'tinh uy', 'huyen uy', 'thanh uy', 'thi uy', 'dang bo', 'hdnd', 'ubnd',
  'mat tran', 'nghi quyet', 'chi thi', 'ke hoach', 'dong chi', 'thuong vu', 'nhiem ky', 'dai bieu',
  // English
  'chaired', 'attended', 'delegates',
  'secretary', 'chairman', 'chairwoman', 'committee', 'council', 'party', 'resolution', 'directive', 'review', 'launched',
  'standing board', 'fatherland front', 'people\'s', 'provincial', 'district',
];
// The ones that name an event (see EVENT_WORDS below): a report of the genre nearly always has one.

/** Splits folded text into words the way phrases are matched: letters, digits, apostrophes. */
function wordsOf(folded: string): string[] {
  return folded.split(/[^a-z0-9']+/).filter((token) => token.length > 0);
}

/** A set of phrases as their words joined by one space, and the longest phrase's length in words. */
function phraseSet(phrases: readonly string[]): { readonly set: ReadonlySet<string>; readonly longest: number } {
  const normalized = phrases.map((phrase) => wordsOf(foldName(phrase)).join(' ')).filter((phrase) => phrase.length > 0);
  return { set: new Set(normalized), longest: Math.max(1, ...normalized.map((phrase) => phrase.split(' ').length)) };
}

/**
 * The phrases of `phrases` that occur in `words` as whole words: one pass over the word
 * n-grams, so the cost grows with the text, not with the number of phrases.
 */
function phrasesIn(words: readonly string[], phrases: { readonly set: ReadonlySet<string>; readonly longest: number }, firstOnly = false): string[] {
  const found = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    let gram = '';
    for (let length = 1; length <= phrases.longest && start + length <= words.length; length++) {
      gram = length === 1 ? (words[start] ?? '') : `${gram} ${words[start + length - 1] ?? ''}`;
      if (phrases.set.has(gram)) {
        found.add(gram);
        if (firstOnly) return [...found];
      }
    }
  }
  return [...found];
}

const GENRE = phraseSet(GENRE_PHRASES);
const EVENT_WORDS = new Set(phraseSet([...VI_EVENT_PHRASES, ...EN_EVENT_PHRASES]).set);

/**
 * Letters only Vietnamese writes (ă ơ ư đ, the hook above, the dot below, a tone on a
 * circumflex or breve) over all letters. Accents French, Spanish or Portuguese share
 * (é, à, ê, ô, ã) are left out, so a text in those languages does not pass for Vietnamese.
 */
function vietnameseMarkShare(text: string, letters: number): number {
  if (letters === 0) return 0;
  const marked = text.normalize('NFC').match(/[ăơưđảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ]/giu)?.length ?? 0;
  return marked / letters;
}

function detectLanguage(tokens: readonly string[], markShare: number): { language: DetectedLanguage; score: number; scores: { vi: number; en: number } } {
  if (tokens.length === 0) return { language: 'other', score: 0, scores: { vi: 0, en: 0 } };
  let vi = 0;
  let en = 0;
  for (const token of tokens) {
    if (VI_FUNCTION_WORDS.has(token)) vi++;
    if (EN_FUNCTION_WORDS.has(token)) en++;
  }
  const viShare = vi / tokens.length;
  const enShare = en / tokens.length;
  // About one letter in eight of written Vietnamese is one only Vietnamese has; its function
  // words are a third of its syllables. Either signal, scaled to reach 1 at about half of
  // those, tells it.
  // A handful of words cannot tell a language: the score grows to full at 20 words.
  const sure = Math.min(1, tokens.length / 20);
  const viScore = Math.min(1, Math.max(markShare / 0.06, viShare / 0.18)) * sure;
  const enScore = Math.min(1, enShare / 0.15) * sure;
  const scores = { vi: viScore, en: enScore };
  if (viScore >= enScore && viScore > 0) return { language: 'vi', score: viScore, scores };
  if (enScore > 0) return { language: 'en', score: enScore, scores };
  return { language: 'other', score: 0, scores };
}

const LETTER = /\p{L}/u;

// A sentence of prose has 6 to 90 words. Vietnamese reports often list the attendees and
// their titles in one sentence joined by commas, well past 90 words: such a sentence counts
// half, up to 200 words; longer runs are lists, not prose.
const PROSE_WORDS = { min: 6, max: 90, longest: 200 } as const;

/** Splits into sentences at . ! ? ; and line breaks; a line without end punctuation is one sentence. */
function sentencesOf(text: string): string[][] {
  return text
    .split(/[.!?;:]+(?=\s|$)|\n+/u)
    .map((sentence) => sentence.split(/\s+/u).filter((word) => LETTER.test(word)))
    .filter((words) => words.length > 0);
}

/** The province's and its units' names as phrase sets, built once per config. */
const namePhrases = new WeakMap<ProvinceConfig, { province: ReturnType<typeof phraseSet>; units: ReturnType<typeof phraseSet> }>();

function namesOf(config: ProvinceConfig): { province: ReturnType<typeof phraseSet>; units: ReturnType<typeof phraseSet> } {
  let names = namePhrases.get(config);
  if (!names) {
    names = {
      province: phraseSet([config.province.name, config.province.nameVi, ...config.province.aliases]),
      units: phraseSet(config.units.flatMap((unit) => [unit.name, unit.nameVi, ...unit.aliases])),
    };
    namePhrases.set(config, names);
  }
  return names;
}

/**
 * Assesses the analysed text. The genre score combines four signals, each 0-1: enough
 * words (a report has dozens), sentence structure (sentences of 6-60 words), a text of
 * letters (not figures or symbols), and words of the genre (at least one event word and
 * the bodies that hold events).
 */
export function assessText(text: string, config?: ProvinceConfig): TextAssessment {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const folded = foldName(sample.replace(/\s+/g, ' '));
  const sampleWords = wordsOf(folded);
  const tokens = sampleWords.filter((token) => /[a-z]/.test(token));
  const letterCount = sample.match(/\p{L}/gu)?.length ?? 0;
  const visible = sample.replace(/\s+/g, '').length;
  const { language, score: languageScore, scores: languageScores } = detectLanguage(tokens, vietnameseMarkShare(sample, letterCount));

  const sentences = sentencesOf(sample);
  const prose = sentences.filter((words) => words.length >= PROSE_WORDS.min && words.length <= PROSE_WORDS.longest);
  const proseWords = prose.reduce((sum, words) => sum + (words.length <= PROSE_WORDS.max ? words.length : words.length / 2), 0);
  const words = sentences.reduce((sum, words) => sum + words.length, 0);

  const genreWords = phrasesIn(sampleWords, GENRE);
  const eventWords = genreWords.filter((phrase) => EVENT_WORDS.has(phrase)).length;

  const length = Math.min(1, words / 40);
  const structure = words === 0 ? 0 : Math.min(1, (proseWords / words) * Math.min(1, prose.length / 2));
  // Letters (any script) over all non-space characters: a table of figures or symbols is low.
  const letters = visible === 0 ? 0 : Math.min(1, letterCount / visible / 0.75);
  // Without a word naming the event, the bodies and titles of the genre alone count for less.
  const genre = Math.min(1, genreWords.length / 4) * (eventWords === 0 ? 0.6 : 1);
  // The weakest signal bounds the score: a long list of genre words without sentences is
  // no more a report than a well-formed paragraph about shopping.
  const genreScore = Math.min(length, structure, letters, genre);

  // The whole text, not the sample: a province may be named only in the closing lines.
  // Most reports name them in the opening; the rest of the text is folded only when not.
  let restWords: string[] | null = null;
  const rest = () => (restWords ??= text.length > SAMPLE_CHARS ? wordsOf(foldName(text.slice(SAMPLE_CHARS - 100))) : []);
  const names = config ? namesOf(config) : null;
  const mentions = (phrases: ReturnType<typeof phraseSet>) => phrasesIn(sampleWords, phrases, true).length > 0 || phrasesIn(rest(), phrases, true).length > 0;
  const namesProvince = names ? mentions(names.province) : null;
  const namesProvinceOrUnit = names ? namesProvince === true || mentions(names.units) : null;

  return { language, languageScore, languageScores, genreScore, words, sentences: sentences.length, genreWords, namesProvince, namesProvinceOrUnit };
}
