/**
 * Publishes the product's schemas for consumers and editors that do not use zod:
 * - schema/report.schema.json from `normalizedReportSchema` (the stored record);
 * - config/province-config.schema.json from `provinceConfigSchema` (what `$schema` in a
 *   province config points to, so editors validate and complete configs).
 *
 *   node bin/run-ts.cjs scripts/generate-json-schema.ts          # write the files
 *   node bin/run-ts.cjs scripts/generate-json-schema.ts --check  # exit 1 when one is out of date
 *
 * tests/unit/schema.test.ts fails when a committed file differs from what this renders.
 */
import { runScript, scriptInvocation } from './script-command';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { provinceConfigSchema } from '../shared/config/province-config';
import { SCHEMA_VERSION, normalizedReportSchema } from '../shared/domain/record';

export const SCHEMA_PATH = path.resolve(__dirname, '../schema/report.schema.json');
export const CONFIG_SCHEMA_PATH = path.resolve(__dirname, '../config/province-config.schema.json');

function render(schema: z.core.$ZodType, io: 'input' | 'output', header: Record<string, string>): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...body } = generated;
  return `${JSON.stringify({ $schema, ...header, ...body }, null, 2)}\n`;
}

/** The record's JSON Schema text, stable across runs (ends with a newline). */
export function renderReportSchema(): string {
  return render(normalizedReportSchema, 'output', {
    $id: `https://conference-reports.example.org/schema/report.v${SCHEMA_VERSION}.schema.json`,
    title: 'Normalized conference report',
    description: `A conference report normalized by the parser (schema version ${SCHEMA_VERSION}). Generated from shared/domain/record.ts; do not edit by hand.`,
  });
}

/** The province config's JSON Schema: what a config file may contain (defaults may be left out). */
export function renderConfigSchema(): string {
  return render(provinceConfigSchema, 'input', {
    $id: 'https://conference-reports.example.org/schema/province-config.schema.json',
    title: 'Province configuration',
    description: 'A province, its units and the offices notified of reports. Generated from shared/config/province-config.ts; do not edit by hand.',
  });
}

export const PUBLISHED_SCHEMAS: ReadonlyArray<{ readonly path: string; readonly render: () => string }> = [
  { path: SCHEMA_PATH, render: renderReportSchema },
  { path: CONFIG_SCHEMA_PATH, render: renderConfigSchema },
];

function main(check: boolean): number {
  let stale = 0;
  for (const schema of PUBLISHED_SCHEMAS) {
    const text = schema.render();
    const shown = path.relative(process.cwd(), schema.path);
    if (check) {
      let current = '';
      try {
        current = readFileSync(schema.path, 'utf8');
      } catch {
        // A missing file is simply out of date.
      }
      if (current !== text) {
        console.error(`${shown} is out of date; run: ${scriptInvocation(__filename)}`);
        stale++;
      }
      continue;
    }
    mkdirSync(path.dirname(schema.path), { recursive: true });
    writeFileSync(schema.path, text);
    console.log(`wrote ${shown}`);
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: `${scriptInvocation(__filename)} [--check]`,
    description: 'Writes the published JSON Schemas from their zod schemas: schema/report.schema.json (the stored record) and config/province-config.schema.json (a province config).',
    options: { check: { type: 'boolean', description: 'write nothing; exit 1 when a file is out of date' } },
    positionals: false,
    examples: [`${scriptInvocation(__filename)} --check`],
    run: async (values) => main(values.check === true),
  });
}
