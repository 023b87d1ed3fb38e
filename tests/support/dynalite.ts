import type { Server } from 'node:http';
import dynalite from 'dynalite';

/**
 * Runs an in-memory DynamoDB (dynalite) for the test file that calls it, on a free
 * loopback port; returns a getter for its endpoint, valid from beforeAll on.
 */
export function useDynalite(): () => string {
  let server: Server | undefined;
  let endpoint = '';
  beforeAll(async () => {
    const started = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', () => resolve()));
    const address = started.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });
  return () => endpoint;
}
