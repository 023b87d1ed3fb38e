import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_CONFIG_PATH, loadProvinceConfig } from '../../config/province-config';
import { decodeDocument } from '../../domain/decode';
import { normalizeReport } from '../../domain/normalizer';
import { UsageError } from '../../errors';
import { isoDateFlag, parseFlags, type Command } from '../command';
import { explainRecord } from '../explain';

const help = `usage: reports parse FILE [--reference-date YYYY-MM-DD] [--config FILE] [--explain]

Reads one report (text, or any format the decoder knows), normalizes it and prints the
record as one JSON object on stdout. Nothing is uploaded or stored.

Options:
  --reference-date YYYY-MM-DD  Day the report was received; dates written without a
                               year ("On January 11", "Chiều 11/1") are resolved against
                               it. Default: the file's modification date (UTC).
  --config FILE                Province config (province, units, offices).
                               Default: ${DEFAULT_CONFIG_PATH}
  --explain                    Print each field with its confidence and the words of
                               the text it was read from (offsets into the analysed
                               text), instead of the JSON record.
  -h, --help                   Show this help.

Exit codes: 0 record printed, 1 the config or the file's content could not be read,
2 wrong usage (including a FILE that does not exist).

Examples:
  reports parse tests/fixtures/corpus/vi-01-dan-van-tong-ket-2024.txt --reference-date 2025-01-10
  reports parse tests/fixtures/corpus/vi-01-dan-van-tong-ket-2024.txt --reference-date 2025-01-10 --explain`;

export const parseCommand: Command = {
  name: 'parse',
  summary: 'Normalize one report file and print the record as JSON',
  help,
  async run(argv: string[]): Promise<number> {
    const { values, positionals } = parseFlags(argv, {
      'reference-date': { type: 'string' },
      config: { type: 'string' },
      explain: { type: 'boolean' },
    });
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
    const record = normalizeReport(decoded.text, { referenceDate, config });
    process.stdout.write(values.explain ? explainRecord(record) : `${JSON.stringify(record)}\n`);
    return 0;
  },
};
