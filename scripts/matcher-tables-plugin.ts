/**
 * The build's matcher tables: a Vite plugin that serves src/core/match/shipped-tables.ts as
 * the shipped knowledge base's matcher, compiled here once (`Matcher.toTables()`), so every
 * context of the extension loads it (JSON.parse of a string, the fastest way V8 reads data)
 * instead of compiling its 1,800 aliases on every page.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { kbEntities } from '../src/core/kb';
import { Matcher } from '../src/core/match/matcher';

export const SHIPPED_TABLES = resolve(import.meta.dirname, '../src/core/match/shipped-tables.ts');

let source: string | null = null;

/** The module that replaces shipped-tables.ts in the build. */
export function shippedTablesModule(): string {
  source ??= `export const shippedTables = JSON.parse(${JSON.stringify(JSON.stringify(new Matcher(kbEntities).toTables()))});\nexport const shippedEntities = null;\n`;
  return source;
}

export function matcherTables(): Plugin {
  return {
    name: 'deallens-matcher-tables',
    load(id) {
      return id === SHIPPED_TABLES ? shippedTablesModule() : null;
    },
  };
}
