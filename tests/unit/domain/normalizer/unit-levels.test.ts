import en from '../../../../shared/domain/normalizer/packs/en.json';
import vi from '../../../../shared/domain/normalizer/packs/vi.json';
import { EN_ALL_UNIT_WORDS, EN_COMMUNE_WORDS, VI_ALL_LEVEL_WORDS, VI_LEVEL_WORDS, levelAlternation } from '../../../../shared/domain/normalizer/unit-levels';
import { read } from './helpers';

describe('unit level words, shared by the extractors', () => {
  it('are the language packs\' level words, so the patterns and the packs cannot drift apart', () => {
    const viPack = vi.levelWords as Record<string, string[]>;
    expect(VI_LEVEL_WORDS.province).toEqual(viPack.province);
    expect(VI_LEVEL_WORDS.commune).toEqual(viPack.commune);
    // The pack keeps "thành phố" (and TP) apart as a city, which is a district-level unit or a province.
    expect([...VI_LEVEL_WORDS.district].sort()).toEqual([...viPack.district!, 'thành phố'].sort());
    expect([...EN_COMMUNE_WORDS].sort()).toEqual([...(en.levelWords as Record<string, string[]>).commune!].sort());
    expect(EN_ALL_UNIT_WORDS).toEqual(expect.arrayContaining(['district', 'town', 'city', 'commune', 'ward', 'special zone', 'special administrative zone']));
    expect(VI_ALL_LEVEL_WORDS).toHaveLength(9);
  });

  it('make an alternation that tries the longer word first', () => {
    const pattern = new RegExp(`^(?:${levelAlternation(['xã', 'thị xã', 'thị trấn'])})`, 'u');
    expect(pattern.exec('thị xã Kinh Môn')?.[0]).toBe('thị xã');
    expect(levelAlternation(['special zone', 'special administrative zone'])).toBe('special administrative zone|special zone');
  });

  it('take an English plural, keep "xã hội" (society) from reading as a commune, and allow a capital', () => {
    const plural = new RegExp(`^(?:${levelAlternation(EN_COMMUNE_WORDS, { plural: true })})$`);
    for (const word of ['communes', 'wards', 'townships', 'special zones', 'special administrative zones', 'ward']) expect(plural.test(word)).toBe(true);
    expect(plural.test('districts')).toBe(false);
    const guarded = new RegExp(`(?<!\\p{L})(?:${levelAlternation(VI_LEVEL_WORDS.commune, { societyGuard: true })})(?!\\p{L})`, 'u');
    expect(guarded.test('Sở Lao động - Thương binh và xã hội')).toBe(false);
    expect(guarded.test('UBND xã Tiên Minh')).toBe(true);
    const capital = new RegExp(`^(?:${levelAlternation(VI_LEVEL_WORDS.commune, { capitalOrNot: true })})\\s`, 'u');
    expect(capital.test('Xã Tiên Minh')).toBe(true);
    expect(capital.test('Đặc khu Cát Hải')).toBe(true);
    expect(capital.test('XÃ Tiên Minh')).toBe(false);
  });

  it('let a special zone act as a body as a commune does', () => {
    const record = read('Sáng 12/8, đặc khu Cát Hải tổ chức Đại hội đại biểu Đảng bộ đặc khu lần thứ I, nhiệm kỳ 2025-2030.', '2025-08-13');
    expect(record.scope).toBe('commune');
  });
});
