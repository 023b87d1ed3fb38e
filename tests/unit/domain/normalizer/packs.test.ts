import en from '../../../../shared/domain/normalizer/packs/en.json';
import { namesData, PACK_LANGUAGES, packFor, type PackData } from '../../../../shared/domain/normalizer/packs';
import vi from '../../../../shared/domain/normalizer/packs/vi.json';
import { analyse } from '../../../../shared/domain/normalizer/tokens';

describe('language packs', () => {
  it('gives every language the same fields, so a new language is a new file of the same shape', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(PACK_LANGUAGES).toEqual(expect.arrayContaining(['vi', 'en']));
  });

  it('compiles each pack once and finds its phrases over tokens', () => {
    expect(packFor('vi')).toBe(packFor('vi'));
    const vi = packFor('vi');
    // The old tone placement ("Uỷ") reads as the pack's ("Ủy viên Thường vụ").
    const doc = analyse('Uỷ viên Thường vụ, Thiếu tướng, Bằng khen, hạng Nhì, được bầu giữ chức');
    expect(vi.titles.longestAt(doc, 0)?.end).toBe(4);
    expect(vi.ranks.longestAt(doc, 5)?.end).toBe(7);
    expect(vi.awards.longestAt(doc, 8)?.value).toBe('certificate of merit');
    expect(vi.awardClasses.longestAt(doc, 11)?.value).toBe('second');
    expect(vi.roleVerbs.longestAt(doc, 14)?.end).toBe(18);
    const en = packFor('en');
    const english = analyse('Lieutenant General, certificates of merit, provincial');
    expect(en.ranks.longestAt(english, 0)?.end).toBe(2);
    expect(en.awards.longestAt(english, 3)?.value).toBe('certificate of merit');
    expect(en.levelWords.longestAt(english, 7)?.value).toBe('province');
  });

  it('lists level words of both eras, abbreviations and award words in each language', () => {
    const data = vi as PackData;
    expect(data.levelWords.commune).toEqual(expect.arrayContaining(['xã', 'phường', 'đặc khu']));
    expect(data.abbreviations['HĐND']).toBe('Hội đồng nhân dân');
    expect((en as PackData).abbreviations['PPC']).toBe("Provincial People's Committee");
    expect(Object.keys(data.awards)).toEqual(Object.keys((en as PackData).awards));
  });

  it('knows family names with and without diacritics, and the ambiguous ones apart', () => {
    const names = namesData();
    expect(names.familyNames.has('nguyễn')).toBe(true);
    expect(names.foldedFamilyNames.has('nguyen')).toBe(true);
    expect(names.familyNames.has('văn')).toBe(false);
    expect(names.ambiguousFamilyNames.has('đồng')).toBe(true);
  });
});
