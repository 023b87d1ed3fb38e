import type { Unit } from '../../config/province-config';
import { escapeRegExp } from './text';

/**
 * The words that name an administrative unit's kind, in both languages, written once for
 * every extractor that reads a level from them (places, organizer, scope, event kind,
 * publisher, confidence). Vietnamese writes the kind before the name ("xã Tiên Minh"),
 * English after it ("Tien Minh commune").
 *
 * The gazetteer keeps its own folded copy: it builds the forms a unit is written in from
 * the data's kinds, which these tables name with the same words.
 */

/** English words of each unit kind, as written after a unit's name. */
export const EN_UNIT_KIND_WORDS: Readonly<Record<Unit['kind'], readonly string[]>> = {
  city: ['city'],
  town: ['town'],
  // A centrally run city's "huyện" is often translated "suburban" or "rural district", its "quận" "urban district".
  district: ['district', 'suburban district', 'rural district', 'urban district'],
  commune: ['commune'],
  ward: ['ward'],
  // "Đặc khu" is translated all three ways.
  'special-zone': ['special administrative zone', 'special economic zone', 'special zone'],
};

/** Vietnamese level words by level: a province, a district-level unit, a commune-level unit. */
export const VI_LEVEL_WORDS = {
  province: ['tỉnh'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  commune: ['xã', 'phường', 'thị trấn', 'đặc khu'],
} as const;

/** English words of a commune-level unit; a township (thị trấn) is one too. */
export const EN_COMMUNE_WORDS: readonly string[] = ['commune', 'ward', 'township', 'special administrative zone', 'special economic zone', 'special zone'];

/** Every Vietnamese level word, province to commune. */
export const VI_ALL_LEVEL_WORDS: readonly string[] = [...VI_LEVEL_WORDS.province, ...VI_LEVEL_WORDS.district, ...VI_LEVEL_WORDS.commune];

/** Every English unit word (the kinds of district and commune level). */
export const EN_ALL_UNIT_WORDS: readonly string[] = [...new Set(Object.values(EN_UNIT_KIND_WORDS).flat())];

/**
 * A regex alternation of `words`, longest first (so "thị xã" is tried before "xã" where
 * both could start), each escaped. With `plural`, an English word may take an "s".
 * With `capitalOrNot`, a word's first letter may be a capital. With `societyGuard`, "xã" is not read in "xã hội" (society: "Sở Lao động - Thương binh
 * và Xã hội"), which never names a commune.
 */
export function levelAlternation(
  words: readonly string[],
  options: { readonly plural?: boolean; readonly societyGuard?: boolean; readonly capitalOrNot?: boolean } = {},
): string {
  // Longest first, so that a longer word wins over its own prefix; ties by code unit, not
  // localeCompare, whose first call loads a collator (about 11 ms of a cold start).
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((word) => {
      if (options.societyGuard && word === 'xã') return 'xã(?!\\s+hội(?!\\p{L}))';
      // For a pattern without the `i` flag: the word as written, or with a capital ("Xã Tiên Minh" opening a line).
      const escaped = options.capitalOrNot ? `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${escapeRegExp(word.slice(1))}` : escapeRegExp(word);
      return options.plural && /^[a-z ]+$/.test(word) ? `${escaped}s?` : escaped;
    })
    .join('|');
}
