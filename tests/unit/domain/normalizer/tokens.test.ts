import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../../../shared/domain/normalizer/text';
import { analyse, keyOf, Lexicon, type Token } from '../../../../shared/domain/normalizer/tokens';

const shape = (tokens: readonly Token[]) => tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokens', () => {
  it('cuts Vietnamese into words, numbers and punctuation with offsets', () => {
    const text = 'Chiều 5/3, Đảng ủy xã Lê Lợi họp.';
    const analysed = analyse(text);
    expect(shape(analysed.tokens)).toEqual([
      'word:Chiều', 'number:5', 'punct:/', 'number:3', 'punct:,', 'word:Đảng', 'word:ủy', 'word:xã', 'word:Lê', 'word:Lợi', 'word:họp', 'punct:.',
    ]);
    for (const token of analysed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    const dang = analysed.tokens[5]!;
    expect(dang.folded).toBe('dang');
    expect(dang.key).toBe('đảng');
    expect(dang.upperInitial).toBe(true);
    expect(dang.capitalized).toBe(true);
    expect(analysed.tokens[6]!.upperInitial).toBe(false);
    // "5/3" is written without spaces; ", Đảng" has one.
    expect(analysed.tokens[2]!.spaceBefore).toBe(false);
    expect(analysed.tokens[5]!.spaceBefore).toBe(true);
  });

  it('keeps English possessives in the word and flags abbreviations', () => {
    const analysed = analyse("The PPC's chairman met People’s Council members of HĐND.");
    expect(shape(analysed.tokens).slice(0, 5)).toEqual(['word:The', "word:PPC's", 'word:chairman', 'word:met', 'word:People’s']);
    const hdnd = analysed.tokens.find((t) => t.text === 'HĐND')!;
    expect(hdnd.allCaps).toBe(true);
    expect(hdnd.capitalized).toBe(false);
    expect(hdnd.folded).toBe('hdnd');
    expect(analysed.tokens[0]!.allCaps).toBe(false);
  });

  it('reads words mixing letters and digits as words, digits alone as numbers', () => {
    const analysed = analyse('COVID-19 2024 H5N1');
    expect(shape(analysed.tokens)).toEqual(['word:COVID', 'punct:-', 'number:19', 'number:2024', 'word:H5N1']);
  });

  it('places tone marks one way in the key form', () => {
    expect(keyOf('Uỷ')).toBe('ủy');
    expect(keyOf('ủy')).toBe('ủy');
    expect(keyOf('hoá')).toBe('hóa');
    expect(keyOf('Thuỷ')).toBe('thủy');
    expect(keyOf('khoẻ')).toBe('khỏe');
    expect(keyOf('quý')).toBe('quý');
    expect(keyOf('hoàng')).toBe('hoàng');
    expect(analyse('Uỷ ban').tokens[0]!.key).toBe(analyse('Ủy ban').tokens[0]!.key);
  });

  it('splits sentences at line breaks and at full stops before a capital, not after abbreviations or initials', () => {
    const text = 'HẢI DƯƠNG\nMr. Tran Van A spoke. TP. Hải Dương đạt 5. Nguyễn V. Bình phát biểu! "Tốt," ông nói.';
    const analysed = analyse(text);
    expect(analysed.sentences.map((s) => s.text)).toEqual(['HẢI DƯƠNG', 'Mr. Tran Van A spoke.', 'TP. Hải Dương đạt 5.', 'Nguyễn V. Bình phát biểu!', '"Tốt," ông nói.']);
    const second = analysed.sentences[1]!;
    expect(analysed.tokens[second.firstToken]!.text).toBe('Mr');
    expect(analysed.tokens[second.endToken - 1]!.text).toBe('.');
    expect(analysed.sentenceTokens(1).every((t) => t.sentence === 1)).toBe(true);
    expect(text.slice(second.start, second.end)).toBe(second.text);
  });

  it('keeps an abbreviated title whole: "UV. BTV" is one title, not two sentences', () => {
    expect(analyse('Lê Hoàng Tín - UV. BTV, Chủ tịch MTTQ phường.').sentences).toHaveLength(1);
  });

  it('ends a sentence at a full stop a page glued to the next paragraph, never inside an abbreviation or an address', () => {
    const glued = analyse('Thirty-three communes have been recognised so far.The People’s Committee of My Xuyen district held a ceremony.Cao Do Ra spoke.');
    expect(glued.sentences.map((s) => s.text)).toEqual(['Thirty-three communes have been recognised so far.', 'The People’s Committee of My Xuyen district held a ceremony.', 'Cao Do Ra spoke.']);
    for (const whole of ['Đoàn đến TP.HCM làm việc.', 'Trụ sở ở Q.Hoàn Kiếm.', 'Đồng chí ThS.Nguyễn Văn A phát biểu.', 'Prof.Nguyen Xuan Thang spoke.', 'Xem thêm tại baohaiduong.vn.Hôm nay.', 'Ảnh: image.JPG.']) {
      expect({ whole, sentences: analyse(whole).sentences.length }).toEqual({ whole, sentences: 1 });
    }
  });

  it('starts the lead at a source code that a headline runs into on the same line, near the top only', () => {
    const headline = 'Các đơn vị trao Huy hiệu Đảng cho đảng viên ĐNO - Sáng 27/8, Đảng ủy phường Hòa Cường tổ chức lễ trao.';
    expect(analyse(headline).sentences.map((s) => s.text)).toEqual(['Các đơn vị trao Huy hiệu Đảng cho đảng viên', 'ĐNO - Sáng 27/8, Đảng ủy phường Hòa Cường tổ chức lễ trao.']);
    // Two bodies joined by a dash, or a code not followed by the event's time, stay in one sentence.
    expect(analyse('Lãnh đạo UBND - HĐND tỉnh dự hội nghị.').sentences).toHaveLength(1);
    expect(analyse('Lãnh đạo các sở và UBND - Sở Nội vụ dự hội nghị.').sentences).toHaveLength(1);
    expect(analyse(`${'Lời dẫn. '.repeat(80)}cho đảng viên ĐNO - Sáng 27/8, lễ trao.`).sentences).toHaveLength(80);
  });

  it('splits every clean corpus report exactly as the sentence splitter of the text helpers', () => {
    const dir = path.join(__dirname, '../../../fixtures/corpus');
    const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
      const fromTokens = analyse(text).sentences.map((s) => ({ text: s.text, start: s.start }));
      expect({ name, sentences: fromTokens }).toEqual({ name, sentences: splitSentences(text) });
    }
  });

  it('turns token ranges into evidence spans that quote the text', () => {
    const analysed = analyse('Bí thư Tỉnh ủy Trần Đức Thắng chủ trì.');
    const span = analysed.spanOf(4, 7);
    expect(span).toEqual({ start: 15, end: 29, quote: 'Trần Đức Thắng' });
    expect(analysed.quote(span)).toBe('Trần Đức Thắng');
    expect(analysed.span(0, 6)).toEqual({ start: 0, end: 6, quote: 'Bí thư' });
    expect(analysed.tokenAt(15)).toBe(4);
    expect(analysed.tokenAt(14)).toBe(4);
    expect(analysed.tokenAt(16)).toBe(4);
    expect(analysed.tokenAt(1000)).toBe(analysed.tokens.length);
    expect(analysed.keys(0, 4)).toBe('bí thư tỉnh ủy');
    expect(() => analysed.spanOf(3, 3)).toThrow(RangeError);
  });
});

describe('lexicon and token patterns', () => {
  const titles = new Lexicon<string>([
    ['Bí thư', 'secretary'],
    ['Phó Bí thư', 'deputy secretary'],
    ['Phó Bí thư Thường trực', 'standing deputy secretary'],
    ['Ủy viên', 'member'],
  ]);

  it('finds the longest phrase at a token, with diacritics, in any case and tone placement', () => {
    const analysed = analyse('Phó Bí thư Thường trực Tỉnh ủy; phó bí thư Huyện ủy; Uỷ viên Ban');
    expect(titles.longestAt(analysed, 0)).toEqual({ end: 5, value: 'standing deputy secretary' });
    expect(titles.longestAt(analysed, 1)).toEqual({ end: 3, value: 'secretary' });
    expect(titles.findAll(analysed).map((hit) => analysed.spanOf(hit.start, hit.end).quote)).toEqual(['Phó Bí thư Thường trực', 'phó bí thư', 'Uỷ viên']);
    // Folded text "bi thu" is another word in Vietnamese.
    expect(titles.longestAt(analyse('bị thu hồi'), 0)).toBeNull();
    expect(titles.size).toBe(4);
    expect(titles.maxTokens).toBe(5);
    expect(titles.has(analysed, 0, 3)).toBe(true);
    expect(titles.has(analysed, 0, 4)).toBe(false);
  });

  it('matches phrases with punctuation however the text spaces them, and folded lexicons without diacritics', () => {
    const issuers = new Lexicon(['T.Ư', 'Bà Rịa - Vũng Tàu']);
    expect(issuers.longestAt(analyse('T.Ư'), 0)).toEqual({ end: 3, value: true });
    expect(issuers.longestAt(analyse('Bà Rịa-Vũng Tàu'), 0)).toEqual({ end: 5, value: true });
    const folded = new Lexicon(['Hải Dương'], { by: 'folded' });
    expect(folded.longestAt(analyse('Hai Duong Province'), 0)).toEqual({ end: 2, value: true });
  });

  it('never matches across a line break', () => {
    const analysed = analyse('Phó Bí\nthư');
    expect(titles.longestAt(analysed, 0)).toBeNull();
    expect(analysed.match(0, ['phó', 'bí'])).toBe(2);
    expect(analysed.match(0, ['phó', 'bí', 'thư'])).toBe(-1);
  });

  it('matches sequences of words, lexicons, tests, optional and repeated steps', () => {
    const analysed = analyse('was re-elected as Chairman of the Provincial People’s Council');
    const capital = (t: Token) => t.upperInitial;
    const reElected = ['was', { optional: 're' }, { optional: '-' }, 'elected', 'as'] as const;
    expect(analysed.match(0, reElected)).toBe(5);
    expect(analyse('was elected as Chair').match(0, reElected)).toBe(3);
    expect(analysed.match(5, [capital, 'of', { optional: 'the' }, { repeat: capital, min: 1, max: 4 }])).toBe(analysed.tokens.length);
    expect(analysed.match(5, [capital, 'of', { repeat: capital, min: 1, max: 4 }])).toBe(-1);
    const vi = analyse('có Bí thư Tỉnh ủy là ông Trần Đức Thắng');
    expect(vi.match(0, ['có', titles, { repeat: capital, max: 3 }, 'ủy', 'là'])).toBe(6);
  });

  it('is linear: a long report is cut in one pass', () => {
    const paragraph = 'Chiều 5/3, đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. ';
    const text = paragraph.repeat(2000);
    const begin = process.hrtime.bigint();
    const analysed = analyse(text);
    const elapsedMs = Number(process.hrtime.bigint() - begin) / 1e6;
    expect(analysed.sentences).toHaveLength(2000);
    expect(analysed.tokens.length).toBe(2000 * analyse(paragraph).tokens.length);
    // About 190 KB: far under what a quadratic cut would take.
    expect(elapsedMs).toBeLessThan(2000);
  });
});
