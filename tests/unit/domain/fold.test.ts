import { foldName, normalizeToneMarks } from '../../../shared/domain/fold';

describe('normalizeToneMarks', () => {
  it('puts the tone mark of an open oa, oe or uy syllable on its first vowel', () => {
    expect(normalizeToneMarks('Cộng Hoà')).toBe('cộng hòa');
    expect(normalizeToneMarks('Thuỷ Nguyên')).toBe('thủy nguyên');
    expect(normalizeToneMarks('khoẻ')).toBe('khỏe');
  });

  it('leaves closed syllables and the older convention as they are', () => {
    expect(normalizeToneMarks('Hoàng Diệu')).toBe('hoàng diệu');
    expect(normalizeToneMarks('Hòa Bình')).toBe('hòa bình');
  });

  it('composes decomposed text, as some converted documents have it', () => {
    expect(normalizeToneMarks('Sa\u0306\u0301p xe\u0302\u0301p')).toBe('sắp xếp');
  });

  it('keeps the diacritics that foldName drops', () => {
    expect(normalizeToneMarks('Cẩm Giang')).not.toBe(normalizeToneMarks('Cẩm Giàng'));
    expect(foldName('Cẩm Giang')).toBe(foldName('Cẩm Giàng'));
  });
});
