import { findDates } from '../../../../shared/domain/normalizer/dates';
import { extractDocuments } from '../../../../shared/domain/normalizer/documents';
import { analyse } from '../../../../shared/domain/normalizer/tokens';

const read = (text: string, referenceDate = '2024-12-01') => extractDocuments(analyse(text), findDates(text), referenceDate);
const codes = (text: string) => read(text).documents.map((document) => `${document.code} ${document.type} ${document.date}`);

describe('documents on the span layer', () => {
  it('writes T.Ư, TƯ and T.W as TW', () => {
    expect(codes('Thực hiện Chỉ thị số 03-CT/T.Ư, Nghị quyết 18-NQ/TƯ và Kết luận 21-KL/T.W của Trung ương.')).toEqual([
      '03-CT/TW directive null',
      '18-NQ/TW resolution null',
      '21-KL/TW conclusion null',
    ]);
  });

  it('reads codes with spaces inside them, and State codes with a year', () => {
    expect(codes('Chỉ thị số 35 - CT/ TW ngày 14/6/2024; Quyết định số 1234/2024/QĐ-UBND ngày 2/3/2024 và Kế hoạch 12 -KH/HU.')).toEqual([
      '35-CT/TW directive 2024-06-14',
      '1234/2024/QĐ-UBND decision 2024-03-02',
      '12-KH/HU plan null',
    ]);
  });

  it('reads the type from the word before a code and the issuer after it, in both languages', () => {
    const [regulation] = read('Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.').documents;
    expect(regulation).toMatchObject({ type: 'regulation', date: '2024-05-09', issuerName: 'Bộ Chính trị' });
    const [directive] = read('Under Directive No. 35-CT/TW of the Politburo dated June 14, 2024, the district acted.').documents;
    expect(directive).toMatchObject({ type: 'directive', date: '2024-06-14', issuerName: 'Politburo' });
  });

  it('ignores terms, ratios, dates and words that look like codes', () => {
    expect(codes('nhiệm kỳ 2020-2025, đạt 18/20 chỉ tiêu, ngày 26/7/2024, COVID-19, 10,2%/năm, 5-CTx')).toEqual([]);
  });

  it('keeps one document per code with the span of every citation', () => {
    const text = 'Chỉ thị số 35-CT/TW được quán triệt. Tiếp tục thực hiện Chỉ thị số 35-CT/TW.';
    const result = read(text);
    expect(result.mentions).toHaveLength(2);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.evidence!.map((span) => span.quote)).toEqual(['35-CT/TW', '35-CT/TW']);
    for (const span of result.documents[0]!.evidence!) expect(text.slice(span.start, span.end)).toBe(span.quote);
  });

  it('dates a document by the day a sentence opens with when it says the document was issued then', () => {
    expect(codes('Ngày 09/9/2019 Ban Thường vụ Huyện ủy Kim Thành ban hành Quyết định số 818-QĐ/HU về việc thành lập Tiểu ban.')).toEqual([
      '818-QĐ/HU decision 2019-09-09',
    ]);
    expect(codes('On September 9, 2019, the Standing Committee issued Decision No. 818-QD/HU on the sub-committee.')).toEqual([
      '818-QD/HU decision 2019-09-09',
    ]);
    // A date that opens the sentence without an issuing verb before the document is the event's.
    expect(codes('Ngày 09/9/2019, Huyện ủy tổ chức hội nghị quán triệt Quyết định số 818-QĐ/HU.')).toEqual(['818-QĐ/HU decision null']);
    // Or the day that opens the issuing verb's clause after a comma.
    expect(codes('Nhằm đáp ứng nguyện vọng của 1.665 hội viên, ngày 11/11/2025, UBND tỉnh đã ban hành Quyết định số 1709/QĐ-UBND cho phép thành lập Hội.')).toEqual(['1709/QĐ-UBND decision 2025-11-11']);
    expect(codes('Hội nghị diễn ra ngày 5/11/2025 và UBND tỉnh đã ban hành Quyết định số 1709/QĐ-UBND.')).toEqual(['1709/QĐ-UBND decision null']);
  });

  it('is less sure of a code whose type it cannot tell', () => {
    expect(read('Thực hiện Chỉ thị số 35-CT/TW.').confidence).toBeGreaterThanOrEqual(0.9);
    expect(read('Theo văn bản 35-XY/TW.').confidence).toBeLessThan(0.9);
    expect(read('Hội nghị tổng kết năm.').confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a code written tight after "No." but never a decimal number', () => {
    expect(codes('In line with Conclusion No.89-KL/TW and Plan No.47-KH/TU, the district acted.')).toEqual(['89-KL/TW conclusion null', '47-KH/TU plan null']);
    expect(codes('Sản lượng đạt 1.860-CT/TW tấn.')).toEqual([]);
  });
});


describe('documents: separators swapped, the Prime Minister, dispatches', () => {
  it('writes a Party document typed with the state separators as the Party code', () => {
    expect(codes('Sơ kết 5 năm thực hiện Chỉ thị 27/CT-TU của Tỉnh ủy và Nghị quyết 08/ NQ - TW.')).toEqual(['27-CT/TU directive null', '08-NQ/TW resolution null']);
    expect(codes('The district reviewed Resolution No. 19/NQ-TW of the Party Central Committee.')).toEqual(['19-NQ/TW resolution null']);
    // A state body's code keeps its own form.
    expect(codes('Kế hoạch số 45/KH-UBND ngày 3/4/2024.')).toEqual(['45/KH-UBND plan 2024-04-03']);
  });

  it("reads the Prime Minister's TTg as an issuer and a dispatch (CĐ) as other, whatever English calls it", () => {
    expect(codes('Thực hiện Công điện số 88/CĐ-TTg ngày 5/9/2024 và Quyết định 210/QĐ-TTg.')).toEqual(['88/CĐ-TTG other 2024-09-05', '210/QĐ-TTG decision null']);
    expect(codes('Under Official Dispatch No. 88/CD-TTg dated September 5, 2024 of the Prime Minister.')).toEqual(['88/CD-TTG other 2024-09-05']);
    expect(codes('Under Official Dispatch No. 512/UBND-KT of the provincial People\'s Committee.')).toEqual(['512/UBND-KT official-letter null']);
  });
});

describe('documents: the National Assembly\'s codes by year and legislature', () => {
  it('reads "202/2025/QH15" with the type its words give, in both languages', () => {
    expect(codes('Quốc hội đã thông qua Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh.')).toEqual(['202/2025/QH15 resolution null']);
    expect(codes('The National Assembly passed Resolution No. 202/2025/QH15 on the rearrangement of provinces.')).toEqual(['202/2025/QH15 resolution null']);
    expect(codes('Theo Nghị quyết số 1669/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.')).toEqual(['1669/NQ-UBTVQH15 resolution 2025-06-16']);
  });

  it('needs the year and a legislature\'s letters', () => {
    // Without a year, "202/QH15" is no such code; other capitals after a year are no legislature.
    expect(codes('Văn bản 202/QH15 và số 12/2025/ABC15 được gửi đi.')).toEqual([]);
  });
});
