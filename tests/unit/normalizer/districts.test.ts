import { parse } from './helpers';

describe('districts', () => {
  it('finds units in English and Vietnamese, with or without diacritics', () => {
    expect(parse('Leaders of Thanh Ha District, Chi Linh City and Kinh Mon Town attended.').districts).toEqual(['thanh-ha', 'chi-linh', 'kinh-mon']);
    expect(parse('Đại diện huyện Tứ Kỳ, huyện Gia Lộc và thị xã Kinh Môn dự.').districts).toEqual(['tu-ky', 'gia-loc', 'kinh-mon']);
    expect(parse('Dai dien huyen Tu Ky va Binh Giang du hoi nghi.').districts).toEqual(['tu-ky', 'binh-giang']);
  });

  it('reads "Hai Duong" alone as the province, not the city', () => {
    expect(parse('Hai Duong attracted investment; the Hai Duong Department of Finance reported.').districts).toEqual([]);
    expect(parse('Tỉnh Hải Dương và các tỉnh lân cận như Hải Dương, Thái Bình.').districts).toEqual([]);
  });

  it('reads the city when it is written as a city', () => {
    expect(parse('The representative of Hai Duong City spoke.').districts).toEqual(['hai-duong-city']);
    expect(parse('UBND thành phố Hải Dương và TP Hải Dương; Bí thư Thành ủy Hải Dương.').districts).toEqual(['hai-duong-city']);
  });

  it('does not take Thanh Hoa (a province) for Thanh Ha', () => {
    expect(parse('Distributors from Hanoi, Quang Ninh and Thanh Hoa signed contracts.').districts).toEqual([]);
    expect(parse('Một đoàn cán bộ tỉnh Thanh Hóa đến thăm.').districts).toEqual([]);
  });

  it('does not take a unit name inside a person\'s name', () => {
    const record = parse('Bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND tỉnh, dự hội nghị.');
    expect(record.people.map((p) => p.name)).toEqual(['Nguyễn Thị Thanh Hà']);
    expect(record.districts).toEqual([]);
  });

  it('reads "the city of X" and "the town of X"', () => {
    expect(parse('Delegates from the city of Hai Duong and the town of Kinh Mon attended.').districts).toEqual(['hai-duong-city', 'kinh-mon']);
  });

  it('does not take a unit inside a name even when the name has no title', () => {
    expect(parse('Pham Thanh Ha said the plan was met.').districts).toEqual([]);
  });
});
