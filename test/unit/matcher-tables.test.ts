/**
 * A matcher loaded from its tables (what pages do with the shipped knowledge base, from the
 * build's JSON) finds exactly what the matcher built from the entities finds: on the seeds and
 * on every page of the development corpus, in every language, and after more entities are added.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../scripts/corpus/load';
import { kbEntities } from '../../src/core/kb';
import type { Lang } from '../../src/core/kb/types';
import { Matcher, type MatchableEntity } from '../../src/core/match/matcher';
import { seedFiles, seedText } from '../support/gold';

const built = new Matcher(kbEntities);
/** Through JSON, as the build writes the tables and a page parses them. */
const json = JSON.stringify(built.toTables());
const load = () => Matcher.fromTables(JSON.parse(json));

const corpus = loadCorpus();
const texts: [string, string][] = [
  ...seedFiles.map((f): [string, string] => [f, seedText(f)]),
  ...corpus.flatMap((p): [string, string][] => [[`${p.name} (article)`, p.article], [`${p.name} (page)`, p.page]]),
];
const LANGS: (Lang | undefined)[] = [undefined, 'en', 'fr', 'nl', 'de'];

describe('a matcher loaded from tables', () => {
  test('has the built one’s aliases', () => expect(load().size).toBe(built.size));

  test.each(texts)('finds what the built one finds: %s', (_name, text) => {
    const loaded = load();
    for (const lang of LANGS) expect(loaded.find(text, undefined, lang)).toEqual(built.find(text, undefined, lang));
  });

  test('takes more entities, and then finds what a built one with them finds', () => {
    const extra: MatchableEntity[] = [
      { id: 'voltaro-mobility', type: 'company', name: 'Voltaro Mobility', aliases: ['Voltaro', { text: 'VOLT', caps: true }] },
      { id: 'alliance-two', type: 'fund', name: 'Alliance Ventures Two', aliases: [{ text: 'Kwadrant', lang: 'nl', notBefore: ['van'] }] },
      ...Array.from({ length: 300 }, (_, n) => ({ id: `synthetic-${n}`, type: 'company' as const, name: `Veltrika ${n} Motors` })),
    ];
    const loaded = load();
    const rebuilt = new Matcher(kbEntities);
    for (const e of extra) {
      loaded.add(e);
      rebuilt.add(e);
    }
    const text = 'Voltaro Mobility, then Voltaro and VOLT (not volt); Alliance Ventures Two and Alliance Ventures; Kwadrant, Kwadrant van; Veltrika 12 Motors and Veltrika 299 Motors, BMW.';
    for (const lang of LANGS) expect(loaded.find(text, undefined, lang)).toEqual(rebuilt.find(text, undefined, lang));
    expect(loaded.find(text).map((m) => m.id)).toEqual(expect.arrayContaining(['voltaro-mobility', 'alliance-two', 'synthetic-12', 'synthetic-299', 'bmw']));
    for (const [, t] of texts.slice(0, 20)) expect(loaded.find(t)).toEqual(rebuilt.find(t));
  });

  test('shares nothing with its tables or with another loaded matcher', () => {
    const tables = JSON.parse(json);
    const a = Matcher.fromTables(tables);
    const b = Matcher.fromTables(tables);
    a.add({ id: 'voltaro', type: 'company', name: 'Voltaro' });
    expect(JSON.stringify(tables)).toBe(json);
    expect(a.find('Voltaro and BMW').map((m) => m.id)).toEqual(['voltaro', 'bmw']);
    expect(b.find('Voltaro and BMW').map((m) => m.id)).toEqual(['bmw']);
  });

  test('an empty matcher round-trips too', () => {
    expect(Matcher.fromTables(JSON.parse(JSON.stringify(new Matcher().toTables()))).find('BMW')).toEqual([]);
  });
});
