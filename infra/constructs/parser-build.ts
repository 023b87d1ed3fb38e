/**
 * How the stack bundles the parser's handler, as esbuild options: the benchmark and the
 * bundle-size check build it the same way. Kept apart from ingest.ts so that they need not
 * load aws-cdk-lib.
 */

/** The esbuild target matching the parser's Lambda runtime (ingest.ts's PARSER_RUNTIME). */
export const PARSER_BUNDLE_TARGET = 'node24';

/** The options NodejsFunction passes to esbuild for the parser (minified CommonJS for Node). */
export const PARSER_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: PARSER_BUNDLE_TARGET,
  minify: true,
  logLevel: 'error',
} as const;
