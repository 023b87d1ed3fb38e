import type { ProvinceConfig, Unit } from '../../config/province-config';
import { escapeRegExp, fold, stripDiacritics } from './text';
import { PROVINCES } from './vocabulary';

export interface PlaceSpan {
  readonly start: number;
  readonly end: number;
  /** Unit id for a unit of the configured province; null for a province. */
  readonly unit: string | null;
  /** Province name without diacritics, for a province. */
  readonly province: string | null;
}

const EN_KIND_WORDS: Readonly<Record<Unit['kind'], readonly string[]>> = {
  city: ['city'],
  town: ['town'],
  district: ['district'],
  commune: ['commune'],
  ward: ['ward'],
  'special-zone': ['special zone'],
};
// A unit's Party committee ("Thành ủy X") names the unit as surely as its prefix does.
const VI_KIND_PREFIXES: Readonly<Record<Unit['kind'], readonly string[]>> = {
  city: ['thanh pho', 'tp.', 'tp', 'thanh uy', 'ubnd thanh pho', 'ubnd tp'],
  town: ['thi xa', 'tx.', 'tx', 'thi uy'],
  district: ['huyen', 'huyen uy', 'quan'],
  commune: ['xa', 'dang uy xa', 'ubnd xa'],
  ward: ['phuong', 'dang uy phuong', 'ubnd phuong'],
  'special-zone': ['dac khu', 'dang uy dac khu', 'ubnd dac khu'],
};
const KIND_WORDS = /^(?:thanh pho|thi xa|thi tran|huyen|quan|tp\.?|tx\.?)\s+|\s+(?:city|town|district)$/;

function bareName(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim().replace(KIND_WORDS, '').trim();
}

/** Folded pattern -> what it names. Longer patterns are tried first. */
interface Entry {
  readonly pattern: string;
  readonly unit: string | null;
  readonly province: string | null;
}

export interface Gazetteer {
  readonly provinceName: string;
  readonly find: (text: string, folded: string) => PlaceSpan[];
}

function titleCaseAscii(name: string): string {
  return stripDiacritics(name).replace(/\s*-\s*/g, ' - ');
}

/**
 * Places the text names: provinces (any in Vietnam) and the configured province's units.
 * A unit whose bare name is also a province's name ("Hai Duong") is only the unit when
 * written with its kind ("Hai Duong City", "TP Hải Dương").
 */
export function buildGazetteer(config: ProvinceConfig): Gazetteer {
  const provinceForms = [config.province.name, config.province.nameVi, ...config.province.aliases].map(bareName);
  const provinceBare = new Set<string>([...provinceForms, ...PROVINCES.map(bareName)]);
  const entries: Entry[] = [];
  const configuredProvince = config.province.name;
  for (const form of [config.province.name, config.province.nameVi, ...config.province.aliases]) {
    entries.push({ pattern: fold(form).replace(/\s+/g, ' ').trim(), unit: null, province: configuredProvince });
  }
  for (const name of PROVINCES) {
    const folded = bareName(name);
    if (provinceForms.includes(folded)) continue;
    entries.push({ pattern: folded, unit: null, province: titleCaseAscii(name) });
  }
  for (const unit of config.units) {
    const forms = new Set<string>();
    const bares = new Set<string>();
    for (const written of [unit.name, unit.nameVi, ...unit.aliases]) {
      forms.add(fold(written).replace(/\s+/g, ' ').trim());
      bares.add(bareName(written));
    }
    for (const bare of bares) {
      if (!bare) continue;
      for (const word of EN_KIND_WORDS[unit.kind]) {
        forms.add(`${bare} ${word}`);
        forms.add(`${word} of ${bare}`);
      }
      for (const prefix of VI_KIND_PREFIXES[unit.kind]) forms.add(`${prefix} ${bare}`);
      if (!provinceBare.has(bare)) forms.add(bare);
    }
    for (const form of forms) {
      if (provinceBare.has(form)) continue;
      entries.push({ pattern: form, unit: unit.id, province: null });
    }
  }
  entries.sort((a, b) => b.pattern.length - a.pattern.length);
  const byPattern = new Map<string, Entry>();
  for (const entry of entries) if (!byPattern.has(entry.pattern)) byPattern.set(entry.pattern, entry);
  const source = [...byPattern.keys()].map((pattern) => escapeRegExp(pattern).replace(/ /g, '\\s+')).join('|');
  // Every match starts with the first character of some pattern. Testing that cheap class
  // first spares the Unicode lookbehind at most positions of the scan over the whole text.
  const patterns = [...byPattern.keys()];
  const firsts = new Set(patterns.map((pattern) => String.fromCodePoint(pattern.codePointAt(0) ?? 0x20)));
  // A pattern led by a space would start with `\s+`; then no single character leads it.
  const firstClass = firsts.size > 0 && !firsts.has(' ') ? `(?=${[...firsts].map(escapeRegExp).join('|')})` : '';
  const regex = new RegExp(`${firstClass}(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');

  const find = (text: string, folded: string): PlaceSpan[] => {
    const spans: PlaceSpan[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match; match = regex.exec(folded)) {
      const key = match[0].replace(/\s+/g, ' ');
      const entry = byPattern.get(key);
      if (!entry) continue;
      const original = text.slice(match.index, match.index + match[0].length);
      // Province names are proper nouns; "hòa bình" in lower case is the word "peace".
      if (entry.unit === null && !/(?:^|\s)\p{Lu}/u.test(original)) continue;
      spans.push({ start: match.index, end: match.index + match[0].length, unit: entry.unit, province: entry.province });
    }
    return spans;
  };
  return { provinceName: configuredProvince, find };
}
