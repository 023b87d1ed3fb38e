export interface DecodeLimits {
  /** Largest object accepted, in bytes. */
  readonly maxBytes: number;
  /** Largest total uncompressed size of a .docx package, all parts (zip-bomb guard). */
  readonly maxDecompressedBytes: number;
  /** Largest uncompressed size of the markup parts of a .docx, which mammoth holds as a tree. */
  readonly maxMarkupBytes: number;
  readonly maxPdfPages: number;
  /** Most tags an HTML page may have (the parser builds one node per tag). */
  readonly maxHtmlElements: number;
  /** Longest text a file may yield, in UTF-16 code units (what the normalizer then reads). */
  readonly maxTextChars: number;
  /** Time budget for decoding one file. */
  readonly timeBudgetMs: number;
}

/** Memory of the parser the defaults are sized for, in MB (the function's configured memory). */
export const DEFAULT_MEMORY_MB = 1024;

/**
 * Limits sized for a process of `memoryMb`. Measured on the attack corpus: mammoth holds
 * about 45 bytes of heap per byte of document XML, pdf.js and htmlparser2 about 100 bytes
 * per tag; the decoder gets three eighths of the memory (see `decoderHeapMb`), so the markup a
 * file may carry is about a fiftieth of that.
 */
export function decodeLimitsForMemory(memoryMb: number): DecodeLimits {
  const heapBytes = decoderHeapMb(memoryMb) * 1024 * 1024;
  return {
    maxBytes: 25 * 1024 * 1024,
    maxDecompressedBytes: Math.min(100 * 1024 * 1024, Math.floor(heapBytes / 8)),
    maxMarkupBytes: Math.floor(heapBytes / 50),
    maxPdfPages: 200,
    maxHtmlElements: Math.floor(heapBytes / 1024),
    maxTextChars: Math.min(2_000_000, Math.floor(heapBytes / 256)),
    timeBudgetMs: 20_000,
  };
}

/**
 * Old-generation heap the decoder may use in a process of `memoryMb`: three eighths. The
 * rest is the runtime and the SDK (about 150 MB), the worker's young generation and code,
 * and buffers outside the heap (the file, inflated parts); a bomb at this cap peaked at
 * 830 MB of resident memory for 1024 MB.
 */
export function decoderHeapMb(memoryMb: number): number {
  return Math.max(64, Math.floor((memoryMb * 3) / 8));
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = decodeLimitsForMemory(DEFAULT_MEMORY_MB);
