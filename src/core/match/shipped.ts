import { Matcher } from './matcher';
import { shippedEntities, shippedTables } from './shipped-tables';

let shared: Matcher | null = null;

/** The matcher of the shipped knowledge base, made once on first use and shared: not to add to. */
export function shippedMatcher(): Matcher {
  shared ??= newShippedMatcher();
  return shared;
}

/**
 * A matcher of the shipped knowledge base of its own, to add a reader's entities to: loaded
 * from the build's tables when there are some (a page, the background), built otherwise.
 */
export function newShippedMatcher(): Matcher {
  return shippedTables ? Matcher.fromTables(shippedTables) : new Matcher(shippedEntities ?? []);
}
