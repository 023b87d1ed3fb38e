import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { DEFAULT_ROUTING_THRESHOLDS, loadProvinceConfig, parseProvinceConfig } from '../../../shared/config/province-config';
import { normalizeReport } from '../../../shared/domain/normalizer';
import type { FieldConfidence, NormalizedReport } from '../../../shared/domain/record';
import { audienceOf } from '../../../shared/domain/routing';
import { decideRouting, reasonCodes, type RoutingDecision, type RoutingRecord } from '../../../shared/domain/routing-decision';
import { assessText } from '../../../shared/domain/text-assessment';

const config = loadProvinceConfig();
const allUnits = config.units.map((unit) => unit.id).sort();
const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Decides on a text the way the parser does: normalize, assess the text, decide. */
function decideOnText(text: string, referenceDate = '2025-01-31'): { record: NormalizedReport; decision: RoutingDecision } {
  const record = normalizeReport(text, { referenceDate, config });
  return { record, decision: decideRouting(record, config, { text: assessText(text, config) }) };
}

function routingFixture(name: string): string {
  return readFileSync(join(FIXTURES, 'routing', name), 'utf8');
}

const base: RoutingRecord = {
  province: 'Hai Duong',
  organizer: 'Standing Committee of Gia Loc District Party Committee',
  scope: 'district',
  organizerUnit: 'gia-loc',
  districts: ['gia-loc'],
  language: 'en',
  event: { date: '2024-03-08' },
};

const sure: FieldConfidence = {
  language: 0.99,
  genre: 0.99,
  eventDate: 0.95,
  organizer: 0.95,
  province: 0.95,
  scope: 0.95,
  districts: 0.95,
  people: 0.9,
  documents: 0.9,
  awards: 0.9,
};

describe('decideRouting on junk', () => {
  it.each(['hello-world.txt', 'shopping-list.txt', 'random-text.txt', 'lorem-ipsum.txt'])('holds %s as not a report', (name) => {
    const { decision } = decideOnText(routingFixture(name));
    expect(decision.action).toBe('hold');
    expect(reasonCodes(decision.reasons)).toEqual(expect.arrayContaining(['not-a-report', 'no-event-date']));
    // Nothing in junk says the province: it is never assumed.
    expect(reasonCodes(decision.reasons)).toContain('no-province');
    if (decision.action === 'hold') expect(decision.wouldBe.provinceWide).toBe(false);
    // The text's assessment and the normalizer's genre confidence say the same once.
    expect(decision.reasons.filter((reason) => reason.code === 'not-a-report')).toHaveLength(1);
  });

  it('holds lorem ipsum and random letters as neither Vietnamese nor English', () => {
    for (const name of ['lorem-ipsum.txt', 'random-text.txt']) {
      expect(reasonCodes(decideOnText(routingFixture(name)).decision.reasons)).toContain('unsupported-language');
    }
  });

  it.each([
    ['French', "Le matin du 5 mars 2024, le comité permanent du parti de la province de Hai Duong a tenu une conférence pour examiner le travail de l'année. La conférence était présidée par le secrétaire du comité. Les délégués ont entendu le rapport sur les résultats du travail."],
    ['Chinese', '2024年3月5日上午，海阳省委常委会召开会议，总结全年工作，部署明年任务。会议由省委书记主持。与会代表听取了党建工作成果的报告。'],
    ['Indonesian', 'Pada pagi hari tanggal 5 Maret 2024, komite tetap partai provinsi Hai Duong mengadakan konferensi untuk meninjau pekerjaan tahun ini. Konferensi dipimpin oleh sekretaris komite. Para delegasi mendengarkan laporan tentang hasil pekerjaan.'],
  ])('holds a report in %s as neither Vietnamese nor English', (_language, text) => {
    const { decision } = decideOnText(text);
    expect(decision.action).toBe('hold');
    expect(reasonCodes(decision.reasons)).toContain('unsupported-language');
  });

  it('gives every reason in plain words as well as a code', () => {
    const { decision } = decideOnText(routingFixture('hello-world.txt'));
    for (const reason of decision.reasons) expect(reason.message).toMatch(/^[a-z].{10,}/);
  });
});

describe('decideRouting on reports', () => {
  it('holds a report that names no province instead of sending it province-wide', () => {
    const { decision } = decideOnText(routingFixture('no-province.en.txt'));
    expect(decision).toMatchObject({ action: 'hold', wouldBe: { provinceWide: false, audience: [] } });
    expect(reasonCodes(decision.reasons)).toEqual(['no-province']);
  });

  it('routes a Vietnamese district report typed without diacritics only to its district, or holds it', () => {
    const { decision } = decideOnText(routingFixture('gia-loc-no-diacritics.vi.txt'), '2024-07-06');
    // Published only to Gia Loc; anything the normalizer cannot read in it holds it instead.
    if (decision.action === 'publish') expect(decision.audience).toEqual(['gia-loc']);
    else expect(reasonCodes(decision.reasons).length).toBeGreaterThan(0);
  });

  it('publishes a district body\'s commendation, which names no conference, to that district', () => {
    const text = readFileSync(join(FIXTURES, 'real-fresh19', 'vi-g19-03-hai-duong-ldld-huyen-binh-giang-khen-thuong-tap-the-ca-nhan-tieu-bieu-2020.txt'), 'utf8');
    const { decision } = decideOnText(text, '2020-07-09');
    expect(decision).toMatchObject({ action: 'publish', audience: ['binh-giang'], provinceWide: false });
  });

  it('sends a Thanh Hoa report that mentions a Gia Loc delegation to Gia Loc only', () => {
    const { decision } = decideOnText(routingFixture('thanh-hoa-gia-loc-delegation.vi.txt'));
    expect(decision).toMatchObject({ action: 'publish', audience: ['gia-loc'], provinceWide: false });
    expect(reasonCodes(decision.reasons)).toEqual(expect.arrayContaining(['other-province', 'named-unit']));
  });

  it('does not send a Quang Nam report about "Thanh Ha ward, Hoi An" to the Thanh Ha office', () => {
    const { decision } = decideOnText(routingFixture('quang-nam-thanh-ha-ward.en.txt'));
    const audience = decision.action === 'publish' ? decision.audience : decision.wouldBe.audience;
    expect(audience).toEqual([]);
  });

  it('does not send a district report to the units hidden in its attendees\' names', () => {
    const { decision } = decideOnText(routingFixture('person-names-thanh-ha.en.txt'));
    const audience = decision.action === 'publish' ? decision.audience : decision.wouldBe.audience;
    expect(audience).not.toContain('thanh-ha');
    expect(audience).not.toContain('kim-thanh');
  });

  it('publishes every report of the labelled corpus to exactly the units it expects', () => {
    const dir = join(FIXTURES, 'corpus');
    const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as {
        referenceDate: string;
        scope: 'province' | 'district';
        province: string | null;
        organizerUnit?: string | null;
        districts: string[];
      };
      const { decision } = decideOnText(readFileSync(join(dir, file), 'utf8'), expected.referenceDate);
      const wanted = audienceOf({ ...expected, organizerUnit: expected.organizerUnit ?? null }, config);
      expect({ file, action: decision.action, audience: decision.action === 'publish' ? decision.audience : decision.reasons }).toEqual({
        file,
        action: 'publish',
        audience: wanted,
      });
    }
  });
});

describe('decideRouting on fields', () => {
  it('publishes a district report with its fields to its unit', () => {
    expect(decideRouting(base, config)).toMatchObject({ action: 'publish', audience: ['gia-loc'], provinceWide: false });
  });

  it('publishes a report of this province held by a provincial body to every unit', () => {
    const provincial = { ...base, organizer: 'Standing Committee of Hai Duong Provincial Party Committee', scope: 'province' as const, organizerUnit: null, districts: [] };
    expect(decideRouting(provincial, config)).toMatchObject({ action: 'publish', audience: allUnits, provinceWide: true });
    expect(decideRouting({ ...provincial, organizer: 'Ban Thường vụ Tỉnh ủy' }, config).action).toBe('publish');
  });

  it('holds a province-wide reading whose organizer is not named as a body of the province', () => {
    const decision = decideRouting({ ...base, organizer: 'Standing Committee of the Party Committee', scope: 'province', organizerUnit: null }, config);
    expect(decision).toMatchObject({ action: 'hold', wouldBe: { provinceWide: true } });
    expect(reasonCodes(decision.reasons)).toEqual(['not-a-provincial-body']);
  });

  it('does not count the organizer unit of another province\'s report as one of this province\'s units', () => {
    const foreign = { ...base, province: 'Thanh Hoa', districts: [] };
    expect(decideRouting(foreign, config)).toMatchObject({ action: 'publish', audience: [] });
  });

  it('holds a report without a province, and one of this province without an organizer', () => {
    expect(reasonCodes(decideRouting({ ...base, province: null }, config).reasons)).toEqual(['no-province']);
    expect(reasonCodes(decideRouting({ ...base, organizer: null }, config).reasons)).toEqual(['no-organizer']);
  });

  it('publishes a report of another province without an organizer to the units it names', () => {
    expect(decideRouting({ ...base, province: 'Thanh Hoa', organizer: null, scope: 'province', organizerUnit: null }, config)).toMatchObject({
      action: 'publish',
      audience: ['gia-loc'],
    });
  });

  it('holds a report without an event date', () => {
    expect(reasonCodes(decideRouting({ ...base, event: { date: null } }, config).reasons)).toEqual(['no-event-date']);
  });

  it('does not hold a report for having no confidence figures', () => {
    expect(decideRouting({ ...base, confidence: undefined }, config).action).toBe('publish');
  });

  it('holds a report whose routing field is below the configured confidence, and names the field', () => {
    const decision = decideRouting({ ...base, confidence: { ...sure, organizer: 0.3 } }, config);
    expect(decision.action).toBe('hold');
    expect(decision.reasons).toEqual([expect.objectContaining({ code: 'low-confidence', field: 'organizer' })]);
    // Confidence on fields routing does not rest on never holds.
    expect(decideRouting({ ...base, confidence: { ...sure, people: 0.1, awards: 0 } }, config).action).toBe('publish');
  });

  it('reads the thresholds from the province config', () => {
    const strict = parseProvinceConfig({ ...config, routing: { ...DEFAULT_ROUTING_THRESHOLDS, minConfidence: 0.99 } });
    expect(decideRouting({ ...base, confidence: sure }, config).action).toBe('publish');
    expect(decideRouting({ ...base, confidence: sure }, strict).action).toBe('hold');
    expect(parseProvinceConfig({ ...config, routing: undefined }).routing).toEqual(DEFAULT_ROUTING_THRESHOLDS);
  });

  it('holds a text analysed as a language it does not read as', () => {
    const viText = assessText(routingFixture('gia-loc-no-diacritics.vi.txt'), config);
    expect(reasonCodes(decideRouting({ ...base, language: 'en' }, config, { text: viText }).reasons)).toEqual(['language-mismatch']);
    expect(decideRouting({ ...base, language: 'vi' }, config, { text: viText }).action).toBe('publish');
    // An English report full of Vietnamese names still reads as English.
    const enText = assessText(readFileSync(join(FIXTURES, 'corpus', 'en-02-nam-sach-new-rural-areas.txt'), 'utf8'), config);
    expect(enText.languageScores.en).toBe(1);
    expect(decideRouting({ ...base, language: 'en' }, config, { text: enText }).action).toBe('publish');
  });

  it('holds on low genre or language confidence from the normalizer', () => {
    expect(reasonCodes(decideRouting({ ...base, confidence: { ...sure, genre: 0.2 } }, config).reasons)).toEqual(['not-a-report']);
    expect(reasonCodes(decideRouting({ ...base, confidence: { ...sure, language: 0.2 } }, config).reasons)).toEqual(['low-confidence']);
  });

  it('leaves out a unit the evidence does not show named in the text', () => {
    const evidence = {
      eventDate: [{ start: 0, end: 7, quote: 'March 8' }],
      organizer: [{ start: 10, end: 40, quote: 'Gia Loc District Party Committee' }],
      province: [{ start: 50, end: 59, quote: 'Hai Duong' }],
      scope: [],
      districts: { 'gia-loc': [{ start: 10, end: 17, quote: 'Gia Loc' }] },
    };
    const decision = decideRouting({ ...base, districts: ['gia-loc', 'thanh-ha'], evidence }, config);
    expect(decision).toMatchObject({ action: 'publish', audience: ['gia-loc'] });
    expect(decision.reasons).toContainEqual(expect.objectContaining({ code: 'organizer-unit', quote: 'Gia Loc District Party Committee' }));
  });

  it('holds a record of this province when the evidence has no mention of the province', () => {
    const evidence = { eventDate: [], organizer: [], province: [], scope: [], districts: {} };
    expect(reasonCodes(decideRouting({ ...base, evidence }, config).reasons)).toEqual(['no-province']);
  });

  it('trusts the fields an operator corrected and does not re-judge the text', () => {
    const corrected: RoutingRecord = {
      ...base,
      confidence: { ...sure, organizer: 0.1, genre: 0.1 },
      correction: { fields: ['organizer'] },
    };
    const decision = decideRouting(corrected, config, { text: assessText('hello world', config) });
    expect(decision).toMatchObject({ action: 'publish', audience: ['gia-loc'] });
    expect(reasonCodes(decision.reasons)).toContain('corrected');
    // A correction that still leaves a field missing is still held.
    expect(decideRouting({ ...corrected, event: { date: null } }, config).action).toBe('hold');
  });
});

describe('assessText', () => {
  it('tells Vietnamese with and without diacritics from English', () => {
    expect(assessText(routingFixture('thanh-hoa-gia-loc-delegation.vi.txt')).language).toBe('vi');
    expect(assessText(routingFixture('gia-loc-no-diacritics.vi.txt')).language).toBe('vi');
    expect(assessText(routingFixture('no-province.en.txt')).language).toBe('en');
  });

  it('scores reports of the genre high and lists, greetings and filler low', () => {
    expect(assessText(routingFixture('no-province.en.txt')).genreScore).toBeGreaterThan(0.8);
    for (const name of ['hello-world.txt', 'shopping-list.txt', 'lorem-ipsum.txt', 'random-text.txt']) {
      expect({ name, score: assessText(routingFixture(name)).genreScore }).toEqual({ name, score: 0 });
    }
  });

  it('reads a report whose attendees fill one long sentence, and one that names only an inspection or an anniversary', () => {
    const titles = Array.from({ length: 14 }, (_, index) => `đồng chí Nguyễn Văn ${String.fromCharCode(65 + index)}, Phó Trưởng ban`).join('; ');
    const longList = `Sáng 12/3, Ủy ban MTTQ huyện tổ chức Hội nghị lần thứ 6, nhiệm kỳ 2019 - 2024. Dự hội nghị có ${titles} và đại diện các ban, ngành, đoàn thể của huyện. Hội nghị đã thảo luận và thống nhất chương trình công tác năm tới của Mặt trận.`;
    expect(assessText(longList).genreScore).toBeGreaterThanOrEqual(0.5);
    const inspection = 'Chiều 20/10, Chủ tịch UBND tỉnh đã đi kiểm tra công tác ứng phó với mưa lũ tại các xã ven sông. Tại các điểm đến, đồng chí yêu cầu chính quyền địa phương chủ động sơ tán người dân khỏi vùng nguy hiểm. Chủ tịch UBND tỉnh đề nghị lực lượng chức năng túc trực suốt đêm để hỗ trợ người dân.';
    expect(assessText(inspection).genreScore).toBeGreaterThanOrEqual(0.5);
    const awarded = 'On the afternoon of May 5, a delegation of the provincial Emulation and Commendation Board posthumously awarded a certificate of merit to a student who saved his friend from drowning. The Chairman of the People\'s Committee praised his brave act and visited his family.';
    expect(assessText(awarded).genreScore).toBeGreaterThanOrEqual(0.5);
  });

  it('still scores a run of genre words without sentences low', () => {
    const words = ['hội nghị', 'đại hội', 'kiểm tra', 'bí thư', 'chủ tịch', 'ủy ban', 'tỉnh ủy', 'nhiệm kỳ', 'đại biểu', 'mặt trận'];
    const run = Array.from({ length: 80 }, (_, index) => words[index % words.length]).join(' ');
    expect(assessText(run).genreScore).toBeLessThan(0.5);
  });

  it('never throws and keeps every score between 0 and 1, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 500 })), (text) => {
        const assessment = assessText(text, config);
        for (const score of [assessment.languageScore, assessment.genreScore, assessment.languageScores.vi, assessment.languageScores.en]) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says whether the text names the configured province or one of its units', () => {
    expect(assessText(routingFixture('no-province.en.txt'), config)).toMatchObject({ namesProvince: false, namesProvinceOrUnit: false });
    expect(assessText(routingFixture('gia-loc-no-diacritics.vi.txt'), config)).toMatchObject({ namesProvince: false, namesProvinceOrUnit: true });
    expect(assessText(routingFixture('thanh-hoa-gia-loc-delegation.vi.txt'), config)).toMatchObject({ namesProvince: true });
    expect(assessText('hello world').namesProvince).toBeNull();
  });
});
