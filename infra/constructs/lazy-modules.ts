import * as path from 'node:path';
import type { ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';

/**
 * Modules the parser loads only when needed: the decoders when a file of their format
 * arrives (`await import(...)`), the Powertools tracer (with the X-Ray SDK, about 110 KB)
 * only when tracing is on. They stay out of the handler bundle (a smaller bundle starts
 * faster) and are bundled each on its own into `node_modules/<name>/index.js` next to the
 * handler, where Node's module resolution finds them at run time.
 */
export const LAZY_DECODERS = ['mammoth', 'unpdf', 'htmlparser2', 'iconv-lite'] as const;
export const LAZY_MODULES = [...LAZY_DECODERS, '@aws-lambda-powertools/tracer'] as const;

/** Shell-safe single quoting: the paths come from the machine that synthesizes. */
export const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * Command hooks that bundle every lazy module with the project's own esbuild. The
 * commands run in `projectRoot` (local bundling), so packages resolve from its
 * `node_modules`.
 */
export function lazyModuleHooks(options: {
  readonly projectRoot: string;
  readonly target: string;
  readonly modules?: readonly string[];
}): ICommandHooks {
  const esbuild = path.join(options.projectRoot, 'node_modules', '.bin', 'esbuild');
  const modules = options.modules ?? LAZY_MODULES;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir: string, outputDir: string) =>
      modules.flatMap((name) => {
        const dir = path.posix.join(outputDir, 'node_modules', name);
        const manifest = JSON.stringify({ name, private: true, main: 'index.js' });
        return [
          [
            quote(esbuild),
            quote(name),
            '--bundle',
            '--platform=node',
            '--format=cjs',
            `--target=${options.target}`,
            '--minify',
            '--legal-comments=none',
            '--log-level=error',
            // The runtime provides the SDK; a decoder never needs its own copy.
            "--external:'@aws-sdk/*'",
            `--outfile=${quote(path.posix.join(dir, 'index.js'))}`,
          ].join(' '),
          `printf '%s' ${quote(manifest)} > ${quote(path.posix.join(dir, 'package.json'))}`,
        ];
      }),
  };
}
