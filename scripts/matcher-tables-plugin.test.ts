import { expect, test } from 'vitest';
import { kbEntities } from '../src/core/kb';
import { Matcher, type MatcherTables } from '../src/core/match/matcher';
import { SHIPPED_TABLES, matcherTables, shippedTablesModule } from './matcher-tables-plugin';

test('the build serves shipped-tables.ts as the shipped knowledge base’s tables, and no other module', () => {
  const load = matcherTables().load as (id: string) => string | null;
  expect(load(SHIPPED_TABLES)).toBe(shippedTablesModule());
  expect(load(SHIPPED_TABLES.replace('shipped-tables', 'shipped'))).toBeNull();
});

test('the module it serves holds the tables of a matcher built from the shipped entities', async () => {
  const source = shippedTablesModule();
  const { shippedTables } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { shippedTables: MatcherTables };
  expect(shippedTables).toEqual(JSON.parse(JSON.stringify(new Matcher(kbEntities).toTables())));
  expect(Matcher.fromTables(shippedTables).find('BMW i Ventures et Alliance Ventures').map((m) => m.id)).toEqual(['bmw-i-ventures', 'alliance-ventures']);
});
