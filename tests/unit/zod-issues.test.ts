import * as z from 'zod';
import { formatZodIssues } from '../../shared/zod-issues';

const schema = z.strictObject({
  name: z.string(),
  units: z.array(z.strictObject({ id: z.string(), ceased: z.strictObject({ on: z.iso.date() }).optional() })),
});

function issuesOf(value: unknown, format?: Parameters<typeof formatZodIssues>[1]): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return formatZodIssues(parsed.error, format);
}

describe('formatZodIssues', () => {
  it('names array entries by index and nested keys by dot, one line per problem', () => {
    const lines = issuesOf({ name: 'x', units: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', ceased: { on: 'soon' } }] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^units\[3\]\.ceased\.on: /);
  });

  it('gives each unknown key its own line, with the hint the caller adds', () => {
    const lines = issuesOf({ name: 'x', units: [{ id: 'a', idd: 1, alias: 2 }] }, { unknownKeyHint: (key) => (key === 'idd' ? ' (did you mean "id"?)' : '') });
    expect(lines).toEqual(['units[0]: unknown key "idd" (did you mean "id"?)', 'units[0]: unknown key "alias"']);
  });

  it('names the root as the caller calls it', () => {
    expect(issuesOf('not an object', { root: 'record' })[0]).toMatch(/^record: /);
    expect(issuesOf('not an object')[0]).toMatch(/^\(root\): /);
  });
});
