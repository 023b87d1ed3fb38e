import { readFileSync } from 'node:fs';
import { CONFIG_SCHEMA_PATH, SCHEMA_PATH, renderConfigSchema, renderReportSchema } from '../../scripts/generate-json-schema';
import { normalizedReportSchema } from '../../shared/domain/record';
import { CORPUS_DIR, OWN_FIXTURES_DIR, labelledReports, parse } from './normalizer/helpers';

describe('published JSON schema', () => {
  it('is up to date with the zod schema (run: node bin/run-ts.cjs scripts/generate-json-schema.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderReportSchema());
  });

  it('describes every field of the record', () => {
    const schema = JSON.parse(renderReportSchema()) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(normalizedReportSchema.shape).sort());
    expect(schema.required).not.toContain('source');
  });
});

describe('published province-config schema', () => {
  it('is up to date with the zod schema (run: node bin/run-ts.cjs scripts/generate-json-schema.ts)', () => {
    expect(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')).toBe(renderConfigSchema());
  });

  it('is the file the shipped configs name in $schema', () => {
    const config = JSON.parse(readFileSync(`${__dirname}/../../config/hai-duong.json`, 'utf8')) as { $schema?: string };
    expect(config.$schema).toBe('./province-config.schema.json');
    const schema = JSON.parse(renderConfigSchema()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['province', 'units', 'offices']));
  });
});

describe.each([...labelledReports(CORPUS_DIR), ...labelledReports(OWN_FIXTURES_DIR)])('record of $name', ({ text, expected }) => {
  it('passes the record schema', () => {
    const result = normalizedReportSchema.safeParse(parse(text, expected.referenceDate));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
