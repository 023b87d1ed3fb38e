/**
 * Publishes the normalized record's schema for consumers that do not use zod:
 * writes schema/report.schema.json from `normalizedReportSchema`.
 *
 *   node bin/run-ts.cjs scripts/generate-json-schema.ts          # write the file
 *   node bin/run-ts.cjs scripts/generate-json-schema.ts --check  # exit 1 when it is out of date
 *
 * tests/unit/schema.test.ts fails when the committed file differs from what this renders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { SCHEMA_VERSION, normalizedReportSchema } from '../shared/domain/record';

export const SCHEMA_PATH = path.resolve(__dirname, '../schema/report.schema.json');

/** The JSON Schema text, stable across runs (ends with a newline). */
export function renderReportSchema(): string {
  const generated = z.toJSONSchema(normalizedReportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  const schema = {
    $schema,
    $id: `https://conference-reports.example.org/schema/report.v${SCHEMA_VERSION}.schema.json`,
    title: 'Normalized conference report',
    description: `A conference report normalized by the parser (schema version ${SCHEMA_VERSION}). Generated from shared/domain/record.ts; do not edit by hand.`,
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(argv: string[]): number {
  const text = renderReportSchema();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // A missing file is simply out of date.
    }
    if (current === text) return 0;
    console.error(`${path.relative(process.cwd(), SCHEMA_PATH)} is out of date; run: node bin/run-ts.cjs scripts/generate-json-schema.ts`);
    return 1;
  }
  mkdirSync(path.dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_PATH)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) process.exitCode = main(process.argv.slice(2));
