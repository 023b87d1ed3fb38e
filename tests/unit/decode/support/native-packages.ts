import nodeModule from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * htmlparser2 is ESM-only and unpdf imports pdf.js as ESM. Jest runs tests as CommonJS
 * without VM module support, so these packages are loaded by Node's own loader (which
 * supports require(esm)) and handed to the test's module registry.
 */
type Loader = (request: string, parent: null, isMain: boolean) => unknown;
const nativeLoad = (nodeModule as unknown as { _load: Loader })._load;

export const NATIVE_PACKAGES = ['htmlparser2', 'unpdf'] as const;

/** Registers the native loaders; `loads` counts how often each package was asked for. */
export function useNativePackages(loads: Record<string, number> = {}): Record<string, number> {
  for (const name of NATIVE_PACKAGES) {
    const resolved = require.resolve(name);
    jest.doMock(name, () => {
      loads[name] = (loads[name] ?? 0) + 1;
      return nativeLoad(resolved, null, false);
    });
  }
  return loads;
}

export const FORMATS_DIR = path.resolve(__dirname, '../../../fixtures/formats');

export function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FORMATS_DIR, file)));
}

export interface GoodEntry {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly compare: 'exact' | 'words' | 'case-folded';
  readonly expected: string;
}
export interface BadEntry {
  readonly file: string;
  readonly reason: string;
}

export function manifest(): Array<GoodEntry | BadEntry> {
  return JSON.parse(readFileSync(path.join(FORMATS_DIR, 'manifest.json'), 'utf8')) as Array<GoodEntry | BadEntry>;
}

export function isGood(entry: GoodEntry | BadEntry): entry is GoodEntry {
  return 'expected' in entry;
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Resolves to the UnprocessableReportError reason, or fails the test if decoding succeeded. */
export async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const { UnprocessableReportError } = await import('../../../../shared/errors');
    if (error instanceof UnprocessableReportError) return error.reason;
    throw error;
  }
  throw new Error('decoding succeeded but was expected to fail');
}
