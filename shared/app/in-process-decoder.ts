import { decodeDocument } from '../domain/decode';
import type { DocumentDecoder } from './decode-isolation';

/**
 * Decodes in the calling thread: for tests with in-memory adapters and tools, where no file
 * is hostile. A module of its own so that the parser's handler, which decodes in a worker
 * (see `IsolatedDecoder`), does not carry the format decoders in its bundle.
 */
export const inProcessDecoder: DocumentDecoder = {
  decode: async (bytes, request) => {
    const timeBudgetMs = Math.max(1, request.deadlineMs());
    await request.onStart?.();
    return decodeDocument(bytes, { fileName: request.fileName, limits: { ...request.limits, timeBudgetMs } });
  },
};
