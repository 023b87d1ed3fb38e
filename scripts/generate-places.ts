/**
 * Writes the place data of the gazetteer (shared/domain/gazetteer/data/) from two public
 * datasets, downloaded into a directory outside the repository:
 *
 *   dvhcvn.json        daohoangson/dvhcvn, tag v20250301, data/dvhcvn.json: the 63
 *                      provinces, 696 district-level and 10,047 commune-level units in force
 *                      on 1 March 2025 (General Statistics Office list).
 *   merges.json        dvhcvn/20250701, mapping/merges.json: the 34 provinces and 3,321
 *                      commune-level units from 1 July 2025 with the former units each was
 *                      formed from (Resolutions 1654-1687/NQ-UBTVQH15).
 *   1027_CTK-CSCL.md   dvhcvn/20250701, input/docs/1027_CTK-CSCL.md: the official codes of
 *                      the commune-level units (optional; when present every code and name
 *                      of merges.json is checked against it).
 *   history/dvhcvn-YYYY-MM-DD.json
 *                      daohoangson/dvhcvn, data/dvhcvn.json at each earlier commit, named by
 *                      the day its data/date.txt gives (optional): district-level units of
 *                      those lists that the last one no longer has are kept as former units.
 *
 *   git clone https://github.com/daohoangson/dvhcvn && git -C dvhcvn show v20250301:data/dvhcvn.json > $DIR/dvhcvn.json
 *   git clone https://github.com/dvhcvn/20250701 && cp 20250701/mapping/merges.json 20250701/input/docs/1027_CTK-CSCL.md $DIR/
 *   mkdir $DIR/history; for rev in $(git -C dvhcvn log --format=%h -- data/dvhcvn.json); do
 *     day=$(git -C dvhcvn show $rev:data/date.txt | awk -F/ '{print $3"-"$2"-"$1}' | tr -d '\r')
 *     [ -n "$day" ] && git -C dvhcvn show $rev:data/dvhcvn.json > $DIR/history/dvhcvn-$day.json; done
 *   node bin/run-ts.cjs scripts/generate-places.ts $DIR            # write the data files
 *   node bin/run-ts.cjs scripts/generate-places.ts $DIR --check    # exit 1 when they differ
 *
 * See shared/domain/gazetteer/data/SOURCES.md for versions, dates and licences.
 */
import { directoryArguments, runScript, scriptInvocation } from './script-command';
import { UsageError } from '../shared/errors';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CommuneEraFile,
  DistrictEraFile,
  FormerCommuneKind,
  FormerDistrictEntry,
  FormerCommunesFile,
  ProvinceKind,
  UnitKind,
} from '../shared/domain/gazetteer/index';

export const DATA_DIR = path.resolve(__dirname, '../shared/domain/gazetteer/data');

interface SourceLevel3 {
  readonly level3_id: string;
  readonly name: string;
  readonly type: string;
}
interface SourceLevel2 {
  readonly level2_id: string;
  readonly name: string;
  readonly type: string;
  readonly level3s: readonly SourceLevel3[];
}
interface SourceLevel1 {
  readonly level1_id: string;
  readonly name: string;
  readonly type: string;
  readonly level2s: readonly SourceLevel2[];
}
interface SourceMerge {
  readonly old_id: string;
  readonly name: string;
  readonly type: 'full' | 'partial';
}
interface SourceNewUnit {
  readonly level2_id: string;
  readonly name: string;
  readonly merges: readonly SourceMerge[];
}
interface SourceNewProvince {
  readonly level1_id: string;
  readonly name: string;
  readonly merges: readonly SourceMerge[];
  readonly level2s: readonly SourceNewUnit[];
}

/** Administrative prefixes of the source names, longest first, with the kind they mean. */
const PROVINCE_PREFIXES: ReadonlyArray<readonly [string, ProvinceKind]> = [
  ['thành phố ', 'municipality'],
  ['tỉnh ', 'province'],
];
const DISTRICT_TYPES: Readonly<Record<string, UnitKind>> = {
  Quận: 'urban-district',
  Huyện: 'district',
  'Thị xã': 'town',
  'Thành phố': 'city',
};
const FORMER_COMMUNE_TYPES: Readonly<Record<string, FormerCommuneKind>> = {
  Xã: 'commune',
  Phường: 'ward',
  'Thị trấn': 'township',
};
const COMMUNE_PREFIXES: ReadonlyArray<readonly [string, UnitKind]> = [
  ['đặc khu ', 'special-zone'],
  ['phường ', 'ward'],
  ['xã ', 'commune'],
];

function stripPrefix<K>(name: string, prefixes: ReadonlyArray<readonly [string, K]>, what: string): [string, K] {
  const lower = name.toLocaleLowerCase('vi');
  for (const [prefix, kind] of prefixes) {
    if (lower.startsWith(prefix)) return [name.slice(prefix.length).trim(), kind];
  }
  throw new Error(`${what} "${name}" has no known administrative prefix`);
}

function stripDistrictPrefix(unit: SourceLevel2): [string, UnitKind] {
  const kind = DISTRICT_TYPES[unit.type];
  if (kind === undefined) throw new Error(`district-level unit "${unit.name}" has unknown type "${unit.type}"`);
  // The source capitalises some prefixes ("Thị Xã Việt Yên"): compare case-insensitively.
  const prefix = `${unit.type} `.toLocaleLowerCase('vi');
  if (!unit.name.toLocaleLowerCase('vi').startsWith(prefix)) {
    throw new Error(`district-level unit "${unit.name}" does not start with its type "${unit.type}"`);
  }
  return [unit.name.slice(prefix.length).trim(), kind];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export interface GeneratedPlaces {
  readonly districtEra: DistrictEraFile;
  readonly formerCommunes: FormerCommunesFile;
  readonly communeEra: CommuneEraFile;
  readonly warnings: readonly string[];
}

/** Reads the official code list (a markdown table: Stt | Mã số | Tên | Tỉnh) as code -> name. */
function readOfficialCodes(file: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | 1 | 00070 | Phường Hoàn Kiếm | Thành phố Hà Nội |
    if (cells.length !== 6 || !/^\d+$/.test(cells[1] ?? '') || !/^\d{5}$/.test(cells[2] ?? '')) continue;
    codes.set(cells[2] as string, (cells[3] as string).replace(/<br>/g, ' ').replace(/\s+/g, ' '));
  }
  return codes;
}

/**
 * District-level units of the earlier lists in `history/` that the last list no longer has
 * (merged into another unit, or renamed), each with its province's code and the day of the
 * first list without it. Units raised in rank under the same name (huyện -> thị xã) are the
 * last list's units already: only a code the last list lacks, or a name it gives otherwise,
 * makes a former unit.
 */
function formerDistrictUnits(sourceDir: string, last: readonly SourceLevel1[], warnings: string[]): FormerDistrictEntry[] {
  const dir = path.join(sourceDir, 'history');
  if (!existsSync(dir)) {
    warnings.push('history/ not found: no former district-level units');
    return [];
  }
  const lists = readdirSync(dir)
    .map((file) => /^dvhcvn-(\d{4}-\d{2}-\d{2})\.json$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ day: match[1]!, data: readJson<{ data: SourceLevel1[] }>(path.join(dir, match[0])).data }))
    .sort((a, b) => a.day.localeCompare(b.day));
  // Older lists sometimes give a type that disagrees with the name's own prefix ("Huyện Quảng Trạch" typed Thị xã):
  // the name's prefix is read.
  const strip = (unit: SourceLevel2): [string, UnitKind] => {
    const lower = unit.name.toLocaleLowerCase('vi');
    const type = Object.keys(DISTRICT_TYPES).find((prefix) => lower.startsWith(`${prefix.toLocaleLowerCase('vi')} `));
    return type === undefined ? stripDistrictPrefix(unit) : [unit.name.slice(type.length + 1).trim(), DISTRICT_TYPES[type]!];
  };
  const key = (province: string, unit: SourceLevel2): string => `${province}|${unit.level2_id}|${strip(unit)[0]}`;
  const inLast = new Set(last.flatMap((province) => province.level2s.map((unit) => key(province.level1_id, unit))));
  const found = new Map<string, FormerDistrictEntry>();
  for (const [index, list] of lists.entries()) {
    const next = lists[index + 1];
    const inNext = next ? new Set(next.data.flatMap((province) => province.level2s.map((unit) => key(province.level1_id, unit)))) : inLast;
    for (const province of list.data) {
      for (const unit of province.level2s) {
        const id = key(province.level1_id, unit);
        if (inLast.has(id) || inNext.has(id) || found.has(id)) continue;
        const [name, kind] = strip(unit);
        found.set(id, { c: unit.level2_id, n: name, k: kind, p: province.level1_id, a: next?.day ?? '2025-03-01' });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.c.localeCompare(b.c) || a.a.localeCompare(b.a));
}

export function generatePlaces(sourceDir: string): GeneratedPlaces {
  const warnings: string[] = [];
  const before = readJson<{ data: SourceLevel1[] }>(path.join(sourceDir, 'dvhcvn.json')).data;
  const after = readJson<{ data: SourceNewProvince[] }>(path.join(sourceDir, 'merges.json')).data;

  // Former commune-level and district-level codes -> their district and province.
  const formerCommune = new Map<string, { district: string; province: string }>();
  const formerDistrict = new Map<string, string>();
  const communesByDistrict: Record<string, [string, string, FormerCommuneKind][]> = {};
  let districtEra: DistrictEraFile = {
    until: '2025-07-01',
    asOf: '2025-03-01',
    p: before.map((province) => {
      const [name, kind] = stripPrefix(province.name, PROVINCE_PREFIXES, 'province');
      return {
        c: province.level1_id,
        n: name,
        k: kind,
        u: province.level2s.map((unit) => {
          formerDistrict.set(unit.level2_id, province.level1_id);
          communesByDistrict[unit.level2_id] = unit.level3s.map((commune) => {
            formerCommune.set(commune.level3_id, { district: unit.level2_id, province: province.level1_id });
            const kind = FORMER_COMMUNE_TYPES[commune.type];
            if (kind === undefined) throw new Error(`commune-level unit "${commune.name}" has unknown type "${commune.type}"`);
            // Two entries name themselves "Phường 5" with the type Xã: kept as given.
            const prefix = `${commune.type} `.toLocaleLowerCase('vi');
            const name = commune.name.toLocaleLowerCase('vi').startsWith(prefix) ? commune.name.slice(prefix.length).trim() : commune.name;
            return [commune.level3_id, name, kind];
          });
          const [unitName, unitKind] = stripDistrictPrefix(unit);
          return { c: unit.level2_id, n: unitName, k: unitKind };
        }),
      };
    }),
  };

  const former = formerDistrictUnits(sourceDir, before, warnings);
  if (former.length > 0) districtEra = { ...districtEra, x: former };

  const official = existsSync(path.join(sourceDir, '1027_CTK-CSCL.md'))
    ? readOfficialCodes(path.join(sourceDir, '1027_CTK-CSCL.md'))
    : undefined;
  if (official === undefined) warnings.push('1027_CTK-CSCL.md not found: codes not checked against the official list');

  const seen = new Set<string>();
  const communeEra: CommuneEraFile = {
    from: '2025-07-01',
    p: after.map((province) => {
      const [name, kind] = stripPrefix(province.name, PROVINCE_PREFIXES, 'province');
      return {
        c: province.level1_id,
        n: name,
        k: kind,
        f: province.merges.map((merge) => merge.old_id).sort(),
        u: province.level2s.map((unit) => {
          const [unitName, unitKind] = stripPrefix(unit.name, COMMUNE_PREFIXES, 'commune-level unit');
          if (seen.has(unit.level2_id)) throw new Error(`duplicate commune-level code ${unit.level2_id}`);
          seen.add(unit.level2_id);
          if (official !== undefined) {
            const officialName = official.get(unit.level2_id);
            if (officialName === undefined) warnings.push(`${unit.level2_id} ${unit.name}: not in the official code list`);
            else if (officialName.toLocaleLowerCase('vi') !== unit.name.toLocaleLowerCase('vi')) {
              warnings.push(`${unit.level2_id}: "${unit.name}" is "${officialName}" in the official code list`);
            }
          }
          const districts = new Set<string>();
          const provinces = new Set<string>();
          for (const merge of unit.merges) {
            const commune = formerCommune.get(merge.old_id);
            // Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, ...) are merged whole.
            const district = commune?.district ?? (formerDistrict.has(merge.old_id) ? merge.old_id : undefined);
            if (district === undefined) {
              warnings.push(`${unit.level2_id} ${unit.name}: former unit ${merge.old_id} "${merge.name}" is unknown`);
              continue;
            }
            districts.add(district);
            provinces.add(formerDistrict.get(district) as string);
          }
          return { c: unit.level2_id, n: unitName, k: unitKind, p: [...provinces].sort(), d: [...districts].sort() };
        }),
      };
    }),
  };
  if (official !== undefined) {
    for (const code of official.keys()) {
      if (!seen.has(code)) warnings.push(`${code} ${official.get(code)}: in the official code list but not in merges.json`);
    }
  }
  const formerCommunes: FormerCommunesFile = { until: districtEra.until, asOf: districtEra.asOf, d: communesByDistrict };
  return { districtEra, formerCommunes, communeEra, warnings };
}

/** The file texts: compact JSON, one line, ending with a newline. */
export function renderPlaces(places: GeneratedPlaces): Record<string, string> {
  return {
    'units-2024.json': `${JSON.stringify(places.districtEra)}\n`,
    'units-2025.json': `${JSON.stringify(places.communeEra)}\n`,
    'communes-2024.json': `${JSON.stringify(places.formerCommunes)}\n`,
  };
}

function main(sourceDir: string, check: boolean): number {
  const places = generatePlaces(path.resolve(sourceDir));
  for (const warning of places.warnings) console.warn(`warning: ${warning}`);
  const files = renderPlaces(places);
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(DATA_DIR, name);
    if (check) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (current !== text) {
        console.error(`${name} is out of date`);
        stale++;
      }
    } else {
      writeFileSync(file, text);
    }
  }
  const provinces = places.communeEra.p;
  const units = provinces.reduce((sum, province) => sum + province.u.length, 0);
  const districts = places.districtEra.p.reduce((sum, province) => sum + province.u.length, 0);
  console.log(
    `${places.districtEra.p.length} provinces with ${districts} district-level units (and ${places.districtEra.x?.length ?? 0} former ones) before ${places.districtEra.until}; ` +
      `${provinces.length} provinces with ${units} commune-level units from ${places.communeEra.from}`,
  );
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runScript(__filename, {
    usage: `${scriptInvocation(__filename)} SOURCE_DIR [--check]`,
    description: 'Writes the gazetteer\'s place data (shared/domain/gazetteer/data/) from the public datasets downloaded into SOURCE_DIR: dvhcvn.json, merges.json and optionally 1027_CTK-CSCL.md and history/ (the comment at the top of this script says where each comes from).',
    options: { check: { type: 'boolean', description: 'write nothing; exit 1 when a data file differs' } },
    examples: [`${scriptInvocation(__filename)} /path/to/datasets --check`],
    run: async (values, positionals) => {
      const [sourceDir, ...extra] = directoryArguments(positionals, 'SOURCE_DIR (the dataset directory)');
      if (sourceDir === undefined || extra.length > 0) throw new UsageError('give exactly one SOURCE_DIR');
      return main(path.resolve(sourceDir), values.check === true);
    },
  });
}
