import fc from 'fast-check';
import { createAwsClients } from '../../shared/adapters/aws-clients';
import { DynamoReportRepository } from '../../shared/adapters/dynamo-report-repository';
import { reportTablePorts } from '../../shared/app/ports';
import { processUpload, type ProcessUploadDeps } from '../../shared/app/process-upload';
import { loadProvinceConfig, officesOf, parseProvinceConfig, type ProvinceConfig } from '../../shared/config/province-config';
import type { FieldConfidence, Span } from '../../shared/domain/record';
import { isConfiguredProvince, matchesFilterPolicy, routingAttributes, subscriptionPlan } from '../../shared/domain/routing';
import { decideRouting, type RoutingRecord } from '../../shared/domain/routing-decision';
import type { UploadedObject } from '../../shared/domain/s3-event';
import { createReportsTable } from '../../shared/local/provision';
import { useDynalite } from '../support/dynalite';
import { inProcessDecoder } from '../../shared/app/in-process-decoder';
import { CountingMetrics, MemoryObjectStore, MemoryPublisher, silentLog } from '../support/in-memory';

/**
 * The fail-safe promise, checked two ways:
 *
 * 1. On the decision itself, over random provinces and records: a record missing its
 *    province, its date, or (for this province) its organizer is never published; a
 *    published one is province-wide only when this province's body held it, and its
 *    notice's attributes reach exactly the offices of its audience under the offices'
 *    filter policies.
 * 2. Through the parser's use case, over generated texts (reports with parts left out,
 *    foreign provinces, junk): no held upload produces a notice, and every notice reaches
 *    exactly the offices of the decision stored with its report.
 *
 *   DECISION_PROPERTY_RUNS=500 npx jest tests/reliability/routing-decision-property.test.ts
 */

const RUNS = Number(process.env.DECISION_PROPERTY_RUNS ?? 200);
const UPLOAD_RUNS = Number(process.env.DECISION_PROPERTY_UPLOADS ?? 60);
const SEED = process.env.DECISION_PROPERTY_SEED === undefined ? undefined : Number(process.env.DECISION_PROPERTY_SEED);

jest.setTimeout(300_000);

const PROVINCES = [
  { id: 'hai-duong', name: 'Hai Duong', nameVi: 'Hải Dương' },
  { id: 'bac-ninh', name: 'Bac Ninh', nameVi: 'Bắc Ninh' },
  { id: 'thanh-hoa', name: 'Thanh Hoa', nameVi: 'Thanh Hóa' },
];

const word = fc.stringMatching(/^[a-z][a-z0-9]{1,6}$/);
const unitId = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a}-${b}` : a));

const configArb: fc.Arbitrary<ProvinceConfig> = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    units: fc.uniqueArray(unitId, { minLength: 1, maxLength: 8 }),
    officeFor: fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
    provinceOffices: fc.integer({ min: 0, max: 2 }),
    minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ province, units, officeFor, provinceOffices, minConfidence }) => {
    const offices: Record<string, unknown>[] = [];
    units.forEach((unit, index) => {
      for (let n = 0; n < Math.min(2, officeFor[index] ?? 0); n++) {
        offices.push({ id: `office-${index}-${n}`, name: `Office ${index}.${n}`, unit, endpoints: [{ protocol: 'email', endpoint: `o${index}${n}@example.org` }] });
      }
    });
    for (let n = 0; n < provinceOffices; n++) {
      offices.push({ id: `province-office-${n}`, name: `Province office ${n}`, level: 'province', endpoints: [{ protocol: 'email', endpoint: `p${n}@example.org` }] });
    }
    return parseProvinceConfig({
      province: { ...province, aliases: [] },
      units: units.map((id) => ({ id, kind: 'district', name: `${id} District`, nameVi: `huyện ${id}` })),
      offices,
      routing: { minConfidence, minGenreScore: 0.5, minLanguageScore: 0.5 },
    });
  });

const share = fc.double({ min: 0, max: 1, noNaN: true });
const confidenceArb: fc.Arbitrary<FieldConfidence> = fc.record({
  language: share,
  genre: share,
  eventDate: share,
  organizer: share,
  province: share,
  scope: share,
  districts: share,
  people: share,
  documents: share,
  awards: share,
});
const span: Span = { start: 0, end: 4, quote: 'text' };

function recordArb(config: ProvinceConfig): fc.Arbitrary<RoutingRecord> {
  const known = config.units.map((unit) => unit.id);
  const someUnit = fc.oneof(fc.constantFrom(...known), unitId.map((id) => `x-${id}`));
  const province = fc.option(
    fc.constantFrom(config.province.name, config.province.nameVi, ...PROVINCES.filter((other) => other.id !== config.province.id).map((other) => other.name)),
    { nil: null },
  );
  return fc
    .record({
      province,
      organizer: fc.option(fc.constantFrom('Standing Committee', 'People\'s Council'), { nil: null }),
      scope: fc.constantFrom('province' as const, 'district' as const, 'commune' as const),
      organizerUnit: fc.option(someUnit, { nil: null }),
      districts: fc.uniqueArray(someUnit, { maxLength: 5 }),
      language: fc.constantFrom('en' as const, 'vi' as const),
      date: fc.option(fc.constant('2024-03-08'), { nil: null }),
      confidence: fc.option(confidenceArb, { nil: undefined }),
      withEvidence: fc.boolean(),
      evidenced: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      provinceEvidence: fc.boolean(),
    })
    .map(({ date, withEvidence, evidenced, provinceEvidence, confidence, ...fields }) => ({
      ...fields,
      event: { date },
      ...(confidence ? { confidence } : {}),
      ...(withEvidence
        ? {
            evidence: {
              eventDate: [span],
              organizer: [span],
              province: provinceEvidence ? [span] : [],
              scope: [],
              districts: Object.fromEntries(fields.districts.map((id, index) => [id, evidenced[index] ? [span] : []])),
            },
          }
        : {}),
    }));
}

/** Offices whose subscription filter policy matches the attributes of a publish. */
function deliveredTo(config: ProvinceConfig, audience: readonly string[]): string[] {
  const attributes = routingAttributes(audience, config, 'report.created');
  return [...new Set(subscriptionPlan(config).filter((plan) => matchesFilterPolicy(plan.filterPolicy, attributes)).map((plan) => plan.officeId))].sort();
}

function officesOfAudience(config: ProvinceConfig, audience: readonly string[]): string[] {
  return officesOf(config)
    .filter((office) => office.level === 'province' || audience.includes(office.unit ?? ''))
    .map((office) => office.id)
    .sort();
}

describe('the routing decision (property)', () => {
  it('never publishes a record missing its province, date or organizer, and routes a published one exactly', () => {
    let published = 0;
    let held = 0;
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.record({ config: fc.constant(config), record: recordArb(config) })),
        ({ config, record }) => {
          const decision = decideRouting(record, config);
          const ours = isConfiguredProvince(record.province, config);
          const mustHold = record.province === null || record.event.date === null || (ours && record.organizer === null);
          if (mustHold) expect(decision.action).toBe('hold');
          if (decision.action === 'hold') {
            held++;
            expect(decision.reasons.length).toBeGreaterThan(0);
            return;
          }
          published++;
          const known = new Set(config.units.map((unit) => unit.id));
          expect(decision.audience.every((unit) => known.has(unit))).toBe(true);
          if (decision.provinceWide) expect(ours && record.scope === 'province').toBe(true);
          if (!ours) {
            // Another province's report reaches only the units it names, with evidence when it has some.
            const named = record.evidence ? record.districts.filter((id) => (record.evidence?.districts[id]?.length ?? 0) > 0) : record.districts;
            expect(decision.audience.every((unit) => named.includes(unit))).toBe(true);
          }
          if (record.confidence) {
            expect(record.confidence.eventDate).toBeGreaterThanOrEqual(config.routing.minConfidence);
            expect(record.confidence.province).toBeGreaterThanOrEqual(config.routing.minConfidence);
          }
          expect(deliveredTo(config, decision.audience)).toEqual(officesOfAudience(config, decision.audience));
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(published).toBeGreaterThan(0);
    expect(held).toBeGreaterThan(0);
  });
});

// Generated uploads for the use-case property: a report of the genre with parts left out,
// of this or another province, or junk.
const haiDuong = loadProvinceConfig();
const UNITS = haiDuong.units.map((unit) => ({ id: unit.id, en: unit.aliases.find((alias) => !/[^\x20-\x7e]/.test(alias)) ?? unit.name }));

const textArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        date: fc.boolean(),
        body: fc.constantFrom('district', 'province', 'foreign', 'nameless'),
        unit: fc.constantFrom(...UNITS),
        guest: fc.option(fc.constantFrom(...UNITS), { nil: null }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ date, body, unit, guest, day }) => {
        const organizer = {
          district: `the Standing Committee of ${unit.en} District Party Committee`,
          province: 'the Standing Committee of Hai Duong Provincial Party Committee',
          foreign: 'the Standing Committee of Thanh Hoa Provincial Party Committee',
          nameless: 'the Standing Committee of the Party Committee',
        }[body];
        const when = date ? `On the morning of March ${day}, 2024, ` : 'Recently, ';
        const guests = guest ? ` A delegation of ${guest.en} District, Hai Duong province attended the conference.` : '';
        return [
          'Party Committee reviews Party building work',
          '',
          `${when}${organizer} held a conference to review the Party building work of the year and to set out the tasks for the next year.${guests}`,
          '',
          'The conference was chaired by the Secretary of the Party Committee. Delegates heard the report on the inspection and supervision work and the mass mobilization work.',
          '',
          'In his concluding remarks, the Secretary asked the Party cells to carry out the resolution of the congress and to strengthen the inspection work.',
        ].join('\n');
      }),
  },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('eggs', 'milk', 'lorem', 'ipsum', 'dolor', 'hello', 'world', '42', '-', 'x'), { minLength: 1, maxLength: 60 }).map((words) => words.join(' ')) },
);

const dynamoEndpoint = useDynalite();

describe('held uploads never reach an office (property, through the parser use case)', () => {
  it('sends no notice for a held upload, and every notice to exactly the offices of its stored decision', async () => {
    const tableName = 'decision-property';
    await createReportsTable({ dynamoEndpoint: dynamoEndpoint() }, tableName);
    const repository = new DynamoReportRepository(createAwsClients({ endpoint: dynamoEndpoint(), maxAttempts: 2 }).dynamo, tableName);
    const objects = new MemoryObjectStore();
    const publisher = new MemoryPublisher();
    const deps: ProcessUploadDeps = { objects, ...reportTablePorts(repository), publisher, log: silentLog, metrics: new CountingMetrics(), config: haiDuong, recordLocation: (id) => id, decoder: inProcessDecoder };
    const plans = subscriptionPlan(haiDuong);
    let uploads = 0;
    const counts = { held: 0, notified: 0, other: 0 };
    await fc.assert(
      fc.asyncProperty(textArb, async (text) => {
        const key = `incoming/generated-${++uploads}.txt`;
        objects.put(key, text);
        const before = publisher.notices.length;
        const event: UploadedObject = { bucket: 'uploads', key, versionId: null, eTag: null, size: null, sequencer: uploads.toString(16).padStart(8, '0'), eventTime: null };
        const outcome = await processUpload(event, deps);
        const sent = publisher.notices.slice(before);
        if (outcome.status === 'held') {
          counts.held++;
          expect(sent).toEqual([]);
          return;
        }
        if (outcome.status !== 'notified') {
          counts.other++;
          expect(sent).toEqual([]);
          return;
        }
        counts.notified++;
        expect(sent).toHaveLength(1);
        const report = await repository.getReport(outcome.reportId);
        expect(report?.decision?.action).toBe('publish');
        const reached = [...new Set(plans.filter((plan) => matchesFilterPolicy(plan.filterPolicy, sent[0]!.attributes)).map((plan) => plan.officeId))].sort();
        expect(reached).toEqual(officesOfAudience(haiDuong, report?.decision?.audience ?? []));
        // Province-wide only when the text names a body of this province holding the event.
        if (report?.decision?.provinceWide) expect(text).toContain('Hai Duong Provincial Party Committee');
      }),
      { numRuns: UPLOAD_RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    console.log(`decision property: ${uploads} uploads, ${counts.held} held, ${counts.notified} notified, ${counts.other} duplicate`);
    expect(counts.held).toBeGreaterThan(0);
    expect(counts.notified).toBeGreaterThan(0);
  });
});
