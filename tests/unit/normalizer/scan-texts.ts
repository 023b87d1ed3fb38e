import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../../bench/generator';
import { loadProvinceConfig } from '../../../shared/config/province-config';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

/**
 * Texts on which a scan over candidate positions is checked against the whole-text scan it
 * replaces: every fixture text of tests/fixtures/<set>/ and a slice of generated reports. A
 * failure names the text, never quotes it.
 */
export function scanTexts(generated = 300): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  for (const set of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, set);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) texts.push({ name: `${set}/${file}`, text: readFileSync(path.join(dir, file), 'utf8') });
  }
  const config = loadProvinceConfig();
  generateCorpus({ seed: 20240111, count: generated, config }).forEach((report, index) => texts.push({ name: `generated #${index}`, text: report.text }));
  return texts;
}

/** Strings of pieces drawn at random (seeded), to reach the corners the real texts do not. */
export function pieceTexts(pieces: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = 2 + Math.floor(next() * 24);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    out.push(text);
  }
  return out;
}
