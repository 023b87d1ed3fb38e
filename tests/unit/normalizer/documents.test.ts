import { parse } from './helpers';

const docs = (text: string, referenceDate = '2024-12-01') =>
  parse(text, referenceDate).documents.map(({ code, type, date }) => ({ code, type, date }));

describe('documents', () => {
  it('reads Party and State codes with their type and date, English', () => {
    expect(
      docs('Under Directive No. 35-CT/TW, dated June 14, 2024 of the Politburo, Guidance No. 27-HD/BTCTW and Decision No. 2345/QĐ-UBND dated 12/9/2024, the province issued Plan No. 432-KH/TU and Program No. 12-CTr/TU.'),
    ).toEqual([
      { code: '35-CT/TW', type: 'directive', date: '2024-06-14' },
      { code: '27-HD/BTCTW', type: 'instruction', date: null },
      { code: '2345/QĐ-UBND', type: 'decision', date: '2024-09-12' },
      { code: '432-KH/TU', type: 'plan', date: null },
      { code: '12-CTR/TU', type: 'program', date: null },
    ]);
  });

  it('reads Vietnamese citations and tells a regulation from a decision by the word before it', () => {
    expect(docs('Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.')).toEqual([
      { code: '144-QĐ/TW', type: 'regulation', date: '2024-05-09' },
      { code: '23-QĐ/TW', type: 'decision', date: '2021-07-30' },
    ]);
  });

  it('counts a document cited in full and then in short once', () => {
    const text = 'Thực hiện Chỉ thị số 35 - CT/TW ngày 14/6/2024 của Bộ Chính trị ... Chỉ thị 35 được quán triệt; tiếp tục thực hiện Chỉ thị số 35-CT/TW.';
    expect(docs(text)).toEqual([{ code: '35-CT/TW', type: 'directive', date: '2024-06-14' }]);
    expect(docs('Directive 26 - CT/TW, dated November 23, 2023 of the Secretariat. Directive 26 must be followed.')).toHaveLength(1);
  });

  it('keeps number, issuer code and issuer name', () => {
    const [doc] = parse('Resolution No. 29-NQ/TW, dated November 17, 2022 of the 13th Party Central Committee on industrialization.').documents;
    expect(doc).toEqual({
      code: '29-NQ/TW',
      type: 'resolution',
      date: '2022-11-17',
      number: '29',
      issuer: 'TW',
      issuerName: '13th Party Central Committee',
      evidence: [{ start: 15, end: 23, quote: '29-NQ/TW' }],
    });
    const [letter] = parse('Công văn số 1972-CV/TU ngày 3/7/2024.', '2024-07-10').documents;
    expect(letter).toMatchObject({ type: 'official-letter', issuer: 'TU', issuerName: 'Provincial Party Committee' });
  });

  it('ignores term spans, ratios and dates that look like codes', () => {
    expect(docs('nhiệm kỳ 2020-2025, đạt 18/20 chỉ tiêu, ngày 26/7/2024, COVID-19, 10,2%/năm')).toEqual([]);
  });

  it('reads the date when the issuer comes first', () => {
    const [doc] = parse('Under Directive No. 35-CT/TW of the Politburo dated June 14, 2024, the district acted.').documents;
    expect(doc).toMatchObject({ date: '2024-06-14', issuerName: 'Politburo' });
    const [vi] = parse('Thực hiện Kết luận số 126-KL/TW của Bộ Chính trị ngày 14/2/2025.', '2025-03-01').documents;
    expect(vi).toMatchObject({ date: '2025-02-14', issuerName: 'Bộ Chính trị' });
  });
});

describe('documents: a dash left out, and numbers that share a code', () => {
  it('reads a Party code written without its dash after the type word', () => {
    expect(docs('Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 12 CT/TU của Ban Thường vụ Tỉnh ủy.')).toEqual([{ code: '12-CT/TU', type: 'directive', date: null }]);
    expect(docs('The district reviewed Resolution No. 21 NQ/TW on population work.')).toEqual([{ code: '21-NQ/TW', type: 'resolution', date: null }]);
    // Without the type word, or with letters the record does not know, two words are no code.
    expect(docs('Tổ 12 CT/TU phụ trách.')).toEqual([]);
    expect(docs('Theo Chỉ thị số 7 AB/TU của Huyện ủy.')).toEqual([]);
  });

  it('reads a Party code whose number is written tight against its type letters', () => {
    expect(docs('Sơ kết việc thực hiện Kết luận 121KL/TW của Ban Chấp hành Trung ương ngày 24/01/2025.', '2025-03-05')).toEqual([
      { code: '121-KL/TW', type: 'conclusion', date: '2025-01-24' },
    ]);
    expect(docs('They reviewed Resolution 18-NQ/TW and Conclusion 121KL/TW of the Central Committee.')).toEqual([
      { code: '18-NQ/TW', type: 'resolution', date: null },
      { code: '121-KL/TW', type: 'conclusion', date: null },
    ]);
    // No type word before it, letters the record does not know, or a State issuer: no code.
    expect(docs('Mã hồ sơ 121KL/TW đã lưu.')).toEqual([]);
    expect(docs('Theo Kết luận 121AB/TW của Trung ương.')).toEqual([]);
    expect(docs('Theo Quyết định 25QĐ/UBND của huyện.')).toEqual([]);
  });

  it('gives the numbers listed before a code its letters, issuer and date', () => {
    expect(docs('Sơ kết 5 năm thực hiện Quyết định 101, 102-QĐ/TW của Bộ Chính trị.')).toEqual([
      { code: '101-QĐ/TW', type: 'decision', date: null },
      { code: '102-QĐ/TW', type: 'decision', date: null },
    ]);
    expect(docs('The committee studied Resolutions No. 31 and 32-NQ/TW dated May 4, 2023.', '2023-06-01')).toEqual([
      { code: '31-NQ/TW', type: 'resolution', date: '2023-05-04' },
      { code: '32-NQ/TW', type: 'resolution', date: '2023-05-04' },
    ]);
    expect(docs('Thực hiện các Quyết định số 15 và 16/QĐ-UBND ngày 2/3/2024 của UBND tỉnh.')).toEqual([
      { code: '15/QĐ-UBND', type: 'decision', date: '2024-03-02' },
      { code: '16/QĐ-UBND', type: 'decision', date: '2024-03-02' },
    ]);
    // A number that is not the type word's: a term, an article, a year.
    expect(docs('Ban Chấp hành khóa 12, 35-NQ/TW; Điều 5, 6-CT/TU; giai đoạn 2020, 12-KH/TU.').map((doc) => doc.code)).toEqual(['35-NQ/TW', '6-CT/TU', '12-KH/TU']);
  });
});

describe('documents: official letters and terms in brackets', () => {
  it('reads a State body\'s code with its drafting office and no type letters as an official letter', () => {
    expect(docs('Ngày 12/4, UBND huyện có văn bản số 815/UBND-VP về việc tổ chức tổng kết công tác năm.')).toEqual([
      { code: '815/UBND-VP', type: 'official-letter', date: null },
    ]);
    expect(docs('On April 12, the district People\'s Committee sent document No. 815/UBND-VP on the year-end review.')).toEqual([
      { code: '815/UBND-VP', type: 'official-letter', date: null },
    ]);
    expect(docs('Theo Quyết định số 815/QĐ-UBND, huyện tổ chức hội nghị.').map((d) => d.type)).toEqual(['decision']);
  });

  it('dates a document by the date after its issuer\'s term in brackets', () => {
    expect(docs('Hội nghị sơ kết 10 năm thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư (khóa XI) ngày 16/3/2015 về công tác giáo dục.', '2025-03-20')).toEqual([
      { code: '42-CT/TW', type: 'directive', date: '2015-03-16' },
    ]);
    expect(docs('The conference reviewed Directive No. 42-CT/TW of the Secretariat (11th tenure) dated March 16, 2015 on education.', '2025-03-20')).toEqual([
      { code: '42-CT/TW', type: 'directive', date: '2015-03-16' },
    ]);
  });
});
