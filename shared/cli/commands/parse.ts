import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig } from '../../config/province-config';
import { decodeDocument } from '../../domain/decode';
import { normalizeReport } from '../../domain/normalizer';
import { UsageError } from '../../errors';
import { defineCommand, isoDateFlag, type OptionSpecs } from '../command';
import { explainRecord } from '../explain';

const OPTIONS = {
  'reference-date': {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: `Day the report was received; dates written without a
year ("On January 11", "Chiều 11/1") are resolved against
it. Default: the file's modification date (UTC).`,
  },
  config: {
    type: 'string',
    value: 'FILE',
    description: `Province config (province, units, offices).
Default: ${DEFAULT_CONFIG_PATH}`,
  },
  explain: {
    type: 'boolean',
    description: `Print each field with its confidence and the words of
the text it was read from (offsets into the analysed
text), instead of the JSON record.`,
  },
} as const satisfies OptionSpecs;

export const parseCommand = defineCommand({
  name: 'parse',
  summary: 'Normalize one report file and print the record as JSON',
  usage: 'reports parse FILE [--reference-date YYYY-MM-DD] [--config FILE] [--explain]',
  description: `Reads one report (text, or any format the decoder knows), normalizes it and prints the
record as one JSON object on stdout. Nothing is uploaded or stored.`,
  options: OPTIONS,
  exitCodes: `Exit codes: 0 record printed, 1 the config or the file's content could not be read,
2 wrong usage (including a FILE that does not exist).`,
  examples: [
    'reports parse tests/fixtures/corpus/vi-01-dan-van-tong-ket-2024.txt --reference-date 2025-01-10',
    'reports parse tests/fixtures/corpus/vi-01-dan-van-tong-ket-2024.txt --reference-date 2025-01-10 --explain',
  ],
  async run(values, positionals) {
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length === 0 ? 'missing FILE' : `expected one FILE, got ${positionals.length}`);
    }
    const file = positionals[0]!;
    const explicitDate = isoDateFlag(values['reference-date'], '--reference-date');
    // Read the config before the file so a bad --config is reported even for a bad file.
    const config = loadProvinceConfig(values.config ?? DEFAULT_CONFIG_PATH);
    let bytes: Uint8Array;
    let modified: Date;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new UsageError(`${file} is not a file`);
      modified = info.mtime;
      bytes = await readFile(file);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
    }
    const referenceDate = explicitDate ?? modified.toISOString().slice(0, 10);
    const decoded = await decodeDocument(bytes, { fileName: file });
    const record = normalizeReport(decoded.text, { referenceDate, config, ...(decoded.pageAddress ? { pageAddress: decoded.pageAddress } : {}) });
    process.stdout.write(values.explain ? explainRecord(record) : `${JSON.stringify(record)}\n`);
    return 0;
  },
});
