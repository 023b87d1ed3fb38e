import { decodeDocument } from '../../../shared/domain/decode';
import { UnprocessableReportError } from '../../../shared/errors';
import { seededRandom } from '../../../scripts/generate-format-fixtures';
import { fixture, manifest, useNativePackages } from './support/native-packages';

useNativePackages();

const random = seededRandom(0x5eed);
const int = (below: number): number => Math.floor(random() * below);
const randomBytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => int(256));

const PREFIXES = [
  '', 'PK\x03\x04', '%PDF-1.7\n', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '<!DOCTYPE html><html>', '\xef\xbb\xbf', '\xff\xfe', '\xfe\xff',
  'PK\x05\x06', '<p>', '# ',
].map((prefix) => Buffer.from(prefix, 'latin1'));

function mutate(source: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(source);
  switch (int(4)) {
    case 0: {
      for (let flips = 1 + int(20); flips > 0; flips--) bytes[int(bytes.length)] = int(256);
      return bytes;
    }
    case 1:
      return bytes.subarray(0, int(bytes.length));
    case 2: {
      const at = int(bytes.length);
      return new Uint8Array(Buffer.concat([bytes.subarray(0, at), randomBytes(1 + int(64)), bytes.subarray(at)]));
    }
    default: {
      const from = int(bytes.length);
      const length = int(Math.min(4096, bytes.length - from));
      bytes.copyWithin(int(bytes.length), from, from + length);
      return bytes;
    }
  }
}

function* inputs(): Generator<Uint8Array> {
  for (let i = 0; i < 1200; i++) {
    const prefix = PREFIXES[int(PREFIXES.length)] as Uint8Array;
    yield new Uint8Array(Buffer.concat([prefix, randomBytes(int(2048))]));
  }
  const sources = manifest().map((entry) => fixture(entry.file)).filter((bytes) => bytes.length > 0);
  for (let i = 0; i < 1800; i++) yield mutate(sources[i % sources.length] as Uint8Array);
}

describe('fuzzing with a fixed seed', () => {
  it('never hangs and never throws anything but UnprocessableReportError', async () => {
    let slowest = 0;
    let decoded = 0;
    let refused = 0;
    for (const bytes of inputs()) {
      const started = performance.now();
      let result: Awaited<ReturnType<typeof decodeDocument>> | undefined;
      try {
        result = await decodeDocument(bytes, { fileName: 'upload' });
        decoded++;
      } catch (error) {
        if (!(error instanceof UnprocessableReportError)) throw new Error(`unexpected ${String(error)} for input ${Buffer.from(bytes.subarray(0, 32)).toString('hex')}`);
        refused++;
      }
      if (result) expect(result.text).toBe(result.text.normalize('NFC'));
      const elapsed = performance.now() - started;
      slowest = Math.max(slowest, elapsed);
      expect(elapsed).toBeLessThan(1000);
    }
    expect(decoded + refused).toBe(3000);
    expect(refused).toBeGreaterThan(0);
  }, 180_000);
});
