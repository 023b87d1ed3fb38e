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
