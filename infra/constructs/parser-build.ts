/**
 * How the stack bundles the parser's handler, as esbuild options: the benchmark and the
 * bundle-size check build it the same way. Kept apart from ingest.ts so that they need not
 * load aws-cdk-lib.
 */

/** The esbuild target matching the parser's Lambda runtime (ingest.ts's PARSER_RUNTIME). */
export const PARSER_BUNDLE_TARGET = 'node24';

/**
 * Language features esbuild is told the runtime has. Node has matched `\p{L}` in regular
 * expressions since version 10, but esbuild's table for the target does not say so, and
 * without this it rewrites each such literal as `new RegExp(...)`: one inside a function is
 * then compiled again on every call, which the normalizer's hot paths pay per report.
 */
export const PARSER_ESBUILD_SUPPORTED = { 'regexp-unicode-property-escapes': true } as const;

/** The same and the licence comments, as the command-line arguments NodejsFunction's `esbuildArgs` passes on (its `charset` is a prop of its own). */
export const PARSER_ESBUILD_ARGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(PARSER_ESBUILD_SUPPORTED).map(([feature, value]) => [`--supported:${feature}`, String(value)])),
  '--legal-comments': 'none',
};

/**
 * The options NodejsFunction passes to esbuild for the parser (minified CommonJS for Node).
 * The source is written as UTF-8 (esbuild would otherwise escape every Vietnamese letter of
 * the normalizer's words as `\uXXXX`, six bytes for two or three), and without the licence
 * comments of bundled packages, which the packages' own files keep.
 */
export const PARSER_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: PARSER_BUNDLE_TARGET,
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  supported: PARSER_ESBUILD_SUPPORTED,
  logLevel: 'error',
} as const;
