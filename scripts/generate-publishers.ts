/**
 * Writes the table of provincial publishers (shared/domain/normalizer/packs/publishers.json):
 * for every province of the gazetteer, the names, source codes and web addresses its
 * newspaper, portal and radio-television station print on their pages.
 *
 * What follows a pattern is derived from the gazetteer's province names ("Báo <Name>",
 * "Cổng thông tin điện tử tỉnh <Name>", "<slug>.gov.vn", "bao<slug>.vn"); what does not
 * (a newspaper with its own name, a dateline code, an irregular address) is kept by hand in
 * publishers.manual.json, keyed by the province's code before 1 July 2025, and merged in.
 * The 34 provinces from 1 July 2025 add the names of their merged press ("Báo và Phát
 * thanh, Truyền hình <Name>"); the press of a merged province keeps its own entry and is
 * read as its successor's for events after that day.
 *
 *   node bin/run-ts.cjs scripts/generate-publishers.ts            # write the table
 *   node bin/run-ts.cjs scripts/generate-publishers.ts --check    # exit 1 when it is stale
 */
import { runScript, scriptInvocation } from './script-command';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { provincesOf, type GazetteerProvince } from '../shared/domain/gazetteer';
import type { PublisherEntry, PublishersFile } from '../shared/domain/normalizer/publisher';

const PACKS = path.resolve(__dirname, '../shared/domain/normalizer/packs');
const OUT = path.join(PACKS, 'publishers.json');
const MANUAL = path.join(PACKS, 'publishers.manual.json');

interface ManualEntry {
  readonly name: string;
  readonly newspapers?: readonly string[];
  readonly portals?: readonly string[];
  readonly broadcasters?: readonly string[];
  readonly codes?: readonly string[];
  readonly domains?: readonly string[];
}
interface ManualFile {
  readonly provinces: Readonly<Record<string, ManualEntry>>;
}

const ascii = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');

/** The name as a host label: "Lạng Sơn" -> "langson", "Bà Rịa - Vũng Tàu" -> "bariavungtau". */
const slug = (name: string): string => ascii(name).toLowerCase().replace(/[^a-z0-9]/g, '');

const unique = (items: readonly string[]): string[] => [...new Set(items)];

function districtEraEntry(province: GazetteerProvince, manual: ManualEntry | undefined): PublisherEntry {
  const name = province.name;
  const english = ascii(name);
  const level = province.kind === 'municipality' ? 'thành phố' : 'tỉnh';
  const levelEn = province.kind === 'municipality' ? 'City' : 'Province';
  const s = slug(name);
  return {
    era: province.era,
    code: province.code,
    name,
    newspapers: unique([`Báo ${name}`, `Báo điện tử ${name}`, `${english} Newspaper`, `${english} Online Newspaper`, ...(manual?.newspapers ?? [])]),
    portals: unique([
      `Cổng thông tin điện tử ${level} ${name}`,
      `Cổng thông tin điện tử ${name}`,
      `Cổng TTĐT ${level} ${name}`,
      `Cổng TTĐT ${name}`,
      `CTTĐT ${level} ${name}`,
      `${english} Portal`,
      `${english} ${levelEn} Portal`,
      ...(province.kind === 'province' ? [`${english} Provincial Portal`] : []),
      `${english} E-Portal`,
      ...(manual?.portals ?? []),
    ]),
    broadcasters: unique([
      ...['', `${level} `].flatMap((of) => [
        `Đài Phát thanh và Truyền hình ${of}${name}`,
        `Đài Phát thanh - Truyền hình ${of}${name}`,
        `Đài PT-TH ${of}${name}`,
        `Đài PT&TH ${of}${name}`,
        `Đài PTTH ${of}${name}`,
      ]),
      `${english} Radio and Television`,
      `${english} Radio - Television`,
      ...(province.kind === 'province' ? [`${english} Provincial Radio and Television`] : []),
      ...(manual?.broadcasters ?? []),
    ]),
    codes: unique([...(manual?.codes ?? [])]),
    // The portal and, under it, the departments' sites; the Party committee's and the People's Council's sites; the newspaper.
    domains: unique([`${s}.gov.vn`, `${s}.dcs.vn`, `tinhuy${s}.vn`, `hdnd${s}.gov.vn`, `bao${s}.vn`, `bao${s}.com.vn`, ...(manual?.domains ?? [])]),
  };
}

/** From 1 July 2025 each province's newspaper and radio-television station are one body. */
function communeEraEntry(province: GazetteerProvince): PublisherEntry {
  const name = province.name;
  return {
    era: province.era,
    code: province.code,
    name,
    newspapers: [
      `Báo và Phát thanh, Truyền hình ${name}`,
      `Báo và Phát thanh - Truyền hình ${name}`,
      `Báo và Phát thanh Truyền hình ${name}`,
      `Báo và PT-TH ${name}`,
      `${ascii(name)} Newspaper and Radio, Television`,
    ],
    portals: [],
    broadcasters: [],
    codes: [],
    domains: [],
  };
}

export function buildPublishers(manual: ManualFile): PublishersFile {
  const known = new Set(provincesOf('district-era').map((province) => province.code));
  for (const code of Object.keys(manual.provinces)) {
    if (!known.has(code)) throw new Error(`publishers.manual.json: no province with code ${code} before 1 July 2025`);
  }
  for (const province of provincesOf('district-era')) {
    const entry = manual.provinces[province.code];
    if (entry && entry.name !== province.name) throw new Error(`publishers.manual.json: code ${province.code} is ${province.name}, not ${entry.name}`);
  }
  return {
    generatedBy: 'scripts/generate-publishers.ts',
    provinces: [...provincesOf('district-era').map((province) => districtEraEntry(province, manual.provinces[province.code])), ...provincesOf('commune-era').map(communeEraEntry)],
  };
}

function main(check: boolean): number {
  const manual = JSON.parse(readFileSync(MANUAL, 'utf8')) as ManualFile;
  const table = buildPublishers(manual);
  // One province a line: small, and a change shows as the lines of the provinces it touches.
  const text = `{"generatedBy":${JSON.stringify(table.generatedBy)},"provinces":[\n${table.provinces.map((entry) => JSON.stringify(entry)).join(',\n')}\n]}\n`;
  if (check) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), OUT)} is stale: run ${scriptInvocation(__filename)}`);
      return 1;
    }
    console.log('publishers.json is up to date');
    return 0;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: `${scriptInvocation(__filename)} [--check]`,
    description: 'Writes shared/domain/normalizer/packs/publishers.json, the table of provincial publishers, from the gazetteer and the hand-kept publishers-manual.json.',
    options: { check: { type: 'boolean', description: 'write nothing; exit 1 when the table is stale' } },
    positionals: false,
    examples: [`${scriptInvocation(__filename)} --check`],
    run: async (values) => main(values.check === true),
  });
}
