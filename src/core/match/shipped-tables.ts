/**
 * The matcher tables of the shipped knowledge base, computed when the extension is built: the
 * build (scripts/matcher-tables-plugin.ts) serves its own version of this module, holding them, so
 * a page loads its matcher instead of compiling 1,800 aliases. Run from source (tests, `scan`,
 * benchmarks) there are none, and the matcher is built from the entities on first use.
 */
import type { MatcherTables } from './matcher';

export const shippedTables: MatcherTables | null = null;
