import { en as english } from 'zod/locales';
import { config } from 'zod/mini';

/**
 * zod's tree-shakable API, for the code the parser bundle carries (its config, its
 * environment, the check of the record it stores): it costs the bundle about 30 KB where
 * the chained API costs 100 KB. The two share zod's core, so a schema written with either
 * validates alike and renders the same JSON Schema.
 *
 * zod/mini installs no messages of its own; English is what the chained API installs,
 * so problems are worded alike whichever API found them.
 */
if (!config().localeError) config(english());

export * from 'zod/mini';
