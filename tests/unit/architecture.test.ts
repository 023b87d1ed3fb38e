import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkArchitecture } from '../../scripts/check-architecture';

const repositoryRoot = path.resolve(__dirname, '..', '..');

describe('checkArchitecture', () => {
  it('finds no layering violation and no import cycle in the code base', () => {
    expect(checkArchitecture(repositoryRoot)).toEqual([]);
  });

  describe('on a tree that breaks the rules', () => {
    let root: string;

    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'architecture-'));
      const write = (file: string, text: string): void => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      write('shared/adapters/store.ts', 'export const store = 1;\n');
      write('shared/domain/rule.ts', "import { store } from '../adapters/store';\nexport const rule = store;\n");
      write('shared/app/use-case.ts', "import type { S3Client } from '@aws-sdk/client-s3';\nexport type Client = S3Client;\n");
      write('shared/domain/a.ts', "import type { B } from './b';\nexport type A = { b?: B };\n");
      write('shared/domain/b.ts', "import type { A } from './a';\nexport type B = { a?: A };\n");
      // Allowed: the edge wires adapters, the domain imports itself without a cycle.
      write('functions/entry.ts', "import { store } from '../shared/adapters/store';\nimport { rule } from '../shared/domain/rule';\nexport const both = [store, rule];\n");
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('reports exactly the domain importing an adapter, the use case importing the AWS SDK and the cycle', () => {
      const messages = checkArchitecture(root).map((problem) => `${problem.kind}: ${problem.message}`);
      expect(messages.sort()).toEqual(
        [
          'cycle: import cycle: shared/domain/a.ts -> shared/domain/b.ts -> shared/domain/a.ts',
          'layer: shared/app/use-case.ts imports @aws-sdk/client-s3: shared/app must not depend on it',
          'layer: shared/domain/rule.ts imports shared/adapters/store.ts: shared/domain must not depend on shared/adapters',
        ].sort(),
      );
    });
  });
});
