/**
 * The matcher tables of the shipped knowledge base, computed when the extension is built: the
 * build (scripts/matcher-tables-plugin.ts) serves its own version of this module, holding the
 * tables and no entity record, so a page loads its matcher instead of compiling thousands of
 * aliases, and carries none of the knowledge base's data. Run from source (tests, `scan`,
 * benchmarks) there are no tables, and the matcher is built from the entities on first use.
 */
import { kbEntities } from '../kb';
import type { MatchableEntity, MatcherTables } from './matcher';

export const shippedTables: MatcherTables | null = null;
/** The entities to build the matcher from when there are no tables (the build's module has none). */
export const shippedEntities: readonly MatchableEntity[] | null = kbEntities;
