/**
 * Folds a name for comparison: case, diacritics, đ/Đ and spacing do not matter, so
 * "Trần Đức Thắng" and "tran duc  thang" compare equal. Used for lookups and routing; the
 * normalizer has its own position-preserving fold for matching inside a text.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Diacritics-free spelling with the original case, e.g. `Hưng Yên` -> `Hung Yen`. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Puts tone marks where the older convention does in open syllables ("hoà" -> "hòa",
 * "thuỷ" -> "thủy", "khoẻ" -> "khỏe"), composed (NFC), lower case: official lists and
 * the texts that cite them use both conventions, so diacritic-sensitive comparisons
 * compare this form.
 */
export function normalizeToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC')
    .toLocaleLowerCase('vi');
}
