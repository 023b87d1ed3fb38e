import { OWN_FIXTURES_DIR, codeKey, labelledReports, parse } from './helpers';

// Reports written apart from the dev corpus (other people, units, documents and
// phrasing): they must come out right without anything tuned to them.
describe.each(labelledReports(OWN_FIXTURES_DIR))('labelled report $name', ({ text, expected }) => {
  const record = parse(text, expected.referenceDate);

  it('reads language, event, organizer, province and scope', () => {
    expect(record.language).toBe(expected.language);
    expect(record.event).toEqual(expected.event);
    expect(record.organizer).toBe(expected.organizer);
    expect(record.province).toBe(expected.province);
    expect(record.scope).toBe(expected.scope);
    if (expected.organizerUnit !== undefined) expect(record.organizerUnit).toBe(expected.organizerUnit);
  });

  it('finds the named units', () => {
    expect([...record.districts].sort()).toEqual([...expected.districts].sort());
  });

  it('finds every person with their titles', () => {
    expect(record.people.map(({ name, roles }) => ({ name, roles }))).toEqual(expected.people);
  });

  it('finds each cited document once, with type and date', () => {
    const got = record.documents.map((d) => ({ code: codeKey(d.code), type: d.type, date: d.date }));
    const want = expected.documents.map((d) => ({ code: codeKey(d.code), type: d.type, date: d.date }));
    expect(got).toEqual(want);
  });

  it('finds the awards presented', () => {
    expect(record.awards.map(({ count, recipient, award }) => ({ count, recipient, award }))).toEqual(expected.awards);
  });
});
